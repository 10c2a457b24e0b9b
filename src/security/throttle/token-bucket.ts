/**
 * One token bucket per agent identity: `actions` tokens, refilled evenly over `windowSeconds`. Buckets are
 * independent, so one runaway agent cannot starve another.
 */
export interface Throttle {
  take(identity: string): { ok: true } | { ok: false; reason: string; retryAfterMs: number };
}

export function createThrottle(options: {
  actions: number;
  windowSeconds: number;
  clock?: () => Date;
}): Throttle {
  const clock = options.clock ?? (() => new Date());
  const ratePerMs = options.actions / (options.windowSeconds * 1000);
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(identity) {
      const now = clock().getTime();
      const bucket = buckets.get(identity) ?? { tokens: options.actions, at: now };
      bucket.tokens = Math.min(options.actions, bucket.tokens + (now - bucket.at) * ratePerMs);
      bucket.at = now;
      buckets.set(identity, bucket);
      if (bucket.tokens < 1) {
        const retryAfterMs = Math.ceil((1 - bucket.tokens) / ratePerMs);
        return {
          ok: false,
          reason: `rate limit: ${options.actions} actions per ${options.windowSeconds}s for this agent (retry in ${retryAfterMs} ms)`,
          retryAfterMs,
        };
      }
      bucket.tokens -= 1;
      return { ok: true };
    },
  };
}
