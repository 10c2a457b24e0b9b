import type { AgentContext, PatternHint } from "../../core/agent-context.js";
import type { Severity } from "../../core/incident.js";
import { type AlertRule, alertNameOf, alertRuleFor, lookAtFor } from "../../knowledge/alerts/index.js";
import type { FailurePattern } from "../../knowledge/failure-pattern.js";
import { matchPattern } from "../../knowledge/pattern-match.js";
import { ALERT_TEXT, createPatternScanner, type SubjectCount } from "../../knowledge/pattern-scanner.js";
import { patternById } from "../../knowledge/patterns/index.js";
import {
  dominantSubject,
  incidentSubjectOf,
  isAboutSubject,
  namesOf,
} from "../../knowledge/subject-focus.js";
import { type NoFindingVerdict, noFindingVerdict } from "./verdict.js";

/** A hint joined with its table row: what the playbooks reason about. */
export interface Finding {
  hint: PatternHint;
  pattern: FailurePattern;
  count: number;
  subject?: string;
  /** The standard alert that points at this pattern, with its evidence plan filled from the alert's labels. */
  alert?: { rule: AlertRule; lookAt: string };
}

/** Hints from this package's scanner carry a count; hints built elsewhere may not. */
function countOf(hint: PatternHint): number | undefined {
  return "count" in hint && typeof hint.count === "number" ? hint.count : undefined;
}

function subjectsOf(hint: PatternHint): SubjectCount[] {
  return "subjects" in hint && Array.isArray(hint.subjects) ? (hint.subjects as SubjectCount[]) : [];
}

function subjectOf(pattern: FailurePattern, hint: PatternHint): string | undefined {
  for (const e of hint.evidence) {
    const subject = matchPattern(pattern, e.excerpt)?.subject;
    if (subject) return subject;
  }
  return undefined;
}

/** The finding the alert's own name stands for, when it is a standard alert (or named like one). */
function alertFinding(context: AgentContext, findings: Finding[]): void {
  const { incident } = context;
  // A resolved alert says the condition is over: its name is no longer a hypothesis about now.
  if (incident.status !== "firing") return;
  const name = alertNameOf(incident);
  const rule = name ? alertRuleFor(name) : undefined;
  const pattern = rule ? patternById(rule.patternId) : undefined;
  if (!rule || !pattern) return;
  const alert = { rule, lookAt: lookAtFor(rule, incident.labels) };
  const same = findings.find((f) => f.pattern.id === pattern.id);
  if (same) {
    same.alert = alert;
    return;
  }
  const excerpt = [incident.title, incident.description ?? ""].join("\n").trim().slice(0, 1_500);
  findings.push({
    hint: {
      patternId: pattern.id,
      title: pattern.title,
      category: pattern.category,
      evidence: [{ file: ALERT_TEXT, line: 1, excerpt }],
    },
    pattern,
    count: 1,
    alert,
  });
}

/**
 * Findings about another pod, host or service than the incident's are context, not the cause, unless the
 * subject's own evidence names that object (then it is what the subject depends on). A finding counts as
 * elsewhere only when every matching record named an object and none of them is the subject.
 */
function focusOnSubject(context: AgentContext, findings: Finding[]): Finding[] {
  const subject =
    incidentSubjectOf(context.incident) ?? dominantSubject(findings.flatMap((f) => subjectsOf(f.hint)));
  if (!subject) return findings;
  const elsewhere = (f: Finding): boolean => {
    const subjects = subjectsOf(f.hint);
    if (subjects.length === 0 || f.alert) return false;
    if (subjects.reduce((sum, s) => sum + s.count, 0) < f.count) return false;
    return subjects.every((s) => isAboutSubject(s.subject, subject) === false);
  };
  const own = findings.filter((f) => !elsewhere(f));
  const ownText = [
    context.incident.title,
    context.incident.description ?? "",
    ...own.flatMap((f) => f.hint.evidence.map((e) => e.excerpt)),
  ]
    .join("\n")
    .toLowerCase();
  const dependency = (f: Finding) =>
    subjectsOf(f.hint).some((s) => namesOf(s.subject).some((n) => ownText.includes(n.toLowerCase())));
  return findings.filter((f) => !elsewhere(f) || dependency(f));
}

/**
 * Most causal first: a pattern that explains others (an OOM kill before the crash loop and failing probes, a
 * DNS failure before connection errors) leads; among the rest, the table's rank, then the earliest. A failure
 * healthy systems show now and then (a few EAI_AGAIN, a reset) goes last when a non-incidental pattern, or the
 * alert itself, dominates the window.
 */
function rankFindings(findings: Finding[]): Finding[] {
  const present = new Set(findings.map((f) => f.pattern.id));
  // Two patterns matching the same lines (a DNS error inside a traceback) are one event, not a majority.
  const shared = (a: Finding, b: Finding) =>
    a.hint.evidence.some((e) => b.hint.evidence.some((o) => o.file === e.file && o.line === e.line));
  // A consequence (the 502s nginx answers for each refused connect) never outweighs its own cause.
  const causes = (f: Finding, o: Finding) => (o.pattern.consequenceOf ?? []).includes(f.pattern.id);
  const dominated = (f: Finding) =>
    f.pattern.incidental === true &&
    findings.some(
      (o) =>
        !o.pattern.incidental &&
        !shared(o, f) &&
        !causes(f, o) &&
        (o.alert ? f.count < 5 : o.count > Math.max(3, f.count)),
    );
  const consequence = (f: Finding) => (f.pattern.consequenceOf ?? []).some((id) => present.has(id));
  const firstSeen = (f: Finding) =>
    "firstSeen" in f.hint && typeof f.hint.firstSeen === "number"
      ? f.hint.firstSeen
      : Number.MAX_SAFE_INTEGER;
  const key = (f: Finding) => [Number(dominated(f)), Number(consequence(f)), f.pattern.rank];
  return findings.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
    return b.count - a.count || firstSeen(a) - firstSeen(b);
  });
}

/**
 * The context's findings, most causal first and focused on the incident's subject. Hints from another source
 * (or an older table) whose id is unknown here are ignored rather than guessed at. With no hints at all, the
 * alert's own words are scanned: an alert that says "certificate has expired" is evidence too. A standard
 * alert name adds the hypothesis its rule stands for, with what to look at.
 */
export function findingsOf(context: AgentContext): Finding[] {
  let hints = context.hints;
  if (hints.length === 0) {
    const scanner = createPatternScanner();
    scanner.scanText(ALERT_TEXT, [context.incident.title, context.incident.description ?? ""].join("\n"));
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
  alertFinding(context, findings);
  // A resolved alert's own words describe what is over; only the logs can say something is still wrong.
  const current =
    context.incident.status === "firing"
      ? findings
      : findings.filter((f) => f.hint.evidence.some((e) => e.file !== ALERT_TEXT));
  return rankFindings(focusOnSubject(context, current));
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
