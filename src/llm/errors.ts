import { SentryError } from "../core/errors.js";

/**
 * The model service refused a call or kept failing. `outage` is true when it could not be reached or kept
 * failing transiently until retries ran out (network, timeouts, 5xx, 529): the service is down, not wrong, and
 * the run can stand on the offline diagnoser. A refused key or a malformed request is not an outage.
 */
export class ProviderUnavailableError extends SentryError {
  readonly outage: boolean;
  constructor(message: string, options?: { cause?: unknown; outage?: boolean }) {
    super(
      "provider_unavailable",
      message,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.outage = options?.outage ?? false;
  }
}

/** The provider is not usable as configured (no key, unknown provider name). */
export class ProviderConfigError extends SentryError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("provider_config", message, options);
  }
}
