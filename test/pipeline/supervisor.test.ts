import { describe, expect, it } from "vitest";
import type { Diagnosis } from "../../src/core/diagnosis.js";
import type { Triage } from "../../src/core/triage.js";
import type { Verification } from "../../src/core/verification.js";
import { reachFor, route } from "../../src/pipeline/supervisor.js";

const triage = (needsDiagnosis: boolean): Triage => ({
  severity: "P2",
  suspectedCategory: needsDiagnosis ? "out_of_memory" : "none",
  summary: "checkout-api restarts",
  needsDiagnosis,
  suspectFiles: [],
});

const diagnosis = (over: Partial<Diagnosis> = {}): Diagnosis => ({
  severity: "P2",
  category: "out_of_memory",
  summary: "OOM killed",
  rootCause: "limit too low",
  evidence: [{ kind: "log", file: "app.log", line: 3, excerpt: "Killed process 42" }],
  confidence: 0.9,
  fixability: 0.8,
  recommendedActions: [],
  signatures: [],
  ...over,
});

const verification = (outcome: Verification["outcome"]): Verification => ({
  checks: [],
  outcome,
  summary: "s",
});

describe("the Supervisor routes every transition", () => {
  it("RECEIVED goes to TRIAGE, or HALTED when a kill switch is on", () => {
    expect(route({ stage: "RECEIVED" }).next).toBe("TRIAGE");
    expect(route({ stage: "RECEIVED", halt: "STOP_SENTRY file present" })).toEqual({
      next: "HALTED",
      reason: "STOP_SENTRY file present",
    });
  });

  it("TRIAGE goes to DIAGNOSIS, RESOLVED when nothing needs diagnosing, ESCALATED or HALTED when the agent fails", () => {
    expect(route({ stage: "TRIAGE", result: { status: "ok", output: triage(true) } }).next).toBe("DIAGNOSIS");
    expect(route({ stage: "TRIAGE", result: { status: "ok", output: triage(false) } }).next).toBe("RESOLVED");
    expect(route({ stage: "TRIAGE", result: { status: "inconclusive", reason: "no steps" } }).next).toBe(
      "ESCALATED",
    );
    expect(route({ stage: "TRIAGE", result: { status: "failed", reason: "step limit" } }).next).toBe(
      "ESCALATED",
    );
    expect(route({ stage: "TRIAGE", result: { status: "halted", reason: "cost limit" } }).next).toBe(
      "HALTED",
    );
  });

  it("DIAGNOSIS goes to REMEDIATION only with a confident, fixable cause the mode allows acting on", () => {
    const ok = (d: Diagnosis, mode: "AUDIT" | "ACTIVE" | "DISABLED" = "AUDIT") =>
      route({ stage: "DIAGNOSIS", result: { status: "ok", output: d }, mode });
    expect(ok(diagnosis())).toMatchObject({ next: "REMEDIATION", reach: "proposal" });
    expect(ok(diagnosis(), "ACTIVE")).toMatchObject({ next: "REMEDIATION", reach: "patch" });
    expect(ok(diagnosis(), "DISABLED")).toMatchObject({ next: "ESCALATED", reach: "diagnosis" });
    expect(ok(diagnosis({ fixability: 0.2 }), "ACTIVE")).toMatchObject({
      next: "ESCALATED",
      reach: "diagnosis",
    });
    expect(ok(diagnosis({ category: "none" })).next).toBe("RESOLVED");
    expect(ok(diagnosis({ category: "unknown" })).next).toBe("ESCALATED");
    expect(ok(diagnosis({ confidence: 0.1 })).next).toBe("ESCALATED");
    expect(route({ stage: "DIAGNOSIS", result: { status: "halted", reason: "x" }, mode: "AUDIT" }).next).toBe(
      "HALTED",
    );
  });

  it("REMEDIATION goes to VERIFICATION only with a proposal whose patch apply_patch accepted", () => {
    const proposal = { patch: "--- a/x\n+++ b/x\n", rationale: "r", risk: "low" as const, applied: false };
    expect(
      route({ stage: "REMEDIATION", result: { status: "ok", output: proposal }, patchValidated: true }).next,
    ).toBe("VERIFICATION");
    expect(
      route({ stage: "REMEDIATION", result: { status: "ok", output: proposal }, patchValidated: false }).next,
    ).toBe("ESCALATED");
    expect(
      route({
        stage: "REMEDIATION",
        result: { status: "ok", output: { noFix: "needs a human" } },
        patchValidated: false,
      }).next,
    ).toBe("ESCALATED");
    const restart = { restart: { service: "api" }, rationale: "r", risk: "medium" as const, applied: false };
    expect(
      route({ stage: "REMEDIATION", result: { status: "ok", output: restart }, patchValidated: false }).next,
    ).toBe("VERIFICATION");
  });

  it("VERIFICATION resolves only when the checks passed", () => {
    expect(
      route({ stage: "VERIFICATION", result: { status: "ok", output: verification("passed") } }).next,
    ).toBe("RESOLVED");
    expect(
      route({ stage: "VERIFICATION", result: { status: "ok", output: verification("failed") } }).next,
    ).toBe("ESCALATED");
    expect(
      route({ stage: "VERIFICATION", result: { status: "ok", output: verification("inconclusive") } }).next,
    ).toBe("ESCALATED");
  });

  it("the mode caps how far the fixability score lets a run go", () => {
    expect(reachFor(0.95, "ACTIVE")).toBe("patch");
    expect(reachFor(0.95, "AUDIT")).toBe("proposal");
    expect(reachFor(0.95, "DISABLED")).toBe("diagnosis");
    expect(reachFor(0.5, "ACTIVE")).toBe("proposal");
    expect(reachFor(0.39, "ACTIVE")).toBe("diagnosis");
  });
});
