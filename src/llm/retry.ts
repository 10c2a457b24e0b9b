import { ProviderUnavailableError } from "./errors.js";

/** How one failed attempt should be treated: retried (after the server's retry-after, if any) or given up on. */
export type FailureKind =
  | { retry: true; reason: string; retryAfterMs?: number }
  | { retry: false; reason: string };

export interface RetryPolicy {
  /** Retries after the first attempt (so `maxRetries: 3` means up to 4 calls). */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injectable so tests run the whole backoff schedule without waiting. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  sleep: abortableSleep,
  random: Math.random,
};

/** A server's retry-after is honoured but capped: a minute-long wait inside an incident run is worse than failing. */
const MAX_RETRY_AFTER_MS = 60_000;

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Full jitter (a random delay up to the exponential cap), so many runs hitting one 429 do not retry in step. */
export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(cap * (0.5 + policy.random() * 0.5));
}

/** `retry-after-ms` (Anthropic), then `retry-after` as seconds or an HTTP date. */
export function parseRetryAfter(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface RetryOutcome<T> {
  value: T;
  attempts: number;
}

/**
 * Runs `attempt` until it succeeds, a failure is not retryable, retries run out or `signal` aborts. Every way
 * out other than success is a ProviderUnavailableError whose message says why, so the run escalates with it.
 */
export async function withRetries<T>(
  label: string,
  attempt: (signal: AbortSignal | undefined) => Promise<T>,
  classify: (error: unknown) => FailureKind,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<RetryOutcome<T>> {
  let lastReason = "no attempt made";
  for (let index = 0; index <= policy.maxRetries; index += 1) {
    if (signal?.aborted) throw cancelled(label, signal);
    try {
      return { value: await attempt(signal), attempts: index + 1 };
    } catch (error) {
      if (signal?.aborted) throw cancelled(label, signal);
      const kind = classify(error);
      lastReason = kind.reason;
      if (!kind.retry) throw new ProviderUnavailableError(`${label}: ${kind.reason}`, { cause: error });
      if (index === policy.maxRetries) break;
      const delay = backoffDelay(index, policy, kind.retryAfterMs);
      try {
        await policy.sleep(delay, signal);
      } catch (sleepError) {
        throw cancelled(label, signal, sleepError);
      }
    }
  }
  const tries = policy.maxRetries + 1;
  throw new ProviderUnavailableError(
    `${label} unavailable after ${tries} attempt${tries === 1 ? "" : "s"}: ${lastReason}`,
    { outage: true },
  );
}

function cancelled(
  label: string,
  signal: AbortSignal | undefined,
  cause?: unknown,
): ProviderUnavailableError {
  return new ProviderUnavailableError(`${label}: the call was cancelled`, { cause: cause ?? signal?.reason });
}
