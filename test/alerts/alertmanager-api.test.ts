import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { normalizeAlert, normalizePostableAlerts } from "../../src/ingest/alerts/index.js";
import { alertmanagerFingerprint } from "../../src/ingest/alerts/sources/alertmanager-api.js";
import { fixture, NOW } from "./fixtures.js";
import { type Harness, post, startHarness, TOKEN } from "./harness.js";
import { hasBinary, type RunningService, startPrometheus } from "./services.js";

interface AmAlert {
  labels: Record<string, string>;
  fingerprint: string;
}

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();

/** A postable alert as Prometheus sends it: endsAt is now + 4 × resend delay while firing. */
const postable = (instance: string, endsAt: string) => ({
  labels: { alertname: "HighErrorRate", service: "checkout-api", instance, severity: "critical" },
  annotations: { summary: `5xx above 5% on ${instance}` },
  startsAt: minutes(-5),
  endsAt,
  generatorURL: "http://prometheus:9090/graph?g0.expr=x",
});

describe("Alertmanager API v2 bodies (POST /api/v2/alerts)", () => {
  it("computes Alertmanager's own fingerprint of a label set", () => {
    const body = fixture("alertmanager.firing.json") as { alerts: AmAlert[] };
    for (const alert of body.alerts) expect(alertmanagerFingerprint(alert.labels)).toBe(alert.fingerprint);
  });

  it("is the same identity as the alert relayed by an Alertmanager webhook", () => {
    const webhook = normalizeAlert("alertmanager", fixture("alertmanager.firing.json"), { now: NOW });
    const alerts = (fixture("alertmanager.firing.json") as { alerts: AmAlert[] }).alerts;
    const pushed = normalizePostableAlerts(
      alerts.map((a) => ({ labels: a.labels, endsAt: minutes(4) })),
      { now: NOW },
    );
    if (webhook.status !== "ok" || pushed.status !== "ok") throw new Error("normalize failed");
    expect(pushed.incidents.map((i) => i.fingerprint)).toEqual(webhook.incidents.map((i) => i.fingerprint));
  });

  it("reads endsAt: later or absent fires, now or earlier resolves", () => {
    const result = normalizePostableAlerts(
      [postable("a:1", minutes(4)), postable("b:1", minutes(-1)), { labels: { alertname: "X" } }],
      { now: NOW },
    );
    if (result.status !== "ok") throw new Error(result.reason);
    expect(result.incidents.map((i) => [i.status, i.severity, i.service])).toEqual([
      ["firing", "P1", "checkout-api"],
      ["resolved", "P1", "checkout-api"],
      ["firing", "P3", undefined],
    ]);
  });

  it("refuses what is not a list of labelled alerts, naming the path", () => {
    expect(normalizePostableAlerts({ labels: {} }, { now: NOW })).toMatchObject({ status: "invalid" });
    expect(normalizePostableAlerts([{ labels: {} }], { now: NOW })).toMatchObject({
      status: "invalid",
      path: "0.labels",
    });
    expect(normalizePostableAlerts([{ annotations: {} }], { now: NOW })).toMatchObject({ path: "0.labels" });
  });

  describe("over HTTP", () => {
    let h: Harness | undefined;
    afterEach(() => h?.close());

    it("answers 200 like Alertmanager, opens, dedupes and resolves per label set", async () => {
      h = await startHarness({ route: { clock: () => NOW } });
      const url = `${h.url}/api/v2/alerts`;
      expect((await post(url, [postable("api-1", minutes(4)), postable("api-2", minutes(4))])).status).toBe(
        200,
      );
      expect((await post(url, [postable("api-1", minutes(5))])).status).toBe(200);
      expect((await post(url, [postable("api-1", minutes(-1))])).status).toBe(200);
      await h.idle();
      const seen = h.events.map((e) => `${e.kind}:${e.alert?.labels.instance}`);
      expect(seen).toEqual(["opened:api-1", "opened:api-2", "updated:api-1", "resolved:api-1"]);
    });

    it("a resolution byte-identical to an earlier firing still resolves (seen from a real Prometheus)", async () => {
      let now = NOW;
      h = await startHarness({ route: { clock: () => now } });
      // Firing evaluated at T is sent with endsAt T+4m; resolved at the evaluation T+4m, it is sent again
      // with endsAt T+4m: the same bytes.
      const body = JSON.stringify([postable("api-1", minutes(4))]);
      expect((await post(`${h.url}/api/v2/alerts`, body)).status).toBe(200);
      now = new Date(NOW.getTime() + 4 * 60_000);
      expect((await post(`${h.url}/api/v2/alerts`, body)).status).toBe(200);
      await h.idle();
      expect(h.events.map((e) => e.kind)).toEqual(["opened", "resolved"]);
    });

    it("uses the alertmanager source's credentials: no token 401, a JSON object 400", async () => {
      h = await startHarness();
      const url = `${h.url}/api/v2/alerts`;
      expect(
        (await post(url, [postable("a", minutes(4))], { authorization: "Bearer wrong-token-0000000000" }))
          .status,
      ).toBe(401);
      const basic = `Basic ${Buffer.from(`prometheus:${TOKEN}`).toString("base64")}`;
      expect((await post(url, [postable("a", minutes(4))], { authorization: basic })).status).toBe(200);
      const res = await post(url, { labels: { alertname: "X" } });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ path: "(body)", reason: "expected a JSON array of alerts" });
    });
  });
});

