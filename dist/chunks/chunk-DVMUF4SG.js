import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  fromAlert,
  memoryEntryFromRun,
  queryFromIncident,
  toSimilarIncident,
  worthRemembering
} from "./chunk-AXHXSAB2.js";

// src/core/repeats.ts
var SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|etc)\.)(?<=[.!?])\s+(?=\S)/;
function normal(text) {
  return text.toLowerCase().replace(/\s+/g, " ").replace(/[.!?:;,]+$/, "").trim();
}
function core(sentence) {
  return normal(sentence.replace(/\s*\([^()]*\)\s*[.!?]?$/, ""));
}
function splitSentences(text) {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
}
function withoutRepeats(text, said) {
  const seen = said.map(normal).filter(Boolean);
  const repeated = (sentence) => {
    const forms = [normal(sentence), core(sentence)].filter((f) => f.length >= 12);
    return forms.some((form) => seen.some((s) => s.includes(form)));
  };
  return splitSentences(text).filter((sentence) => !repeated(sentence)).join(" ");
}

// src/engine/memory-lookup.ts
function memoryFinder(store) {
  let found = [];
  return {
    async find({ incident, logSummary, signatures }) {
      found = await store.find(queryFromIncident(incident, logSummary, signatures));
      return found.map(toSimilarIncident);
    },
    matches: () => found
  };
}
async function rememberRun(store, run, logSummary) {
  if (worthRemembering(run)) await store.put(memoryEntryFromRun(run, logSummary));
}
function renderSimilarText(matches) {
  if (matches.length === 0) return "Similar past incidents: none in memory.";
  const lines = ["Similar past incidents:"];
  for (const m of matches) {
    const worked = m.fixWorked === void 0 ? "" : m.fixWorked ? " [fix worked]" : " [fix did not work]";
    const rationale = m.fix ? withoutRepeats(m.fix.rationale, [m.rootCause]).replace(/\.$/, "") : "";
    const files = m.fix?.files.length ? ` (${m.fix.files.join(", ")})` : "";
    const fix = m.fix && (rationale || files) ? ` Fix: ${rationale || "changed"}${files}.` : "";
    const runs = m.runs && m.runs > 1 ? `, ${m.runs} runs` : "";
    lines.push(
      `  - ${m.runId} (${m.matchedBy}, ${Math.round(m.score * 100)}%${runs}) ${m.title} [${m.category}]${worked}`,
      `    ${m.rootCause}${fix}`
    );
  }
  return lines.join("\n");
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
  memoryFinder,
  rememberRun,
  renderSimilarText,
  evidenceLocation,
  alertState,
  describeOutcome,
  proposalRationale,
  proposalState,
  runStats
};
