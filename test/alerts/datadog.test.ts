import { describe, expect, it } from "vitest";
import type { Incident } from "../../src/core/incident.js";
import { normalizeAlert } from "../../src/ingest/alerts/index.js";
import { parseDatadogTitle } from "../../src/ingest/alerts/sources/datadog-title.js";
import { NOW } from "./fixtures.js";

function dd(body: Record<string, unknown>): Incident[] {
  const result = normalizeAlert("datadog", body, { now: NOW });
  if (result.status !== "ok") throw new Error(`${result.path}: ${result.reason}`);
  return result.incidents;
}
const only = (body: Record<string, unknown>) => dd(body)[0] as Incident;

describe("Datadog titles", () => {
  it.each([
    ["[P2] [Warn] Disk almost full", { priority: "P2", transition: "Warn", name: "Disk almost full" }],
    [
      "[Triggered on {host:a,env:prod}] [P1] x",
      { priority: "P1", transition: "Triggered", scope: "host:a,env:prod", name: "x" },
    ],
    [
      "[Re-Triggered on {service:checkout}] Latency",
      { transition: "Re-Triggered", scope: "service:checkout", name: "Latency" },
    ],
    ["[Recovered] Latency", { transition: "Recovered", name: "Latency" }],
    ["[release 2.1] deploy failed", { name: "[release 2.1] deploy failed" }],
  ])("%s", (title, expected) => {
    expect(parseDatadogTitle(title)).toEqual(expected);
  });
});

describe("Datadog severity, transition and identity", () => {
  const base = { event_type: "query_alert_monitor", org: { id: "1" }, body: "b" };

  it("one alert keeps one fingerprint across [P2] [Warn] / [Triggered] / [Recovered] title-only deliveries", () => {
    const warn = only({ ...base, title: "[P2] [Warn] Disk almost full", date: "1795485300000" });
    const trig = only({ ...base, title: "[P2] [Triggered] Disk almost full", date: "1795485900000" });
    const rec = only({ ...base, title: "[P2] [Recovered] Disk almost full", date: "1795486900000" });
    expect(new Set([warn.fingerprint, trig.fingerprint, rec.fingerprint]).size).toBe(1);
    expect([warn.severity, trig.severity]).toEqual(["P2", "P2"]);
    expect([warn.status, trig.status, rec.status]).toEqual(["firing", "firing", "resolved"]);
  });

  it("payload priority beats the title, the title beats the alert type", () => {
    expect(only({ ...base, title: "[P4] [Triggered] x", severity: "P2", alert_type: "error" }).severity).toBe(
      "P2",
    );
    expect(only({ ...base, title: "[P1] [Triggered] x", alert_type: "warning" }).severity).toBe("P1");
    expect(only({ ...base, title: "[Triggered] x", alert_type: "warning" }).severity).toBe("P3");
    expect(only({ ...base, title: "[Triggered] x", alert_priority: "P5" }).severity).toBe("P4");
  });

  it("a [Recovered] title without alert_transition resolves; alert_type success resolves too", () => {
    expect(only({ ...base, title: "[Recovered on {host:a}] x" }).status).toBe("resolved");
    expect(only({ ...base, alert_id: "7", title: "x", alert_type: "success" }).status).toBe("resolved");
    expect(dd({ ...base, title: "[No Data on {host:a}] x" })).toEqual([]);
  });

  it("multi-alert scopes are separate; scope order and unexpanded variables do not matter", () => {
    const a = only({ ...base, title: "[Triggered on {host:api-7f9c.prod}] x" });
    const b = only({ ...base, title: "[Triggered on {host:api-0001.prod}] x" });
    expect(a.fingerprint).not.toBe(b.fingerprint);
    const c = only({ ...base, monitor_id: 9, scopes: "service:a, env:prod", title: "x" });
    const d = only({ ...base, alert_id: "9", alert_scope: "env:prod,service:a", title: "[Triggered] x" });
    expect(c.fingerprint).toBe(d.fingerprint);
    expect(c.service).toBe("a");
    const e = only({
      ...base,
      alert_id: "9",
      alert_scope: "$ALERT_SCOPE",
      title: "[Triggered on {env:prod,service:a}] x",
    });
    expect(e.fingerprint).toBe(c.fingerprint);
  });
});
