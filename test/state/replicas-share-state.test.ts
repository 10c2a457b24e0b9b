import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateStore } from "../../src/core/state-store.js";
import { ZERO_USAGE } from "../../src/core/usage.js";
import { createRedisStateStore } from "../../src/ingest/alerts/redis-state-store.js";
import { createCostBreaker } from "../../src/security/breaker/cost-breaker.js";
import { IN_FLIGHT_TTL_MS } from "../../src/security/breaker/shared-spend.js";
import type { SpendHold } from "../../src/security/contracts.js";
import { hasBinary, type RunningService, startRedis } from "../alerts/services.js";
import { makeRepo, makeRunner } from "../security/helpers.js";

const HAS_REDIS = hasBinary("redis-server");
const why = HAS_REDIS ? "" : "(skipped: redis-server not installed; apt-get install redis-server)";

/** A model call's usage priced at `usd` (the offline model has no price row: its reported cost counts). */
const costing = (usd: number) => ({ ...ZERO_USAGE, costUsd: usd });

function held(hold: SpendHold): Extract<SpendHold, { ok: true }> {
  if (!hold.ok) throw new Error(`expected the call to be let through, got: ${hold.reason}`);
  return hold;
}

describe.skipIf(!HAS_REDIS)(`two replicas sharing one real redis-server act as one ${why}`, () => {
  let redis: RunningService;
  const stores: StateStore[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await redis?.stop();
  });
  /** Each replica opens its own connection, as two processes with the same REDIS_URL do. */
  const replicas = () => {
    const prefix = `test-${randomUUID()}:`;
    const pair = [createRedisStateStore(redis.url, { prefix }), createRedisStateStore(redis.url, { prefix })];
    stores.push(...pair);
    return pair as [StateStore, StateStore];
  };

  it("a throttle of N per window allows N calls in total to one run's agent, whichever replica hosts it", async () => {
    const [storeA, storeB] = replicas();
    const repo = makeRepo();
    try {
      const clock = () => new Date("2026-01-01T00:00:00Z");
      const options = { config: { throttle: { actions: 4, windowSeconds: 60 } }, clock };
      const a = makeRunner(repo.workspace, "AUDIT", { ...options, sharedState: storeA }).runner;
      const b = makeRunner(repo.workspace, "AUDIT", { ...options, sharedState: storeB }).runner;
      // The same run's detective on both replicas (a command redelivered to the other replica continues it).
      const onA = a.startAgent("run-shared", "detective");
      const onB = b.startAgent("run-shared", "detective");
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? a : b).invoke(i % 2 === 0 ? onA : onB, {
            tool: "grep_search",
            input: { pattern: `needle${i}` },
          }),
        ),
      );
      expect(results.filter((r) => r.status === "ok")).toHaveLength(4);
      const refused = results.filter((r) => r.status === "denied");
      expect(refused).toHaveLength(6);
      expect(refused[0]!.status === "denied" && refused[0]!.reason).toMatch(/rate limit: 4 actions per 60s/);
      // Another run's agent has a bucket of its own.
      const other = a.startAgent("run-other", "detective");
      const own = await a.invoke(other, { tool: "grep_search", input: { pattern: "needle" } });
      expect(own.status).toBe("ok");
    } finally {
      repo.cleanup();
    }
  });

  it("spend held by a call in flight on one replica blocks the other at the cap, until settled, released or expired", async () => {
    const [storeA, storeB] = replicas();
    let now = Date.parse("2026-01-01T00:00:00Z");
    const clock = () => new Date(now);
    const limit = { usd: 1, windowMinutes: 60, clock };
    const a = createCostBreaker({ ...limit, store: storeA });
    const b = createCostBreaker({ ...limit, store: storeB });
    // Replica A's first call costs $0.60: charged where B counts it too.
    await held(await a.reserve!()).settle("offline", costing(0.6));
    // A's next call is in flight, holding about what its largest call cost: $0.60 + $0.60 passes $1.
    const inFlight = held(await a.reserve!());
    expect(b.check()).toEqual({ ok: true }); // B's own window is empty: the refusal is the shared count.
    const refused = await b.reserve!();
    expect(refused).toEqual({
      ok: false,
      reason:
        "cost circuit breaker: $1.20 spent or held by calls in flight across replicas in the last 60 min passes the $1 limit",
    });
    // A's call failed and gave its hold back: B may call.
    await inFlight.release();
    const bCall = held(await b.reserve!());
    await bCall.settle("offline", costing(0.1));
    // A replica that crashes mid-call never settles its hold; the hold stops counting after its TTL.
    held(await a.reserve!());
    expect((await b.reserve!()).ok).toBe(false);
    now += IN_FLIGHT_TTL_MS + 1;
    expect((await b.reserve!()).ok).toBe(true);
  });
});
