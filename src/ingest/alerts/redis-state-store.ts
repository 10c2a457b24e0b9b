import { Redis } from "ioredis";
import type { StateStore } from "../../core/state-store.js";
import { ADD_SCRIPT, TAKE_TOKEN_SCRIPT, TALLY_SCRIPT } from "./redis-scripts.js";

/**
 * StateStore on Redis (REDIS_URL), so several app replicas share dedupe and counters. Keys are prefixed
 * so one Redis can serve several installations (and tests) without collisions.
 */
export function createRedisStateStore(
  url: string,
  options: { prefix?: string; onError?: (error: Error) => void } = {},
): StateStore {
  const prefix = options.prefix ?? "sentry:";
  const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  // ioredis reconnects by itself; without a listener it would print every connection error to the console.
  redis.on("error", options.onError ?? (() => {}));
  const k = (key: string) => `${prefix}${key}`;
  return {
    async claim(key, value, ttlMs) {
      const result =
        ttlMs === undefined
          ? await redis.set(k(key), value, "NX")
          : await redis.set(k(key), value, "PX", ttlMs, "NX");
      return result === "OK";
    },
    async get(key) {
      return (await redis.get(k(key))) ?? undefined;
    },
    async put(key, value, ttlMs) {
      if (ttlMs === undefined) await redis.set(k(key), value);
      else await redis.set(k(key), value, "PX", ttlMs);
    },
    async take(key) {
      return (await redis.del(k(key))) > 0;
    },
    async add(key, by, ttlMs) {
      const result = await redis.eval(ADD_SCRIPT, 1, k(key), String(by), String(ttlMs ?? 0));
      return Number(result);
    },
    async takeToken(key, bucket) {
      const args = [bucket.capacity, bucket.windowMs, bucket.now].map(String);
      const [ok, retry] = (await redis.eval(TAKE_TOKEN_SCRIPT, 1, k(key), ...args)) as [number, string?];
      return ok === 1 ? { ok: true } : { ok: false, retryAfterMs: Number(retry) };
    },
    async tally(key, now, change) {
      const args = change
        ? [change.entry, change.amount, change.expiresAt, change.cap ?? -1]
        : ["", 0, 0, -1];
      const [ok, total] = (await redis.eval(TALLY_SCRIPT, 1, k(key), String(now), ...args.map(String))) as [
        number,
        string,
      ];
      return { ok: ok === 1, total: Number(total) };
    },
    async close() {
      await redis.quit();
    },
  };
}
