import { describe, expect, it } from "vitest";
import type { AgentContext } from "../../core/agent-context.js";
import type { Incident } from "../../core/incident.js";
import type { LogRecord } from "../../core/log-summary.js";
import { ALERT_RULES, normalizeAlertName } from "../../knowledge/alerts/index.js";
import { createPatternScanner } from "../../knowledge/pattern-scanner.js";
import { patternById } from "../../knowledge/patterns/index.js";
import { findingDiagnosis } from "./diagnosis-builder.js";
import { findingsOf } from "./findings.js";

function incident(title: string, labels: Record<string, string> = {}): Incident {
  return {
    id: "inc-test",
    fingerprint: "test",
    source: "alertmanager",
    severity: "P2",
    title,
    labels,
    startedAt: "2026-11-24T02:30:00Z",
    status: "firing",
    raw: {},
  };
}

function contextOf(inc: Incident, records: Partial<LogRecord>[] = []): AgentContext {
  const scanner = createPatternScanner();
  records.forEach((r, i) => {
    scanner.onRecord({ file: "app.log", line: i + 1, endLine: i + 1, text: "", level: "UNKNOWN", ...r });
  });
  return { incident: inc, hints: scanner.findings(), similar: [] };
}

const repeat = (n: number, text: string) => Array.from({ length: n }, () => ({ text }));

describe("subject focus", () => {
  const listing = [
    "NAME                          READY   STATUS             RESTARTS       AGE",
    "checkout-6f7d8b9c4-x2x9q      1/1     Running            0              3d",
    "payments-5c4b7d9f8-k2k2p      0/1     CrashLoopBackOff   14 (2m ago)    3d",
    "search-7b8c9d6f5-q8w7e        1/1     Running            0              3d",
  ].map((text) => ({ text }));

  it("does not blame another pod in a namespace-wide listing for the alert's pod", () => {
    const alert = incident("KubePodNotReady: checkout not ready", {
      alertname: "KubePodNotReady",
      namespace: "shop",
      pod: "checkout-6f7d8b9c4-x2x9q",
    });
    const ids = findingsOf(contextOf(alert, listing)).map((f) => f.pattern.id);
    expect(ids).not.toContain("crash-loop");
    expect(ids[0]).toBe("probe-readiness-failed");
  });

  it("keeps the crash loop when it is the alert's own pod", () => {
    const alert = incident("KubePodCrashLooping", { namespace: "shop", pod: "payments-5c4b7d9f8-k2k2p" });
    expect(findingsOf(contextOf(alert, listing))[0]?.pattern.id).toBe("crash-loop");
  });

  it("keeps another object's failure when the subject's own evidence names it (a dependency)", () => {
    const records = [
      ...repeat(3, "Error: connect ECONNREFUSED orders-db:5432"),
      { text: "FATAL:  sorry, too many clients already", subject: { pod: "orders-db-0" } },
    ];
    const alert = incident("OrdersApiErrors", { service: "orders-api" });
    expect(findingsOf(contextOf(alert, records)).map((f) => f.pattern.id)).toContain(
      "db-server-connection-limit",
    );
  });
});

describe("cause over consequence", () => {
  it("puts the OOM kill before the crash loop and the failing probes it causes", () => {
    const records = [
      ...repeat(3, 'Liveness probe failed: Get "http://10.0.0.5:8080/healthz": context deadline exceeded'),
      { text: "Back-off restarting failed container app in pod api-1_default(1)" },
      { text: "    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137" },
    ];
    const ids = findingsOf(contextOf(incident("ApiDown"), records)).map((f) => f.pattern.id);
    expect(ids.slice(0, 1)).toEqual(["oom-container"]);
    expect(ids.indexOf("crash-loop")).toBeGreaterThan(0);
  });

  it("puts a DNS failure before the connection errors that follow it", () => {
    const records = [
      ...repeat(12, "Error: connect ECONNREFUSED 10.0.0.9:6379"),
      { text: "Error: getaddrinfo ENOTFOUND redis.cache.svc.cluster.local" },
    ];
    expect(findingsOf(contextOf(incident("ApiErrors"), records))[0]?.pattern.id).toBe("dns-failure");
  });

  it("does not let three transient EAI_AGAIN lines outvote a real latency problem", () => {
    const slow = Array.from({ length: 40 }, (_, i) => ({
      text: `GET /api/orders/${i}`,
      kind: "access" as const,
      fields: { status: 200, durationMs: 2_400 },
    }));
    const records = [...repeat(3, "Error: getaddrinfo EAI_AGAIN orders-db"), ...slow];
    const [first] = findingsOf(contextOf(incident("OrdersHighLatency"), records));
    expect(first?.pattern.category).toBe("latency");
  });
});