const HAS_PROMETHEUS = hasBinary("prometheus");

async function until<T>(what: string, check: () => T | undefined, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!HAS_PROMETHEUS)(
  `a real Prometheus pushing to /api/v2/alerts ${HAS_PROMETHEUS ? "" : "(skipped: prometheus not installed)"}`,
  () => {
    let h: Harness;
    let prometheus: RunningService;
    beforeAll(async () => {
      h = await startHarness();
      // Fires for 6 s of every 12 and resolves for the other 6: a firing and a resolution within a test.
      prometheus = await startPrometheus(h.url.replace("http://", ""), TOKEN, "vector(time() % 12) < 6");
    }, 30_000);
    afterAll(async () => {
      await prometheus?.stop();
      await h?.close();
    });

    it("opens one incident for the rule's label set and closes it when Prometheus resolves it", async () => {
      const opened = await until("opened", () => h.events.find((e) => e.kind === "opened"));
      expect(opened.alert?.labels).toMatchObject({ alertname: "SentryTestAlert", service: "checkout-api" });
      expect(opened.incident.severity).toBe("P1");
      const resolved = await until("resolved", () => h.events.find((e) => e.kind === "resolved"));
      expect(resolved.incident.fingerprint).toBe(opened.incident.fingerprint);
      expect(opened.incident.fingerprint).toMatch(/^alertmanager:[0-9a-f]{16}$/);
    }, 60_000);
  },
);

describe("postable alerts, properties", () => {
  // An alert whose only label is `__proto__` is refused for having no labels (that name is not kept as a
  // label), rightly: the generator leaves it out, as it once made this property fail on a random seed.
  const labelName = fc.string({ minLength: 1, maxLength: 12 }).filter((name) => name !== "__proto__");
  const labels = fc.dictionary(labelName, fc.string({ maxLength: 12 }), {
    minKeys: 1,
    maxKeys: 8,
  });

  it("any JSON either normalizes or is refused with a path, never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const result = normalizePostableAlerts(body, { now: NOW });
        if (result.status === "invalid") expect(result.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("identity is the label set: stable under key order and the fields a ruler changes", () => {
    fc.assert(
      fc.property(labels, fc.integer({ min: 1, max: 600 }), (set, minutesAhead) => {
        const reordered = Object.fromEntries(Object.entries(set).reverse());
        const a = normalizePostableAlerts([{ labels: set, endsAt: minutes(4) }], { now: NOW });
        const b = normalizePostableAlerts(
          [
            {
              labels: reordered,
              endsAt: minutes(minutesAhead),
              startsAt: minutes(-minutesAhead),
              annotations: { v: String(minutesAhead) },
            },
          ],
          { now: NOW },
        );
        if (a.status !== "ok" || b.status !== "ok") throw new Error("refused a valid alert");
        expect(b.incidents[0]?.fingerprint).toBe(a.incidents[0]?.fingerprint);
      }),
      { numRuns: 200 },
    );
  });
});
