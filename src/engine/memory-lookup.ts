import type { SimilarIncident } from "../core/agent-context.js";
import type { Incident } from "../core/incident.js";
import type { LogSummary } from "../core/log-summary.js";
import { withoutRepeats } from "../core/repeats.js";
import type { Run } from "../core/run.js";
import {
  type MemoryMatch,
  type MemoryStore,
  memoryEntryFromRun,
  queryFromIncident,
  toSimilarIncident,
  worthRemembering,
} from "../memory/index.js";

/**
 * Memory search for runIncident's `findSimilar`: searched with the run's own condensed logs and failure patterns
 * (no second pass), remembering the matches so the report can show them.
 */
export function memoryFinder(store: MemoryStore): {
  find: (query: {
    incident: Incident;
    logSummary?: LogSummary;
    patterns: string[];
  }) => Promise<SimilarIncident[]>;
  matches: () => MemoryMatch[];
} {
  let found: MemoryMatch[] = [];
  return {
    async find({ incident, logSummary, patterns }) {
      found = await store.find(queryFromIncident(incident, logSummary, patterns));
      return found.map(toSimilarIncident);
    },
    matches: () => found,
  };
}

/** Stores a finished run so the next incident like it finds it. */
export async function rememberRun(store: MemoryStore, run: Run, logSummary?: LogSummary): Promise<void> {
  if (worthRemembering(run)) await store.put(memoryEntryFromRun(run, logSummary));
}

/** "Similar past incidents" as a few plain lines under a report. */
export function renderSimilarText(matches: readonly MemoryMatch[]): string {
  if (matches.length === 0) return "Similar past incidents: none in memory.";
  const lines = ["Similar past incidents:"];
  for (const m of matches) {
    const worked = m.fixWorked === undefined ? "" : m.fixWorked ? " [fix worked]" : " [fix did not work]";
    // The fix's rationale often restates the root cause: only what it adds is shown.
    const rationale = m.fix ? withoutRepeats(m.fix.rationale, [m.rootCause]).replace(/\.$/, "") : "";
    const files = m.fix?.files.length ? ` (${m.fix.files.join(", ")})` : "";
    const fix = m.fix && (rationale || files) ? ` Fix: ${rationale || "changed"}${files}.` : "";
    const runs = m.runs && m.runs > 1 ? `, ${m.runs} runs` : "";
    lines.push(
      `  - ${m.runId} (${m.matchedBy}, ${Math.round(m.score * 100)}%${runs}) ${m.title} [${m.category}]${worked}`,
      `    ${m.rootCause}${fix}`,
    );
  }
  return lines.join("\n");
}