describe("standard alerts without logs", () => {
  it("every rule names a knowledge-base entry and is known by its name and aliases", () => {
    for (const rule of ALERT_RULES) expect(patternById(rule.patternId), rule.name).toBeDefined();
    const names = ALERT_RULES.flatMap((r) => [r.name, ...(r.aliases ?? [])].map(normalizeAlertName));
    expect(new Set(names).size).toBe(names.length);
  });

  for (const rule of ALERT_RULES) {
    it(`${rule.name} gives its hypothesis and the evidence that would confirm it`, () => {
      const labels: Record<string, string> = { alertname: rule.name };
      for (const l of rule.subjectLabels) labels[l] = `${l}-x1`;
      const context = contextOf(incident(`${rule.name}: firing`, labels));
      const [primary, ...others] = findingsOf(context);
      const pattern = patternById(rule.patternId)!;
      expect(primary?.pattern.category).toBe(pattern.category);
      expect(primary?.alert?.lookAt).not.toMatch(/\{\w+\}/);
      for (const l of rule.subjectLabels.filter((l) => rule.lookAt.includes(`{${l}}`)))
        expect(primary?.alert?.lookAt).toContain(`${l}-x1`);
      const diagnosis = findingDiagnosis(context, primary!, others, undefined);
      expect(diagnosis.category).toBe(pattern.category);
      expect(diagnosis.rootCause).toContain(`look at ${primary?.alert?.lookAt}`);
      expect(diagnosis.confidence).toBeLessThanOrEqual(0.5);
    });
  }

  it("reads the two example alerts that used to come out unknown", () => {
    const disk = incident(
      "NodeFilesystemAlmostOutOfSpace: Filesystem /mnt/pgdata on db-1 has less than 3% space left",
      {
        alertname: "NodeFilesystemAlmostOutOfSpace",
        instance: "db-1:9100",
        mountpoint: "/mnt/pgdata",
      },
    );
    const [d] = findingsOf(contextOf(disk));
    expect(d?.pattern.category).toBe("disk_full");
    expect(d?.alert?.lookAt).toContain("df -h /mnt/pgdata");
    const [p] = findingsOf(contextOf(incident("PostgresDeadlocks", { alertname: "PostgresDeadlocks" })));
    expect(p?.pattern.id).toBe("deadlock");
  });

  it("takes no hypothesis from a resolved alert's name or words", () => {
    const resolved = {
      ...incident("KubePodCrashLooping", { alertname: "KubePodCrashLooping" }),
      description: 'Pod shop/cart-5c6b7d8e9-qq2lm (cart) is in waiting state (reason: "CrashLoopBackOff").',
      status: "resolved" as const,
    };
    expect(findingsOf(contextOf(resolved))).toEqual([]);
  });

  it("infers from the words of a team's own alert name, with less confidence", () => {
    const context = contextOf(incident("CheckoutHigh5xxRate", { alertname: "CheckoutHigh5xxRate" }));
    const [primary, ...others] = findingsOf(context);
    expect(primary?.pattern.id).toBe("upstream-5xx-storm");
    expect(findingDiagnosis(context, primary!, others, undefined).confidence).toBeLessThan(0.5);
    expect(
      findingsOf(contextOf(incident("BackupJobSucceeded", { alertname: "BackupJobSucceeded" }))),
    ).toEqual([]);
  });
});
