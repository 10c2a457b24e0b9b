import type { LogLevel } from "../../core/log-summary.js";
import { levelOfToken } from "./header.js";

/** What a JSON log line (bunyan, pino, zap, logrus, journald's `-o json`, Docker) says in its fields. */
export interface JsonLine {
  message: string;
  level?: LogLevel;
  time?: string;
}

const MESSAGE_KEYS = ["message", "msg", "MESSAGE", "log", "text", "event"];
const LEVEL_KEYS = ["level", "severity", "lvl", "loglevel", "log.level", "levelname", "PRIORITY"];
const TIME_KEYS = ["time", "timestamp", "ts", "@timestamp", "datetime", "date", "__REALTIME_TIMESTAMP"];

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

function levelOf(value: unknown): LogLevel | undefined {
  if (typeof value === "number") return numericLevel(value);
  if (typeof value !== "string") return undefined;
  if (/^\d+$/.test(value)) return numericLevel(Number(value));
  return levelOfToken(value) ?? (value.length === 1 ? undefined : levelOfToken(value.toUpperCase()));
}

function timeOf(value: unknown): string | undefined {
  if (typeof value === "number" || (typeof value === "string" && /^\d{10,19}(\.\d+)?$/.test(value))) {
    const n = Number(value);
    // Seconds, milliseconds or microseconds since the epoch (journald uses microseconds).
    const ms = n > 1e14 ? n / 1000 : n > 1e11 ? n : n * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (typeof value !== "string") return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function pick(object: Record<string, unknown>, keys: string[]): unknown {
  for (const key of keys) if (object[key] !== undefined) return object[key];
  return undefined;
}

/** The message, level and time of a JSON object line; undefined when the line is not one. */
export function parseJsonLine(line: string): JsonLine | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    // Brace-wrapped text that is not JSON is an ordinary line, read as such.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const object = parsed as Record<string, unknown>;
  const raw = pick(object, MESSAGE_KEYS);
  const message = typeof raw === "string" ? raw : raw === undefined ? trimmed : JSON.stringify(raw);
  const result: JsonLine = { message };
  const level = levelOf(pick(object, LEVEL_KEYS));
  if (level) result.level = level;
  const time = timeOf(pick(object, TIME_KEYS));
  if (time) result.time = time;
  return result;
}
