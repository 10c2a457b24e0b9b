import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateStore } from "../../src/core/state-store.js";
import { createRedisStateStore } from "../../src/ingest/alerts/redis-state-store.js";
import { type Harness, post, startHarness, TOKEN } from "./harness.js";
import { hasBinary, type RunningService, startRedis } from "./services.js";

const HAS_REDIS = hasBinary("redis-server");
const why = HAS_REDIS ? "" : "(skipped: redis-server not installed; apt-get install redis-server)";

describe.skipIf(!HAS_REDIS)(`two app replicas sharing a real redis-server ${why}`, () => {
  let redis: RunningService;
  const stores: StateStore[] = [];
  let a: Harness;
  let b: Harness;

  beforeAll(async () => {
    redis = await startRedis();
    const prefix = `test-${randomUUID()}:`;
    for (let i = 0; i < 2; i += 1) stores.push(createRedisStateStore(redis.url, { prefix }));
    a = await startHarness({ store: stores[0]! });
    b = await startHarness({ store: stores[1]! });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const store of stores) await store.close();
    await redis?.stop();
  });

  it("the store's primitives are atomic claims and counters", async () => {
    const store = stores[0] as StateStore;
    expect(await store.claim("k", "1", 10_000)).toBe(true);
    expect(await store.claim("k", "2", 10_000)).toBe(false);
    expect(await store.get("k")).toBe("1");
    expect(await store.add("n", 2, 10_000)).toBe(2);
    expect(await store.add("n", -1, 10_000)).toBe(1);
    expect(await store.take("k")).toBe(true);
    expect(await store.take("k")).toBe(false);
    expect(await store.get("missing")).toBeUndefined();
  });

  it("one fingerprint hammered on both replicas at once opens exactly one incident; either can resolve it", async () => {
    const sends = Array.from({ length: 40 }, (_, i) =>
      post(`${(i % 2 === 0 ? a : b).url}/api/alerts/generic`, {
        fingerprint: "shared-fp",
        title: "disk full on db-1",
        labels: { seq: String(i) },
      }),
    );
    const statuses = (await Promise.all(sends)).map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set([202]));
    await Promise.all([a.idle(), b.idle()]);
    const all = [...a.events, ...b.events];
    expect(all.filter((e) => e.kind === "opened").length).toBe(1);
    expect(all.filter((e) => e.kind === "updated").length).toBe(39);
    expect(Math.max(...all.map((e) => e.count ?? 0))).toBe(40);

    const resolved = await post(`${b.url}/api/alerts/generic`, {
      fingerprint: "shared-fp",
      title: "disk full on db-1",
      status: "resolved",
    });
    expect(resolved.status).toBe(202);
    await b.idle();
    expect(b.events.filter((e) => e.kind === "resolved").length).toBe(1);
  });

  it("an alert storm split across both replicas: 4,000 notifications over 200 fingerprints, exactly 200 incidents", async () => {
    const fingerprints = 200;
    const perReplica = 2000;
    let seq = 0;
    const storm = (url: string) =>
      autocannon({
        url,
        connections: 20,
        amount: perReplica,
        timeout: 20,
        requests: [
          {
            method: "POST",
            path: "/api/alerts/generic",
            headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
            setupRequest: (req) => {
              const i = seq++;
              const alert = {
                fingerprint: `redis-storm-${i % fingerprints}`,
                title: "storm",
                labels: { seq: String(i) },
              };
              return { ...req, body: JSON.stringify(alert) };
            },
          },
        ],
      });
    a.events.length = 0;
    b.events.length = 0;
    const results = await Promise.all([storm(a.url), storm(b.url)]);
    await Promise.all([a.idle(), b.idle()]);
    for (const r of results) expect([r["2xx"], r.non2xx, r.errors]).toEqual([perReplica, 0, 0]);
    const all = [...a.events, ...b.events];
    const opened = all.filter((e) => e.kind === "opened");
    expect(opened.length).toBe(fingerprints);
    expect(new Set(opened.map((e) => e.incident.id)).size).toBe(fingerprints);
    expect(all.filter((e) => e.kind === "updated").length).toBe(2 * perReplica - fingerprints);
  }, 90_000);

  it("a vendor retry landing on the other replica is dropped", async () => {
    const body = { fingerprint: "retry-fp", title: "queue backlog" };
    const first = await post(`${a.url}/api/alerts/generic`, body);
    const retry = await post(`${b.url}/api/alerts/generic`, body);
    expect([first.status, retry.status]).toEqual([202, 200]);
  });
});
