import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateStore } from "../../src/core/state-store.js";
import { openStateStore } from "../../src/server/alert-intake.js";
import { hasBinary, type RunningService, startRedis } from "../alerts/services.js";
import { probotWith, settings, world } from "./helpers/app-world.js";
import { commentPayload } from "./helpers/payloads.js";

const HAS_REDIS = hasBinary("redis-server");
const why = HAS_REDIS ? "" : "(skipped: redis-server not installed; apt-get install redis-server)";

describe.skipIf(!HAS_REDIS)(`two App replicas on one real redis-server share the cost limit ${why}`, () => {
  let redis: RunningService;
  const stores: StateStore[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await redis?.stop();
  });

  it("spend held by a call in flight on replica A halts a run on replica B at the cap; once released B runs", async () => {
    const { issues } = world();
    issues.issues.set(1, { number: 1, title: "Checkout 500s", body: "", state: "open", labels: [] });
    issues.nextNumber = 2;
    // The stores the Apps open from REDIS_URL, kept here so the test can close them.
    const [storeA, storeB] = [
      openStateStore(redis.url, () => undefined),
      openStateStore(redis.url, () => undefined),
    ];
    stores.push(storeA, storeB);
    const b = (await probotWith(settings(), undefined, { store: storeB })).probot;
    // Replica A's model call in flight, holding $6 against the default $5 limit.
    const now = Date.now();
    const hold = { entry: "call:replica-a", amount: 6, expiresAt: now + 60_000 };
    expect((await storeA.tally("cost-breaker:spend", now, hold)).ok).toBe(true);
    const command = (id: string) => ({
      id,
      name: "issue_comment" as const,
      payload: commentPayload("/sentry diagnose") as never,
    });
    await b.receive(command(randomUUID()));
    const halted = issues.comments.map((c) => c.body).join("\n");
    expect(halted).toMatch(/cost circuit breaker: \$6\.00 spent or held by calls in flight across replicas/);
    await storeA.tally("cost-breaker:spend", Date.now(), { ...hold, amount: 0 });
    const before = issues.comments.length;
    await b.receive(command(randomUUID()));
    const next = issues.comments
      .slice(before)
      .map((c) => c.body)
      .join("\n");
    expect(next).not.toMatch(/cost circuit breaker/);
    expect(next).toMatch(/Diagnosed|Run finished/);
  });
});
