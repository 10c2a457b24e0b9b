import { type Document, parseAllDocuments } from "yaml";
import { dockerInspectRecords } from "./docker-inspect.js";
import { arr, isObj, MAX_QUOTED_LINES, type Obj, objectRecords, str } from "./k8s-manifest-records.js";
import { k8sRecord } from "./k8s-record.js";
import type { DocumentReader } from "./kubectl-describe.js";
import { createRecordAssembler, drainRecords } from "./line-formats.js";
import { type Entry, logEntryRecords, logExportEntries } from "./log-export.js";
import { jsonPositions, type Positions, pathKey, yamlPositions } from "./manifest-positions.js";
import type { ParsedRecord } from "./records.js";

/**
 * `kubectl get -o yaml|json` (one object or a List): buffered (bounded) and read as the same records as
 * describe output: containers' state from status.containerStatuses with limits and requests from the spec,
 * conditions, events, and each object. Each record cites and quotes the lines that say it (a container's
 * `lastState:` … `reason: OOMKilled`, a condition's item, an event's message), found by manifest-positions.
 */
const MAX_DOCUMENT_CHARS = 16 << 20;
const MAX_OBJECTS = 2000;

/** `year` and `now` read the log lines an export document holds (see log-export.ts). */
export function createManifestReader(file: string, json: boolean, year = 2000, now = 0): DocumentReader {
  const lines: string[] = [];
  let chars = 0;
  let first = 0;
  let tooBig = false;
  return {
    push(line, lineNo) {
      if (first === 0) first = lineNo;
      if (tooBig || chars + line.length >= MAX_DOCUMENT_CHARS) {
        tooBig = true;
        return undefined;
      }
      lines.push(line);
      chars += line.length + 1;
      return undefined;
    },
    flush() {
      if (first === 0) return [];
      const { docs, positions } = parseDocuments(lines, first, json);
      // JSON that does not parse (cut short, or lines that only looked like a document's start) is still
      // what the file says: read as log lines rather than dropped.
      if (json && docs.length === 0 && !tooBig) return asLogLines(file, lines, first, year, now);
      const out: ParsedRecord[] = [];
      const quote = (from: number, to: number) => {
        const kept = lines.slice(from - first, Math.min(to, from + MAX_QUOTED_LINES - 1) - first + 1);
        const indent = Math.min(
          ...kept.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length),
        );
        return {
          text: kept.map((l) => l.trimEnd().slice(Number.isFinite(indent) ? indent : 0)).join("\n"),
          endLine: from + Math.max(0, kept.length - 1),
        };
      };
      let objects = 0;
      docs.forEach((d, index) => {
        const exported = logExportEntries(d, index);
        const list = isObj(d) && /List$/.test(str(d.kind) ?? "");
        const items: Entry[] =
          exported ??
          (list
            ? arr((d as Obj).items).map((item, j) => [item, [index, "items", j]])
            : Array.isArray(d)
              ? d.map((item, j) => [item, [index, j]])
              : [[d, [index]]]);
        for (const [o, path] of items) {
          if (objects++ >= MAX_OBJECTS || !isObj(o)) continue;
          const at = (rel: readonly (string | number)[]) => positions.get(pathKey([...path, ...rel]));
          const ctx = { file, line: at([])?.line ?? first, at, quote };
          if (exported) out.push(...logEntryRecords(o, ctx, year, now));
          else out.push(...(dockerInspectRecords(o, ctx) ?? objectRecords(o, ctx)));
        }
      });
      if (out.length === 0 || tooBig) {
        out.push(
          k8sRecord({
            file,
            line: first,
            text: lines[0]?.trim() || "(empty)",
            message: tooBig
              ? "Kubernetes manifest cut: larger than 16 MiB"
              : "Kubernetes manifest with no object",
            level: "WARN",
            kind: "k8s-object",
            fields: {},
          }),
        );
      }
      return out;
    },
  };
}

function asLogLines(file: string, lines: string[], first: number, year: number, now: number): ParsedRecord[] {
  const assembler = createRecordAssembler(file, year, now);
  const out: ParsedRecord[] = [];
  lines.forEach((line, i) => {
    const record = assembler.push(line, first + i);
    if (record) out.push(record);
  });
  out.push(...drainRecords(assembler));
  return out;
}

function parseDocuments(
  lines: string[],
  first: number,
  json: boolean,
): { docs: unknown[]; positions: Positions } {
  const text = `${lines.join("\n")}\n`;
  if (json) {
    try {
      return { docs: [JSON.parse(text)], positions: jsonPositions(text, first) };
    } catch {
      return { docs: [], positions: new Map() };
    }
  }
  const starts = [0];
  for (const line of lines) starts.push(starts.at(-1)! + line.length + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return first + lo;
  };
  try {
    const parsed = parseAllDocuments(text);
    const good = (Array.isArray(parsed) ? parsed : []).filter(
      (d): d is Document.Parsed => "errors" in d && d.errors.length === 0,
    );
    return {
      docs: good.map((d) => d.toJS({ maxAliasCount: 50 })),
      positions: yamlPositions(good, lineOf),
    };
  } catch {
    return { docs: [], positions: new Map() };
  }
}
