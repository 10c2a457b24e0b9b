import type { LogLevel, RecordFields, RecordKind, RecordSubject } from "../../core/log-summary.js";
import { accessFromJson } from "./access-log.js";
import { flattenFields, renderFields } from "./flatten.js";
import { levelOfToken } from "./header.js";
import { subjectOf } from "./subject.js";

/**
 * What a structured line (JSON of any logger, logfmt) says once read: the message templates are mined from,
 * a readable text for people and the pattern scanner, and the level, time, fields and subject it names.
 */
export interface StructuredLine {
  /** The message field (or the key=value rendering when there is none): what templates are mined from. */
  message: string;
  /** The record's text: the message, its escaped stack trace as real lines, then the other fields. */
  text: string;
  level?: LogLevel;
  time?: string;
  kind?: RecordKind;
  fields?: RecordFields;
  subject?: RecordSubject;
}

/** A JSON line, or a Docker json-file envelope whose `log` is the real line (partial when it has no "\n"). */
export interface JsonLine extends StructuredLine {
  envelope?: { log: string; partial: boolean; time?: string; stream?: string };
}

const MESSAGE_KEYS = [
  "message",
  "msg",
  "MESSAGE",
  "log",
  "text",
  "event",
  "error",
  "err",
  "err.message",
  "error.message",
  "exception.message",
  "errorMessage",
  "log.original",
];
const LEVEL_KEYS = [
  "level",
  "severity",
  "lvl",
  "loglevel",
  "log.level",
  "levelname",
  "level_name",
  "PRIORITY",
  "severity_text",
  "@l",
];
const TIME_KEYS = [
  "time",
  "timestamp",
  "ts",
  "@timestamp",
  "datetime",
  "date",
  "__REALTIME_TIMESTAMP",
  "eventTime",
  "lastTimestamp",
  "@t",
];
/** Fields that hold a stack trace as one escaped string: kept as the record's continuation lines. */
const STACK_KEYS = [
  "stack",
  "stack_trace",
  "stacktrace",
  "err.stack",
  "error.stack",
  "error.stack_trace",
  "exception",
  "exc_info",
  "exception.stacktrace",
  "trace",
];

/** syslog priorities (journald PRIORITY) and pino/bunyan numeric levels. */
function numericLevel(n: number): LogLevel {
  if (n >= 10)
    return n >= 60
      ? "FATAL"
      : n >= 50
        ? "ERROR"
        : n >= 40
          ? "WARN"
          : n >= 30
            ? "INFO"
            : n >= 20
              ? "DEBUG"
              : "TRACE";
  return n <= 2 ? "FATAL" : n === 3 ? "ERROR" : n === 4 ? "WARN" : n <= 6 ? "INFO" : "DEBUG";
}

export function levelOfValue(value: unknown): LogLevel | undefined {
  if (typeof value === "number") return numericLevel(value);
  if (typeof value !== "string") return undefined;
  if (/^\d+$/.test(value)) return numericLevel(Number(value));
  return levelOfToken(value) ?? (value.length === 1 ? undefined : levelOfToken(value.toUpperCase()));
}

export function timeOfValue(value: unknown): string | undefined {
  if (typeof value === "number" || (typeof value === "string" && /^\d{10,19}(\.\d+)?$/.test(value))) {
    const n = Number(value);
    // Seconds, milliseconds or microseconds since the epoch (journald uses microseconds).
    const ms = n > 1e14 ? n / 1000 : n > 1e11 ? n : n * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (typeof value !== "string" || value.length > 64) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function pick(
  fields: RecordFields,
  keys: string[],
): { key: string; value: string | number | boolean } | undefined {
  for (const key of keys) {
    const value = fields[key];
    if (value !== undefined && value !== "" && value !== "{…}" && value !== "[…]") return { key, value };
  }
  return undefined;
}

/** Lines of a message, escaped newlines made real; carriage returns dropped. */
function linesOfValue(value: string): string {
  return value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
}

/**
 * Reads a structured object (flattened fields) as a line: message, level, time, access columns, subject.
 * Used for JSON lines and logfmt alike.
 */
export function structuredLine(fields: RecordFields): StructuredLine {
  const used = new Set<string>();
  const levelField = pick(fields, LEVEL_KEYS);
  const timeField = pick(fields, TIME_KEYS);
  const messageField = pick(fields, MESSAGE_KEYS);
  const stackField = pick(fields, STACK_KEYS);
  const access = accessFromJson(fields);
  for (const f of [levelField, timeField, messageField, stackField]) if (f) used.add(f.key);
  const rest = renderFields(fields, used);
  let message: string;
  let text: string;
  if (messageField) {
    message = linesOfValue(String(messageField.value)).replace(/\n+$/, "");
    text = rest === "" ? message : insertAfterFirstLine(message, rest);
  } else {
    // No message field: the object itself, as key=value pairs (never the raw JSON, never re-parsed).
    message = rest;
    text = rest;
  }
  if (stackField && typeof stackField.value === "string" && stackField.value.includes("\n")) {
    const stack = linesOfValue(stackField.value).replace(/\n+$/, "");
    text = stack.startsWith(message)
      ? `${text}\n${stack.slice(message.length).replace(/^\n/, "")}`
      : `${text}\n${stack}`;
  }
  const out: StructuredLine = { message, text, fields };
  const level = levelOfValue(levelField?.value) ?? access?.level;
  if (level) out.level = level;
  const time = timeOfValue(timeField?.value);
  if (time) out.time = time;
  if (access) {
    out.kind = "access";
    out.fields = { ...fields, ...access.fields };
  }
  const subject = subjectOf(fields);
  if (subject) out.subject = subject;
  return out;
}

/** `first line key=value\nrest of the lines`: fields stay on the message's line, a trace below it. */
function insertAfterFirstLine(message: string, rest: string): string {
  const newline = message.indexOf("\n");
  return newline < 0 ? `${message} ${rest}` : `${message.slice(0, newline)} ${rest}${message.slice(newline)}`;
}

/** The structured reading of a JSON object line; undefined when the line is not one. */
export function parseJsonLine(line: string): JsonLine | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    // Brace-wrapped text that is not JSON is an ordinary line, read as such; so is one too deep to parse.
    if (error instanceof SyntaxError || error instanceof RangeError) return undefined;
    throw error;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const object = parsed as Record<string, unknown>;
  // Docker's json-file driver: {"log":"line\n","stream":"stderr","time":"…"}; the line is the record.
  if (typeof object.log === "string" && (object.stream !== undefined || object.time !== undefined)) {
    const log = object.log;
    const partial = !log.endsWith("\n");
    const envelope: NonNullable<JsonLine["envelope"]> = { log: log.replace(/\r?\n$/, ""), partial };
    const time = timeOfValue(object.time);
    if (time) envelope.time = time;
    if (typeof object.stream === "string") envelope.stream = object.stream;
    return { message: envelope.log, text: envelope.log, envelope };
  }
  return structuredLine(flattenFields(object));
}
