import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-UOHJ52NF.js";

// src/ingest/logs/reader.ts
import { isAscii } from "node:buffer";
import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createGunzip } from "node:zlib";

// src/ingest/logs/header.ts
var LEVEL_WORDS = {
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
  PANIC: "FATAL"
};
var LETTER_LEVELS = {
  V: "TRACE",
  D: "DEBUG",
  I: "INFO",
  W: "WARN",
  E: "ERROR",
  F: "FATAL"
};
var HEADER_TOKENS = 16;
function headTokens(line, from) {
  const tokens = [];
  let i = from;
  const n = Math.min(line.length, from + 400);
  while (i < n && tokens.length < HEADER_TOKENS) {
    while (i < n && (line[i] === " " || line[i] === "	")) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && line[i] !== " " && line[i] !== "	") i++;
    let gap = 0;
    while (i + gap < n && (line[i + gap] === " " || line[i + gap] === "	")) gap++;
    tokens.push({ start, end: i, gap });
  }
  return tokens;
}
function levelOfToken(token) {
  const word = token.replace(/^[[<(]+|[\]>):,]+$/g, "");
  if (word.length < 3 || word.length > 11) return void 0;
  return LEVEL_WORDS[word.toUpperCase()];
}
var OPENERS = /* @__PURE__ */ new Set([91, 60, 40]);
var CLOSERS = /* @__PURE__ */ new Set([93, 62, 41, 58, 44]);
function levelAt(line, start, end) {
  let a = start;
  let b = end;
  while (a < b && OPENERS.has(line.charCodeAt(a))) a++;
  while (b > a && CLOSERS.has(line.charCodeAt(b - 1))) b--;
  if (b - a < 3 || b - a > 11) return void 0;
  const c = line.charCodeAt(a) | 32;
  if (c < 97 || c > 122) return void 0;
  return LEVEL_WORDS[line.slice(a, b).toUpperCase()];
}
function isDigits(line, start, end) {
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return end > start;
}
function findLevel(line, tokens) {
  for (let k = 0; k < Math.min(tokens.length, 8); k++) {
    const t = tokens[k];
    const level = levelAt(line, t.start, t.end);
    if (level) return { index: k, level };
    const prev = k > 0 ? tokens[k - 1] : void 0;
    if (t.end - t.start === 1 && prev && isDigits(line, prev.start, prev.end)) {
      const letter = LETTER_LEVELS[line[t.start]];
      if (letter) return { index: k, level: letter };
    }
  }
  return void 0;
}
function skipBracket(line, tokens, k) {
  let depth = 0;
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j];
    for (let c = t.start; c < t.end; c++) {
      if (line[c] === "[") depth++;
      else if (line[c] === "]") depth--;
    }
    if (depth <= 0) return j + 1;
  }
  return k + 1;
}
function pastComponent(line, tokens, k) {
  let i = k;
  for (let step = 0; step < 3 && i < tokens.length; step++) {
    const t = tokens[i];
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
function pastTag(line, tokens) {
  for (let k = 0; k < Math.min(tokens.length, 4); k++) {
    const t = tokens[k];
    const text = line.slice(t.start, t.end);
    if (text === "-" && k > 0) return k + 1;
    if (text.length > 1 && text.endsWith(":") && /^[\w./()[\]-]+:$/.test(text)) return k + 1;
  }
  return 0;
}
function splitHeader(line, from, hasTimestamp) {
  const tokens = headTokens(line, from);
  const found = findLevel(line, tokens);
  if (found) {
    if (!hasTimestamp && found.index > 1) return { bodyStart: from, level: found.level };
    const k2 = pastComponent(line, tokens, found.index + 1);
    return { bodyStart: k2 < tokens.length ? tokens[k2].start : line.length, level: found.level };
  }
  if (!hasTimestamp) return { bodyStart: from, level: void 0 };
  const k = pastTag(line, tokens);
  return { bodyStart: k === 0 ? from : k < tokens.length ? tokens[k].start : line.length, level: void 0 };
}

// src/ingest/logs/json-line.ts
var MESSAGE_KEYS = ["message", "msg", "MESSAGE", "log", "text", "event"];
var LEVEL_KEYS = ["level", "severity", "lvl", "loglevel", "log.level", "levelname", "PRIORITY"];
var TIME_KEYS = ["time", "timestamp", "ts", "@timestamp", "datetime", "date", "__REALTIME_TIMESTAMP"];
function numericLevel(n) {
  if (n >= 10)
    return n >= 60 ? "FATAL" : n >= 50 ? "ERROR" : n >= 40 ? "WARN" : n >= 30 ? "INFO" : n >= 20 ? "DEBUG" : "TRACE";
  return n <= 2 ? "FATAL" : n === 3 ? "ERROR" : n === 4 ? "WARN" : n <= 6 ? "INFO" : "DEBUG";
}
function levelOf(value) {
  if (typeof value === "number") return numericLevel(value);
  if (typeof value !== "string") return void 0;
  if (/^\d+$/.test(value)) return numericLevel(Number(value));
  return levelOfToken(value) ?? (value.length === 1 ? void 0 : levelOfToken(value.toUpperCase()));
}
function timeOf(value) {
  if (typeof value === "number" || typeof value === "string" && /^\d{10,19}(\.\d+)?$/.test(value)) {
    const n = Number(value);
    const ms2 = n > 1e14 ? n / 1e3 : n > 1e11 ? n : n * 1e3;
    const date = new Date(ms2);
    return Number.isNaN(date.getTime()) ? void 0 : date.toISOString();
  }
  if (typeof value !== "string") return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : new Date(ms).toISOString();
}
function pick(object, keys) {
  for (const key of keys) if (object[key] !== void 0) return object[key];
  return void 0;
}
function parseJsonLine(line) {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    if (error instanceof SyntaxError) return void 0;
    throw error;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return void 0;
  const object = parsed;
  const raw = pick(object, MESSAGE_KEYS);
  const message = typeof raw === "string" ? raw : raw === void 0 ? trimmed : JSON.stringify(raw);
  const result = { message };
  const level = levelOf(pick(object, LEVEL_KEYS));
  if (level) result.level = level;
  const time = timeOf(pick(object, TIME_KEYS));
  if (time) result.time = time;
  return result;
}

// src/ingest/logs/timestamp.ts
var MONTHS = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12
};
var MON = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
var DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
var num = (s) => Number(s ?? "0");
var twoDigitYear = (s) => 2e3 + num(s);
var PATTERNS = [
  {
    // ISO 8601 and its relatives: log4j/logback commas, nginx error slashes, BGL's dashes and dots.
    name: "iso",
    regex: /(\d{4})[-/.](\d{2})[-/.](\d{2})[T _-](\d{2})[:.](\d{2})[:.](\d{2})(?:[.,:](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?/,
    parts: (m) => ({
      y: num(m[1]),
      mo: num(m[2]),
      d: num(m[3]),
      h: m[4],
      mi: m[5],
      s: m[6],
      frac: m[7],
      zone: m[8]
    })
  },
  {
    name: "apache",
    regex: new RegExp(`${DAY} ${MON} +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))? (\\d{4})`),
    parts: (m) => ({
      y: num(m[7]),
      mo: MONTHS[m[1]],
      d: num(m[2]),
      h: m[3],
      mi: m[4],
      s: m[5],
      frac: m[6]
    })
  },
  {
    // Common log format (Apache/nginx access logs): 10/Oct/2000:13:55:36 -0700
    name: "clf",
    regex: new RegExp(`(\\d{2})/${MON}/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2})(?: ([+-]\\d{4}))?`),
    parts: (m) => ({
      y: num(m[3]),
      mo: MONTHS[m[2]],
      d: num(m[1]),
      h: m[4],
      mi: m[5],
      s: m[6],
      zone: m[7]
    })
  },
  {
    // syslog and journald's short format have no year: the caller supplies one.
    name: "syslog",
    regex: new RegExp(`${MON} +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?`),
    parts: (m, year) => ({
      y: year,
      mo: MONTHS[m[1]],
      d: num(m[2]),
      h: m[3],
      mi: m[4],
      s: m[5],
      frac: m[6]
    })
  },
  {
    // glog/klog: I1124 03:00:00.123456
    name: "glog",
    regex: /^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6})/,
    parts: (m, year) => ({ y: year, mo: num(m[1]), d: num(m[2]), h: m[3], mi: m[4], s: m[5], frac: m[6] })
  },
  {
    name: "compact-dash",
    regex: /(\d{4})(\d{2})(\d{2})-(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[:.](\d{1,6}))?/,
    parts: (m) => ({ y: num(m[1]), mo: num(m[2]), d: num(m[3]), h: m[4], mi: m[5], s: m[6], frac: m[7] })
  },
  {
    name: "yy/mm/dd",
    regex: /^(\d{2})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})/,
    parts: (m) => ({ y: twoDigitYear(m[1]), mo: num(m[2]), d: num(m[3]), h: m[4], mi: m[5], s: m[6] })
  },
  {
    name: "yymmdd",
    regex: /^(\d{2})(\d{2})(\d{2}) (\d{2})(\d{2})(\d{2})\b/,
    parts: (m) => ({ y: twoDigitYear(m[1]), mo: num(m[2]), d: num(m[3]), h: m[4], mi: m[5], s: m[6] })
  },
  {
    // Android logcat and other month-day forms: 03-17 16:13:38.811, [10.30 16:49:06]
    name: "mm-dd",
    regex: /^\[?(\d{2})[-.](\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?/,
    parts: (m, year) => ({ y: year, mo: num(m[1]), d: num(m[2]), h: m[3], mi: m[4], s: m[5], frac: m[6] })
  },
  {
    // Unix seconds in a header column (2001-2033); tried last, since bare numbers are often not times.
    name: "epoch",
    regex: /(?:^|\s)(1[0-9]{9})(?:\.(\d{1,6}))?(?=\s)/,
    parts: (m) => {
      const d = new Date(Number(m[1]) * 1e3);
      const two = (n) => String(n).padStart(2, "0");
      return {
        y: d.getUTCFullYear(),
        mo: d.getUTCMonth() + 1,
        d: d.getUTCDate(),
        h: two(d.getUTCHours()),
        mi: two(d.getUTCMinutes()),
        s: two(d.getUTCSeconds()),
        frac: m[2]
      };
    }
  }
];
var EPOCH = PATTERNS.length - 1;
var YEARLESS = new Set(
  ["syslog", "glog", "mm-dd"].map((name) => PATTERNS.findIndex((p) => p.name === name))
);
function isYearless(pattern) {
  return YEARLESS.has(pattern);
}
var SEARCH_WINDOW = 80;
function pad(n) {
  return String(n).padStart(2, "0");
}
function toIso(p) {
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || Number(p.h) > 23 || Number(p.mi) > 59) return void 0;
  const frac = p.frac ? `.${p.frac.slice(0, 3).padEnd(3, "0")}` : "";
  let zone = p.zone ?? "Z";
  if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${frac}${zone}`;
}
var lastText = "";
var lastPattern = -1;
var lastYear = 0;
var lastIso;
function cachedIso(m, pattern, year) {
  if (m[0] !== lastText || pattern !== lastPattern || year !== lastYear) {
    lastText = m[0];
    lastPattern = pattern;
    lastYear = year;
    lastIso = toIso(PATTERNS[pattern].parts(m, year));
  }
  return lastIso;
}
var otherHint = -1;
function tryPattern(index, head, year, withIso) {
  const pattern = PATTERNS[index];
  const m = pattern.regex.exec(head);
  if (!m) return void 0;
  if (!withIso) return { iso: "", start: m.index, end: m.index + m[0].length, pattern: index };
  const iso2 = cachedIso(m, index, year);
  if (!iso2) return void 0;
  return { iso: iso2, start: m.index, end: m.index + m[0].length, pattern: index };
}
function findTimestamp(line, year, hint = -1, withIso = true) {
  const head = line.length > SEARCH_WINDOW + 40 ? line.slice(0, SEARCH_WINDOW + 40) : line;
  if (hint >= 0) {
    const found = tryPattern(hint, head, year, withIso);
    if (found && found.start <= SEARCH_WINDOW) return found;
    if (otherHint >= 0 && otherHint !== hint) {
      const other = tryPattern(otherHint, head, year, withIso);
      if (other && other.start <= SEARCH_WINDOW) {
        otherHint = hint;
        return other;
      }
    }
  }
  let best;
  if (hint >= 0) otherHint = hint;
  for (let i = 0; i < PATTERNS.length; i++) {
    if (i === hint) continue;
    const found = tryPattern(i, head, year, withIso);
    if (!found || found.start > SEARCH_WINDOW) continue;
    if (!best || (best.pattern === EPOCH ? i !== EPOCH || found.start < best.start : found.start < best.start && i !== EPOCH))
      best = found;
  }
  return best;
}

// src/ingest/logs/tokenize.ts
var WILDCARD = "<*>";
var SPLITS = new Uint8Array(128);
for (const ch of `=[](){},;|"'`) SPLITS[ch.charCodeAt(0)] = 1;
var PLAIN = 0;
var SPACE = 1;
var SPLIT = 2;
var DIGIT = 3;
var CLASS = new Uint8Array(65536);
for (const code of [32, 9, 10, 11, 12, 13]) CLASS[code] = SPACE;
for (let code = 0; code < 128; code++) if (SPLITS[code] === 1) CLASS[code] = SPLIT;
for (let code = 48; code <= 57; code++) CLASS[code] = DIGIT;
var MAX_CHARS = 4096;
var CALENDAR = new Set(
  "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun".split(" ")
);
function isLetter(code) {
  const c = code | 32;
  return c >= 97 && c <= 122;
}
function isVariablePart(text, start, end, digits) {
  if (digits === 0) {
    if (end - start !== 3) return false;
    const c = text.charCodeAt(start);
    return c >= 65 && c <= 90 && CALENDAR.has(text.slice(start, end));
  }
  if (digits > 1) return true;
  if (!(isLetter(text.charCodeAt(start)) && isLetter(text.charCodeAt(start + 1)))) return true;
  for (let i = start + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !(c >= 48 && c <= 57)) return true;
  }
  return false;
}
function maskKey(line, from = 0, to = line.length) {
  const end = Math.min(to, from + MAX_CHARS);
  let out = "";
  let span = -1;
  let partStart = -1;
  let digits = 0;
  let tokens = 0;
  for (let i = from; i <= end; i++) {
    const code = i < end ? line.charCodeAt(i) : 32;
    const space = code === 32 || code === 9 || code === 13 || code === 10 || code === 11 || code === 12;
    const split = code < 128 && SPLITS[code] === 1;
    if (partStart >= 0 && (space || split)) {
      if (isVariablePart(line, partStart, i, digits)) {
        out += line.slice(span, partStart) + WILDCARD;
        span = i;
      }
      partStart = -1;
    }
    if (space) {
      if (span >= 0) {
        out += line.slice(span, i);
        span = -1;
      }
      continue;
    }
    if (span < 0) {
      if (tokens++ > 0) out += " ";
      span = i;
    }
    if (split) continue;
    if (partStart < 0) {
      partStart = i;
      digits = 0;
    }
    if (code >= 48 && code <= 57) digits++;
  }
  return out;
}
function maskTokens(line, from = 0) {
  const key = maskKey(line, from);
  return key === "" ? [] : key.split(" ");
}
var WILDCARD_CODE = 2767934;
var P2 = 16777619 ^ 739982445;
var HASH_HIGH = new Int32Array(1);
function maskHash(line, from = 0, to = line.length) {
  const end = Math.min(to, from + MAX_CHARS);
  let h1 = 2166136261 | 0;
  let h2 = 2166136261 ^ 1540483477 | 0;
  let tokens = 0;
  let i = from;
  while (i < end) {
    let code = line.charCodeAt(i);
    let cls = CLASS[code];
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (tokens++ > 0) {
      h1 = Math.imul(h1 ^ 32, 16777619);
      h2 = Math.imul(h2 ^ 32, P2);
    }
    while (cls !== SPACE) {
      if (cls === SPLIT) {
        h1 = Math.imul(h1 ^ code, 16777619);
        h2 = Math.imul(h2 ^ code, P2);
        if (++i >= end) break;
        code = line.charCodeAt(i);
        cls = CLASS[code];
        continue;
      }
      const partStart = i;
      const saved1 = h1;
      const saved2 = h2;
      let digits = 0;
      do {
        if (cls === DIGIT) digits++;
        h1 = Math.imul(h1 ^ code, 16777619);
        h2 = Math.imul(h2 ^ code, P2);
        if (++i >= end) break;
        code = line.charCodeAt(i);
        cls = CLASS[code];
      } while (cls === PLAIN || cls === DIGIT);
      if ((digits > 0 || i - partStart === 3) && isVariablePart(line, partStart, i, digits)) {
        h1 = Math.imul(saved1 ^ WILDCARD_CODE, 16777619);
        h2 = Math.imul(saved2 ^ WILDCARD_CODE, P2);
      }
      if (i >= end) break;
    }
  }
  HASH_HIGH[0] = h2;
  return h1 & 1073741823;
}

