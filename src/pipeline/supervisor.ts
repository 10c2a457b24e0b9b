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
  | { stage: "TRIAGE"; result: AgentVerdict<Triage>; alertFiring: boolean }
  | { stage: "DIAGNOSIS"; result: AgentVerdict<Diagnosis>; mode: Mode }
  | { stage: "REMEDIATION"; result: AgentVerdict<SurgeonResult>; patchValidated: boolean }
  | { stage: "VERIFICATION"; result: AgentVerdict<Verification>; fix: FixFacts };

/** What the verifier's pass means depends on what was done: applied (FIXED) or only proposed (PROPOSED). */
export interface FixFacts {
  applied: boolean;
  mode: Mode;
  reach: Reach | undefined;
  fixability: number | undefined;
  restartOnly: boolean;
}

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
      if (triage.needsDiagnosis)
        return { next: "DIAGNOSIS", reason: `triage: ${triage.severity} ${triage.suspectedCategory}` };
      // Triage's "nothing to look at" never closes an alert that is still firing: a person must look.
      return outcome.alertFiring
        ? { next: "ESCALATED", reason: "triage found nothing to diagnose, yet the alert is still firing" }
        : { next: "NOTHING_WRONG", reason: "triage found nothing to diagnose" };
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
      if (verification.outcome !== "passed")
        return { next: "ESCALATED", reason: `verification ${verification.outcome}: ${verification.summary}` };
      return outcome.fix.applied
        ? { next: "FIXED", reason: `fix applied and verified (${verification.summary})` }
        : { next: "PROPOSED", reason: `fix checked but not applied: ${whyNotApplied(outcome.fix)}` };
    }
  }
}

function routeDiagnosis(result: AgentVerdict<Diagnosis>, mode: Mode): Route {
  if (result.status !== "ok") return notOk("diagnosis", result);
  const diagnosis = result.output;
  if (diagnosis.category === "none") return { next: "NOTHING_WRONG", reason: "nothing wrong found" };
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

/** The real reason a checked fix was left for a person: the mode, the fixability bar, or its kind. */
export function whyNotApplied(fix: FixFacts): string {
  if (fix.mode !== "ACTIVE") return `mode ${fix.mode} only proposes fixes; a person reviews and applies it`;
  if (fix.reach !== "patch" && fix.fixability !== undefined) {
    return `fixability ${fix.fixability.toFixed(2)} is below ${PATCH_FIXABILITY.toFixed(2)}, the bar for applying a fix in ACTIVE mode; a person reviews it`;
  }
  if (fix.restartOnly) return "a restart is proposed, not performed; a person decides";
  return "the patch was proposed, not written; a person reviews it";
}
