import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  fromAlert,
  withoutRepeats
} from "./chunk-OYZ23Y5I.js";
import {
  credentialsFrom
} from "./chunk-BQI2XCIV.js";

// src/engine/collector-runtime.ts
function collectorRuntime(config, env) {
  return { credentials: credentialsFrom(config.collectors, env) };
}

// src/report/run-facts.ts
function evidenceLocation(evidence) {
  const place = evidence.line ? `${evidence.file}:${evidence.line}` : evidence.file;
  return evidence.kind === "repo" ? `repo:${place}` : place;
}
function runCategory(run) {
  return run.diagnosis?.category ?? run.triage?.suspectedCategory ?? "unknown";
}
function runSeverity(run) {
  return run.diagnosis?.severity ?? run.triage?.severity ?? run.incident.severity;
}
function alertState(run) {
  return fromAlert(run.incident) ? `alert ${run.incident.status}` : void 0;
}
function severityText(run) {
  const assessed = runSeverity(run);
  const alerted = run.incident.severity;
  return fromAlert(run.incident) && assessed !== alerted ? `${assessed} (alert said ${alerted})` : assessed;
}
function describeOutcome(run) {
  const category = runCategory(run).replaceAll("_", " ");
  const summary = run.diagnosis?.summary ?? run.triage?.summary ?? run.incident.title;
  const confidence = run.diagnosis ? ` (confidence ${Math.round(run.diagnosis.confidence * 100)}%)` : "";
  const facts = [alertState(run), severityText(run), `${category}${confidence}`].filter(Boolean).join(" · ");
  const reason = withoutRepeats(run.reason, [summary]);
  return {
    verdict: run.finalState,
    headline: `${facts}: ${summary}`,
    detail: reason ? `Why it stopped here: ${reason}` : ""
  };
}
function proposalRationale(run) {
  if (!run.proposal) return "";
  const said = [run.diagnosis?.summary ?? "", run.diagnosis?.rootCause ?? ""];
  return withoutRepeats(run.proposal.rationale, said);
}
function proposalState(run) {
  return run.proposal?.applied ? "applied" : "not applied";
}
function runStats(run) {
  const blocked = run.toolCalls.filter((c) => c.decision === "blocked").length;
  const tokens = run.usage.inputTokens + run.usage.outputTokens + run.usage.cacheReadTokens + run.usage.cacheWriteTokens;
  const ms = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
  return [
    run.id,
    `provider ${run.provider}`,
    `mode ${run.mode}`,
    `${run.toolCalls.length} tool calls (${blocked} blocked)`,
    `${tokens} tokens`,
    `$${run.usage.costUsd.toFixed(4)}`,
    `${ms} ms`
  ].join(" · ");
}

export {
  collectorRuntime,
  evidenceLocation,
  alertState,
  describeOutcome,
  proposalRationale,
  proposalState,
  runStats
};
