import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, TOKEN } from "./harness.js";
import { hasBinary, type RunningService, startAlertmanager } from "./services.js";

const HAS_AM = hasBinary("prometheus-alertmanager");
const why = HAS_AM
  ? ""
  : "(skipped: prometheus-alertmanager not installed; apt-get install prometheus-alertmanager)";

async function until<T>(what: string, check: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!HAS_AM)(`a real Alertmanager delivering to the alert route ${why}`, () => {
  let h: Harness;
  let am: RunningService;
  beforeAll(async () => {
    // Grouping by service is opt-in; this test exercises it with a real Alertmanager.
    h = await startHarness({ dedupe: { groupByService: true } });
    am = await startAlertmanager(`${h.url}/api/alerts/alertmanager`, TOKEN);
  });
  afterAll(async () => {
    await am?.stop();
    await h?.close();
  });

  const alert = (instance: string, service: string, endsAt?: Date) => ({
    labels: { alertname: "HighErrorRate", service, instance, severity: "critical" },
    annotations: { summary: `${service} 5xx ratio above 5% on ${instance}` },
    startsAt: new Date(Date.now() - 60_000).toISOString(),
    ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
  });
  const push = async (alerts: object[]) => {
    const res = await fetch(`${am.url}/api/v2/alerts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(alerts),
    });
    expect(res.status).toBe(200);
  };

  it("fires, groups, partially resolves and resolves real alerts", async () => {
    const summary = () => h.events.map((e) => `${e.kind}:${e.incident.service}:${e.alert?.labels.instance}`);
    const count = (kind: string, service?: string) =>
      h.events.filter((e) => e.kind === kind && (!service || e.incident.service === service)).length;

    await push([
      alert("api-1:8080", "checkout-api"),
      alert("api-2:8080", "checkout-api"),
      alert("db-1:5432", "orders-db"),
    ]);
    // Two notification groups (alertname+service): checkout-api with two alerts, orders-db with one.
    await until("both groups delivered", () =>
      count("opened") >= 2 && count("updated") >= 1 ? true : undefined,
    );
    await h.idle();
    // Distinct events: on a loaded machine Alertmanager may send a group again before the test reads it, and
    // a repeat of an alert already counted is another "updated" of the same incident, as it should be.
    expect([...new Set(summary())].sort(), summary().join(", ")).toEqual(
      [
        "opened:checkout-api:api-1:8080",
        "opened:orders-db:db-1:5432",
        "updated:checkout-api:api-2:8080",
      ].sort(),
    );
    for (const e of h.events) expect(e.alert?.fingerprint).toMatch(/^alertmanager:[0-9a-f]{16}$/);
    const checkout = h.events.find((e) => e.kind === "opened" && e.incident.service === "checkout-api")
      ?.incident.id;

    h.events.length = 0;
    await push([alert("api-1:8080", "checkout-api", new Date())]);
    await until("partial resolution", () =>
      h.events.some((e) => e.alert?.status === "resolved") ? true : undefined,
    );
    await h.idle();
    // One of the two alerts resolved: the incident is updated, not closed.
    expect(summary(), summary().join(", ")).toContain("updated:checkout-api:api-1:8080");
    expect(count("resolved"), summary().join(", ")).toBe(0);

    h.events.length = 0;
    await push([
      alert("api-2:8080", "checkout-api", new Date()),
      alert("db-1:5432", "orders-db", new Date()),
    ]);
    await until("both incidents resolved", () => (count("resolved") >= 2 ? true : undefined));
    await h.idle();
    const resolved = h.events.filter((e) => e.kind === "resolved");
    expect(resolved.map((e) => e.incident.service).sort(), summary().join(", ")).toEqual([
      "checkout-api",
      "orders-db",
    ]);
    expect(resolved.find((e) => e.incident.service === "checkout-api")?.incident.id).toBe(checkout);
    expect(resolved.every((e) => e.incident.status === "resolved" && e.incident.endedAt)).toBe(true);
  }, 60_000);
});
