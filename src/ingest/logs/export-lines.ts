import type { DocumentReader } from "./kubectl-describe.js";
import { createRecordAssembler, drainRecords } from "./line-formats.js";
import { logEntryRecords, logExportEntries } from "./log-export.js";

/**
 * Log exports written on one line each (`curl …/loki/api/v1/query_range > out.json`, `aws logs
 * filter-log-events --output json | jq -c`, a search response saved as it came): the line reader took the
 * whole document for one JSON log record, so its hundreds of entries were one line that matched nothing.
 * A file whose first line is such a document is read a document per line; any other line is a log line.
 */

/** The export entries a line holds, or undefined when it is not one JSON export document. */
function lineEntries(line: string): ReturnType<typeof logExportEntries> {
  const c = line.charCodeAt(0);
  // An export document has an array or object inside; a one-key JSON log line is not worth parsing here.
  if ((c !== 123 && c !== 91) || line.length < 16) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return undefined;
  }
  return logExportEntries(doc, 0);
}

/** Whether a file's first non-blank line is a whole log export document (see file-reader.ts). */
export function opensExportLine(line: string): boolean {
  return lineEntries(line.trim()) !== undefined;
}

/** Reads each line as an export document when it is one, else as a log line; entries cite their line. */
export function createExportLinesReader(file: string, year: number, now: number): DocumentReader {
  const lines = createRecordAssembler(file, year, now);
  return {
    push(line, lineNo) {
      const entries = lineEntries(line.trim());
      if (!entries) {
        const done = lines.push(line, lineNo);
        return done ? [done] : undefined;
      }
      // A log line's record still open ends here, before the document's entries.
      const out = drainRecords(lines);
      const span = { line: lineNo, endLine: lineNo };
      const ctx = {
        file,
        line: lineNo,
        at: () => span,
        quote: () => ({ text: line.trim().slice(0, 2000), endLine: lineNo }),
      };
      for (const [o] of entries) {
        if (typeof o === "object" && o !== null && !Array.isArray(o))
          out.push(...logEntryRecords(o as Record<string, unknown>, ctx, year, now));
      }
      return out;
    },
    flush: () => drainRecords(lines),
  };
}
