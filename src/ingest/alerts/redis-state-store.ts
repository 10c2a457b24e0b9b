import { Redis } from "ioredis";
import type { StateStore } from "../../core/state-store.js";

// INCRBY and the first PEXPIRE in one round trip, atomically: a crash between them would leave a counter
// that never expires.
const ADD_SCRIPT = `
local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if tonumber(ARGV[2]) > 0 and redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v`;

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
    async close() {
      await redis.quit();
    },
  };
}
