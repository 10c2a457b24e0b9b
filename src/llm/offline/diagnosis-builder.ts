import type { AgentContext } from "../../core/agent-context.js";
import type { Diagnosis, Evidence } from "../../core/diagnosis.js";
import type { SummaryTemplate } from "../../core/log-summary.js";
import { ALERT_TEXT } from "../../knowledge/pattern-scanner.js";
import { FAILURE_PATTERNS } from "../../knowledge/patterns/index.js";
import { type Finding, moreSevere } from "./findings.js";
import type { RepoCause } from "./repo-targets.js";
import { errorTemplates, logsRead, noiseOf, openQuestions, unexplainedErrors } from "./verdict.js";

const MAX_LOG_EVIDENCE = 5;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function hintEvidence(finding: Finding, limit: number, note?: string): Evidence[] {
  return finding.hint.evidence.slice(0, limit).map((e, index) => ({
    kind: e.file === ALERT_TEXT ? ("alert" as const) : ("log" as const),
    file: e.file,
    line: e.line,
    excerpt: clip(e.excerpt, 2_000),
    ...(e.match ? { match: e.match } : {}),
    ...(index === 0 && note ? { note: clip(note, 500) } : {}),
  }));
}

/** Evidence a collector read (metric:…, k8s:…) rather than an uploaded log. */
function collected(finding: Finding): boolean {
  return finding.hint.evidence.every((e) => /^(metric|k8s):/.test(e.file) || e.file === ALERT_TEXT);
}

function where(finding: Finding): string {
  const first = finding.hint.evidence[0];
  return first ? `${first.file}:${first.line}` : "the alert";
}

/** A diagnosis from a matched pattern, with the repository cause when the Detective found one. */
export function findingDiagnosis(
  context: AgentContext,
  primary: Finding,
  others: Finding[],
  cause: RepoCause | undefined,
): Diagnosis {
  const pat = primary.pattern;
  const lines = primary.hint.evidence.every((e) => e.file === ALERT_TEXT)
    ? `the alert${primary.alert ? ` ${primary.alert.rule.name}` : ""} (no matching log lines)`
    : `${primary.count} matching ${collected(primary) ? "collected fact" : "log line"}${primary.count === 1 ? "" : "s"}, first at ${where(primary)}`;
  const subject = primary.subject ? ` (${primary.subject})` : "";
  const evidence: Evidence[] = hintEvidence(
    primary,
    MAX_LOG_EVIDENCE,
    `${pat.title}: ${primary.count} matching`,
  );
  if (cause) {
    evidence.push({
      kind: "repo",
      file: cause.file,
      line: cause.line,
      excerpt: clip(cause.text, 2_000),
      note: clip(cause.change ? `${cause.locator.what}; proposed: ${cause.change}` : cause.locator.what, 500),
    });
  }
  for (const other of others) {
    evidence.push(...hintEvidence(other, 1, `also seen: ${other.pattern.title} (${other.count}×)`));
  }
  const consequences = others.map((o) => `${o.pattern.title.toLowerCase()} (${o.count}×)`);
  const repoText = cause
    ? ` In the repository, ${cause.locator.what} is at ${cause.file}:${cause.line}: \`${clip(cause.text.trim(), 200)}\`.`
    : "";
  const fixable = cause?.change !== undefined;
  // An alert's name alone is a hypothesis: it says what is measured, and the logs have not confirmed it.
  const fromAlertOnly = primary.hint.evidence.every((e) => e.file === ALERT_TEXT);
  const confidence = fromAlertOnly
    ? primary.alert?.rule.ruleSet === "alert name"
      ? 0.35
      : 0.5
    : Math.min(0.95, 0.6 + (primary.count >= 3 ? 0.1 : 0) + (cause ? 0.2 : 0));
  const alertText = primary.alert
    ? ` ${primary.alert.rule.name} (${primary.alert.rule.ruleSet}): ${primary.alert.rule.meaning} To confirm, look at ${primary.alert.lookAt}.`
    : "";
  return {
    severity: moreSevere(pat.severity, context.incident.severity),
    category: pat.category,
    summary: clip(
      `${pat.title}${subject}: ${lines}.${cause ? ` Cause located at ${cause.file}:${cause.line}.` : ""}`,
      2_000,
    ),
    rootCause: clip(
      `${pat.cause}${subject ? ` Named in the logs: ${primary.subject}.` : ""}${alertText}${repoText}` +
        (consequences.length ? ` Also seen, most likely consequences: ${consequences.join(", ")}.` : ""),
      4_000,
    ),
    evidence: evidence.slice(0, 50),
    confidence,
    // Only a change the Surgeon can actually make earns a proposal; otherwise a person takes it from here.
    fixability: fixable ? pat.fixability : Math.min(pat.fixability, 0.3),
    recommendedActions: [
      ...(fixable && cause ? [`Change ${cause.file}:${cause.line}: ${cause.change}.`] : []),
      ...(primary.alert ? [`${primary.alert.rule.name}: look at ${primary.alert.lookAt}.`] : []),
      ...pat.actions,
      ...(fromAlertOnly ? pat.confirm.map((c) => `Confirm: ${c}`) : []),
    ].slice(0, 20),
    patterns: [pat.id, ...others.map((o) => o.pattern.id)],
  };
}

