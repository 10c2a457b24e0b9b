import { describe, expect, it, vi } from "vitest";
import type { Incident } from "../../src/core/incident.js";
import { createMemoryStateStore } from "../../src/core/memory-state-store.js";
import { createDedupeEngine, type IncidentEvent } from "../../src/ingest/alerts/dedupe.js";
import { incidentIdFor } from "../../src/ingest/alerts/fingerprint.js";
import { normalizeAlert } from "../../src/ingest/alerts/index.js";
import { fixture, NOW } from "./fixtures.js";

function alertsOf(file: string, source = "alertmanager"): Incident[] {
  const r = normalizeAlert(source, fixture(file), { now: NOW });
  if (r.status !== "ok") throw new Error(r.reason);
  return r.incidents;
}

function generic(fingerprint: string, status: Incident["status"] = "firing", service?: string): Incident {
  const r = normalizeAlert(
    "generic",
    { fingerprint, title: `alert ${fingerprint}`, status, service },
    { now: NOW },
  );
  if (r.status !== "ok") throw new Error(r.reason);
  return r.incidents[0] as Incident;
}

async function feed(
  engine: ReturnType<typeof createDedupeEngine>,
  alerts: Incident[],
): Promise<IncidentEvent[]> {
  const events: IncidentEvent[] = [];
  for (const alert of alerts) events.push(...(await engine.handle(alert)));
  return events;
}

const kinds = (events: IncidentEvent[]) => events.map((e) => `${e.kind}:${e.incident.fingerprint}`);

