import { createExportLinesReader, opensExportLine } from "./export-lines.js";
import { createJournaldExportReader } from "./journald-export.js";
import { createManifestReader } from "./k8s-manifest.js";
import { createDescribeReader, type DocumentReader } from "./kubectl-describe.js";
import { type Columns, tableHeader, tableRowRecord } from "./kubectl-table.js";
import { createRecordAssembler, drainRecords } from "./line-formats.js";
import type { ParsedRecord } from "./records.js";

/**
 * Reads one file whatever it holds, known by its first non-blank line: `kubectl describe` output, a
 * `kubectl get` table, `-o yaml|json`, journald's export format, a log export on one line, or else log lines (plain, JSON, logfmt,
 * Docker, CRI, syslog…, recognised per line by createRecordAssembler). Log lines go straight to the line
 * assembler: the sniff costs one test per file, not per line.
 */
export interface FileReader {
  push(line: string, lineNo: number): ParsedRecord | ParsedRecord[] | undefined;
  flush(): ParsedRecord[];
}

/** Table headers we read as tables: they name a NAME, or are the events table. */
const TABLE_KEYS = /(?:^|\s)(?:NAME|LAST SEEN|REASON)(?:\s|$)/;

function createTableReader(file: string, year: number, now: number, first: Columns): DocumentReader {
  let columns = first;
  const fallback = createRecordAssembler(file, year, now);
  return {
    push(line, lineNo) {
      if (line.trim() === "") return undefined;
      const header = tableHeader(line);
      if (header && TABLE_KEYS.test(line)) {
        columns = header;
        return undefined;
      }
      // A row has a value under the first column; anything else (`No resources found`) is a plain line.
      if (line.trim().split(/\s{2,}/).length < 2) {
        const plain = fallback.push(line, lineNo);
        return plain ? [plain] : undefined;
      }
      return [tableRowRecord(file, lineNo, line, columns)];
    },
    flush: () => drainRecords(fallback),
  };
}

const DESCRIBE_SECTION =
  /^(?:(?:Events|Containers|Init Containers|Conditions|Volumes):\s*$|(?:Node-Selectors|Tolerations|Namespace|Priority Class Name):\s+\S)/;

/** A line a describe (or a pasted tail of one) starts at. */
function opensDescribe(line: string): boolean {
  return /^Name:\s+\S/.test(line) || DESCRIBE_SECTION.test(line);
}

/** A describe printer's top-level key: capitalised words (`Start Time`, `QoS Class`, `Node-Selectors`). */
const DESCRIBE_KEY = /^[A-Z][A-Za-z]*(?:[ -][A-Za-z()]+)*:(?:\s|$)/;

/**
 * A describe followed by what the user pasted under it (`kubectl logs --previous`, a shell line, a
 * separator): the first top-level line that is no describe key starts log lines, read as any log is, until
 * a describe starts again. The container's last words are often the whole diagnosis.
 */
function withPastedLogs(describe: DocumentReader, file: string, year: number, now: number): DocumentReader {
  const lines = createRecordAssembler(file, year, now);
  let inLogs = false;
  return {
    push(line, lineNo) {
      if (inLogs && opensDescribe(line)) {
        inLogs = false;
        const out = [...drainRecords(lines), ...(describe.push(line, lineNo) ?? [])];
        return out.length > 0 ? out : undefined;
      }
      if (!inLogs && line.trim() !== "" && !/^\s/.test(line) && !DESCRIBE_KEY.test(line)) inLogs = true;
      if (!inLogs) return describe.push(line, lineNo);
      const record = lines.push(line, lineNo);
      return record ? [record] : undefined;
    },
    flush: () => [...drainRecords(lines), ...describe.flush()],
  };
}

function documentReader(line: string, file: string, year: number, now: number): DocumentReader | undefined {
  if (/^(?:__CURSOR|__REALTIME_TIMESTAMP)=/.test(line)) return createJournaldExportReader(file);
  // Users paste a describe's tail as often as its whole: its Events (or Containers) section opens the file.
  if (opensDescribe(line)) return withPastedLogs(createDescribeReader(file), file, year, now);
  if (/^(?:apiVersion|kind):\s*\S/.test(line)) return createManifestReader(file, false);
  // `{` opens kubectl's -o json; `[` docker inspect's array (read by the same reader, see docker-inspect.ts).
  if (line.trimEnd() === "{" || line.trimEnd() === "[") return createManifestReader(file, true, year, now);
  if (opensExportLine(line)) return createExportLinesReader(file, year, now);
  // A document written compactly but across lines (`{"apiVersion":"v1","kind":"List","items":[` then one
  // object per line): its first line opens a structure it does not close. A JSON log line closes its own.
  if (opensJsonDocument(line)) return createManifestReader(file, true, year, now);
  const header = TABLE_KEYS.test(line) ? tableHeader(line) : undefined;
  if (header) return createTableReader(file, year, now, header);
  return undefined;
}

function opensJsonDocument(line: string): boolean {
  const head = line.trim();
  if (!/^[{[]/.test(head) || !/[[{,]$/.test(head)) return false;
  try {
    JSON.parse(head);
    return false;
  } catch {
    return true;
  }
}

/** Whether a file whose first non-blank line is this one is read as a document rather than as log lines. */
export function opensDocument(line: string): boolean {
  return documentReader(line, "", 2000, 0) !== undefined;
}

/** `linesOnly`: a part of a file read from its middle, whose first line showed it holds log lines. */
export function createFileReader(
  file: string,
  year: number,
  now = Date.now(),
  linesOnly = false,
): FileReader {
  const lines = createRecordAssembler(file, year, now);
  let document: DocumentReader | undefined;
  let decided = linesOnly;
  return {
    push(line, lineNo) {
      if (decided) return document ? document.push(line, lineNo) : lines.push(line, lineNo);
      if (line.trim() === "") return undefined;
      decided = true;
      document = documentReader(line, file, year, now);
      return document ? document.push(line, lineNo) : lines.push(line, lineNo);
    },
    flush() {
      return document ? document.flush() : drainRecords(lines);
    },
  };
}
