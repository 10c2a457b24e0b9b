import { type Document, isMap, isScalar, isSeq } from "yaml";

/**
 * Where things are in a `kubectl get -o yaml|json` document, so its records cite the file's own lines
 * (`reason: OOMKilled` at line 35), not the document's first line. Only the nodes records cite are kept
 * (states, reasons, conditions, list items…), keyed by their path, so a 16 MiB list stays cheap to map.
 */
export interface Span {
  line: number;
  endLine: number;
}
export type Positions = Map<string, Span>;

const SEP = "\u0000";
export const pathKey = (path: readonly (string | number)[]): string => path.join(SEP);

const KEYS = new Set([
  "state",
  "lastState",
  "waiting",
  "terminated",
  "running",
  "reason",
  "exitCode",
  "signal",
  "message",
  "note",
  "type",
  "status",
  "phase",
  "name",
  "metadata",
  // docker inspect's health (docker-inspect.ts)
  "Status",
  "Output",
  // log exports' messages (log-export.ts)
  "textPayload",
  "jsonPayload",
  "msg",
  "log",
]);
const LISTS = new Set([
  "items",
  "containerStatuses",
  "initContainerStatuses",
  "conditions",
  "Log",
  "events",
  "hits",
  // Loki's streams and their [time, line] pairs
  "result",
  "values",
]);
const MAX_DEPTH = 64;

function wanted(key: string | number | undefined, parent: string | number | undefined): boolean {
  if (key === undefined) return false;
  return typeof key === "number" ? typeof parent === "string" && LISTS.has(parent) : KEYS.has(key);
}

interface Frame {
  array: boolean;
  path: string;
  key: string | number | undefined;
  start: number;
  index: number;
  expectKey: boolean;
  pendingKey: string;
  keyLine: number;
}

/**
 * Positions in JSON text whose first line is file line `firstLine`: one pass over the characters (a parse of
 * the values is JSON.parse's job), a member cited from its key's line to where its value ends.
 */
export function jsonPositions(text: string, firstLine: number): Positions {
  const out: Positions = new Map();
  const stack: Frame[] = [];
  let line = firstLine;
  const start = (): {
    path: string;
    key: string | number | undefined;
    parent: string | number | undefined;
    line: number;
  } => {
    const top = stack.at(-1);
    if (!top) return { path: "0", key: undefined, parent: undefined, line };
    if (top.array) return { path: `${top.path}${SEP}${top.index}`, key: top.index, parent: top.key, line };
    return {
      path: `${top.path}${SEP}${top.pendingKey}`,
      key: top.pendingKey,
      parent: top.key,
      line: top.keyLine,
    };
  };
  const scalar = () => {
    const at = start();
    if (wanted(at.key, at.parent)) out.set(at.path, { line: at.line, endLine: line });
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (c === 10 || c === 32 || c === 9 || c === 13 || c === 58) {
      i++;
      continue;
    }
    if (c === 34) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34 && text.charCodeAt(j) !== 10)
        j += text.charCodeAt(j) === 92 ? 2 : 1;
      const top = stack.at(-1);
      if (top && !top.array && top.expectKey) {
        top.pendingKey = text.slice(i + 1, j);
        top.keyLine = line;
        top.expectKey = false;
      } else scalar();
      i = j + 1;
      continue;
    }
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_DEPTH) return out;
      const at = start();
      stack.push({
        array: c === 91,
        path: at.path,
        key: at.key,
        start: wanted(at.key, at.parent) ? at.line : -1,
        index: 0,
        expectKey: c === 123,
        pendingKey: "",
        keyLine: line,
      });
    } else if (c === 125 || c === 93) {
      const frame = stack.pop();
      if (frame && frame.start >= 0) out.set(frame.path, { line: frame.start, endLine: line });
    } else if (c === 44) {
      const top = stack.at(-1);
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
    } else {
      // A number or a literal: runs to the next delimiter.
      let j = i + 1;
      while (j < text.length && !/[,\]}\s]/.test(text[j]!)) j++;
      scalar();
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Positions in parsed YAML documents (document i at path `i`); `lineOf` maps a text offset to a file line. */
export function yamlPositions(docs: readonly Document[], lineOf: (offset: number) => number): Positions {
  const out: Positions = new Map();
  const visit = (
    node: unknown,
    path: string,
    key: string | number | undefined,
    parent: string | number | undefined,
    keyLine: number | undefined,
    depth: number,
  ): void => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range || depth > MAX_DEPTH) return;
    if (wanted(key, parent))
      out.set(path, { line: keyLine ?? lineOf(range[0]), endLine: lineOf(Math.max(range[0], range[1] - 1)) });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const at = pair.key.range ? lineOf(pair.key.range[0]) : undefined;
        visit(pair.value, `${path}${SEP}${name}`, name, key, at, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        visit(item, `${path}${SEP}${index}`, index, key, undefined, depth + 1);
      });
    }
  };
  docs.forEach((doc, index) => {
    visit(doc.contents, String(index), undefined, undefined, undefined, 0);
  });
  return out;
}
