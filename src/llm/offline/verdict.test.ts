import { describe, expect, it } from "vitest";
import type { AgentContext } from "../../core/agent-context.js";
import type { Incident } from "../../core/incident.js";
import type { LogSummary, SummaryTemplate } from "../../core/log-summary.js";
import { noFindingVerdict, openQuestions, unexplainedErrors } from "./verdict.js";

const INCIDENT: Incident = {
  id: "inc-test",
  fingerprint: "f",
  source: "cli",
  severity: "P3",
  title: "logs uploaded",
  labels: {},
  startedAt: "2026-11-24T02:00:00Z",
  status: "firing",
  raw: {},
};

function template(
  level: SummaryTemplate["level"],
  count: number,
  reasons: string[],
  seen: [string, string] = ["2026-11-24T02:05:00Z", "2026-11-24T02:55:00Z"],
): SummaryTemplate {
  return {
    id: `t-${level}-${count}`,
    template: "x",
    level,
    count,
    firstSeen: { file: "app.log", line: 10, time: seen[0] },
    lastSeen: { file: "app.log", line: 900, time: seen[1] },
    reasons,
    examples: [],
  };
}

function summary(totalRecords: number, kept: SummaryTemplate[]): LogSummary {
  return {
    files: [{ file: "app.log", lines: totalRecords, bytes: totalRecords * 80 }],
    totalRecords,
    totalTemplates: kept.length,
    timeRange: { from: "2026-11-24T02:00:00Z", to: "2026-11-24T03:00:00Z" },
    budgetTokens: 1000,
    estimatedTokens: 10,
    kept,
    omitted: { records: 0, templates: 0 },
    text: "",
  };
}

const context = (patch: Partial<AgentContext>): AgentContext => ({
  incident: INCIDENT,
  hints: [],
  similar: [],
  ...patch,
});

describe("the all-clear without a finding", () => {
  it("is given for read logs whose only errors are scarce, steady background", () => {
    const ctx = context({ logSummary: summary(10_000, [template("ERROR", 8, ["error"])]) });
    expect(unexplainedErrors(ctx)).toEqual([]);
    expect(noFindingVerdict(ctx)).toEqual({ kind: "none" });
  });

  it("is withheld for errors that burst, carry a trace, are fatal, not scarce, one-off or bunched", () => {
    for (const t of [
      template("ERROR", 8, ["error", "burst"]),
      template("ERROR", 8, ["error", "stack-trace"]),
      template("FATAL", 1, ["error"]),
      template("ERROR", 60, ["error"]),
      template("ERROR", 1, ["error"]),
      template("ERROR", 4, ["error"], ["2026-11-24T02:58:00Z", "2026-11-24T02:59:30Z"]),
    ]) {
      const ctx = context({ logSummary: summary(10_000, [t]) });
      expect(noFindingVerdict(ctx)).toEqual({ kind: "unknown" });
      expect(openQuestions(ctx).join()).toMatch(/match no known pattern/);
    }
  });

  it("is withheld when nothing was read, and while any alert, generic or acknowledged, is open", () => {
    expect(openQuestions(context({}))).toEqual(["no log records were read"]);
    expect(noFindingVerdict(context({ logSummary: summary(0, []) }))).toEqual({ kind: "unknown" });
    const healthy = summary(100, []);
    for (const status of ["firing", "acknowledged"] as const) {
      const incident: Incident = { ...INCIDENT, source: "generic", status, title: "Queue deep" };
      expect(openQuestions(context({ incident, logSummary: healthy }))).toEqual([
        `the generic alert "Queue deep" is ${status}`,
      ]);
    }
    const resolved: Incident = { ...INCIDENT, source: "alertmanager", status: "resolved" };
    expect(noFindingVerdict(context({ incident: resolved, logSummary: healthy }))).toEqual({ kind: "none" });
  });
});

describe("internet background noise without a finding", () => {
  const SCAN =
    "Nov 24 16:00:22 bastion-1 sshd[55608]: error: maximum authentication attempts exceeded for root from 203.0.113.9 port 43719 ssh2 [preauth]";
  /** A template of sshd scans: bunched and at 2.5% of the records, so not steady background on its own terms. */
  function scans(count: number): SummaryTemplate {
    const t = template("ERROR", count, ["error", "burst"]);
    return { ...t, id: "t-ssh", examples: [{ file: "auth.log", line: 10, text: SCAN }] };
  }

  it("is no error left unexplained: a resolved alert or plain logs with scans get the all-clear", () => {
    const resolved: Incident = {
      ...INCIDENT,
      source: "datadog",
      status: "resolved",
      title: "Disk usage above 90%",
    };
    for (const incident of [INCIDENT, resolved]) {
      const ctx = context({ incident, logSummary: summary(4_000, [scans(100)]) });
      expect(unexplainedErrors(ctx)).toEqual([]);
      expect(noFindingVerdict(ctx)).toEqual({ kind: "none" });
    }
  });

  it("still escalates a real error beside the scans, and any firing alert", () => {
    const real = template("ERROR", 1, ["error"]);
    const ctx = context({ logSummary: summary(4_000, [scans(100), real]) });
    expect(unexplainedErrors(ctx).map((t) => t.id)).toEqual([real.id]);
    const firing: Incident = { ...INCIDENT, source: "alertmanager", status: "firing", title: "HighLatency" };
    expect(noFindingVerdict(context({ incident: firing, logSummary: summary(4_000, [scans(100)]) }))).toEqual(
      {
        kind: "unknown",
      },
    );
  });

  it("is the question when it is the incident's subject or overwhelms what was read", () => {
    const about: Incident = {
      ...INCIDENT,
      source: "grafana",
      status: "resolved",
      title: "SSH brute force on bastion-1",
    };
    expect(noFindingVerdict(context({ incident: about, logSummary: summary(4_000, [scans(100)]) }))).toEqual({
      kind: "unknown",
    });
    const flood = context({ logSummary: summary(4_000, [scans(2_500)]) });
    expect(unexplainedErrors(flood).map((t) => t.id)).toEqual(["t-ssh"]);
  });
});