// src/ingest/logs/records.ts
var MAX_RECORD_LINES = 200;
var MAX_RECORD_CHARS = 32e3;
var MAX_LINE_CHARS = 16e3;
var CONTINUATION = /^(?:Caused by:|Suppressed:|\.\.\. \d+ (?:more|common frames omitted)|goroutine \d+ \[|created by |note: run with|stack backtrace:|During handling of the above exception|The above exception was the direct cause|Node\.js v\d)/;
var EXCEPTION_LINE = /^(?:[A-Za-z_][\w.$]*)?(?:Error|Exception|Exit|Interrupt|Warning|Throwable)\b/;
var GO_FRAME = /^[\w./*-]+\.[\w.*()$-]+\(.*\)$/;
var TRACE_OPENER = /^(?:Traceback \(most recent call last\)|panic: |fatal error: |thread '.*' panicked at|goroutine \d+ \[)/;
var SHAPE_CACHE = 1e5;
var GLOG_LEVELS = { I: "INFO", W: "WARN", E: "ERROR", F: "FATAL" };
var LEVEL_RANK = {
  UNKNOWN: 0,
  TRACE: 1,
  DEBUG: 2,
  INFO: 3,
  WARN: 4,
  ERROR: 5,
  FATAL: 6
};
function levelRank(level) {
  return LEVEL_RANK[level];
}
function guessLevel(body) {
  if (/\b(?:fatal|panic|panicked|emergency|critical)\b/i.test(body)) return "FATAL";
  if (/\b(?:error|exception|traceback|errno|segfault)\b/i.test(body)) return "ERROR";
  if (/\b(?:warn|warning|fail|failed|failure|denied|refused|timeout|timed out|unable)\b/i.test(body))
    return "WARN";
  return "UNKNOWN";
}
function isContinuation(line, current) {
  const c = line.charCodeAt(0);
  if (c === 32 || c === 9) return true;
  if (CONTINUATION.test(line)) return true;
  if (current.time !== void 0) return true;
  const traced = current.lines.length > 1 || TRACE_OPENER.test(current.first);
  if (traced && (EXCEPTION_LINE.test(line) || GO_FRAME.test(line))) return true;
  return current.lines.length === 1 && /panicked at/.test(current.first);
}
function isBlank(line) {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
function createRecordAssembler(file, year, now = Date.now()) {
  const futureLimit = now + 2 * 864e5;
  let current;
  let hint = -1;
  const finish = () => {
    if (!current) return void 0;
    const b = current;
    current = void 0;
    const text = b.lines.length === 1 ? b.first : b.lines.join("\n");
    let level = b.level ?? guessLevel(b.message ?? b.first);
    if (b.lines.length > 1 && levelRank(level) < LEVEL_RANK.ERROR && EXCEPTION_LINE.test(b.lines.at(-1) ?? "")) {
      level = "ERROR";
    }
    const record = {
      file,
      line: b.line,
      endLine: b.endLine,
      text,
      level
    };
    if (b.shape !== void 0) record.shape = b.shape;
    if (b.time !== void 0) record.time = b.time;
    if (b.message !== void 0) record.message = b.message;
    return record;
  };
  let levels = /* @__PURE__ */ new Map();
  const levelOf2 = (line, shape, ts) => {
    const known = levels.get(shape.low);
    let level = known?.high === shape.high ? known.level : void 0;
    if (level === void 0) {
      const header = splitHeader(line, ts ? ts.end : 0, ts !== void 0);
      const glog = ts && ts.start === 0 && /^[IWEF]\d{4} /.test(line) ? GLOG_LEVELS[line[0]] : void 0;
      level = glog ?? header.level ?? guessLevel(line.slice(header.bodyStart));
      if (levels.size >= SHAPE_CACHE) levels = /* @__PURE__ */ new Map();
      levels.set(shape.low, { high: shape.high, level });
    }
    return level;
  };
  const start = (line, lineNo, ts) => {
    if (ts) hint = ts.pattern;
    const shape = { low: maskHash(line), high: HASH_HIGH[0] };
    current = {
      first: line,
      lines: [line],
      chars: line.length,
      line: lineNo,
      endLine: lineNo,
      shape,
      level: levelOf2(line, shape, ts),
      time: ts?.iso,
      blanks: 0
    };
  };
  return {
    push(raw, lineNo) {
      const line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
      if (isBlank(line)) {
        if (current) current.blanks++;
        return void 0;
      }
      const c = line.charCodeAt(0);
      const json = c === 123 ? parseJsonLine(line) : void 0;
      if (json) {
        const done2 = finish();
        current = {
          first: line,
          lines: [line],
          chars: line.length,
          line: lineNo,
          endLine: lineNo,
          shape: void 0,
          level: json.level,
          time: json.time,
          blanks: 0,
          message: json.message
        };
        return done2;
      }
      let ts = c === 32 || c === 9 ? void 0 : findTimestamp(line, year, hint);
      if (ts && isYearless(ts.pattern) && Date.parse(ts.iso) > futureLimit)
        ts = findTimestamp(line, year - 1, ts.pattern);
      const opens = ts !== void 0;
      if (current && !opens && isContinuation(line, current)) {
        const b = current;
        if (b.lines.length < MAX_RECORD_LINES && b.chars < MAX_RECORD_CHARS) {
          for (let i = 0; i < b.blanks; i++) b.lines.push("");
          b.lines.push(line);
          b.chars += line.length;
        }
        b.blanks = 0;
        b.endLine = lineNo;
        return void 0;
      }
      const done = finish();
      start(line, lineNo, ts);
      return done;
    },
    flush: finish
  };
}

// src/ingest/logs/reader.ts
async function expandInputs(inputs, displayNames = {}) {
  if (inputs === "-") return [{ path: "-", display: "-", bytes: 0 }];
  if (inputs.length === 0) throw new UsageError("no log files given");
  const out = [];
  for (const input of inputs) {
    if (input === "-") {
      out.push({ path: "-", display: "-", bytes: 0 });
      continue;
    }
    const absolute = resolve(input);
    await collect(absolute, displayNames[absolute] ?? input, displayNames, out);
  }
  return out;
}
async function collect(path, display, names, out) {
  const info = await stat(path).catch((error) => {
    throw new UsageError(
      `${display}: ${error.code === "ENOENT" ? "no such file or directory" : error.message}`,
      {
        cause: error
      }
    );
  });
  if (info.isFile()) {
    out.push({ path, display, bytes: info.size });
    return;
  }
  if (!info.isDirectory()) throw new UsageError(`${display}: not a regular file or directory`);
  const entries = await readdir(path, { withFileTypes: true }).catch((error) => {
    throw new UsageError(`${display}: cannot read directory (${error.code ?? error.message})`, {
      cause: error
    });
  });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isDirectory()) continue;
    const child = join(path, entry.name);
    await collect(child, names[child] ?? join(display, entry.name), names, out);
  }
}
async function isGzip(path) {
  const handle = await open(path, "r");
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 31 && buffer[1] === 139;
  } finally {
    await handle.close();
  }
}
async function openText(input, options) {
  if (input.path === "-") {
    const stdin = options.stdin ?? process.stdin;
    return { stream: stdin, rawBytes: () => -1 };
  }
  const file = createReadStream(input.path, { highWaterMark: 1 << 20 });
  if (!await isGzip(input.path)) return { stream: file, rawBytes: () => file.bytesRead };
  const gunzip = createGunzip();
  file.on("error", (error) => gunzip.destroy(error));
  return { stream: file.pipe(gunzip), rawBytes: () => file.bytesRead };
}
function looksBinary(text) {
  return text.slice(0, 8192).includes("\0");
}
async function* linesOf(input, options, onBytes) {
  const { stream, rawBytes } = await openText(input, options);
  const decoder = new TextDecoder("utf-8");
  let ascii = true;
  let rest = "";
  let first = true;
  try {
    for await (const chunk of stream) {
      options.signal?.throwIfAborted();
      const raw = rawBytes();
      onBytes(raw >= 0 ? raw : chunk.length);
      let text;
      if (typeof chunk === "string") text = chunk;
      else if (ascii && isAscii(chunk)) text = chunk.toString("latin1");
      else {
        ascii = false;
        text = decoder.decode(chunk, { stream: true });
      }
      if (first) {
        first = false;
        if (looksBinary(text)) throw new UsageError(`${input.display}: looks like a binary file, not a log`);
      }
      const lines = text.split("\n");
      if (lines.length === 1) {
        rest += lines[0];
        continue;
      }
      lines[0] = rest + lines[0];
      rest = lines.pop() ?? "";
      yield lines;
    }
  } catch (error) {
    if (error instanceof UsageError || options.signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${input.display}: cannot read (${message})`, { cause: error });
  }
  rest += decoder.decode();
  if (rest !== "") yield [rest];
}
async function* readLogRecords(inputs, options = {}) {
  const files = await expandInputs(inputs, options.displayNames);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const now = options.now ?? Date.now();
  const year = options.year ?? new Date(now).getUTCFullYear();
  let done = 0;
  let stdinBytes = 0;
  for (const file of files) {
    const onBytes = (n) => {
      if (file.path === "-") stdinBytes += n;
      options.onProgress?.(done + (file.path === "-" ? stdinBytes : n), total);
    };
    const assembler = createRecordAssembler(
      file.display,
      year,
      options.year === void 0 ? now : Number.POSITIVE_INFINITY
    );
    let lineNo = 0;
    for await (const lines of linesOf(file, options, onBytes)) {
      for (const raw of lines) {
        lineNo++;
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        const record = assembler.push(line, lineNo);
        if (record) yield record;
      }
    }
    const last = assembler.flush();
    if (last) yield last;
    options.onFileDone?.(file, lineNo);
    done += file.bytes;
  }
}

// src/ingest/logs/consolidate.ts
var SEP = "\0";
function columnFrequencies(groups, length) {
  const columns = Array.from({ length }, () => /* @__PURE__ */ new Map());
  for (const g of groups) {
    for (let i = 0; i < length; i++) {
      const column = columns[i];
      const token = g.tokens[i];
      column.set(token, (column.get(token) ?? 0) + g.weight);
    }
  }
  return columns;
}
function commonPattern(tokens, columns) {
  const freqs = tokens.map((t, i) => t === WILDCARD ? -1 : columns[i].get(t));
  const tally = /* @__PURE__ */ new Map();
  for (const f of freqs) if (f > 0) tally.set(f, (tally.get(f) ?? 0) + 1);
  let best = -1;
  let bestCount = 0;
  for (const [f, count] of tally) {
    if (count > bestCount || count === bestCount && f > best) {
      best = f;
      bestCount = count;
    }
  }
  return freqs.map((f) => f >= best && f > 0);
}
function looksVariable(values) {
  for (const v of values) if (v.includes(WILDCARD)) return true;
  return false;
}
function splitByColumns(members, constant, variableValues) {
  const length = constant.length;
  const isVariable = [];
  for (let i = 0; i < length; i++) {
    if (constant[i]) {
      isVariable.push(false);
      continue;
    }
    const values = /* @__PURE__ */ new Set();
    for (const m of members) values.add(m.tokens[i]);
    const threshold = i === 0 ? Number.POSITIVE_INFINITY : variableValues;
    isVariable.push(values.size > 1 && (values.size >= threshold || looksVariable(values)));
  }
  const parts = /* @__PURE__ */ new Map();
  members.forEach((m, index) => {
    const key = m.tokens.map((t, i) => isVariable[i] ? WILDCARD : t).join(SEP);
    const list = parts.get(key);
    if (list) list.push(index);
    else parts.set(key, [index]);
  });
  return parts;
}
var UNIT = /^\(?(?:s|sec|secs|seconds|ms|us|ns|min|mins|B|KB|kB|MB|GB|TB|K|M|G)\)?[,;]?$/;
function normalizeTokens(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    if (prev?.includes(WILDCARD) && UNIT.test(t)) continue;
    if (t.startsWith("(") && t.includes(WILDCARD) && !t.endsWith(")")) {
      const next = tokens[i + 1];
      if (next !== void 0 && UNIT.test(next) && next.endsWith(")")) {
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
function consolidate(input, options = {}) {
  const variableValues = options.variableValues ?? 4;
  const groups = input.map((g) => ({ tokens: normalizeTokens(g.tokens), weight: g.weight }));
  const byLength = /* @__PURE__ */ new Map();
  groups.forEach((g, i) => {
    const list = byLength.get(g.tokens.length);
    if (list) list.push(i);
    else byLength.set(g.tokens.length, [i]);
  });
  const templateOf = new Array(groups.length).fill(-1);
  const templates = [];
  for (const [length, indexes] of byLength) {
    const sameLength = indexes.map((i) => groups[i]);
    const columns = columnFrequencies(sameLength, length);
    const byPattern = /* @__PURE__ */ new Map();
    for (const i of indexes) {
      const tokens = groups[i].tokens;
      const constant = commonPattern(tokens, columns);
      const key = tokens.map((t, p) => constant[p] ? t : "").join(SEP);
      const entry = byPattern.get(key);
      if (entry) entry.members.push(i);
      else byPattern.set(key, { members: [i], constant });
    }
    for (const { members, constant } of byPattern.values()) {
      const memberGroups = members.map((i) => groups[i]);
      for (const [key, parts] of splitByColumns(memberGroups, constant, variableValues)) {
        const index = templates.length;
        templates.push(length === 0 ? [] : key.split(SEP));
        for (const p of parts) templateOf[members[p]] = index;
      }
    }
  }
  return { templateOf, templates };
}

// src/ingest/logs/template-miner.ts
function coarseKey(tokens) {
  return `${tokens.length}\0${tokens[0] ?? ""}\0${tokens[1] ?? ""}`;
}
function absorb(group, tokens) {
  for (let i = 0; i < group.tokens.length; i++) {
    if (group.tokens[i] !== tokens[i]) group.tokens[i] = WILDCARD;
  }
}
var TRACEBACK = "Traceback (most recent call last)";
function firstLineEnd(text) {
  const newline = text.indexOf("\n");
  return newline < 0 ? text.length : newline;
}
function tracebackTail(text, bodyStart, lineEnd) {
  if (lineEnd === text.length || !text.startsWith(TRACEBACK, bodyStart)) return void 0;
  return maskKey(text, text.lastIndexOf("\n") + 1);
}
function messageTokens(text, bodyStart, lineEnd) {
  const key = maskKey(text, bodyStart, lineEnd);
  const tail = tracebackTail(text, bodyStart, lineEnd);
  const full = tail === void 0 ? key : `${key} ${tail}`;
  return full === "" ? [] : full.split(" ");
}
function createTemplateMiner(options = {}) {
  const maxGroups = options.maxGroups ?? 2e5;
  const groups = [];
  const groupIds = [];
  let exactCount = 0;
  const byHash = /* @__PURE__ */ new Map();
  const highOf = [];
  const spill = /* @__PURE__ */ new Map();
  const coarse = /* @__PURE__ */ new Map();
  let hint = -1;
  let merged;
  const bodyStartOf = (text, lineEnd) => {
    const line = lineEnd === text.length ? text : text.slice(0, lineEnd);
    const ts = findTimestamp(line, 2e3, hint, false);
    if (ts) hint = ts.pattern;
    return splitHeader(line, ts ? ts.end : 0, ts !== void 0).bodyStart;
  };
  const newGroup = (tokens) => {
    groups.push({ tokens: tokens.slice(), weight: 0 });
    groupIds.push(`G${groups.length - 1}`);
    merged = void 0;
    return groups.length - 1;
  };
  const place = (tokens) => {
    if (exactCount < maxGroups) {
      exactCount++;
      return newGroup(tokens);
    }
    const ck = coarseKey(tokens);
    let index = coarse.get(ck);
    if (index === void 0) {
      index = newGroup(tokens);
      coarse.set(ck, index);
    } else absorb(groups[index], tokens);
    return index;
  };
  const find = (low, high) => {
    const index = byHash.get(low);
    if (index === void 0 || highOf[index] === high) return index;
    return spill.get(`${low}:${high}`);
  };
  const remember = (low, high, index) => {
    highOf[index] = high;
    if (!byHash.has(low)) byHash.set(low, index);
    else spill.set(`${low}:${high}`, index);
  };
  const add = (text, bodyStart, shape) => {
    if (bodyStart === void 0 && text.charCodeAt(0) === 123) {
      const json = parseJsonLine(text.slice(0, firstLineEnd(text)));
      if (json) return add(json.message, json.message.length === 0 ? 0 : void 0);
    }
    const lineEnd = firstLineEnd(text);
    const traceback = lineEnd < text.length && text.includes(TRACEBACK);
    let low;
    let high;
    if (shape && !traceback) {
      low = shape.low;
      high = shape.high;
    } else {
      low = traceback ? maskHash(`${maskKey(text, 0, lineEnd)} ${maskKey(text, text.lastIndexOf("\n") + 1)}`) : maskHash(text, 0, lineEnd);
      high = HASH_HIGH[0];
    }
    let index = find(low, high);
    if (index === void 0) {
      const start = bodyStart ?? bodyStartOf(text, lineEnd);
      const exactRoom = exactCount < maxGroups;
      index = place(messageTokens(text, start, lineEnd));
      if (exactRoom) remember(low, high, index);
    }
    groups[index].weight++;
    return groupIds[index];
  };
  const merge = () => {
    if (merged) return merged;
    const { templateOf, templates } = consolidate(groups, { variableValues: options.variableValues ?? 4 });
    const order = /* @__PURE__ */ new Map();
    for (const t of templateOf) if (!order.has(t)) order.set(t, order.size);
    const ids = templates.map((_, t) => `T${(order.get(t) ?? 0) + 1}`);
    const counts = new Array(templates.length).fill(0);
    groups.forEach((g, i) => {
      counts[templateOf[i]] += g.weight;
    });
    const list = [...order.keys()].map((t) => ({
      id: ids[t],
      template: templates[t].join(" "),
      count: counts[t]
    }));
    merged = { templateOf, ids, list };
    return merged;
  };
  return {
    add,
    resolve: (groupId) => {
      const m = merge();
      const t = m.templateOf[Number(groupId.slice(1))];
      return t === void 0 ? groupId : m.ids[t];
    },
    templates: () => merge().list,
    get groupCount() {
      return groups.length;
    }
  };
}

// src/ingest/logs/template-stats.ts
var MAX_EXAMPLES = 3;
var MAX_TRACES_PER_GROUP = 5;
var FIRST_EXAMPLE_CHARS = 4e3;
var LATER_EXAMPLE_CHARS = 400;
var FRAME = /^\s*(?:at |File "|\S+\.(?:go|rs|py|js|ts|java):\d+|\d+: )/;
function traceSignature(text) {
  const lines = text.split("\n").slice(1);
  const parts = [];
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
function example(record, limit, firstLineOnly) {
  let text = firstLineOnly ? record.text.split("\n", 1)[0] : record.text;
  if (text.length > limit) text = `${text.slice(0, limit)} …`;
  return { file: record.file, line: record.line, text };
}
function seen(record) {
  return record.time === void 0 ? { file: record.file, line: record.line } : { file: record.file, line: record.line, time: record.time };
}
function location(s) {
  return s.time === void 0 ? { file: s.file, line: s.line } : { file: s.file, line: s.line, time: s.time };
}
function newGroupStats(record, order, ms) {
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
    traces: []
  };
}
function updateGroupStats(stats, record, order, ms) {
  stats.count++;
  stats.lastOrder = order;
  stats.last = record;
  if (levelRank(record.level) > levelRank(stats.level)) stats.level = record.level;
  if (ms !== void 0) {
    if (stats.firstMs === void 0 || ms < stats.firstMs) stats.firstMs = ms;
    if (stats.lastMs === void 0 || ms > stats.lastMs) stats.lastMs = ms;
    const minute = Math.floor(ms / 6e4);
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
  if (record.endLine > record.line && stats.traces.length < MAX_TRACES_PER_GROUP) {
    const signature = traceSignature(record.text);
    const known = stats.traces.some((t) => traceSignature(t.text) === signature);
    if (!known) stats.traces.push(example(record, FIRST_EXAMPLE_CHARS, false));
  }
}
function mergeGroupStats(into, from) {
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
  if (from.firstMs !== void 0 && (into.firstMs === void 0 || from.firstMs < into.firstMs)) {
    into.firstMs = from.firstMs;
  }
  if (from.lastMs !== void 0 && (into.lastMs === void 0 || from.lastMs > into.lastMs)) {
    into.lastMs = from.lastMs;
  }
  into.peakPerMinute = Math.max(into.peakPerMinute, from.peakPerMinute);
  const examples = earlier ? [...from.examples, ...into.examples] : [...into.examples, ...from.examples];
  into.examples = examples.slice(0, MAX_EXAMPLES);
  for (const t of from.traces) {
    if (into.traces.length >= MAX_TRACES_PER_GROUP) break;
    const signature = traceSignature(t.text);
    if (!into.traces.some((k) => traceSignature(k.text) === signature)) into.traces.push(t);
  }
}

// src/ingest/logs/condense.ts
function estimateTokens(text) {
  return Math.ceil(text.length / 4);
}
var WINDOW_LEAD_MS = 5 * 6e4;
var BURST_FACTOR = 10;
var BURST_MIN = 5;
var FRAME_TOKENS = 120;
var FIRST_EXAMPLE_LINES = 25;
function reasonsFor(entry, ctx) {
  const s = entry.stats;
  const reasons = [];
  if (levelRank(s.level) >= levelRank("ERROR")) reasons.push("error");
  if (s.traces.length > 0) reasons.push("stack-trace");
  if (s.firstMs !== void 0 && ctx.windowFromMs !== void 0 && s.firstMs >= ctx.windowFromMs - WINDOW_LEAD_MS && s.firstMs <= (ctx.windowToMs ?? Number.POSITIVE_INFINITY)) {
    reasons.push("new-in-window");
  }
  if (ctx.fromMs !== void 0 && ctx.toMs !== void 0 && s.peakPerMinute >= BURST_MIN) {
    const minutes = Math.max(1, (ctx.toMs - ctx.fromMs) / 6e4);
    if (s.peakPerMinute >= BURST_FACTOR * (s.count / minutes)) reasons.push("burst");
  }
  if (s.level === "WARN") reasons.push("warning");
  if (s.count <= Math.max(3, Math.ceil(ctx.totalRecords * 5e-4))) reasons.push("rare");
  return reasons;
}
var RANK = ["error", "stack-trace", "new-in-window", "burst", "warning", "rare"];
function priority(reasons, level) {
  const first = Math.min(...reasons.map((r) => RANK.indexOf(r)));
  return first * 10 - levelRank(level);
}
function indent(text, maxLines) {
  const lines = text.split("\n");
  const shown = lines.slice(0, maxLines).map((l) => `    ${l}`);
  if (lines.length > maxLines) shown.push(`    … ${lines.length - maxLines} more lines`);
  return shown;
}
function headline(entry, reasons) {
  const s = entry.stats;
  const when = s.first.time ? ` ${s.first.time}${s.last.time && s.last.time !== s.first.time ? ` → ${s.last.time}` : ""}` : "";
  const span = s.count > 1 ? ` … ${s.last.file}:${s.last.line}` : "";
  return `[${s.level}] ${entry.id} ×${s.count} (${reasons.join(", ")}) ${s.first.file}:${s.first.line}${span}${when}
  ${entry.template}`;
}
function exampleBlock(ex, maxLines) {
  const [first, ...rest] = indent(ex.text, maxLines);
  return [`  ${ex.file}:${ex.line}:${first.slice(3)}`, ...rest].join("\n");
}
function toSummary(entry, reasons, examples) {
  const s = entry.stats;
  return {
    id: entry.id,
    template: entry.template,
    level: s.level,
    count: s.count,
    firstSeen: location(s.first),
    lastSeen: location(s.last),
    reasons,
    examples: examples.map((e) => ({ file: e.file, line: e.line, text: e.text }))
  };
}
function condense(entries, ctx) {
  const ranked = entries.map((entry) => ({ entry, reasons: reasonsFor(entry, ctx) })).filter((c) => c.reasons.length > 0).sort(
    (a, b) => priority(a.reasons, a.entry.stats.level) - priority(b.reasons, b.entry.stats.level) || a.entry.stats.order - b.entry.stats.order
  );
  let used = FRAME_TOKENS;
  const blocks = [];
  for (const c of ranked) {
    const text = headline(c.entry, c.reasons);
    const cost = estimateTokens(text) + 1;
    if (used + cost > ctx.budgetTokens) continue;
    used += cost;
    blocks.push({ ...c, parts: [text], examples: [] });
  }
  const addExample = (block, ex, maxLines) => {
    if (block.examples.some((e) => e.file === ex.file && e.line === ex.line)) return;
    const text = exampleBlock(ex, maxLines);
    const cost = estimateTokens(text) + 1;
    if (used + cost > ctx.budgetTokens) return;
    used += cost;
    block.parts.push(text);
    block.examples.push(ex);
  };
  for (const block of blocks) {
    const first = block.entry.stats.examples[0];
    if (first) addExample(block, first, FIRST_EXAMPLE_LINES);
  }
  for (const block of blocks)
    for (const t of block.entry.stats.traces) addExample(block, t, FIRST_EXAMPLE_LINES);
  for (const block of blocks) for (const ex of block.entry.stats.examples.slice(1)) addExample(block, ex, 1);
  const keptIds = new Set(blocks.map((b) => b.entry.id));
  const byLevel = /* @__PURE__ */ new Map();
  let omittedRecords = 0;
  let omittedTemplates = 0;
  for (const e of entries) {
    if (keptIds.has(e.id)) continue;
    omittedRecords += e.stats.count;
    omittedTemplates++;
    byLevel.set(e.stats.level, (byLevel.get(e.stats.level) ?? 0) + e.stats.count);
  }
  const lines = blocks.map((b) => b.parts.join("\n"));
  return {
    kept: blocks.map((b) => toSummary(b.entry, b.reasons, b.examples)),
    lines,
    omitted: { records: omittedRecords, templates: omittedTemplates, byLevel }
  };
}

// src/ingest/logs/summarize.ts
var DEFAULT_BUDGET_TOKENS = 6e3;
var DEFAULT_WINDOW_MS = 15 * 6e4;
function parseTime(value, flag) {
  if (value === void 0) return void 0;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new UsageError(`${flag}: not a date and time: '${value}' (use ISO 8601)`);
  return ms;
}
function minerAdd(miner, record) {
  return record.message === void 0 ? miner.add(record.text, void 0, record.shape) : miner.add(record.message);
}
async function scan(inputs, options, miner = createTemplateMiner()) {
  const sinceMs = parseTime(options.since, "--since");
  const untilMs = parseTime(options.until, "--until");
  const pass = { groups: [], files: [], records: 0, fromMs: void 0, toMs: void 0 };
  let lastMs;
  let lastFile = "";
  let lastTime;
  let lastParsed;
  for await (const record of readLogRecords(inputs, {
    ...options,
    onFileDone: (input, lines) => pass.files.push({ file: input.display, lines, bytes: input.bytes })
  })) {
    if (record.file !== lastFile) {
      lastFile = record.file;
      lastMs = void 0;
    }
    if (record.time !== void 0 && record.time !== lastTime) {
      lastTime = record.time;
      lastParsed = Date.parse(record.time);
    }
    const ms = record.time !== void 0 ? lastParsed : lastMs;
    lastMs = ms;
    if (ms !== void 0 && (sinceMs !== void 0 && ms < sinceMs || untilMs !== void 0 && ms > untilMs)) {
      continue;
    }
    options.onRecord?.(record);
    const index = Number(minerAdd(miner, record).slice(1));
    const order = pass.records++;
    let stats = pass.groups[index];
    if (!stats) {
      stats = newGroupStats(record, order, ms);
      pass.groups[index] = stats;
    }
    updateGroupStats(stats, record, order, ms);
    if (ms !== void 0) {
      if (pass.fromMs === void 0 || ms < pass.fromMs) pass.fromMs = ms;
      if (pass.toMs === void 0 || ms > pass.toMs) pass.toMs = ms;
    }
  }
  return { pass, miner };
}
function collapseWildcards(template) {
  return template.replace(/<\*>(?: <\*>){3,}/g, "<*> …");
}
function templateEntries(pass, miner) {
  const names = new Map(miner.templates().map((t) => [t.id, collapseWildcards(t.template)]));
  const byTemplate = /* @__PURE__ */ new Map();
  pass.groups.forEach((stats, index) => {
    if (!stats) return;
    const id = miner.resolve(`G${index}`);
    const known = byTemplate.get(id);
    if (known) mergeGroupStats(known.stats, stats);
    else byTemplate.set(id, { id, template: names.get(id) ?? "", stats });
  });
  return [...byTemplate.values()].sort((a, b) => a.stats.order - b.stats.order);
}
var iso = (ms) => ms === void 0 ? void 0 : new Date(ms).toISOString();
function omittedLine(records, templates, byLevel) {
  if (records === 0) return "Nothing else: every template is shown above.";
  const levels = [...byLevel.entries()].sort((a, b) => b[1] - a[1]).map(([level, n]) => `${level} ${n}`).join(", ");
  return `${records} other records in ${templates} templates (${levels}).`;
}
async function summarizeLogs(inputs, options = {}) {
  const budgetTokens = options.budgetTokens ?? DEFAULT_BUDGET_TOKENS;
  if (!Number.isInteger(budgetTokens) || budgetTokens < 200) {
    throw new UsageError(`token budget must be a whole number of at least 200 (got ${budgetTokens})`);
  }
  const windowFrom = parseTime(options.incidentTime?.from, "incident start");
  const windowTo = parseTime(options.incidentTime?.to, "incident end");
  const { pass, miner } = await scan(inputs, options);
  const entries = templateEntries(pass, miner);
  const ctx = {
    budgetTokens,
    totalRecords: pass.records,
    fromMs: pass.fromMs,
    toMs: pass.toMs,
    windowFromMs: windowFrom ?? (pass.toMs === void 0 ? void 0 : pass.toMs - DEFAULT_WINDOW_MS),
    windowToMs: windowTo ?? (windowFrom === void 0 ? pass.toMs : void 0)
  };
  const condensed = condense(entries, ctx);
  const range = pass.fromMs === void 0 ? "" : `, ${iso(pass.fromMs)} → ${iso(pass.toMs)}`;
  const header = `Log summary: ${pass.files.length} file(s), ${pass.records} records, ${entries.length} templates${range}.
Kept ${condensed.kept.length} templates (errors, stack traces, new in the incident window, bursts, warnings, rare ones).`;
  const { records, templates, byLevel } = condensed.omitted;
  const text = [header, ...condensed.lines, omittedLine(records, templates, byLevel)].join("\n");
  return {
    files: pass.files,
    totalRecords: pass.records,
    totalTemplates: entries.length,
    timeRange: { from: iso(pass.fromMs), to: iso(pass.toMs) },
    budgetTokens,
    estimatedTokens: estimateTokens(text),
    kept: condensed.kept,
    omitted: { records, templates },
    text
  };
}

export {
  levelRank,
  createRecordAssembler,
  readLogRecords,
  createTemplateMiner,
  minerAdd,
  summarizeLogs
};
