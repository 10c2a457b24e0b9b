import type { LogLevel, LogRecord, LogSummary } from "../../core/log-summary.js";
import { levelRank } from "./records.js";
import { maskTokens } from "./tokenize.js";

export interface Seen {
  file: string;
  line: number;
  time?: string;
}

export interface Example {
  file: string;
  line: number;
  text: string;
}

/** What the condenser needs to know about one group of records, kept in constant space per group. */
export interface GroupStats {
  count: number;
  level: LogLevel;
  /** Order of the first record (0-based over the whole upload), to sort and merge deterministically. */
  order: number;
  lastOrder: number;
  first: Seen;
  last: Seen;
  firstMs: number | undefined;
  lastMs: number | undefined;
  examples: Example[];
  /** Records in the busiest minute seen, to spot bursts without keeping a histogram. */
  peakPerMinute: number;
  minute: number;
  minuteCount: number;
  /** Distinct stack traces (first example of each), for multi-line records. */
  traces: Example[];
}

export const MAX_EXAMPLES = 3;
const MAX_TRACES_PER_GROUP = 5;
/** The first example is kept whole up to this; later ones are one line. */
const FIRST_EXAMPLE_CHARS = 4000;
const LATER_EXAMPLE_CHARS = 400;

const FRAME = /^\s*(?:at |File "|\S+\.(?:go|rs|py|js|ts|java):\d+|\d+: )/;

/** A stack trace's identity: its exception lines and first frames, numbers masked. */
export function traceIdentity(text: string): string {
  const lines = text.split("\n").slice(1);
  const parts: string[] = [];
  let frames = 0;
  for (const line of lines) {
    if (FRAME.test(line)) {
      if (frames++ < 3) parts.push(maskTokens(line).join(" "));
    } else if (/^(?:Caused by:|\S*(?:Error|Exception|panic))/.test(line.trim())) {
      parts.push(maskTokens(line.split(":")[0] ?? line).join(" "));
    }
  }
  return parts.join("|");
}

function example(record: LogRecord, limit: number, firstLineOnly: boolean): Example {
  let text = firstLineOnly ? record.text.split("\n", 1)[0]! : record.text;
  if (text.length > limit) text = `${text.slice(0, limit)} …`;
  return { file: record.file, line: record.line, text };
}

function seen(record: LogRecord): Seen {
  return record.time === undefined
    ? { file: record.file, line: record.line }
    : { file: record.file, line: record.line, time: record.time };
}

/** Just the location fields of a Seen (which may be a whole record while stats are gathered). */
export function location(s: Seen): Seen {
  return s.time === undefined ? { file: s.file, line: s.line } : { file: s.file, line: s.line, time: s.time };
}

export function newGroupStats(record: LogRecord, order: number, ms: number | undefined): GroupStats {
  return {
    count: 0,
    level: record.level,
    order,
    lastOrder: order,
    first: seen(record),
    last: seen(record),
    firstMs: ms,
    lastMs: ms,
    examples: [],
    peakPerMinute: 0,
    minute: -1,
    minuteCount: 0,
    traces: [],
  };
}

export function updateGroupStats(
  stats: GroupStats,
  record: LogRecord,
  order: number,
  ms: number | undefined,
): void {
  stats.count++;
  stats.lastOrder = order;
  // The record itself stands for its location until the summary is built: no object per record.
  stats.last = record;
  if (levelRank(record.level) > levelRank(stats.level)) stats.level = record.level;
  if (ms !== undefined) {
    if (stats.firstMs === undefined || ms < stats.firstMs) stats.firstMs = ms;
    if (stats.lastMs === undefined || ms > stats.lastMs) stats.lastMs = ms;
    const minute = Math.floor(ms / 60_000);
    if (minute === stats.minute) stats.minuteCount++;
    else {
      stats.minute = minute;
      stats.minuteCount = 1;
    }
    if (stats.minuteCount > stats.peakPerMinute) stats.peakPerMinute = stats.minuteCount;
  }
  if (stats.examples.length < MAX_EXAMPLES) {
    const isFirst = stats.examples.length === 0;
    stats.examples.push(example(record, isFirst ? FIRST_EXAMPLE_CHARS : LATER_EXAMPLE_CHARS, !isFirst));
  }
  // A JSON line's escaped trace is one file line but several record lines; kubectl's blocks are not traces.
  const multiLine =
    !record.kind?.startsWith("k8s-") &&
    (record.endLine > record.line || (record.fields !== undefined && record.text.includes("\n")));
  if (multiLine && stats.traces.length < MAX_TRACES_PER_GROUP) {
    const identity = traceIdentity(record.text);
    const known = stats.traces.some((t) => traceIdentity(t.text) === identity);
    if (!known) stats.traces.push(example(record, FIRST_EXAMPLE_CHARS, false));
  }
}

/** Folds the stats of groups that the miner merged into one template. */
export function mergeGroupStats(into: GroupStats, from: GroupStats): void {
  const earlier = from.order < into.order;
  into.count += from.count;
  if (levelRank(from.level) > levelRank(into.level)) into.level = from.level;
  if (earlier) {
    into.order = from.order;
    into.first = from.first;
  }
  if (from.lastOrder > into.lastOrder) {
    into.lastOrder = from.lastOrder;
    into.last = from.last;
  }
  if (from.firstMs !== undefined && (into.firstMs === undefined || from.firstMs < into.firstMs)) {
    into.firstMs = from.firstMs;
  }
  if (from.lastMs !== undefined && (into.lastMs === undefined || from.lastMs > into.lastMs)) {
    into.lastMs = from.lastMs;
  }
  into.peakPerMinute = Math.max(into.peakPerMinute, from.peakPerMinute);
  const examples = earlier ? [...from.examples, ...into.examples] : [...into.examples, ...from.examples];
  into.examples = examples.slice(0, MAX_EXAMPLES);
  for (const t of from.traces) {
    if (into.traces.length >= MAX_TRACES_PER_GROUP) break;
    const identity = traceIdentity(t.text);
    if (!into.traces.some((k) => traceIdentity(k.text) === identity)) into.traces.push(t);
  }
}

/** One streaming pass over a log (or one thread's part of it): stats per group, in order of first appearance. */
export interface SummaryPass {
  groups: (GroupStats | undefined)[];
  files: LogSummary["files"];
  records: number;
  fromMs: number | undefined;
  toMs: number | undefined;
}
