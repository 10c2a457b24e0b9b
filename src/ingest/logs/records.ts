import type { LogLevel, LogRecord, RecordFields, RecordKind, RecordSubject } from "../../core/log-summary.js";
import { splitHeader } from "./header.js";
import type { StructuredLine } from "./json-line.js";
import { continuesTaggedTrace } from "./tagged-trace.js";
import type { Shape } from "./template-miner.js";
import { findTimestamp, isYearless, type TimestampMatch } from "./timestamp.js";
import { HASH_HIGH, maskHash } from "./tokenize.js";
import { isContinuation, thrown } from "./trace-lines.js";

/** A record as the reader yields it, with where its message starts so the miner need not look again. */
export interface ParsedRecord extends LogRecord {
  /** Hash of the masked first line (see maskHash): the miner's key, computed once here. */
  shape?: Shape;
  /** For a JSON line, its message field: templates are mined from it rather than from the raw line. */
  message?: string;
  /** Date.parse(time), when the time is the line's own timestamp: worked out as it was read, not parsed back. */
  timeMs?: number;
}

/** A stack trace or panic is kept whole up to this size; past it the record still grows, its text does not. */
const MAX_RECORD_LINES = 200;
const MAX_RECORD_CHARS = 32_000;
/** Very long single lines are cut: the template lives up front and memory must stay bounded. */
export const MAX_LINE_CHARS = 16_000;

/** What an envelope (Docker, CRI, kubectl --prefix, syslog PRI) or a structured parse already read of a line. */
export interface LineInfo {
  /** The line read as JSON or logfmt. */
  structured?: StructuredLine;
  /** The envelope's time: the record's when its own line carries none. */
  time?: string;
  level?: LogLevel;
  subject?: RecordSubject;
  /** Read from the line's own columns (an access log): the record's kind and fields. */
  kind?: RecordKind;
  fields?: RecordFields;
  /** First file line of a line joined from partial pieces (CRI `P`, Docker without "\n"). */
  startLine?: number;
}

/** Shapes whose level is remembered; past this the cache starts over (memory stays bounded). */
const SHAPE_CACHE = 100_000;

const GLOG_LEVELS: Record<string, LogLevel> = { I: "INFO", W: "WARN", E: "ERROR", F: "FATAL" };

const LEVEL_RANK: Record<LogLevel, number> = {
  UNKNOWN: 0,
  TRACE: 1,
  DEBUG: 2,
  INFO: 3,
  WARN: 4,
  ERROR: 5,
  FATAL: 6,
};

export function levelRank(level: LogLevel): number {
  return LEVEL_RANK[level];
}

/** A level for lines whose header names none, read from the words of the message. */
function guessLevel(body: string): LogLevel {
  if (/\b(?:fatal|panic|panicked|emergency|critical)\b/i.test(body)) return "FATAL";
  if (/\b(?:error|exception|traceback|errno|segfault)\b/i.test(body)) return "ERROR";
  // A message that starts with an exception's class name is an error report (KeyError: 'x',
  // django.db.utils.ProgrammingError: …, java.lang.NullPointerException); a test named after one is not.
  if (/^\s*(?:[\w$]+\.)*[A-Z][\w$]*(?:Error|Exception)(?::|$)/.test(body)) return "ERROR";
  if (/\b(?:warn|warning|fail|failed|failure|denied|refused|timeout|timed out|unable)\b/i.test(body))
    return "WARN";
  return "UNKNOWN";
}

interface Building {
  first: string;
  /** Every line kept, once there is more than the first: most records are one line, and need no array. */
  lines: string[] | undefined;
  chars: number;
  line: number;
  endLine: number;
  shape: Shape | undefined;
  level: LogLevel | undefined;
  time: string | undefined;
  timeMs: number | undefined;
  blanks: number;
  /** The first line carried its own timestamp: then an unstamped line below it continues the record. */
  stamped: boolean;
  /** A JSON or logfmt line: complete on its own line, so nothing raw below it continues it. */
  structured?: boolean;
  message?: string;
  kind?: RecordKind;
  fields?: RecordFields;
  subject?: RecordSubject;
}

