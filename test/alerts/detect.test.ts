import { describe, expect, it } from "vitest";
import { detectAlertSource, detectionHint } from "../../src/ingest/alerts/detect.js";
import { normalizeAlert } from "../../src/ingest/alerts/index.js";
import { fixture, NOW } from "./fixtures.js";

type Body = Record<string, unknown>;

describe("detection of Prometheus-compatible senders (through their Alertmanager)", () => {
  const am = fixture<Body>("alertmanager.single.firing.json");

  it("reads webhook v4 bodies with or without version, with extra fields a newer Alertmanager adds", () => {
    const { version: _v, groupKey: _g, ...noVersion } = am;
    expect(detectAlertSource(noVersion)).toBe("alertmanager");
    const mimir = {
      ...am,
      truncatedAlerts: 0,
      externalURL: "http://mimir-alertmanager.example.net/alertmanager",
    };
    expect(detectAlertSource(mimir)).toBe("alertmanager");
    const result = normalizeAlert("alertmanager", noVersion, { now: NOW });
    expect(result.status === "ok" && result.incidents[0]?.fingerprint).toBe("alertmanager:3fc9050459d0402c");
  });

  it("keeps Grafana bodies as Grafana and says what it looked for", () => {
    expect(detectAlertSource(fixture("grafana.firing.json"))).toBe("grafana");
    expect(detectAlertSource({ message: "hello" })).toBeUndefined();
    for (const source of [
      "alertmanager",
      "azure",
      "gcp",
      "newrelic",
      "splunk",
      "elastic",
      "zabbix",
      "uptimekuma",
      "generic",
    ])
      expect(detectionHint()).toContain(`${source}:`);
  });
});
