import type { Diagnosis } from "../core/diagnosis.js";
import type { Mode } from "../core/mode.js";
import type { SurgeonResult } from "../core/proposal.js";
import type { PipelineState, Reach } from "../core/run.js";
import type { Triage } from "../core/triage.js";
import type { Verification } from "../core/verification.js";

/**
 * The Supervisor only routes: a pure function from where the run is and what the last agent handed in to
 * where it goes next. No model, no I/O, so every transition is a table row a test can name.
 */
export type StageOutcome =
  | { stage: "RECEIVED"; halt?: string }
  | { stage: "TRIAGE"; result: AgentVerdict<Triage> }
  | { stage: "DIAGNOSIS"; result: AgentVerdict<Diagnosis>; mode: Mode }
  | { stage: "REMEDIATION"; result: AgentVerdict<SurgeonResult>; patchValidated: boolean }
  | { stage: "VERIFICATION"; result: AgentVerdict<Verification> };

export type AgentVerdict<T> =
  | { status: "ok"; output: T }
  | { status: "inconclusive" | "failed" | "halted"; reason: string };

export interface Route {
  next: PipelineState;
  reason: string;
  reach?: Reach;
}

/** Below this the cause is a guess: hand it to a human rather than act on it. */
export const MIN_CONFIDENCE = 0.3;
/** Fixability thresholds (as Sentry's Autofix scores actionability): below 0.4 diagnosis only, 0.7+ a patch. */
export const PROPOSAL_FIXABILITY = 0.4;
export const PATCH_FIXABILITY = 0.7;

const MODE_CAP: Record<Mode, Reach> = { DISABLED: "diagnosis", AUDIT: "proposal", ACTIVE: "patch" };
const REACH_ORDER: Reach[] = ["diagnosis", "proposal", "patch"];

export function reachFor(fixability: number, mode: Mode): Reach {
  const earned: Reach =
    fixability >= PATCH_FIXABILITY ? "patch" : fixability >= PROPOSAL_FIXABILITY ? "proposal" : "diagnosis";
  const cap = MODE_CAP[mode];
  return REACH_ORDER.indexOf(earned) <= REACH_ORDER.indexOf(cap) ? earned : cap;
}

function notOk(
  stage: string,
  result: { status: "inconclusive" | "failed" | "halted"; reason: string },
): Route {
  if (result.status === "halted") return { next: "HALTED", reason: `${stage}: ${result.reason}` };
  return { next: "ESCALATED", reason: `${stage} ${result.status}: ${result.reason}` };
}

export function route(outcome: StageOutcome): Route {
  switch (outcome.stage) {
    case "RECEIVED":
      return outcome.halt
        ? { next: "HALTED", reason: outcome.halt }
        : { next: "TRIAGE", reason: "incident received" };
    case "TRIAGE": {
      if (outcome.result.status !== "ok") return notOk("triage", outcome.result);
      const triage = outcome.result.output;
      return triage.needsDiagnosis
        ? { next: "DIAGNOSIS", reason: `triage: ${triage.severity} ${triage.suspectedCategory}` }
        : { next: "RESOLVED", reason: `triage found nothing to diagnose: ${triage.summary}` };
    }
    case "DIAGNOSIS":
      return routeDiagnosis(outcome.result, outcome.mode);
    case "REMEDIATION": {
      if (outcome.result.status !== "ok") return notOk("remediation", outcome.result);
      const result = outcome.result.output;
      if ("noFix" in result) return { next: "ESCALATED", reason: `no safe automatic fix: ${result.noFix}` };
      if (result.patch !== undefined && !outcome.patchValidated) {
        return { next: "ESCALATED", reason: "the proposed patch was never accepted by apply_patch" };
      }
      return { next: "VERIFICATION", reason: "fix proposed" };
    }
    case "VERIFICATION": {
      if (outcome.result.status !== "ok") return notOk("verification", outcome.result);
      const verification = outcome.result.output;
      return verification.outcome === "passed"
        ? { next: "RESOLVED", reason: `fix verified: ${verification.summary}` }
        : { next: "ESCALATED", reason: `verification ${verification.outcome}: ${verification.summary}` };
    }
  }
}

function routeDiagnosis(result: AgentVerdict<Diagnosis>, mode: Mode): Route {
  if (result.status !== "ok") return notOk("diagnosis", result);
  const diagnosis = result.output;
  if (diagnosis.category === "none")
    return { next: "RESOLVED", reason: `nothing wrong found: ${diagnosis.summary}` };
  if (diagnosis.category === "unknown" || diagnosis.confidence < MIN_CONFIDENCE) {
    return {
      next: "ESCALATED",
      reason: `no cause established (confidence ${diagnosis.confidence.toFixed(2)})`,
    };
  }
  const reach = reachFor(diagnosis.fixability, mode);
  if (reach === "diagnosis") {
    const why =
      mode === "DISABLED"
        ? "mode DISABLED blocks every action"
        : `fixability ${diagnosis.fixability.toFixed(2)} is below ${PROPOSAL_FIXABILITY}`;
    return { next: "ESCALATED", reason: `diagnosis handed to a human: ${why}`, reach };
  }
  return { next: "REMEDIATION", reason: `fixability ${diagnosis.fixability.toFixed(2)}: ${reach}`, reach };
}
