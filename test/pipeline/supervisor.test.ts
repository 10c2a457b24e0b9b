import { describe, expect, it } from "vitest";
import type { Diagnosis } from "../../src/core/diagnosis.js";
import type { Triage } from "../../src/core/triage.js";
import type { Verification } from "../../src/core/verification.js";
import { type FixFacts, reachFor, route } from "../../src/pipeline/supervisor.js";

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
  patterns: [],
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

  it("TRIAGE goes to DIAGNOSIS, NOTHING_WRONG only when no alert still fires, ESCALATED or HALTED when the agent fails", () => {
    const ok = (needs: boolean, alertFiring: boolean) =>
      route({ stage: "TRIAGE", result: { status: "ok", output: triage(needs) }, alertFiring });
    expect(ok(true, true).next).toBe("DIAGNOSIS");
    expect(ok(false, false)).toEqual({ next: "NOTHING_WRONG", reason: "triage found nothing to diagnose" });
    // Triage's "nothing to look at" never closes a firing alert.
    expect(ok(false, true)).toMatchObject({
      next: "ESCALATED",
      reason: expect.stringMatching(/still firing/),
    });
    expect(
      route({ stage: "TRIAGE", result: { status: "inconclusive", reason: "no steps" }, alertFiring: true })
        .next,
    ).toBe("ESCALATED");
    expect(
      route({ stage: "TRIAGE", result: { status: "failed", reason: "step limit" }, alertFiring: true }).next,
    ).toBe("ESCALATED");
    expect(
      route({ stage: "TRIAGE", result: { status: "halted", reason: "cost limit" }, alertFiring: true }).next,
    ).toBe("HALTED");
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
    expect(ok(diagnosis({ category: "none" })).next).toBe("NOTHING_WRONG");
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

  it("VERIFICATION ends FIXED only when the fix was applied and passed, PROPOSED with the real reason otherwise", () => {
    const fix = (over: Partial<FixFacts> = {}): FixFacts => ({
      applied: false,
      mode: "AUDIT",
      reach: "proposal",
      fixability: 0.9,
      restartOnly: false,
      ...over,
    });
    const verify = (outcome: Verification["outcome"], facts: FixFacts) =>
      route({ stage: "VERIFICATION", result: { status: "ok", output: verification(outcome) }, fix: facts });
    expect(verify("passed", fix({ applied: true, mode: "ACTIVE", reach: "patch" })).next).toBe("FIXED");
    expect(verify("passed", fix())).toMatchObject({
      next: "PROPOSED",
      reason: expect.stringMatching(/mode AUDIT only proposes/),
    });
    // ACTIVE mode, but fixability 0.6 is below the patch bar: the reason says so, not "ACTIVE mode".
    expect(verify("passed", fix({ mode: "ACTIVE", fixability: 0.6 }))).toMatchObject({
      next: "PROPOSED",
      reason: expect.stringMatching(/fixability 0\.60 is below 0\.70/),
    });
    expect(verify("passed", fix({ mode: "ACTIVE", reach: "patch", restartOnly: true })).reason).toMatch(
      /restart is proposed, not performed/,
    );
    expect(verify("failed", fix({ applied: true })).next).toBe("ESCALATED");
    expect(verify("inconclusive", fix()).next).toBe("ESCALATED");
  });

  it("the mode caps how far the fixability score lets a run go", () => {
    expect(reachFor(0.95, "ACTIVE")).toBe("patch");
    expect(reachFor(0.95, "AUDIT")).toBe("proposal");
    expect(reachFor(0.95, "DISABLED")).toBe("diagnosis");
    expect(reachFor(0.5, "ACTIVE")).toBe("proposal");
    expect(reachFor(0.39, "ACTIVE")).toBe("diagnosis");
  });
});
