import { SentryError } from "../core/errors.js";

/** The model service could not be reached or kept failing after retries: the run ends ESCALATED. */
export class ProviderUnavailableError extends SentryError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("provider_unavailable", message, options);
  }
}

/** The provider is not usable as configured (no key, unknown provider name). */
export class ProviderConfigError extends SentryError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("provider_config", message, options);
  }
}
