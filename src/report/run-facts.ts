import type { Evidence } from "../core/diagnosis.js";
import { withoutRepeats } from "../core/repeats.js";
import { fromAlert, type Run } from "../core/run.js";

/** `app.log:1834` for logs, `repo:deploy/app.yaml:31` for repository files, so the two never read alike. */
export function evidenceLocation(evidence: Evidence): string {
  const place = evidence.line ? `${evidence.file}:${evidence.line}` : evidence.file;
  return evidence.kind === "repo" ? `repo:${place}` : place;
}

/** The category a run settled on: the Detective's, or Triage's when no diagnosis was needed. */
export function runCategory(run: Run): string {
  return run.diagnosis?.category ?? run.triage?.suspectedCategory ?? "unknown";
}

export function runSeverity(run: Run): string {
  return run.diagnosis?.severity ?? run.triage?.severity ?? run.incident.severity;
}

/** The alert's own state, shown beside the outcome and never replaced by it; undefined when no alert came in. */
export function alertState(run: Run): string | undefined {
  return fromAlert(run.incident) ? `alert ${run.incident.status}` : undefined;
}

/** The assessed severity, with the alert's own beside it when the two differ (a downgrade is never silent). */
function severityText(run: Run): string {
  const assessed = runSeverity(run);
  const alerted = run.incident.severity;
  return fromAlert(run.incident) && assessed !== alerted ? `${assessed} (alert said ${alerted})` : assessed;
}

export interface Outcome {
  /** The run's outcome (what the pipeline did), e.g. PROPOSED. */
  verdict: string;
  /** The rest of the headline: alert state, severity, category, confidence and summary. */
  headline: string;
  /** Why the run stopped where it did; empty when the headline already says it. */
  detail: string;
}

export function describeOutcome(run: Run): Outcome {
  const category = runCategory(run).replaceAll("_", " ");
  const summary = run.diagnosis?.summary ?? run.triage?.summary ?? run.incident.title;
  const confidence = run.diagnosis ? ` (confidence ${Math.round(run.diagnosis.confidence * 100)}%)` : "";
  const facts = [alertState(run), severityText(run), `${category}${confidence}`].filter(Boolean).join(" · ");
  const reason = withoutRepeats(run.reason, [summary]);
  return {
    verdict: run.finalState,
    headline: `${facts}: ${summary}`,
    detail: reason ? `Why it stopped here: ${reason}` : "",
  };
}

/** The proposal's rationale without the sentences the diagnosis already said. */
export function proposalRationale(run: Run): string {
  if (!run.proposal) return "";
  const said = [run.diagnosis?.summary ?? "", run.diagnosis?.rootCause ?? ""];
  return withoutRepeats(run.proposal.rationale, said);
}

/** "applied" or "not applied"; the reason a checked fix was left alone is the run's reason line. */
export function proposalState(run: Run): string {
  return run.proposal?.applied ? "applied" : "not applied";
}

export function runStats(run: Run): string {
  const blocked = run.toolCalls.filter((c) => c.decision === "blocked").length;
  const tokens =
    run.usage.inputTokens + run.usage.outputTokens + run.usage.cacheReadTokens + run.usage.cacheWriteTokens;
  const ms = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
  return [
    run.id,
    `provider ${run.provider}`,
    `mode ${run.mode}`,
    `${run.toolCalls.length} tool calls (${blocked} blocked)`,
    `${tokens} tokens`,
    `$${run.usage.costUsd.toFixed(4)}`,
    `${ms} ms`,
  ].join(" · ");
}
