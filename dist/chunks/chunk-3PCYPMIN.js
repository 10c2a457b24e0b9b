import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  memoryEntryFromRun,
  queryFromIncident,
  toSimilarIncident,
  worthRemembering
} from "./chunk-UPLC2DSB.js";

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
    const fix = m.fix ? ` Fix: ${m.fix.rationale}${m.fix.files.length ? ` (${m.fix.files.join(", ")})` : ""}.` : "";
    lines.push(
      `  - ${m.runId} (${m.matchedBy}, ${Math.round(m.score * 100)}%) ${m.title} [${m.category}]${worked}`,
      `    ${m.rootCause}${fix}`
    );
  }
  return lines.join("\n");
}

export {
  memoryFinder,
  rememberRun,
  renderSimilarText
};
