import type { RecordFields } from "../../core/log-summary.js";
import { structuredLine } from "./json-line.js";
import type { DocumentReader } from "./kubectl-describe.js";
import type { ParsedRecord } from "./records.js";

/**
 * journald's export format (`journalctl -o export`): one `KEY=value` per line, entries separated by a blank
 * line. Each entry is read like `journalctl -o json`: MESSAGE, PRIORITY, __REALTIME_TIMESTAMP, _SYSTEMD_UNIT.
 * Binary fields (a name alone on its line, then a length-prefixed value) are skipped.
 */
const MAX_FIELDS = 64;

export function createJournaldExportReader(file: string): DocumentReader {
  let fields: RecordFields = {};
  let count = 0;
  let start = 0;
  let end = 0;

  const finish = (): ParsedRecord[] => {
    if (count === 0) return [];
    const read = structuredLine(fields);
    const text = read.text.length > 16_000 ? `${read.text.slice(0, 16_000)} …` : read.text;
    const lines = text.split("\n");
    const record: ParsedRecord = {
      file,
      line: start,
      endLine: end,
      text: lines.length > 200 ? lines.slice(0, 200).join("\n") : text,
      level: read.level ?? "UNKNOWN",
      message: read.message,
      fields: read.fields ?? fields,
    };
    if (read.time) record.time = read.time;
    if (read.subject) record.subject = read.subject;
    fields = {};
    count = 0;
    return [record];
  };

  return {
    push(line, lineNo) {
      if (line === "") return finish();
      const eq = line.indexOf("=");
      if (eq <= 0) return undefined;
      if (count === 0) start = lineNo;
      end = lineNo;
      if (count++ < MAX_FIELDS) fields[line.slice(0, eq)] = line.slice(eq + 1, eq + 1 + 4000);
      return undefined;
    },
    flush: finish,
  };
}
