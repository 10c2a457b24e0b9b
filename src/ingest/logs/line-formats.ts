import type { LogLevel, RecordSubject } from "../../core/log-summary.js";
import { mayBeAccessLine, parseAccessLine } from "./access-log.js";
import { parseJsonLine, timeOfValue } from "./json-line.js";
import { mayBeLogfmt, parseLogfmtLine } from "./logfmt.js";
import {
  createCoreAssembler,
  type LineInfo,
  MAX_LINE_CHARS,
  type ParsedRecord,
  type RecordAssembler,
} from "./records.js";

/**
 * Line formats recognised without configuration. Envelopes that wrap the real line — Docker's json-file,
 * CRI (containerd, CRI-O), `kubectl logs --prefix`, a syslog `<PRI>` — are taken off and their partial pieces
 * joined back; the line inside is then read as JSON, logfmt, an access log or plain text. Each test starts
 * with a one-character check so plain-text lines pay almost nothing for formats they are not.
 */

/** CRI: `2026-11-24T03:04:05.123456789Z stdout F message` (`P` marks a piece of a longer line). */
const CRI =
  /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)) (stdout|stderr) ([PF])(?: |$)/;
/** `kubectl logs --prefix`: `[pod/checkout-7d9/app] message`. */
const KUBECTL_PREFIX = /^\[pod\/([^/\]\s]{1,253})\/([^\]\s]{1,253})\] ?/;
/** RFC 3164 / 5424 priority, and 5424's version. */
const SYSLOG_PRI = /^<(\d{1,3})>(?:1 )?/;
const SYSLOG_LEVELS: LogLevel[] = ["FATAL", "FATAL", "FATAL", "ERROR", "WARN", "INFO", "INFO", "DEBUG"];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

interface Partial {
  text: string;
  startLine: number;
  time: string | undefined;
  subject: RecordSubject | undefined;
}

/**
 * The reader's assembler: envelopes and structured lines first, then the core assembler (see records.ts).
 * `flush` may need two calls when a partial line was pending at the end: call it until it returns nothing.
 */
export function createRecordAssembler(file: string, year: number, now = Date.now()): RecordAssembler {
  const core = createCoreAssembler(file, year, now);
  let partial: Partial | undefined;

  /** The line inside any envelope: JSON, logfmt, an access log, or plain text. */
  const inner = (line: string, lineNo: number, info: LineInfo | undefined) => {
    const c = line.charCodeAt(0);
    if (c === 123) {
      const json = parseJsonLine(line);
      // An envelope inside an envelope is not unwrapped again: its text is the record.
      if (json) return core.push(line, lineNo, { ...info, structured: json });
    }
    // logfmt and access logs are known per line (a banner first, formats mixed in one file), each behind a
    // test of the line's first characters, so a plain-text line pays a few character reads, not a regex.
    if (isLetter(c) && mayBeLogfmt(line)) {
      const read = parseLogfmtLine(line);
      if (read) return core.push(line, lineNo, { ...info, structured: read });
    }
    if (mayBeAccessLine(line)) {
      const access = parseAccessLine(line);
      if (access)
        return core.push(line, lineNo, {
          ...info,
          level: access.level,
          kind: "access",
          fields: access.fields,
        });
    }
    return core.push(line, lineNo, info);
  };

  /** A piece of an enveloped line: partial pieces wait for the rest, bounded by MAX_LINE_CHARS. */
  const piece = (
    text: string,
    isPartial: boolean,
    lineNo: number,
    time: string | undefined,
    subject?: RecordSubject,
  ) => {
    if (isPartial) {
      partial ??= { text: "", startLine: lineNo, time, subject };
      if (partial.text.length <= MAX_LINE_CHARS) partial.text += text.slice(0, MAX_LINE_CHARS + 1);
      return undefined;
    }
    const info: LineInfo = {};
    let line = text;
    if (partial) {
      line = (partial.text + text).slice(0, MAX_LINE_CHARS + 1);
      info.startLine = partial.startLine;
      time = partial.time ?? time;
      subject = partial.subject ?? subject;
      partial = undefined;
    }
    if (time !== undefined) info.time = time;
    if (subject) info.subject = subject;
    return inner(line, lineNo, info);
  };

  return {
    push(line, lineNo) {
      const c = line.charCodeAt(0);
      if (c === 123) {
        const json = parseJsonLine(line);
        if (json?.envelope)
          return piece(json.envelope.log, json.envelope.partial, lineNo, json.envelope.time);
        if (json) return core.push(line, lineNo, { structured: json });
        return core.push(line, lineNo);
      }
      if (isDigit(c) && line.charCodeAt(4) === 45 && line.charCodeAt(10) === 84) {
        const cri = CRI.exec(line);
        if (cri) return piece(line.slice(cri[0].length), cri[3] === "P", lineNo, timeOfValue(cri[1]));
      } else if (c === 91 && line.startsWith("[pod/")) {
        const prefix = KUBECTL_PREFIX.exec(line);
        if (prefix) {
          const subject = { pod: prefix[1]!, container: prefix[2]! };
          return piece(line.slice(prefix[0].length), false, lineNo, undefined, subject);
        }
      } else if (c === 60) {
        const pri = SYSLOG_PRI.exec(line);
        if (pri && Number(pri[1]) < 192) {
          const level = SYSLOG_LEVELS[Number(pri[1]) & 7]!;
          return core.push(line.slice(pri[0].length), lineNo, { level });
        }
      }
      if (partial) return piece(line, false, lineNo, undefined);
      return inner(line, lineNo, undefined);
    },
    flush() {
      if (partial) {
        const pending = partial;
        partial = undefined;
        const done = inner(pending.text, pending.startLine, {
          startLine: pending.startLine,
          ...(pending.time ? { time: pending.time } : {}),
        });
        if (done) return done;
      }
      return core.flush();
    },
  };
}

/** Every record an assembler still holds at the end of its input (flush returns them one at a time). */
export function drainRecords(assembler: RecordAssembler): ParsedRecord[] {
  const out: ParsedRecord[] = [];
  for (let r = assembler.flush(); r; r = assembler.flush()) out.push(r);
  return out;
}
