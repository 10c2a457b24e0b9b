import { Readable } from "node:stream";
import type { LogSummary } from "../core/log-summary.js";
import { summarizeLogs } from "../ingest/logs/index.js";
import type { StoreLine } from "./log-stores.js";

/**
 * Lines from a log store, condensed by the same condenser as uploaded logs (templates mined, errors kept
 * first, cut to a token budget around the incident), then shown as one line per kept template.
 */
export async function condenseStoreLines(
  source: string,
  lines: StoreLine[],
  budgetChars: number,
  incidentTime: { from: string },
): Promise<string> {
  const text = lines
    .map((l) => (l.time && !l.text.startsWith(l.time.slice(0, 10)) ? `${l.time} ${l.text}` : l.text))
    .join("\n");
  const summary: LogSummary = await summarizeLogs("-", {
    stdin: Readable.from([text]),
    budgetTokens: Math.max(200, Math.floor(budgetChars / 4)),
    displayNames: { "-": source },
    incidentTime,
  });
  const head = `${summary.totalRecords} records in ${summary.totalTemplates} templates${summary.timeRange.from ? `, ${summary.timeRange.from} → ${summary.timeRange.to ?? "?"}` : ""}; kept ${summary.kept.length}:`;
  const kept = summary.kept.map(
    (t) =>
      `log [${t.level} ×${t.count}, first ${t.firstSeen.time ?? `line ${t.firstSeen.line}`}] ${(t.examples[0]?.text ?? t.template).replace(/\r?\n/g, " ").slice(0, 1_000)}`,
  );
  return [head, ...kept].join("\n");
}