function backgroundKind(template: SummaryTemplate): string {
  const noise = noiseOf(template);
  return noise ? `background: ${noise.title.toLowerCase()}` : "steady background";
}

/** "steady background", or the classes of internet noise among them ("background: SSH scans…"). */
function backgroundOf(errors: SummaryTemplate[]): string {
  const kinds = [...new Set(errors.map((t) => noiseOf(t)?.title.toLowerCase()).filter(Boolean))];
  return kinds.length > 0 ? `background (${kinds.join("; ")})` : "steady background";
}

/** Nothing in the table matched: say what was read and what is left open, and never name a cause. */
export function noFindingDiagnosis(context: AgentContext, kind: "none" | "unknown"): Diagnosis {
  const read = logsRead(context);
  const records = context.logSummary?.totalRecords ?? 0;
  const errors = errorTemplates(context);
  const errorCount = errors.reduce((sum, t) => sum + t.count, 0);
  const open = openQuestions(context);
  const unexplained = new Set(unexplainedErrors(context).map((t) => t.id));
  // Unexplained errors first: they are what a person has to read.
  const cited = [...errors].sort((a, b) => Number(unexplained.has(b.id)) - Number(unexplained.has(a.id)));
  const evidence: Evidence[] = cited.slice(0, 5).map((t) => ({
    kind: "log",
    file: t.firstSeen.file,
    line: t.firstSeen.line,
    excerpt: clip(t.examples[0]?.text ?? t.template, 2_000),
    note: `${t.count}× at level ${t.level}; no known pattern${unexplained.has(t.id) ? "" : ` (${backgroundKind(t)})`}`,
  }));
  const checked =
    records === 0
      ? `Read ${read}`
      : `Read ${read}; none of the ${FAILURE_PATTERNS.length} known failure patterns matched`;
  if (kind === "none" && open.length === 0) {
    return {
      severity: "P4",
      category: "none",
      summary: clip(
        `Nothing looks wrong. ${checked}, no alert is firing, and ${errorCount === 0 ? "no record is at error level" : `the ${errorCount} error-level records are ${backgroundOf(errors)}`}.`,
        2_000,
      ),
      rootCause: "",
      evidence,
      confidence: 0.7,
      fixability: 0,
      recommendedActions: [],
      patterns: [],
    };
  }
  return {
    severity: context.incident.severity,
    category: "unknown",
    summary: clip(`No cause established: ${open.join("; ")}. ${checked}.`, 2_000),
    rootCause: "Unknown: the offline diagnoser does not recognise this failure, and it does not guess.",
    evidence,
    confidence: 0.1,
    fixability: 0,
    recommendedActions: [
      ...(records === 0
        ? ["Run again with the service's logs (--log FILE or DIR) from around the alert's start."]
        : []),
      "Read the error lines cited above in full, and the service's logs around the alert's start time.",
      "Run again with a model provider (set ANTHROPIC_API_KEY) for a deeper analysis.",
    ],
    patterns: [],
  };
}
