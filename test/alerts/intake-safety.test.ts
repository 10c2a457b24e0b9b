import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStateStore } from "../../src/core/memory-state-store.js";
import type { StateStore } from "../../src/core/state-store.js";
import { hmacHex } from "../../src/ingest/alerts/auth/constant-time.js";
import { INTAKE_LIMITS } from "../../src/ingest/alerts/intake-limits.js";
import { normalizeAlert } from "../../src/ingest/alerts/normalize-alert.js";
import { fixtureText, NOW } from "./fixtures.js";
import { type Harness, post, startHarness } from "./harness.js";

/** A hostile alert sender that holds a valid token (issue 16, classes 8 and 9). */
describe("alert intake caps (loopback HTTP against serve's route)", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const refused = async (body: string, status: number, reason: RegExp, path?: RegExp) => {
    const res = await post(`${h?.url}/api/alerts/generic`, body);
    const payload = (await res.json()) as { error: string; path: string; reason: string };
    expect(res.status).toBe(status);
    expect(payload.reason).toMatch(reason);
    if (path) expect(payload.path).toMatch(path);
  };

  it("refuses depth, long strings, label count and label size with 422 and the reason; size with 413", async () => {
    h = await startHarness({ route: { bodyLimit: 256 * 1024 } });
    const deep = `{"title":"x","extra":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    await refused(deep, 422, /nested deeper than 64 levels/);
    await refused(JSON.stringify({ title: "x", note: "a".repeat(70_000) }), 422, /string longer than 65536/);
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, "v"]));
    await refused(JSON.stringify({ title: "x", labels: many }), 422, /more than 256 labels/, /labels$/);
    await refused(
      JSON.stringify({ title: "x", labels: { big: "b".repeat(9000) } }),
      422,
      /longer than 8192/,
      /labels\.big/,
    );
    await refused(
      JSON.stringify({ title: "x", pad: Array(40_000).fill("abcdefgh") }),
      413,
      /larger than 262144 bytes/,
    );
    await h.idle();
    expect(h.events).toEqual([]);
    // Within the caps the same sender is served.
    expect((await post(`${h.url}/api/alerts/generic`, { title: "x", labels: { ok: "v" } })).status).toBe(202);
  });

  it("checks depth without recursion when handed a parsed value (the Action and the CLI path)", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const result = normalizeAlert("generic", { title: "x", extra: deep }, { now: NOW });
    expect(result).toMatchObject({ status: "invalid", limit: true, reason: expect.stringMatching(/nested/) });
  });
});

describe("replays (class 9): the replay key comes from the signed body, not the delivery-id header", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("a signed PagerDuty body replayed with a fresh unsigned X-Webhook-Id is not a new delivery", async () => {
    const secret = "pd-secret-0123456789";
    h = await startHarness({ sources: { pagerduty: { hmacSecrets: [secret] } } });
    const raw = fixtureText("pagerduty.incident-triggered.json");
    const signature = `v1=${hmacHex(secret, raw)}`;
    const first = await post(`${h.url}/api/alerts/pagerduty`, raw, {
      "x-pagerduty-signature": signature,
      "x-webhook-id": "delivery-1",
    });
    const replay = await post(`${h.url}/api/alerts/pagerduty`, raw, {
      "x-pagerduty-signature": signature,
      "x-webhook-id": "attacker-fresh-id",
    });
    expect([first.status, replay.status]).toEqual([202, 200]);
    await h.idle();
    expect(h.events.map((e) => e.kind)).toEqual(["opened"]);
  });
});

/** A StateStore that counts the characters it holds (writes minus deletions), over the memory store. */
function measuredStore(): StateStore & { chars: () => number } {
  const inner = createMemoryStateStore();
  const sizes = new Map<string, number>();
  return {
    ...inner,
    async claim(key, value, ttl) {
      const won = await inner.claim(key, value, ttl);
      if (won) sizes.set(key, key.length + value.length);
      return won;
    },
    async put(key, value, ttl) {
      sizes.set(key, key.length + value.length);
      await inner.put(key, value, ttl);
    },
    async take(key) {
      sizes.delete(key);
      return inner.take(key);
    },
    chars: () => [...sizes.values()].reduce((a, b) => a + b, 0),
  };
}

function gcNow(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

describe("bounded dedupe storage (class 8)", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("one ~400 KB authenticated batch of 1,000 alerts costs the store about its own size, not 1,000 copies", async () => {
    const store = measuredStore();
    h = await startHarness({ store, dedupe: { groupWindowMs: 0 } });
    const alerts = Array.from({ length: 1000 }, (_, i) => ({
      status: "firing",
      labels: { alertname: "DiskFull", instance: `db-${i}:9100`, severity: "warning" },
      annotations: { summary: `disk on db-${i} is 97% full`, description: "d".repeat(250) },
      startsAt: "2026-11-24T02:05:07Z",
    }));
    const body = JSON.stringify({ version: "4", groupKey: "{}:{}", status: "firing", receiver: "r", alerts });
    expect(body.length).toBeGreaterThan(380_000);
    gcNow();
    const before = process.memoryUsage().heapUsed;
    const res = await post(`${h.url}/api/alerts/alertmanager`, body);
    expect(res.status).toBe(202);
    await h.idle();
    expect(h.events.filter((e) => e.kind === "opened")).toHaveLength(1000);
    // Every incident event keeps the one bounded copy of the body, shared.
    const raws = new Set(h.events.map((e) => e.incident.raw));
    expect(raws.size).toBe(1);
    expect(JSON.stringify([...raws][0]).length).toBeLessThanOrEqual(INTAKE_LIMITS.maxRawChars);
    expect(store.chars()).toBeLessThan(2 * body.length);
    h.events.length = 0;
    gcNow();
    const grown = process.memoryUsage().heapUsed - before;
    process.stdout.write(`heap grown by ${(grown / 1048576).toFixed(1)} MB, store ${store.chars()} chars\n`);
    expect(grown).toBeLessThan(40 * 1024 * 1024);
  });
});
