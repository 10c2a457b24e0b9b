import type { RecordFields } from "../../core/log-summary.js";
import { type StructuredLine, structuredLine } from "./json-line.js";

/**
 * logfmt (`time=… level=error msg="dial tcp: connection refused" component=db`), as Go's logfmt, Heroku,
 * Grafana's and Prometheus's loggers write it. A line is logfmt when it starts with `key=` and at least two
 * pairs parse; its pairs become the record's fields.
 */
const MAX_PAIRS = 64;

function isKeyChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45
  );
}

/**
 * A cheap first test, run on every line: a letter or `_`, then key characters up to a `=` within 64. A
 * plain-text line fails at its first space or punctuation, a few characters in.
 */
export function mayBeLogfmt(line: string): boolean {
  const c = line.charCodeAt(0);
  if (!((c | 32) >= 97 && (c | 32) <= 122) && c !== 95) return false;
  const end = Math.min(line.length, 65);
  for (let i = 1; i < end; i++) {
    const k = line.charCodeAt(i);
    if (k === 61) return true;
    if (!isKeyChar(k)) return false;
  }
  return false;
}

/** The pairs of a logfmt line, or undefined when it is not one. */
export function parseLogfmtPairs(line: string): RecordFields | undefined {
  const fields: RecordFields = {};
  let pairs = 0;
  let i = 0;
  const n = line.length;
  while (i < n && pairs < MAX_PAIRS) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && isKeyChar(line.charCodeAt(i))) i++;
    if (i === keyStart || line[i] !== "=") {
      // A bare word between pairs: tolerated once the line has shown it is logfmt.
      if (pairs < 2) return undefined;
      while (i < n && line.charCodeAt(i) !== 32) i++;
      continue;
    }
    const key = line.slice(keyStart, i);
    i++;
    let value: string;
    if (line[i] === '"') {
      let j = i + 1;
      let out = "";
      let from = j;
      while (j < n && line[j] !== '"') {
        if (line[j] === "\\" && j + 1 < n) {
          out += line.slice(from, j);
          const e = line[j + 1]!;
          out += e === "n" ? "\n" : e === "t" ? "\t" : e;
          j += 2;
          from = j;
        } else j++;
      }
      value = out + line.slice(from, j);
      i = j + 1;
    } else {
      const start = i;
      while (i < n && line.charCodeAt(i) !== 32) i++;
      value = line.slice(start, i);
    }
    fields[key] = value.length > 2000 ? `${value.slice(0, 2000)}…` : value;
    pairs++;
  }
  return pairs >= 2 ? fields : undefined;
}

/** The structured reading of a logfmt line: fields, message, level, time; undefined when not logfmt. */
export function parseLogfmtLine(line: string): StructuredLine | undefined {
  const fields = parseLogfmtPairs(line);
  if (!fields) return undefined;
  const read = structuredLine(fields);
  // The raw line is already readable; keep it (escaped traces aside) so evidence quotes the file.
  if (!read.text.includes("\n")) read.text = line;
  return read;
}
