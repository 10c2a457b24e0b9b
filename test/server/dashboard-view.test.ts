import { describe, expect, it } from "vitest";
import type { Run } from "../../src/core/run.js";
import type { IncidentRecord } from "../../src/server/api-incidents.js";
import { incidentFromTrigger } from "../../src/server/api-routes.js";
import {
  alertLinks,
  incidentDetail,
  isPlumbing,
  isWebUrl,
  matchesFilter,
  outcomeLabel,
  runOutcome,
} from "../../src/server/dashboard/incident-view.js";

const inc = incidentFromTrigger(
  { title: "checkout OOMKilled", severity: "P1", service: "checkout" },
  new Date(),
);
const run = (over: Partial<Run>): Run =>
  ({ id: "r1", finalState: "RESOLVED", reason: "why", incident: inc, ...over }) as unknown as Run;
const record = (over: Partial<IncidentRecord> = {}): IncidentRecord => ({
  id: inc.id,
  incident: inc,
  via: "api",
  status: "done",
  state: "RESOLVED",
  receivedAt: "2026-12-07T01:00:00.000Z",
  updatedAt: "2026-12-07T01:00:00.000Z",
  similar: [],
  activity: [],
  links: [],
  ...over,
});
const patch = { patch: "--- a/x\n+++ b/x\n", rationale: "r", risk: "low" as const };

describe("outcomeLabel", () => {
  it("tells apart what the run did", () => {
    expect(runOutcome(run({ proposal: { ...patch, applied: false } }))).toBe("PROPOSED");
    expect(
      runOutcome(
        run({
          proposal: { ...patch, applied: true },
          verification: { checks: [], outcome: "passed", summary: "" },
        }),
      ),
    ).toBe("FIXED");
    expect(runOutcome(run({}))).toBe("NOTHING_WRONG");
    expect(runOutcome(run({ finalState: "ESCALATED" }))).toBe("ESCALATED");
    // The pipeline's own new names pass through unchanged.
    expect(runOutcome(run({ finalState: "PROPOSED" as Run["finalState"] }))).toBe("PROPOSED");
  });

  it("says FAILED with the reason, QUEUED and RUNNING while going, and a hand-off's own state", () => {
    expect(outcomeLabel(record({ status: "failed", error: "boom" }))).toEqual({
      label: "FAILED",
      tone: "bad",
      reason: "boom",
    });
    expect(outcomeLabel(record({ status: "queued", state: "RECEIVED" })).label).toBe("QUEUED");
    expect(outcomeLabel(record({ status: "running", state: "DIAGNOSIS" }))).toEqual({
      label: "RUNNING",
      tone: "info",
      reason: "at DIAGNOSIS",
    });
    const handed = record({
      state: "HANDED_OFF",
      activity: [{ time: "t", kind: "finished", text: "HANDED_OFF: repository_dispatch to acme/shop" }],
    });
    expect(outcomeLabel(handed)).toEqual({
      label: "HANDED_OFF",
      tone: "info",
      reason: "repository_dispatch to acme/shop",
    });
    expect(outcomeLabel(record({ run: run({ finalState: "HALTED", reason: "kill switch" }) }))).toEqual({
      label: "HALTED",
      tone: "bad",
      reason: "kill switch",
    });
  });
});

describe("links", () => {
  it("are absolute http(s) only", () => {
    for (const ok of ["http://prometheus:9090/graph?g0.expr=up", "https://runbooks.example/x"])
      expect(isWebUrl(ok)).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<b>",
      "/relative",
      "//evil.example",
      "https://",
      " https://x",
      "vbscript:x",
    ])
      expect(isWebUrl(bad)).toBe(false);
  });

  it("come from the alert's generatorURL and runbook_url when they are web URLs", () => {
    const labels = { generatorURL: "http://prom:9090/graph", runbook_url: "javascript:alert(1)" };
    expect(alertLinks(record({ incident: { ...inc, labels } }))).toEqual([
      { label: "Alert source", url: "http://prom:9090/graph" },
    ]);
  });
});

describe("the detail", () => {
  it("marks agent and tool internals as plumbing and lists each similar incident once", () => {
    expect(
      isPlumbing({ time: "t", kind: "event", agent: "triage", text: "agent ended: credential revoked" }),
    ).toBe(true);
    expect(isPlumbing({ time: "t", kind: "tool-call", agent: "detective", text: "read_file allowed" })).toBe(
      true,
    );
    expect(isPlumbing({ time: "t", kind: "event", text: "delivered: issue #7" })).toBe(false);
    expect(isPlumbing({ time: "t", kind: "human", text: "acknowledged by alex" })).toBe(false);
    const past = {
      title: "t",
      category: "out_of_memory",
      rootCause: "r",
      score: 0.5,
      matchedBy: "text",
      storedAt: "s",
    };
    const similar = [
      { ...past, runId: "r1", incidentId: inc.id },
      { ...past, runId: "p1", incidentId: "inc-a" },
      { ...past, runId: "p2", incidentId: "inc-a" },
      { ...past, runId: "p3", incidentId: "inc-b" },
    ] as unknown as IncidentRecord["similar"];
    const detail = incidentDetail(record({ run: run({}), similar }));
    expect(detail.similar.map((s) => s.runId)).toEqual(["p1", "p3"]);
  });

  it("filters by outcome, alert state, acknowledgement, severity, service and words", () => {
    const r = record({ run: run({ proposal: { ...patch, applied: false } }) });
    expect(matchesFilter(r, { state: "proposed" })).toBe(true);
    expect(matchesFilter(r, { state: "FIRING" })).toBe(true);
    expect(matchesFilter(r, { state: "acknowledged" })).toBe(false);
    expect(matchesFilter({ ...r, acknowledged: { at: "t" } }, { state: "acknowledged" })).toBe(true);
    expect(matchesFilter(r, { severity: "p1", service: "checkout", q: "OOMKILLED check" })).toBe(true);
    expect(matchesFilter(r, { service: "search" })).toBe(false);
  });
});

describe("the closing line", () => {
  it("names the outcome the page shows, not the pipeline's RESOLVED", () => {
    const r = record({
      run: run({ proposal: { ...patch, applied: false }, reason: "fix verified: 2 passed" }),
      activity: [
        { time: "t1", kind: "finished", text: "RESOLVED: an earlier run" },
        { time: "t2", kind: "state", text: "RESOLVED" },
        { time: "t3", kind: "finished", text: "RESOLVED: fix verified: 2 passed" },
      ],
    });
    expect(incidentDetail(r).activity.map((a) => a.text)).toEqual([
      "RESOLVED: an earlier run",
      "RESOLVED",
      "PROPOSED: fix verified: 2 passed",
    ]);
  });
});
