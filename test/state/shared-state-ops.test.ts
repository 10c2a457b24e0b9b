import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStateStore } from "../../src/core/memory-state-store.js";
import type { StateStore } from "../../src/core/state-store.js";
import { createRedisStateStore } from "../../src/ingest/alerts/redis-state-store.js";
import { hasBinary, type RunningService, startRedis } from "../alerts/services.js";

const HAS_REDIS = hasBinary("redis-server");
const why = HAS_REDIS ? "" : "(skipped: redis-server not installed; apt-get install redis-server)";
const T0 = Date.parse("2026-01-01T00:00:00Z");

/** The same assertions against both stores: the Lua scripts must keep the memory store's rule. */
function sharedOps(name: string, open: () => StateStore) {
  describe(name, () => {
    it("a token bucket: capacity, even refill, retry-after, independent keys", async () => {
      const store = open();
      const bucket = (now: number) => ({ capacity: 2, windowMs: 10_000, now });
      expect(await store.takeToken("a", bucket(T0))).toEqual({ ok: true });
      expect(await store.takeToken("a", bucket(T0))).toEqual({ ok: true });
      expect(await store.takeToken("a", bucket(T0))).toEqual({ ok: false, retryAfterMs: 5000 });
      expect(await store.takeToken("b", bucket(T0))).toEqual({ ok: true });
      // Half a window refills one token; a clock behind the last use refills nothing.
      expect(await store.takeToken("a", bucket(T0 + 5000))).toEqual({ ok: true });
      expect(await store.takeToken("a", bucket(T0 + 1000))).toMatchObject({ ok: false });
    });

    it("a tally: a cap on the other live entries, replace and remove, entries expiring on their own", async () => {
      const store = open();
      const hold = (entry: string, amount: number, expiresAt: number, cap?: number) => ({
        entry,
        amount,
        expiresAt,
        ...(cap === undefined ? {} : { cap }),
      });
      expect(await store.tally("t", T0, hold("r1", 1.5, T0 + 60_000, 5))).toEqual({ ok: true, total: 1.5 });
      expect(await store.tally("t", T0, hold("r2", 3, T0 + 1000, 5))).toEqual({ ok: true, total: 4.5 });
      // r3 would pass the cap: refused, nothing changes.
      expect(await store.tally("t", T0, hold("r3", 1, T0 + 60_000, 5))).toEqual({ ok: false, total: 4.5 });
      expect(await store.tally("t", T0)).toEqual({ ok: true, total: 4.5 });
      // Replacing an entry does not count its old amount against the cap.
      expect(await store.tally("t", T0, hold("r2", 3.5, T0 + 1000, 5))).toEqual({ ok: true, total: 5 });
      // r2 expires (its holder crashed): its room is free again.
      expect(await store.tally("t", T0 + 1000)).toEqual({ ok: true, total: 1.5 });
      expect(await store.tally("t", T0 + 1000, hold("r1", 0, 0))).toEqual({ ok: true, total: 0 });
    });
  });
}

sharedOps("in memory", () => createMemoryStateStore({ clock: () => T0 }));

describe.skipIf(!HAS_REDIS)(`on a real redis-server ${why}`, () => {
  let redis: RunningService;
  const stores: StateStore[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await redis?.stop();
  });
  const open = () => {
    const store = createRedisStateStore(redis.url, { prefix: `test-${randomUUID()}:` });
    stores.push(store);
    return store;
  };
  sharedOps("the Lua scripts", open);

  it("two replicas racing for one bucket take exactly its capacity between them", async () => {
    const prefix = `race-${randomUUID()}:`;
    const [a, b] = [
      createRedisStateStore(redis.url, { prefix }),
      createRedisStateStore(redis.url, { prefix }),
    ];
    stores.push(a, b);
    const bucket = { capacity: 7, windowMs: 60_000, now: Date.now() };
    const takes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).takeToken("agent", bucket)),
    );
    expect(takes.filter((t) => t.ok)).toHaveLength(7);
  });
});
