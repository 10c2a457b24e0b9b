import type { Evidence } from "../core/diagnosis.js";
import type { Run } from "../core/run.js";

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

export function describeOutcome(run: Run): { headline: string; detail: string } {
  const category = runCategory(run).replaceAll("_", " ");
  const summary = run.diagnosis?.summary ?? run.triage?.summary ?? run.incident.title;
  const confidence = run.diagnosis ? ` (confidence ${Math.round(run.diagnosis.confidence * 100)}%)` : "";
  return {
    headline: `${run.finalState} · ${runSeverity(run)} · ${category}${confidence}: ${summary}`,
    detail: `Why it stopped here: ${run.reason}`,
  };
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
