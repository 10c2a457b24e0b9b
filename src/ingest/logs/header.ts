import type { LogLevel } from "../../core/log-summary.js";

/**
 * Where a line's message starts, past the header (timestamp, host, level, component, pid) that log
 * formats put in front of it. No per-format settings: the header ends after a level word and the
 * component that follows it, or after a `name[pid]:` / `name:` tag, or at a ` - ` separator.
 */

const LEVEL_WORDS: Record<string, LogLevel> = {
  TRACE: "TRACE",
  FINEST: "TRACE",
  FINER: "TRACE",
  VERBOSE: "TRACE",
  DEBUG: "DEBUG",
  FINE: "DEBUG",
  DBG: "DEBUG",
  INFO: "INFO",
  INFORMATION: "INFO",
  NOTICE: "INFO",
  WARN: "WARN",
  WARNING: "WARN",
  ERROR: "ERROR",
  ERR: "ERROR",
  SEVERE: "ERROR",
  FAILURE: "ERROR",
  CRITICAL: "FATAL",
  CRIT: "FATAL",
  FATAL: "FATAL",
  ALERT: "FATAL",
  EMERG: "FATAL",
  EMERGENCY: "FATAL",
  PANIC: "FATAL",
};

/** logcat-style one-letter levels, trusted only right after a numeric field (pid, tid). */
const LETTER_LEVELS: Record<string, LogLevel> = {
  V: "TRACE",
  D: "DEBUG",
  I: "INFO",
  W: "WARN",
  E: "ERROR",
  F: "FATAL",
};

interface Token {
  start: number;
  end: number;
  /** Spaces after the token: two or more mean padded columns, a header trait. */
  gap: number;
}

const HEADER_TOKENS = 16;

function headTokens(line: string, from: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  const n = Math.min(line.length, from + 400);
  while (i < n && tokens.length < HEADER_TOKENS) {
    while (i < n && (line[i] === " " || line[i] === "\t")) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && line[i] !== " " && line[i] !== "\t") i++;
    let gap = 0;
    while (i + gap < n && (line[i + gap] === " " || line[i + gap] === "\t")) gap++;
    tokens.push({ start, end: i, gap });
  }
  return tokens;
}

/** The level named by one header token (`INFO`, `[error]`, `<warn>`, `WARN:`), if any. */
export function levelOfToken(token: string): LogLevel | undefined {
  const word = token.replace(/^[[<(]+|[\]>):,]+$/g, "");
  if (word.length < 3 || word.length > 11) return undefined;
  return LEVEL_WORDS[word.toUpperCase()];
}

const OPENERS = new Set([91, 60, 40]); // [ < (
const CLOSERS = new Set([93, 62, 41, 58, 44]); // ] > ) : ,

/** The level a header token names, read by offsets: most header tokens are numbers and fail fast. */
function levelAt(line: string, start: number, end: number): LogLevel | undefined {
  let a = start;
  let b = end;
  while (a < b && OPENERS.has(line.charCodeAt(a))) a++;
  while (b > a && CLOSERS.has(line.charCodeAt(b - 1))) b--;
  if (b - a < 3 || b - a > 11) return undefined;
  const c = line.charCodeAt(a) | 32;
  if (c < 97 || c > 122) return undefined;
  return LEVEL_WORDS[line.slice(a, b).toUpperCase()];
}

function isDigits(line: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return end > start;
}

function findLevel(line: string, tokens: Token[]): { index: number; level: LogLevel } | undefined {
  for (let k = 0; k < Math.min(tokens.length, 8); k++) {
    const t = tokens[k]!;
    const level = levelAt(line, t.start, t.end);
    if (level) return { index: k, level };
    const prev = k > 0 ? tokens[k - 1]! : undefined;
    if (t.end - t.start === 1 && prev && isDigits(line, prev.start, prev.end)) {
      const letter = LETTER_LEVELS[line[t.start]!];
      if (letter) return { index: k, level: letter };
    }
  }
  return undefined;
}

/** Index of the token after a bracketed group that starts at token k (the group may hold spaces). */
function skipBracket(line: string, tokens: Token[], k: number): number {
  let depth = 0;
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j]!;
    for (let c = t.start; c < t.end; c++) {
      if (line[c] === "[") depth++;
      else if (line[c] === "]") depth--;
    }
    if (depth <= 0) return j + 1;
  }
  return k + 1;
}

/** After the level: an optional component, a bracketed context, then `:` or ` - `. */
function pastComponent(line: string, tokens: Token[], k: number): number {
  let i = k;
  for (let step = 0; step < 3 && i < tokens.length; step++) {
    const t = tokens[i]!;
    const text = line.slice(t.start, t.end);
    if (text === "-" || text.endsWith(":")) return i + 1;
    if (text.startsWith("[")) {
      i = skipBracket(line, tokens, i);
      continue;
    }
    const next = tokens[i + 1];
    const nextText = next ? line.slice(next.start, next.end) : "";
    if (step === 0 && (t.gap >= 2 || nextText.startsWith("[") || nextText === "-")) {
      i++;
      continue;
    }
    return i;
  }
  return i;
}

/** A syslog-style tag (`sshd[42]:`, `kernel:`) or a ` - ` separator near the start. */
function pastTag(line: string, tokens: Token[]): number {
  for (let k = 0; k < Math.min(tokens.length, 4); k++) {
    const t = tokens[k]!;
    const text = line.slice(t.start, t.end);
    if (text === "-" && k > 0) return k + 1;
    if (text.length > 1 && text.endsWith(":") && /^[\w./()[\]-]+:$/.test(text)) return k + 1;
  }
  return 0;
}

function firstWordStart(line: string, tokens: Token[], level: number): number {
  for (let k = level - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (isDigits(line, t.start, t.end)) return tokens[k + 1]!.start;
  }
  return tokens[0]!.start;
}

export interface Header {
  /** Offset of the message in the line. */
  bodyStart: number;
  level: LogLevel | undefined;
}

/**
 * Splits the header from the message. `from` is where the header's timestamp ended (0 when none was
 * found): without a timestamp only a leading level is trusted, since a tag-like word may be message.
 */
export function splitHeader(line: string, from: number, hasTimestamp: boolean): Header {
  const tokens = headTokens(line, from);
  const found = findLevel(line, tokens);
  if (found) {
    if (!hasTimestamp && found.index > 1) return { bodyStart: from, level: found.level };
    const k = pastComponent(line, tokens, found.index + 1);
    if (k < tokens.length) return { bodyStart: tokens[k]!.start, level: found.level };
    // Nothing after the level: the level word is the message (`1 warning`, `1 Link error`), so the
    // message starts after the last numeric column before it, or lines of different words would
    // all share one empty message.
    return { bodyStart: firstWordStart(line, tokens, found.index), level: found.level };
  }
  if (!hasTimestamp) return { bodyStart: from, level: undefined };
  const k = pastTag(line, tokens);
  return { bodyStart: k === 0 ? from : k < tokens.length ? tokens[k]!.start : line.length, level: undefined };
}
