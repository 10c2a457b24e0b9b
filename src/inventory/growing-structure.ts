/**
 * A leak the logs name: beside the memory readings that rise steadily, a size figure of the process's own
 * (`"quoteCacheEntries":1200`, `sessions_open=80`, `listeners: 12`) rises with them. Its words name the
 * structure that is kept (a quote cache, the sessions), and the repository's long-lived collection with that
 * name is where to look. Cited only: bounding a cache (LRU, TTL) or dropping a retained reference is a design
 * decision, and a larger limit only delays the next kill.
 */
import { MEMORY_READING } from "./growth.js";

/** Module-level (or static) collections, as grep_search runs them: JS/TS, Python, Go, Java, Ruby. */
export const COLLECTION_DECL = [
  "^(export\\s+)?(const|let|var)\\s+\\w+(\\s*:\\s*[^=]+)?\\s*=\\s*(new\\s+(Map|Set|Array)\\b|\\[\\]|\\{\\})",
  "^[A-Za-z_]\\w*(\\s*:\\s*[^=]+)?\\s*=\\s*(\\{\\}|\\[\\]|dict\\(|set\\(|list\\(|defaultdict\\(|OrderedDict\\(|deque\\()",
  "^var\\s+\\w+\\s*=\\s*(make\\()?(map\\[|\\[\\])",
  "\\bstatic\\s+(final\\s+)?[\\w<>, ?]*(Map|List|Set|Queue)<[^=]*=\\s*new\\s",
  "^\\s*(@@\\w+|[A-Z][A-Z_]*)\\s*=\\s*(\\{\\}|\\[\\]|Hash\\.new|Set\\.new|Concurrent::Map\\.new)",
].join("|");

const SIZE_WORD =
  /entries|size|len(gth)?|items|keys|listeners|subscribers|sessions|handlers|queue|pending|cache|buffers?|objects|records/i;
/** Counters that always rise (totals, clocks) are not a structure's size. */
const ALWAYS_RISES = /total|uptime|time|seconds|_ms$|Ms$|_s$|^pid$|^ts$|^seq|^id$|served|processed|handled/i;
const GENERIC = new Set([
  "entries",
  "size",
  "len",
  "length",
  "items",
  "count",
  "num",
  "n",
  "total",
  "current",
  "open",
]);

const FIELD = /["']?([A-Za-z_][\w.]*)["']?\s*[:=]\s*(\d+(?:\.\d+)?)\b/g;

export interface GrowingField {
  name: string;
  first: number;
  last: number;
  readings: number;
}

function steady(values: readonly number[]): boolean {
  if (values.length < 6) return false;
  const rising = values.slice(1).filter((v, i) => v >= (values[i] ?? 0)).length;
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  return rising >= 0.8 * (values.length - 1) && first > 0 && last >= 1.5 * first;
}

/** Size figures that rise steadily in the lines that also carry a memory reading, in log order. */
export function growingFields(lines: readonly string[]): GrowingField[] {
  const series = new Map<string, number[]>();
  for (const line of lines) {
    if (!MEMORY_READING.test(line)) continue;
    for (const m of line.matchAll(FIELD)) {
      const name = m[1] ?? "";
      if (MEMORY_READING.test(`${name}=1`) || !SIZE_WORD.test(name) || ALWAYS_RISES.test(name)) continue;
      series.set(name, [...(series.get(name) ?? []), Number(m[2])]);
    }
  }
  return [...series.entries()]
    .filter(([, v]) => steady(v))
    .map(([name, v]) => ({ name, first: v[0] ?? 0, last: v.at(-1) ?? 0, readings: v.length }));
}

/** `quoteCacheEntries` → quote, cache; `open_sessions` → sessions (size words that say nothing are dropped). */
export function structureWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_.-]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 3 && !GENERIC.has(w));
}

function declaredName(text: string): string | undefined {
  return (
    /^(?:export\s+)?(?:const|let|var)\s+(\w+)/.exec(text)?.[1] ??
    /\bstatic\s+(?:final\s+)?[\w<>, ?]*\s(\w+)\s*=/.exec(text)?.[1] ??
    /^\s*(@@\w+|[A-Za-z_]\w*)\s*(?::[^=]+)?=/.exec(text)?.[1]
  );
}

function mentions(haystack: string, word: string): boolean {
  const stem = word.replace(/(es|s)$/, "");
  return haystack.toLowerCase().includes(stem.length >= 3 ? stem : word);
}

export interface GrowingStructure {
  file: string;
  line: number;
  text: string;
  name: string;
  field: GrowingField;
}

/**
 * The one collection declaration whose name (then file) the growing figure's words name best; none when no
 * name matches a word or two declarations tie: a guess would send the on-call engineer to the wrong code.
 */
export function growingStructure(
  fields: readonly GrowingField[],
  declarations: readonly { file: string; line: number; text: string }[],
): GrowingStructure | undefined {
  const scored = fields.flatMap((field) => {
    const words = structureWords(field.name);
    return declarations.flatMap((d) => {
      const name = declaredName(d.text);
      if (!name) return [];
      const inName = words.filter((w) => mentions(name, w)).length;
      const inPath = words.filter((w) => mentions(d.file, w)).length;
      return inName > 0 ? [{ ...d, name, field, score: 2 * inName + inPath }] : [];
    });
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  const one = top[0];
  if (!one || new Set(top.map((t) => `${t.file}:${t.line}`)).size !== 1) return undefined;
  return { file: one.file, line: one.line, text: one.text, name: one.name, field: one.field };
}
