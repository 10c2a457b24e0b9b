import type { AgentContext } from "../../core/agent-context.js";
import type { Diagnosis, Evidence } from "../../core/diagnosis.js";
import { FAILURE_PATTERNS } from "../../knowledge/patterns/index.js";
import { errorTemplates, type Finding, moreSevere } from "./findings.js";
import type { RepoCause } from "./repo-targets.js";

const MAX_LOG_EVIDENCE = 5;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function hintEvidence(finding: Finding, limit: number, note?: string): Evidence[] {
  return finding.hint.evidence.slice(0, limit).map((e, index) => ({
    kind: e.file === "alert" ? ("alert" as const) : ("log" as const),
    file: e.file,
    line: e.line,
    excerpt: clip(e.excerpt, 2_000),
    ...(index === 0 && note ? { note: clip(note, 500) } : {}),
  }));
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
  const lines = primary.hint.evidence.every((e) => e.file === "alert")
    ? `the alert${primary.alert ? ` ${primary.alert.rule.name}` : ""} (no matching log lines)`
    : `${primary.count} matching log line${primary.count === 1 ? "" : "s"}, first at ${where(primary)}`;
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
  const fromAlertOnly = primary.hint.evidence.every((e) => e.file === "alert");
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
    signatures: [pat.id, ...others.map((o) => o.pattern.id)],
  };
}

/** Nothing in the table matched: say so, with the numbers, and never name a cause. */
export function noFindingDiagnosis(context: AgentContext, kind: "none" | "unknown"): Diagnosis {
  const summary = context.logSummary;
  const records = summary?.totalRecords ?? 0;
  const files = summary?.files.map((f) => f.file).join(", ") || "no logs";
  const errors = errorTemplates(context);
  const errorCount = errors.reduce((sum, t) => sum + t.count, 0);
  const checked = `None of the ${FAILURE_PATTERNS.length} known failure patterns matched ${records} log records (${files})`;
  const evidence: Evidence[] = errors.slice(0, 5).map((t) => ({
    kind: "log",
    file: t.firstSeen.file,
    line: t.firstSeen.line,
    excerpt: clip(t.examples[0]?.text ?? t.template, 2_000),
    note: `${t.count}× at level ${t.level}; no known pattern`,
  }));
  if (kind === "none") {
    return {
      severity: "P4",
      category: "none",
      summary: `Nothing looks wrong. ${checked}; ${errorCount} error-level records.`,
      rootCause: "",
      evidence,
      confidence: records > 0 ? 0.7 : 0.4,
      fixability: 0,
      recommendedActions: [],
      signatures: [],
    };
  }
  return {
    severity: context.incident.severity,
    category: "unknown",
    summary: `No cause established. ${checked}, yet ${isFiring(context) ? "the alert is firing" : `${errorCount} error-level records are present`}.`,
    rootCause: "Unknown: the offline diagnoser does not recognise this failure, and it does not guess.",
    evidence,
    confidence: 0.1,
    fixability: 0,
    recommendedActions: [
      "Read the error lines cited above in full, and the service's logs around the alert's start time.",
      "Run again with a model provider (set ANTHROPIC_API_KEY) for a deeper analysis.",
    ],
    signatures: [],
  };
}

function isFiring(context: AgentContext): boolean {
  return (
    context.incident.status === "firing" &&
    context.incident.source !== "logs" &&
    context.incident.source !== "cli"
  );
}
