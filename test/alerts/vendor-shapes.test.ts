import { describe, expect, it } from "vitest";
import type { Incident } from "../../src/core/incident.js";
import { detectAlertSource } from "../../src/ingest/alerts/detect.js";
import { normalizeAlert } from "../../src/ingest/alerts/index.js";
import { fixture, NOW } from "./fixtures.js";

/** Shapes each vendor documents (or its source code sends) beyond the identity fixtures; see the fixtures README. */

function incidents(source: string, body: unknown): Incident[] {
  const result = normalizeAlert(source, body, { now: NOW });
  if (result.status !== "ok") throw new Error(`${result.path}: ${result.reason}`);
  return result.incidents;
}

const clone = <T>(value: T): T => structuredClone(value);

describe("Splunk webhook alert action", () => {
  it("reads Splunk's documented example, whose search_name is null, by its scheduled search", () => {
    const [first] = incidents("splunk", fixture("splunk.docs-example.json"));
    const next = clone(fixture<Record<string, unknown>>("splunk.docs-example.json"));
    next.sid = "scheduler_admin_search_W2_at_14232416_133"; // the next run of the same search
    next.results_link =
      "http://web.example.local:8000/app/search/@go?sid=scheduler_admin_search_W2_at_14232416_133";
    const [second] = incidents("splunk", next);
    expect(first?.status).toBe("firing");
    expect(second?.fingerprint).toBe(first?.fingerprint);
    expect(detectAlertSource(fixture("splunk.docs-example.json"))).toBe("splunk");
  });

  it("refuses an unnamed ad-hoc search it cannot tell apart, naming the field", () => {
    const body = { ...fixture<Record<string, unknown>>("splunk.docs-example.json"), sid: "1732412345.42" };
    expect(normalizeAlert("splunk", body, { now: NOW })).toMatchObject({
      status: "invalid",
      path: "search_name",
    });
  });
});

describe("Azure Monitor common alert schema", () => {
  it("reads Microsoft's documented sample: Resolved Sev3 metric alert", () => {
    const [incident] = incidents("azure", fixture("azure.docs-resolved.json"));
    expect(incident).toMatchObject({
      status: "resolved",
      severity: "P4",
      service: "wcus-r2-gen2",
      endedAt: "2019-03-22T14:03:16.224Z",
    });
    expect(detectAlertSource(fixture("azure.docs-resolved.json"))).toBe("azure");
  });
});

describe("Cloud Monitoring webhook", () => {
  it("reads upper-case states, unset (0) times and 'no severity' as Google sends them", () => {
    const body = clone(fixture<{ incident: Record<string, unknown> }>("gcp.open.json"));
    Object.assign(body.incident, { state: "OPEN", severity: "no severity", started_at: 0, ended_at: 0 });
    const [incident] = incidents("gcp", body);
    expect(incident).toMatchObject({ status: "firing", severity: "P3", startedAt: NOW.toISOString() });
    body.incident.state = "CLOSED";
    expect(incidents("gcp", body)[0]?.status).toBe("resolved");
  });

  it("refuses a Pub/Sub push whose data is not a notification", () => {
    const push = { message: { data: Buffer.from("not json").toString("base64") }, subscription: "s" };
    expect(normalizeAlert("gcp", push, { now: NOW })).toMatchObject({
      status: "invalid",
      path: "message.data",
    });
  });
});

describe("Kibana webhook connector", () => {
  const nested = fixture<Record<string, Record<string, unknown>>>("elastic.fired.json");

  it("reads a body written with dotted keys as the nested one", () => {
    const dotted = {
      "rule.id": nested.rule?.id,
      "rule.name": nested.rule?.name,
      "alert.id": nested.alert?.id,
      "alert.actionGroup": nested.alert?.actionGroup,
      "context.reason": nested.context?.reason,
    };
    const [a] = incidents("elastic", nested);
    const [b] = incidents("elastic", dotted);
    expect(b).toMatchObject({ fingerprint: a?.fingerprint, status: "firing", description: a?.description });
  });

  it("keeps the documented per-alert variables and reads a stringified context", () => {
    const body = clone(nested);
    Object.assign(body.alert as object, { flapping: "true", consecutiveMatches: "4", actionSubgroup: "" });
    (body as Record<string, unknown>).context = "system.cpu.total.norm.pct is 97%";
    const [incident] = incidents("elastic", body);
    expect(incident?.labels).toMatchObject({ flapping: "true", consecutive_matches: "4" });
    expect(incident?.description).toBe("system.cpu.total.norm.pct is 97%");
  });
});

describe("Zabbix webhook media type", () => {
  const problem = fixture<Record<string, string>>("zabbix.problem.json");

  it("ignores discovery and autoregistration events", () => {
    expect(incidents("zabbix", { ...problem, event_source: "1" })).toEqual([]);
    expect(incidents("zabbix", { ...problem, event_source: "0" })).toHaveLength(1);
  });

  it("resolves on {EVENT.RECOVERY.VALUE} 0 and does not read 'unacknowledged' as acknowledged", () => {
    expect(incidents("zabbix", { ...problem, event_recovery_value: "0" })[0]?.status).toBe("resolved");
    const update = { ...problem, event_update_status: "1" };
    expect(incidents("zabbix", { ...update, event_update_action: "acknowledged" })[0]?.status).toBe(
      "acknowledged",
    );
    expect(incidents("zabbix", { ...update, event_update_action: "unacknowledged" })[0]?.status).toBe(
      "firing",
    );
  });
});

describe("Uptime Kuma webhook", () => {
  const down = fixture<{ heartbeat: Record<string, unknown>; monitor: unknown; msg: string }>(
    "uptimekuma.down.json",
  );

  it("ignores the test notification (msg only) and pending/maintenance heartbeats", () => {
    expect(incidents("uptimekuma", { heartbeat: null, monitor: null, msg: "Uptime Kuma Testing" })).toEqual(
      [],
    );
    for (const status of [2, 3])
      expect(incidents("uptimekuma", { ...down, heartbeat: { ...down.heartbeat, status } })).toEqual([]);
  });
});
