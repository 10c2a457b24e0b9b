import { createMemoryStateStore } from "../../core/memory-state-store.js";
import type { StateStore } from "../../core/state-store.js";

export type ThrottleDecision = { ok: true } | { ok: false; reason: string; retryAfterMs: number };

/**
 * One token bucket per agent identity: `actions` tokens, refilled evenly over `windowSeconds`. Buckets are
 * independent, so one runaway agent cannot starve another. The buckets live in the StateStore the door
 * shares (memory, or Redis with REDIS_URL), so an agent's identity spends one bucket on every replica.
 */
export interface Throttle {
  take(identity: string): Promise<ThrottleDecision>;
}

export function createThrottle(options: {
  actions: number;
  windowSeconds: number;
  clock?: () => Date;
  store?: StateStore;
}): Throttle {
  const clock = options.clock ?? (() => new Date());
  const store = options.store ?? createMemoryStateStore({ clock: () => clock().getTime() });
  const windowMs = options.windowSeconds * 1000;
  return {
    async take(identity) {
      const bucket = { capacity: options.actions, windowMs, now: clock().getTime() };
      const took = await store.takeToken(`throttle:${identity}`, bucket);
      if (took.ok) return took;
      return {
        ok: false,
        reason: `rate limit: ${options.actions} actions per ${options.windowSeconds}s for this agent (retry in ${took.retryAfterMs} ms)`,
        retryAfterMs: took.retryAfterMs,
      };
    },
  };
}
