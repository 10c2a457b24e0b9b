import type { AgentContext, PatternHint } from "../../core/agent-context.js";
import type { Severity } from "../../core/incident.js";
import type { FailurePattern } from "../../knowledge/failure-pattern.js";
import { createPatternScanner, matchPattern } from "../../knowledge/pattern-scanner.js";
import { patternById } from "../../knowledge/patterns/index.js";
import { type NoFindingVerdict, noFindingVerdict } from "./verdict.js";

/** A hint joined with its table row: what the playbooks reason about. */
export interface Finding {
  hint: PatternHint;
  pattern: FailurePattern;
  count: number;
  subject?: string;
}

/** Hints from this package's scanner carry a count; hints built elsewhere may not. */
function countOf(hint: PatternHint): number | undefined {
  return "count" in hint && typeof hint.count === "number" ? hint.count : undefined;
}

function subjectOf(pattern: FailurePattern, hint: PatternHint): string | undefined {
  for (const e of hint.evidence) {
    const subject = matchPattern(pattern, e.excerpt)?.subject;
    if (subject) return subject;
  }
  return undefined;
}

/**
 * The context's hints, most causal first. Hints from another source (or an older table) whose id is unknown
 * here are ignored rather than guessed at. With no hints at all, the alert's own words are scanned: an alert
 * that says "certificate has expired" is evidence too.
 */
export function findingsOf(context: AgentContext): Finding[] {
  let hints = context.hints;
  if (hints.length === 0) {
    const scanner = createPatternScanner();
    scanner.scanText("alert", [context.incident.title, context.incident.description ?? ""].join("\n"));
    hints = scanner.findings();
  }
  const findings: Finding[] = [];
  for (const hint of hints) {
    const pattern = patternById(hint.patternId);
    if (!pattern) continue;
    const subject = subjectOf(pattern, hint);
    findings.push({
      hint,
      pattern,
      count: countOf(hint) ?? hint.evidence.length,
      ...(subject ? { subject } : {}),
    });
  }
  return findings.sort((a, b) => a.pattern.rank - b.pattern.rank || b.count - a.count);
}

const SEVERITY_ORDER: Severity[] = ["P1", "P2", "P3", "P4"];

export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}

export type Verdict = { kind: "finding"; primary: Finding; others: Finding[] } | NoFindingVerdict;

/** A matched pattern, or else whether the run has earned the all-clear (see verdict.ts). */
export function verdictOf(context: AgentContext): Verdict {
  const [primary, ...others] = findingsOf(context);
  if (primary) return { kind: "finding", primary, others };
  return noFindingVerdict(context);
}