describe("dedupe engine", () => {
  it("one open incident per fingerprint, repeats counted, resolution closes it, a repeat resolution is a no-op", async () => {
    const engine = createDedupeEngine({ store: createMemoryStateStore(), settings: { groupWindowMs: 0 } });
    const events = await feed(engine, [
      generic("a"),
      generic("a"),
      generic("a"),
      generic("a", "resolved"),
      generic("a", "resolved"),
    ]);
    expect(kinds(events)).toEqual([
      "opened:generic:a",
      "updated:generic:a",
      "updated:generic:a",
      "resolved:generic:a",
    ]);
    expect(events[2]?.count).toBe(3);
    expect(events[0]?.incident.id).toBe(incidentIdFor("generic:a"));
    expect(events[0]?.runAllowed).toBe(true);
    expect(events[1]?.runAllowed).toBe(false);
    expect(events[3]?.incident.status).toBe("resolved");
    expect(events[3]?.incident.endedAt).toBeDefined();
  });

  it("a resolution for an alert never seen changes nothing", async () => {
    const engine = createDedupeEngine({ store: createMemoryStateStore() });
    expect(await engine.handle(generic("ghost", "resolved"))).toEqual([]);
  });

  it("Alertmanager firing → partially resolved → resolved, per alert, grouped by service (opt-in)", async () => {
    const engine = createDedupeEngine({
      store: createMemoryStateStore(),
      settings: { groupByService: true },
    });
    const firing = await feed(engine, alertsOf("alertmanager.firing.json"));
    // Two alerts of checkout-api within the group window: one incident, the second joins it.
    expect(kinds(firing)).toEqual([
      "opened:alertmanager:3fc9050459d0402c",
      "updated:alertmanager:3fc9050459d0402c",
    ]);
    const partial = await feed(engine, alertsOf("alertmanager.partially-resolved.json"));
    // One alert resolved, the other still firing: the incident stays open.
    expect(partial.map((e) => e.kind)).toEqual(["updated", "updated"]);
    expect(partial.every((e) => e.incident.status === "firing")).toBe(true);
    // The final message carries only the alert resolved since (Alertmanager dropped the other).
    const resolved = await feed(engine, alertsOf("alertmanager.resolved.json"));
    expect(kinds(resolved)).toEqual(["resolved:alertmanager:3fc9050459d0402c"]);
  });

  it("by default (no grouping), each Alertmanager alert is its own incident and resolves on its own", async () => {
    const engine = createDedupeEngine({ store: createMemoryStateStore() });
    expect(kinds(await feed(engine, alertsOf("alertmanager.firing.json")))).toEqual([
      "opened:alertmanager:3fc9050459d0402c",
      "opened:alertmanager:878e217c114e1649",
    ]);
    expect(kinds(await feed(engine, alertsOf("alertmanager.partially-resolved.json")))).toEqual([
      "resolved:alertmanager:3fc9050459d0402c",
      "updated:alertmanager:878e217c114e1649",
    ]);
    expect(kinds(await feed(engine, alertsOf("alertmanager.resolved.json")))).toEqual([
      "resolved:alertmanager:878e217c114e1649",
    ]);
  });

  it("different services are not grouped; grouping ends when the window does", async () => {
    let now = 0;
    const clock = () => now;
    const engine = createDedupeEngine({
      store: createMemoryStateStore({ clock }),
      clock,
      settings: { groupByService: true, groupWindowMs: 1000 },
    });
    const first = await feed(engine, [
      generic("a", "firing", "api"),
      generic("b", "firing", "db"),
      generic("c", "firing", "api"),
    ]);
    expect(kinds(first)).toEqual(["opened:generic:a", "opened:generic:b", "updated:generic:a"]);
    now = 5000;
    expect(kinds(await engine.handle(generic("d", "firing", "api")))).toEqual(["opened:generic:d"]);
  });

  it("caps pipeline runs per fingerprint per window", async () => {
    const engine = createDedupeEngine({
      store: createMemoryStateStore(),
      settings: { maxRunsPerWindow: 2, flapThreshold: 100, groupWindowMs: 0 },
    });
    const allowed: boolean[] = [];
    for (let i = 0; i < 4; i += 1) {
      const [opened] = await engine.handle(generic("cap"));
      allowed.push(opened?.runAllowed ?? false);
      await engine.handle(generic("cap", "resolved"));
    }
    expect(allowed).toEqual([true, true, false, false]);
  });

  it("damps flapping: after the threshold, a resolution is held and a quick re-fire only updates", async () => {
    const deferred: IncidentEvent[] = [];
    const engine = createDedupeEngine({
      store: createMemoryStateStore(),
      settings: { flapThreshold: 2, flapHoldMs: 50, groupWindowMs: 0, maxRunsPerWindow: 100 },
      onDeferred: (e) => deferred.push(e),
    });
    const flip = () => feed(engine, [generic("f"), generic("f", "resolved")]);
    const cycles: string[][] = [];
    for (let i = 0; i < 5; i += 1) cycles.push((await flip()).map((e) => e.kind));
    expect(cycles).toEqual([
      ["opened", "resolved"],
      ["reopened", "resolved"],
      ["reopened"], // second reopening: flapping from here, the resolution is held
      ["updated"], // re-fired within the hold: no reopen, no new run
      ["updated"],
    ]);
    // Polled, not slept: on a loaded machine the hold's timer runs late, and a late timer must still resolve.
    await vi.waitFor(() => expect(deferred.length).toBeGreaterThan(0), { timeout: 5_000, interval: 20 });
    expect(deferred.map((e) => e.kind)).toEqual(["resolved"]); // the last resolution stood
    engine.close();
  });

  it.each([
    ["pagerduty", "pagerduty.incident-triggered.json", "pagerduty.incident-resolved.json"],
    ["datadog", "datadog.custom.triggered.json", "datadog.custom.recovered.json"],
    ["opsgenie", "opsgenie.create.json", "opsgenie.close.json"],
    ["cloudwatch", "cloudwatch-sns.notification.json", "cloudwatch-sns.notification.ok.json"],
  ])(
    "%s: the vendor's firing then resolving notification open and close one incident",
    async (source, fire, clear) => {
      const engine = createDedupeEngine({ store: createMemoryStateStore() });
      const opened = await feed(engine, [...alertsOf(fire, source), ...alertsOf(fire, source)]);
      expect(opened.map((e) => e.kind)).toEqual(["opened", "updated"]);
      const closing = alertsOf(clear, source);
      const sameKey = closing.every((c) => c.fingerprint === opened[0]?.incident.fingerprint);
      const closed = await feed(engine, closing);
      // Opsgenie's doc example closes a different alias than our Create: nothing of ours to close then.
      expect(closed.map((e) => e.kind)).toEqual(sameKey ? ["resolved"] : []);
    },
  );

  it("opsgenie: a Close of the created alias resolves it; Acknowledge and AddNote do not", async () => {
    const engine = createDedupeEngine({ store: createMemoryStateStore() });
    const create = fixture<{ action: string; alert: Record<string, unknown> }>("opsgenie.create.json");
    const as = (action: string) => {
      const r = normalizeAlert("opsgenie", { ...create, action }, { now: NOW });
      if (r.status !== "ok") throw new Error(r.reason);
      return r.incidents;
    };
    const events = await feed(engine, [
      ...as("Create"),
      ...as("AddNote"),
      ...as("Acknowledge"),
      ...as("Close"),
    ]);
    expect(events.map((e) => `${e.kind}:${e.incident.status}`)).toEqual([
      "opened:firing",
      "updated:acknowledged",
      "resolved:resolved",
    ]);
  });

  it("drops a vendor's retry of the same delivery", async () => {
    const engine = createDedupeEngine({ store: createMemoryStateStore() });
    expect(await engine.firstDelivery("pagerduty", "01BWDWL3")).toBe(true);
    expect(await engine.firstDelivery("pagerduty", "01BWDWL3")).toBe(false);
    expect(await engine.firstDelivery("sentry", "01BWDWL3")).toBe(true);
  });

  it("hands out a fresh copy of the stored incident to each repeat: a change to one reaches no other", async () => {
    const engine = createDedupeEngine({ store: createMemoryStateStore() });
    const create = fixture<{ action: string; alert: Record<string, unknown> }>("opsgenie.create.json");
    const as = (action: string) => {
      const r = normalizeAlert("opsgenie", { ...create, action }, { now: NOW });
      if (r.status !== "ok") throw new Error(r.reason);
      return r.incidents;
    };
    const [opened] = await feed(engine, as("Create"));
    const first = (await feed(engine, as("Create")))[0] as IncidentEvent;
    const acked = (await feed(engine, as("Acknowledge")))[0] as IncidentEvent;
    expect(acked.incident.status).toBe("acknowledged");
    acked.incident.labels.changedByACaller = "yes";
    first.incident.title = "changed by a caller";
    const later = (await feed(engine, as("Create")))[0] as IncidentEvent;
    expect(later.incident).toEqual({ ...opened?.incident, raw: null });
    expect(later.incident.status).toBe("firing");
    expect(later.incident.labels.changedByACaller).toBeUndefined();
    expect(later.incident).not.toBe(first.incident);
  });
});