export interface RecordAssembler {
  /** Feeds one line (1-based number); returns the record it completed, if any. */
  push(line: string, lineNo: number, info?: LineInfo): ParsedRecord | undefined;
  /** Ends the file; returns the last record. */
  flush(): ParsedRecord | undefined;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** A line past MAX_LINE_CHARS keeps its head and says it was cut (the reader may have cut it already). */
function capLine(raw: string): string {
  return raw.length > MAX_LINE_CHARS
    ? `${raw.slice(0, MAX_LINE_CHARS)} … [line cut at ${MAX_LINE_CHARS} chars]`
    : raw;
}

/**
 * Where a line's shape is hashed from: past a timestamp that opens the line, which masks alike on every line
 * of a format and is ~15–40% of a line's characters. A glog/klog timestamp carries the level in its first
 * letter (`E1124 …`), so that one stays in the shape (levels are cached by shape).
 */
function shapeStart(line: string, ts: TimestampMatch | undefined): number {
  if (ts === undefined || ts.start !== 0) return 0;
  const c = line.charCodeAt(0);
  return c >= 65 && c <= 90 ? 0 : ts.end;
}

/**
 * Assembles lines into records (a stack trace or panic kept whole); `info` carries what an envelope or a
 * structured parse already read. See createLineReader for the envelopes themselves.
 */
export function createCoreAssembler(file: string, year: number, now = Date.now()): RecordAssembler {
  const futureLimit = now + 2 * 86_400_000;
  let current: Building | undefined;
  let hint = -1;

  const finish = (): ParsedRecord | undefined => {
    if (!current) return undefined;
    const b = current;
    current = undefined;
    const text = b.lines === undefined ? b.first : b.lines.join("\n");
    let level = b.level ?? guessLevel(b.message ?? b.first);
    if (b.lines !== undefined && levelRank(level) < LEVEL_RANK.ERROR && thrown(b.lines, level))
      level = "ERROR";
    const record: ParsedRecord = {
      file,
      line: b.line,
      endLine: b.endLine,
      text,
      level,
    };
    if (b.shape !== undefined) record.shape = b.shape;
    if (b.time !== undefined) record.time = b.time;
    if (b.timeMs !== undefined) record.timeMs = b.timeMs;
    if (b.message !== undefined) record.message = b.message;
    if (b.kind !== undefined) record.kind = b.kind;
    if (b.fields !== undefined) record.fields = b.fields;
    if (b.subject !== undefined) record.subject = b.subject;
    return record;
  };

  // Every line of one shape (masked form) has the same header words, so the same level: the header
  // is split once per shape, not once per line.
  let levels = new Map<number, { high: number; level: LogLevel }>();
  const levelOf = (line: string, shape: Shape, ts: TimestampMatch | undefined): LogLevel => {
    const known = levels.get(shape.low);
    let level = known?.high === shape.high ? known.level : undefined;
    if (level === undefined) {
      const header = splitHeader(line, ts ? ts.end : 0, ts !== undefined);
      // glog/klog put the level in the timestamp's first letter: E1124 03:04:05.123456
      const glog = ts && ts.start === 0 && /^[IWEF]\d{4} /.test(line) ? GLOG_LEVELS[line[0]!] : undefined;
      level = glog ?? header.level ?? guessLevel(line.slice(header.bodyStart));
      if (levels.size >= SHAPE_CACHE) levels = new Map();
      levels.set(shape.low, { high: shape.high, level });
    }
    return level;
  };

  const start = (line: string, lineNo: number, ts: TimestampMatch | undefined, info?: LineInfo): void => {
    if (ts) hint = ts.pattern;
    const shape = { low: maskHash(line, shapeStart(line, ts)), high: HASH_HIGH[0]! };
    current = {
      first: line,
      lines: undefined,
      chars: line.length,
      line: info?.startLine ?? lineNo,
      endLine: lineNo,
      shape,
      level: levelOf(line, shape, ts),
      time: ts?.iso ?? info?.time,
      timeMs: ts?.ms,
      blanks: 0,
      stamped: ts !== undefined,
    };
    if (info === undefined) return;
    // What the line's own columns say (an HTTP status, a syslog priority) outranks words in its text.
    if (info.level !== undefined) current.level = info.level;
    if (info.subject) current.subject = info.subject;
    if (info.kind) current.kind = info.kind;
    if (info.fields) current.fields = info.fields;
  };

  /**
   * A JSON or logfmt line is its own record. Its first line stays the file's own line (evidence quotes the
   * file); a trace escaped inside it (`\n\tat …`, a Traceback, a goroutine dump) follows as real lines.
   */
  const startStructured = (raw: string, lineNo: number, s: StructuredLine, info?: LineInfo): void => {
    const newline = s.text.indexOf("\n");
    const below = newline < 0 ? "" : s.text.slice(newline + 1, newline + 1 + MAX_RECORD_CHARS);
    const lines = [capLine(raw)];
    if (below !== "") for (const l of below.split("\n", MAX_RECORD_LINES - 1)) lines.push(capLine(l));
    const text = lines.join("\n");
    const time = s.time ?? info?.time;
    current = {
      first: lines[0]!,
      lines: lines.length > 1 ? lines : undefined,
      chars: text.length,
      line: info?.startLine ?? lineNo,
      endLine: lineNo,
      shape: undefined,
      level: s.level ?? info?.level,
      time,
      timeMs: undefined,
      blanks: 0,
      stamped: s.time !== undefined,
      structured: true,
      message: s.message,
    };
    if (s.kind !== undefined) current.kind = s.kind;
    if (s.fields !== undefined) current.fields = s.fields;
    const subject =
      info?.subject && s.subject ? { ...info.subject, ...s.subject } : (s.subject ?? info?.subject);
    if (subject) current.subject = subject;
  };

  return {
    push(raw, lineNo, info) {
      if (info?.structured) {
        const done = finish();
        startStructured(raw, lineNo, info.structured, info);
        return done;
      }
      const line = capLine(raw);
      if (isBlank(line)) {
        if (current) current.blanks++;
        return undefined;
      }
      const c = line.charCodeAt(0);
      let ts = c === 32 || c === 9 ? undefined : findTimestamp(line, year, hint);
      // A yearless timestamp (syslog) later than now is from last year: December's logs read in January.
      if (ts && isYearless(ts.pattern) && ts.ms > futureLimit) ts = findTimestamp(line, year - 1, ts.pattern);
      // A timestamp in the head of a line (findTimestamp looks no further) opens a record.
      const opens = ts !== undefined && !(current && continuesTaggedTrace(line, current.first));
      if (current && !opens && isContinuation(line, current)) {
        const b = current;
        const kept = b.lines?.length ?? 1;
        if (kept < MAX_RECORD_LINES && b.chars < MAX_RECORD_CHARS) {
          b.lines ??= [b.first];
          for (let i = 0; i < b.blanks; i++) b.lines.push("");
          b.lines.push(line);
          b.chars += line.length;
        }
        b.blanks = 0;
        b.endLine = lineNo;
        return undefined;
      }
      const done = finish();
      start(line, lineNo, ts, info);
      return done;
    },
    flush: finish,
  };
}
