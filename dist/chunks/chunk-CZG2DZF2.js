import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-Z34VOEOA.js";
import {
  workerEntry
} from "./chunk-KUH3GNXZ.js";
import {
  UsageError
} from "./chunk-U3NNAQLI.js";
import {
  __toESM
} from "./chunk-3EZXIJC4.js";

// src/ingest/logs/span-list.ts
function createSpanList() {
  let spans = new Int32Array(3 * 65536);
  let n = 0;
  return {
    add(batch, groupOf) {
      if (n + 3 * batch.length > spans.length) {
        const grown = new Int32Array(Math.max(spans.length * 2, n + 3 * batch.length));
        grown.set(spans);
        spans = grown;
      }
      for (const record of batch) {
        spans[n++] = record.line;
        spans[n++] = record.endLine;
        spans[n++] = groupOf(record);
      }
    },
    view: () => spans.subarray(0, n)
  };
}

// src/ingest/logs/tokenize.ts
import { endianness } from "node:os";
var WILDCARD = "<*>";
var SPLITS = new Uint8Array(128);
for (const ch of `=[](){},;|"'`) SPLITS[ch.charCodeAt(0)] = 1;
var DIGIT = 1;
var SPACE = 2;
var SPLIT = 3;
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
var CALENDAR_CODES = new Set(
  [...CALENDAR].map((name) => name.charCodeAt(0) << 16 | name.charCodeAt(1) << 8 | name.charCodeAt(2))
);
function isVariableUnits(units, start, end, digits) {
  if (digits === 0) {
    if (end - start !== 3) return false;
    const c = units[start];
    const second = units[start + 1];
    const third = units[start + 2];
    return c >= 65 && c <= 90 && (second | third) < 128 && CALENDAR_CODES.has(c << 16 | second << 8 | third);
  }
  if (digits > 1) return true;
  if (!(isLetter(units[start]) && isLetter(units[start + 1]))) return true;
  for (let i = start + 2; i < end; i++) {
    const c = units[i];
    if (!isLetter(c) && !(c >= 48 && c <= 57)) return true;
  }
  return false;
}
var WHOLE_COPY = 256;
var SCRATCH = Buffer.alloc(2 * (MAX_CHARS + WHOLE_COPY));
var UNITS = new Uint16Array(SCRATCH.buffer, SCRATCH.byteOffset, MAX_CHARS + WHOLE_COPY);
var LITTLE_ENDIAN = endianness() === "LE";
function maskHash(line, from = 0, to = line.length) {
  const end = Math.min(to, line.length, from + MAX_CHARS);
  if (end <= from) return maskHashUnits(UNITS, 0, 0);
  const whole = end === line.length && from <= WHOLE_COPY;
  const text = whole ? line : line.slice(from, end);
  const offset = whole ? from : 0;
  if (LITTLE_ENDIAN) SCRATCH.ucs2Write(text, 0);
  else for (let i = 0; i < text.length; i++) UNITS[i] = text.charCodeAt(i);
  return maskHashUnits(UNITS, offset, offset + end - from);
}
function maskHashUnits(units, from, end) {
  let h1 = 2166136261 | 0;
  let h2 = 2166136261 ^ 1540483477 | 0;
  let tokens = 0;
  let i = from;
  while (i < end) {
    let code = units[i];
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
        code = units[i];
        cls = CLASS[code];
        continue;
      }
      const partStart = i;
      let digits = 0;
      do {
        digits += cls;
        if (++i >= end) break;
        code = units[i];
        cls = CLASS[code];
      } while (cls <= DIGIT);
      if ((digits > 0 || i - partStart === 3) && isVariableUnits(units, partStart, i, digits)) {
        h1 = Math.imul(h1 ^ WILDCARD_CODE, 16777619);
        h2 = Math.imul(h2 ^ WILDCARD_CODE, P2);
      } else {
        for (let k = partStart; k < i; k++) {
          const c = units[k];
          h1 = Math.imul(h1 ^ c, 16777619);
          h2 = Math.imul(h2 ^ c, P2);
        }
      }
      if (i >= end) break;
    }
  }
  HASH_HIGH[0] = h2;
  return h1 & 1073741823;
}

// src/ingest/logs/field-values.ts
var ASSIGNMENT = /^[A-Za-z_][\w.-]*=/;
function namesDifferentFields(values) {
  let key;
  let empty = false;
  let filled = false;
  for (const v of values) {
    const match = ASSIGNMENT.exec(v);
    if (!match) return false;
    if (key !== void 0 && match[0] !== key) return true;
    key = match[0];
    if (v.length === key.length) empty = true;
    else filled = true;
  }
  return empty && filled;
}
var IDENTITY_KEY = /^(?:name|[a-z]*id|host(?:name)?|addr(?:ess)?|ip|port|path|file(?:name)?|ur[il]|pkg|package|client|peer|session)=$/i;
function assignsIdentity(values) {
  for (const v of values) {
    const match = ASSIGNMENT.exec(v);
    const key = match?.[0].slice(match[0].lastIndexOf(".") + 1);
    if (!key || !IDENTITY_KEY.test(key)) return false;
  }
  return true;
}
function variableSlot(token) {
  const match = ASSIGNMENT.exec(token);
  if (!match) return WILDCARD;
  return token.length === match[0].length ? token : `${match[0]}${WILDCARD}`;
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
  return { constant: freqs.map((f) => f >= best && f > 0), shared: freqs.map((f) => f > best) };
}
function patternKey(tokens, constant, except = -1) {
  return tokens.map((t, p) => constant[p] && p !== except ? t : "").join(SEP);
}
function joinSubPatterns(byPattern) {
  const targetOf = /* @__PURE__ */ new Map();
  for (const entry of byPattern.values()) {
    for (let p = 0; p < entry.tokens.length; p++) {
      if (!entry.shared[p]) continue;
      const other = byPattern.get(patternKey(entry.tokens, entry.constant, p));
      if (other && other !== entry && !other.constant[p]) {
        targetOf.set(entry, other);
        break;
      }
    }
  }
  const rootOf = (entry) => {
    let root = entry;
    for (let next = targetOf.get(root); next; next = targetOf.get(root)) root = next;
    return root;
  };
  const kept = /* @__PURE__ */ new Map();
  for (const entry of byPattern.values()) {
    const root = rootOf(entry);
    const members = kept.get(root);
    if (members) members.push(...entry.members);
    else kept.set(root, [...entry.members]);
  }
  return [...kept].map(([root, members]) => ({ ...root, members }));
}
var NAMED_VALUE = /\b(?:[Tt]rue|[Ff]alse|TRUE|FALSE)\b|[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*\.(?![A-Z0-9_]+\b)[A-Za-z_$][\w$-]*/g;
function skeleton(value) {
  return value.replace(NAMED_VALUE, "").replaceAll(WILDCARD, "").replace(/[^A-Za-z]+/g, "");
}
function looksVariable(values) {
  if (namesDifferentFields(values)) return false;
  if (assignsIdentity(values)) return true;
  let masked = 0;
  const words = /* @__PURE__ */ new Set();
  for (const v of values) {
    if (!v.includes(WILDCARD)) continue;
    masked++;
    const word = skeleton(v);
    if (word !== "") words.add(word);
  }
  if (masked > 0) return masked < values.size || words.size <= 1;
  let unflagged;
  for (const v of values) {
    NAMED_VALUE.lastIndex = 0;
    if (!NAMED_VALUE.test(v)) return false;
    const bare = v.replace(NAMED_VALUE, WILDCARD);
    if (unflagged !== void 0 && bare !== unflagged) return false;
    unflagged = bare;
  }
  return true;
}
function firstWordColumn(members, length) {
  for (let i = 0; i < length; i++) {
    if (members.some((m) => m.tokens[i] !== WILDCARD)) return i;
  }
  return 0;
}
var ENUM_MAX_VALUES = 8;
function isEnumeration(weights) {
  if (weights.size >= ENUM_MAX_VALUES) return false;
  let total = 0;
  for (const w of weights.values()) total += w;
  for (const w of weights.values()) if (w * 10 < total || w < 5) return false;
  return true;
}
function splitByColumns(members, constant, variableValues) {
  const length = constant.length;
  const isVariable = [];
  const firstWord = firstWordColumn(members, length);
  for (let i = 0; i < length; i++) {
    if (constant[i]) {
      isVariable.push(false);
      continue;
    }
    const weights = /* @__PURE__ */ new Map();
    for (const m of members) weights.set(m.tokens[i], (weights.get(m.tokens[i]) ?? 0) + m.weight);
    const values = new Set(weights.keys());
    const threshold = i === firstWord ? Number.POSITIVE_INFINITY : variableValues;
    const many = values.size >= threshold && !isEnumeration(weights);
    isVariable.push(values.size > 1 && (many || looksVariable(values)));
  }
  const parts = /* @__PURE__ */ new Map();
  members.forEach((m, index) => {
    const key = m.tokens.map((t, i) => isVariable[i] ? variableSlot(t) : t).join(SEP);
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
      const { constant, shared } = commonPattern(tokens, columns);
      const key = patternKey(tokens, constant);
      const entry = byPattern.get(key);
      if (entry) entry.members.push(i);
      else byPattern.set(key, { members: [i], constant, shared, tokens });
    }
    for (const { members, constant } of joinSubPatterns(byPattern)) {
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
function firstWordStart(line, tokens, level) {
  for (let k = level - 1; k >= 0; k--) {
    const t = tokens[k];
    if (isDigits(line, t.start, t.end)) return tokens[k + 1].start;
  }
  return tokens[0].start;
}
function splitHeader(line, from, hasTimestamp) {
  const tokens = headTokens(line, from);
  const found = findLevel(line, tokens);
  if (found) {
    if (!hasTimestamp && found.index > 1) return { bodyStart: from, level: found.level };
    const k2 = pastComponent(line, tokens, found.index + 1);
    if (k2 < tokens.length) return { bodyStart: tokens[k2].start, level: found.level };
    return { bodyStart: firstWordStart(line, tokens, found.index), level: found.level };
  }
  if (!hasTimestamp) return { bodyStart: from, level: void 0 };
  const k = pastTag(line, tokens);
  return { bodyStart: k === 0 ? from : k < tokens.length ? tokens[k].start : line.length, level: void 0 };
}

// src/ingest/logs/access-log.ts
var COMBINED = /^(\S+) \S+ \S+ \[[^\]]{10,40}\] "([A-Z]{3,10}) (\S{1,2000})(?: [^"]*)?" (\d{3}) (\d+|-)(?: "[^"]*" "[^"]*")?(?: (?:rt=)?(\d+\.\d+))?/;
var ENVOY = /^\[\d{4}-\d{2}-\d{2}T[^\]]{8,30}\] "([A-Z]{3,10}) (\S{1,2000})(?: [^"]*)?" (\d{3}) ([A-Z,]+|-)(?: (\S+) (\S+) "([^"]*)")? (\d+) (\d+) (\d+) /;
var AWS_LB = /^(?:(?:https?|h2|grpcs|wss?) )?(\d{4}-\d{2}-\d{2}T[\d:.]+Z) \S+ (\S+) (\S+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (\d{3}|-) (\d{3}|-) (\d+) (\d+) "([A-Z]{3,10}|-) (\S{1,2000})(?: [^"]*)?"/;
function levelOfStatus(status) {
  return status >= 500 || status === 429 ? "WARN" : "INFO";
}
function mayBeAccessLine(line) {
  if (line.charCodeAt(0) === 91) return mayBeEnvoyLine(line);
  const s1 = line.indexOf(" ");
  if (s1 <= 0 || s1 > 300) return false;
  const s2 = line.indexOf(" ", s1 + 1);
  if (s2 <= 0 || s2 > 300) return false;
  const s3 = line.indexOf(" ", s2 + 1);
  if (s3 <= 0 || s3 > 300) return false;
  if (line.charCodeAt(s3 + 1) === 91) {
    const close = line.indexOf('] "', s3 + 11);
    return close > 0 && close <= s3 + 42;
  }
  return mayBeAwsLbLine(line, s1, s2, s3);
}
function mayBeAwsLbLine(line, s1, s2, s3) {
  const classic = line.charCodeAt(s1 - 1) === 90;
  const timeStart = classic ? 0 : s1 + 1;
  const timeEnd = classic ? s1 : s2;
  if (line.charCodeAt(timeEnd - 1) !== 90 || line.charCodeAt(timeStart + 10) !== 84) return false;
  const clientStart = classic ? s2 + 1 : s3 + 1;
  const c = line.charCodeAt(clientStart);
  if (c < 48 || c > 57) return false;
  const clientEnd = classic ? s3 : line.indexOf(" ", clientStart);
  const colon = line.indexOf(":", clientStart);
  return colon > 0 && colon < clientEnd;
}
function mayBeEnvoyLine(line) {
  const digit2 = line.charCodeAt(1);
  if (digit2 < 48 || digit2 > 57 || line.charCodeAt(11) !== 84) return false;
  const close = line.indexOf('] "', 20);
  return close > 0 && close <= 42;
}
function parseEnvoyLine(line) {
  const m = ENVOY.exec(line);
  if (!m) return void 0;
  const status = Number(m[3]);
  const fields = {
    method: m[1],
    path: m[2],
    status,
    bytes: Number(m[9]),
    durationMs: Number(m[10])
  };
  if (m[4] !== "-") fields.responseFlags = m[4];
  if (m[5] !== void 0 && m[5] !== "-") fields.responseCodeDetails = m[5];
  if (m[7] !== void 0 && m[7] !== "-" && m[7] !== "") fields.upstreamTransportFailureReason = m[7];
  return { fields, level: levelOfStatus(status) };
}
function parseAwsLbLine(line) {
  const m = AWS_LB.exec(line);
  if (!m || m[7] === "-") return void 0;
  const status = Number(m[7]);
  const fields = { client: m[2], status, bytes: Number(m[10]) };
  if (m[11] !== "-") fields.method = m[11];
  fields.path = m[12];
  fields.target = m[3];
  if (m[8] !== "-") fields.targetStatus = Number(m[8]);
  const targetSeconds = Number(m[5]);
  if (targetSeconds >= 0) fields.durationMs = Math.round(targetSeconds * 1e3);
  return { fields, level: levelOfStatus(status) };
}
function parseAccessLine(line) {
  if (line.charCodeAt(0) === 91) return parseEnvoyLine(line);
  const m = COMBINED.exec(line);
  if (!m) return parseAwsLbLine(line);
  const status = Number(m[4]);
  const fields = { client: m[1], method: m[2], path: m[3], status };
  if (m[5] !== "-") fields.bytes = Number(m[5]);
  if (m[6] !== void 0) fields.durationMs = Math.round(Number(m[6]) * 1e3);
  return { fields, level: levelOfStatus(status) };
}
var STATUS_KEYS = [
  "status",
  "status_code",
  "statusCode",
  "http.status_code",
  "response.status",
  "res.statusCode"
];
var METHOD_KEYS = ["method", "request_method", "http.method", "req.method", "request.method"];
var PATH_KEYS = ["path", "uri", "request_uri", "url", "http.url", "req.url", "request.uri", "http.path"];
var BYTES_KEYS = ["bytes", "body_bytes_sent", "bytes_sent", "size", "response.size", "res.contentLength"];
var SECONDS_KEYS = ["request_time", "upstream_response_time", "duration_s"];
var MS_KEYS = ["duration_ms", "durationMs", "responseTime", "response_time_ms", "latency_ms", "elapsed_ms"];
function first(fields, keys) {
  for (const key of keys) if (fields[key] !== void 0) return fields[key];
  return void 0;
}
function asNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string" || !/^\d+(\.\d+)?$/.test(value)) return void 0;
  return Number(value);
}
function accessFromJson(fields) {
  const status = asNumber(first(fields, STATUS_KEYS));
  if (status === void 0 || !Number.isInteger(status) || status < 100 || status > 599) return void 0;
  let method = first(fields, METHOD_KEYS);
  let path = first(fields, PATH_KEYS);
  const request = fields.request;
  if (typeof request === "string") {
    const m = /^([A-Z]{3,10}) (\S+)/.exec(request);
    if (m) {
      method ??= m[1];
      path ??= m[2];
    }
  }
  if (typeof method !== "string" && typeof path !== "string") return void 0;
  const out = { status };
  if (typeof method === "string") out.method = method;
  if (typeof path === "string") out.path = path;
  const bytes = asNumber(first(fields, BYTES_KEYS));
  if (bytes !== void 0) out.bytes = bytes;
  const seconds = asNumber(first(fields, SECONDS_KEYS));
  const ms = asNumber(first(fields, MS_KEYS));
  if (ms !== void 0) out.durationMs = ms;
  else if (seconds !== void 0) out.durationMs = Math.round(seconds * 1e3);
  return { fields: out, level: levelOfStatus(status) };
}

// src/ingest/logs/flatten.ts
var MAX_DEPTH = 6;
var MAX_FIELDS = 64;
var MAX_VALUE_CHARS = 500;
function clip(text, limit = MAX_VALUE_CHARS) {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
function leaf(value) {
  if (typeof value === "string") return clip(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null) return "null";
  return Array.isArray(value) ? "[…]" : "{…}";
}
function flattenFields(object) {
  const fields = {};
  let count = 0;
  const stack = [];
  const entries = Object.entries(object);
  for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i][0], entries[i][1], 1]);
  while (stack.length > 0 && count < MAX_FIELDS) {
    const [key, value, depth] = stack.pop();
    if (value !== null && typeof value === "object" && depth < MAX_DEPTH) {
      const children = Array.isArray(value) ? value.slice(0, MAX_FIELDS).map((v, i) => [String(i), v]) : Object.entries(value).slice(0, MAX_FIELDS);
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push([`${key}.${children[i][0]}`, children[i][1], depth + 1]);
      }
      continue;
    }
    fields[key] = leaf(value);
    count++;
  }
  return fields;
}
function renderFields(fields, skip, limit = 600) {
  let out = "";
  for (const [key, value] of Object.entries(fields)) {
    if (skip.has(key) || isTrustedJournalField(key)) continue;
    const text = typeof value === "string" ? oneLine(value) : String(value);
    const shown = text === "" || /[\s"=]/.test(text) ? JSON.stringify(clip(text, 200)) : clip(text, 200);
    const pair = `${key}=${shown}`;
    if (out.length + pair.length + 1 > limit) return `${out} …`;
    out = out === "" ? pair : `${out} ${pair}`;
  }
  return out;
}
var JOURNAL_KEPT = /* @__PURE__ */ new Set(["_HOSTNAME", "_SYSTEMD_UNIT", "_COMM", "_PID"]);
function isTrustedJournalField(key) {
  return key.charCodeAt(0) === 95 && /^_[A-Z_]+$/.test(key) && !JOURNAL_KEPT.has(key);
}
function oneLine(text) {
  return text.includes("\n") ? text.replace(/\s*\n\s*/g, " ") : text;
}

// src/ingest/logs/subject.ts
var SUBJECT_KEYS = {
  namespace: [
    "kubernetes.namespace_name",
    "k8s.namespace.name",
    "namespace",
    "pod.namespace",
    "metadata.namespace"
  ],
  pod: ["kubernetes.pod_name", "k8s.pod.name", "pod", "pod.name", "pod_name", "podName"],
  container: [
    "kubernetes.container_name",
    "k8s.container.name",
    "container",
    "container_name",
    "containerName"
  ],
  node: ["kubernetes.host", "k8s.node.name", "node", "nodeName", "node_name"],
  service: ["service", "service.name", "service_name", "app"],
  host: ["host", "hostname", "_HOSTNAME", "host.name", "HOSTNAME"],
  unit: ["_SYSTEMD_UNIT", "unit", "UNIT", "SYSLOG_IDENTIFIER"]
};
function subjectOf(fields) {
  let subject;
  for (const [name, keys] of Object.entries(SUBJECT_KEYS)) {
    for (const key of keys) {
      const value = fields[key];
      if (typeof value === "string" && value !== "" && value.length <= 253) {
        subject ??= {};
        subject[name] = value;
        break;
      }
    }
  }
  return subject;
}

// src/ingest/logs/json-line.ts
var MESSAGE_KEYS = [
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
  "log.original"
];
var LEVEL_KEYS = [
  "level",
  "severity",
  "lvl",
  "loglevel",
  "log.level",
  "levelname",
  "level_name",
  "PRIORITY",
  "severity_text",
  "@l"
];
var TIME_KEYS = [
  "time",
  "timestamp",
  "ts",
  "@timestamp",
  "datetime",
  "date",
  "__REALTIME_TIMESTAMP",
  "eventTime",
  "lastTimestamp",
  "@t"
];
var STACK_KEYS = [
  "stack",
  "stack_trace",
  "stacktrace",
  "err.stack",
  "error.stack",
  "error.stack_trace",
  "exception",
  "exc_info",
  "exception.stacktrace",
  "trace"
];
function numericLevel(n) {
  if (n >= 10)
    return n >= 60 ? "FATAL" : n >= 50 ? "ERROR" : n >= 40 ? "WARN" : n >= 30 ? "INFO" : n >= 20 ? "DEBUG" : "TRACE";
  return n <= 2 ? "FATAL" : n === 3 ? "ERROR" : n === 4 ? "WARN" : n <= 6 ? "INFO" : "DEBUG";
}
function levelOfValue(value) {
  if (typeof value === "number") return numericLevel(value);
  if (typeof value !== "string") return void 0;
  if (/^\d+$/.test(value)) return numericLevel(Number(value));
  return levelOfToken(value) ?? (value.length === 1 ? void 0 : levelOfToken(value.toUpperCase()));
}
function timeOfValue(value) {
  if (typeof value === "number" || typeof value === "string" && /^\d{10,19}(\.\d+)?$/.test(value)) {
    const n = Number(value);
    const ms2 = n > 1e14 ? n / 1e3 : n > 1e11 ? n : n * 1e3;
    const date = new Date(ms2);
    return Number.isNaN(date.getTime()) ? void 0 : date.toISOString();
  }
  if (typeof value !== "string" || value.length > 64) return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : new Date(ms).toISOString();
}
function pick(fields, keys) {
  for (const key of keys) {
    const value = fields[key];
    if (value !== void 0 && value !== "" && value !== "{…}" && value !== "[…]") return { key, value };
  }
  return void 0;
}
function linesOfValue(value) {
  return value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
}
function structuredLine(fields) {
  const used = /* @__PURE__ */ new Set();
  const levelField = pick(fields, LEVEL_KEYS);
  const timeField = pick(fields, TIME_KEYS);
  const messageField = pick(fields, MESSAGE_KEYS);
  const stackField = pick(fields, STACK_KEYS);
  const access = accessFromJson(fields);
  for (const f of [levelField, timeField, messageField, stackField]) if (f) used.add(f.key);
  const rest = renderFields(fields, used);
  let message;
  let text;
  if (messageField) {
    message = linesOfValue(String(messageField.value)).replace(/\n+$/, "");
    text = rest === "" ? message : insertAfterFirstLine(message, rest);
  } else {
    message = rest;
    text = rest;
  }
  if (stackField && typeof stackField.value === "string" && stackField.value.includes("\n")) {
    const stack = linesOfValue(stackField.value).replace(/\n+$/, "");
    text = stack.startsWith(message) ? `${text}
${stack.slice(message.length).replace(/^\n/, "")}` : `${text}
${stack}`;
  }
  const out = { message, text, fields };
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
function insertAfterFirstLine(message, rest) {
  const newline = message.indexOf("\n");
  return newline < 0 ? `${message} ${rest}` : `${message.slice(0, newline)} ${rest}${message.slice(newline)}`;
}
function parseJsonLine(line) {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof RangeError) return void 0;
    throw error;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return void 0;
  const object = parsed;
  if (typeof object.log === "string" && (object.stream !== void 0 || object.time !== void 0)) {
    const log = object.log;
    const partial = !log.endsWith("\n");
    const envelope = { log: log.replace(/\r?\n$/, ""), partial };
    const time = timeOfValue(object.time);
    if (time) envelope.time = time;
    if (typeof object.stream === "string") envelope.stream = object.stream;
    return { message: envelope.log, text: envelope.log, envelope };
  }
  return structuredLine(flattenFields(object));
}

// src/ingest/logs/timestamp-iso.ts
import { endianness as endianness2 } from "node:os";
var ISO_AT = { start: 0, end: 0, fracStart: -1, fracEnd: -1, zoneStart: -1 };
var DATE_SEP = new Uint8Array(128);
var DAY_SEP = new Uint8Array(128);
var TIME_SEP = new Uint8Array(128);
var FRAC_SEP = new Uint8Array(128);
for (const ch of "-/.") DATE_SEP[ch.charCodeAt(0)] = 1;
for (const ch of "T _-") DAY_SEP[ch.charCodeAt(0)] = 1;
for (const ch of ":.") TIME_SEP[ch.charCodeAt(0)] = 1;
for (const ch of ".,:") FRAC_SEP[ch.charCodeAt(0)] = 1;
var HEAD_BYTES = Buffer.alloc(2 * 256);
var HEAD = new Uint16Array(HEAD_BYTES.buffer, HEAD_BYTES.byteOffset, 256);
var LITTLE_ENDIAN2 = endianness2() === "LE";
function load(line, limit) {
  if (LITTLE_ENDIAN2) HEAD_BYTES.ucs2Write(line, 0, 2 * limit);
  else for (let i = 0; i < limit; i++) HEAD[i] = line.charCodeAt(i);
}
function digit(line, i) {
  const c = line[i];
  return c >= 48 && c <= 57;
}
function sep(table, line, i) {
  const c = line[i];
  return c < 128 && table[c] === 1;
}
function mandatory(line, p) {
  return digit(line, p) && digit(line, p + 1) && digit(line, p + 2) && digit(line, p + 3) && digit(line, p + 5) && digit(line, p + 6) && sep(DATE_SEP, line, p + 7) && digit(line, p + 8) && digit(line, p + 9) && sep(DAY_SEP, line, p + 10) && digit(line, p + 11) && digit(line, p + 12) && sep(TIME_SEP, line, p + 13) && digit(line, p + 14) && digit(line, p + 15) && sep(TIME_SEP, line, p + 16) && digit(line, p + 17) && digit(line, p + 18);
}
function scanIso(text, limit) {
  if (limit < 19) return false;
  load(text, limit);
  const line = HEAD;
  for (let i = 4; i + 15 <= limit; i++) {
    const c = line[i];
    if (c !== 45 && c !== 47 && c !== 46 || !mandatory(line, i - 4)) continue;
    const start = i - 4;
    let end = start + 19;
    ISO_AT.fracStart = -1;
    ISO_AT.fracEnd = -1;
    ISO_AT.zoneStart = -1;
    if (end + 1 < limit && sep(FRAC_SEP, line, end) && digit(line, end + 1)) {
      const from = end + 1;
      let to = from + 1;
      while (to < limit && to - from < 9 && digit(line, to)) to++;
      ISO_AT.fracStart = from;
      ISO_AT.fracEnd = to;
      end = to;
    }
    const zone = zoneLength(line, end, limit);
    if (zone > 0) {
      ISO_AT.zoneStart = end;
      end += zone;
    }
    ISO_AT.start = start;
    ISO_AT.end = end;
    return true;
  }
  return false;
}
function zoneLength(line, z, limit) {
  if (z >= limit) return 0;
  const c = line[z];
  if (c === 90) return 1;
  if (c !== 43 && c !== 45 || z + 5 > limit || !digit(line, z + 1) || !digit(line, z + 2)) return 0;
  if (line[z + 3] === 58) return z + 6 <= limit && digit(line, z + 4) && digit(line, z + 5) ? 6 : 0;
  return digit(line, z + 3) && digit(line, z + 4) ? 5 : 0;
}
function isoExecArray(line) {
  const { start, end, fracStart, fracEnd, zoneStart } = ISO_AT;
  const m = [
    line.slice(start, end),
    line.slice(start, start + 4),
    line.slice(start + 5, start + 7),
    line.slice(start + 8, start + 10),
    line.slice(start + 11, start + 13),
    line.slice(start + 14, start + 16),
    line.slice(start + 17, start + 19),
    fracStart < 0 ? void 0 : line.slice(fracStart, fracEnd),
    zoneStart < 0 ? void 0 : line.slice(zoneStart, end)
  ];
  m.index = start;
  return m;
}

// src/ingest/logs/timestamp-patterns.ts
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
for (const pattern of PATTERNS)
  if (pattern.regex.source.startsWith("^")) pattern.probe = new RegExp(pattern.regex.source, "g");
var EPOCH = PATTERNS.length - 1;
var ISO = PATTERNS.findIndex((p) => p.name === "iso");

// src/ingest/logs/timestamp.ts
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
var CONVERTED = PATTERNS.map(() => ({ text: "", year: 0, iso: void 0, ms: Number.NaN }));
function msOf(p, iso2) {
  const seconds = Number(p.s);
  const plain = p.zone === void 0 || p.zone === "Z";
  if (!plain || !Number.isInteger(p.y) || p.y < 100 || p.y > 9999 || p.d > 28 || seconds > 59)
    return Date.parse(iso2);
  const millis = p.frac ? Number(p.frac.slice(0, 3).padEnd(3, "0")) : 0;
  return Date.UTC(p.y, p.mo - 1, p.d, Number(p.h), Number(p.mi), seconds, millis);
}
var secondText = "";
var secondYear = 0;
var secondIso;
var secondMs = Number.NaN;
function sameSecond(m, year) {
  const frac = m[7];
  const zone = m[8];
  if (frac === void 0 || zone !== void 0 && zone !== "Z") return false;
  const head = m[0].slice(0, m[0].length - frac.length - 1 - (zone === void 0 ? 0 : 1));
  if (head !== secondText || year !== secondYear) {
    const parts = PATTERNS[ISO].parts(m, year);
    parts.frac = void 0;
    parts.zone = void 0;
    const whole = toIso(parts);
    secondText = head;
    secondYear = year;
    secondIso = whole?.slice(0, -1);
    secondMs = whole === void 0 ? Number.NaN : msOf(parts, whole);
  }
  const millis = frac.slice(0, 3).padEnd(3, "0");
  const last = CONVERTED[ISO];
  last.text = m[0];
  last.year = year;
  last.iso = secondIso === void 0 ? void 0 : `${secondIso}.${millis}Z`;
  last.ms = secondIso === void 0 ? Number.NaN : secondMs + Number(millis);
  return true;
}
function converted(m, pattern, year) {
  const last = CONVERTED[pattern];
  if (m[0] !== last.text || year !== last.year) {
    if (pattern === ISO && sameSecond(m, year)) return last;
    last.text = m[0];
    last.year = year;
    const parts = PATTERNS[pattern].parts(m, year);
    last.iso = toIso(parts);
    last.ms = last.iso === void 0 ? Number.NaN : msOf(parts, last.iso);
  }
  return last;
}
var otherHint = -1;
var HEAD_CHARS = SEARCH_WINDOW + 40;
var headLine = "";
var headText = "";
function headOf(line) {
  if (line !== headLine) {
    headLine = line;
    headText = line.slice(0, HEAD_CHARS);
  }
  return headText;
}
function tryIso(line, year, withIso) {
  if (!scanIso(line, Math.min(line.length, HEAD_CHARS))) return void 0;
  const { start, end, fracStart, fracEnd, zoneStart } = ISO_AT;
  if (!withIso) return { iso: "", ms: Number.NaN, start, end, pattern: ISO };
  const last = CONVERTED[ISO];
  let iso2;
  let ms;
  if (year === last.year && end - start === last.text.length && line.startsWith(last.text, start)) {
    iso2 = last.iso;
    ms = last.ms;
  } else if (fracStart >= 0 && (zoneStart < 0 || line.charCodeAt(zoneStart) === 90) && year === secondYear && secondText !== "" && line.startsWith(secondText, start)) {
    const millis = line.slice(fracStart, Math.min(fracEnd, fracStart + 3)).padEnd(3, "0");
    iso2 = secondIso === void 0 ? void 0 : `${secondIso}.${millis}Z`;
    ms = secondIso === void 0 ? Number.NaN : secondMs + Number(millis);
  } else ({ iso: iso2, ms } = converted(isoExecArray(line), ISO, year));
  if (!iso2) return void 0;
  return { iso: iso2, ms, start, end, pattern: ISO };
}
function tryPattern(index, line, year, withIso) {
  if (index === ISO) return tryIso(line, year, withIso);
  const pattern = PATTERNS[index];
  const probe = pattern.probe;
  if (probe !== void 0 && withIso) {
    probe.lastIndex = 0;
    if (!probe.test(line)) return void 0;
    const end = probe.lastIndex;
    const last = CONVERTED[index];
    if (year === last.year && end === last.text.length && line.startsWith(last.text))
      return last.iso === void 0 ? void 0 : { iso: last.iso, ms: last.ms, start: 0, end, pattern: index };
  }
  const m = pattern.regex.exec(line.length > HEAD_CHARS ? headOf(line) : line);
  if (!m) return void 0;
  if (!withIso)
    return { iso: "", ms: Number.NaN, start: m.index, end: m.index + m[0].length, pattern: index };
  const { iso: iso2, ms } = converted(m, index, year);
  if (!iso2) return void 0;
  return { iso: iso2, ms, start: m.index, end: m.index + m[0].length, pattern: index };
}
function findTimestamp(line, year, hint = -1, withIso = true) {
  if (hint >= 0) {
    const found = tryPattern(hint, line, year, withIso);
    if (found && found.start <= SEARCH_WINDOW) return found;
    if (otherHint >= 0 && otherHint !== hint) {
      const other = tryPattern(otherHint, line, year, withIso);
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
    const found = tryPattern(i, line, year, withIso);
    if (!found || found.start > SEARCH_WINDOW) continue;
    if (!best || (best.pattern === EPOCH ? i !== EPOCH || found.start < best.start : found.start < best.start && i !== EPOCH))
      best = found;
  }
  return best;
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
  return full === "" ? [] : joinQuoted(full.split(" "));
}
var MAX_QUOTED_WORDS = 8;
function joinQuoted(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const open2 = t.indexOf('="') + 1;
    if (open2 === 0 || t.indexOf('"', open2 + 1) >= 0) {
      out.push(t);
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_QUOTED_WORDS && !tokens[end].includes('"')) end++;
    if (end >= tokens.length || end - i >= MAX_QUOTED_WORDS) {
      out.push(t);
      continue;
    }
    out.push(tokens.slice(i, end + 1).join(" "));
    i = end;
  }
  return out;
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
  const addIndex = (text, bodyStart, shape) => {
    if (bodyStart === void 0 && text.charCodeAt(0) === 123) {
      const json = parseJsonLine(text.slice(0, firstLineEnd(text)));
      if (json) return addText(json.message, json.message.length === 0 ? 0 : void 0);
    }
    return addText(text, bodyStart, shape);
  };
  const addText = (text, bodyStart, shape) => {
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
    return index;
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
  const resolveIndex = (index) => {
    const m = merge();
    const t = m.templateOf[index];
    return t === void 0 ? `G${index}` : m.ids[t];
  };
  return {
    add: (text, bodyStart, shape) => groupIds[addIndex(text, bodyStart, shape)],
    addIndex,
    resolve: (groupId) => {
      const m = merge();
      const t = m.templateOf[Number(groupId.slice(1))];
      return t === void 0 ? groupId : m.ids[t];
    },
    resolveIndex,
    templates: () => merge().list,
    get groupCount() {
      return groups.length;
    }
  };
}

// src/ingest/logs/reader.ts
import { isAscii } from "node:buffer";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { join as join2, resolve } from "node:path";
import { createGunzip } from "node:zlib";

// src/ingest/logs/ansi.ts
var ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
function stripEscapes(lines) {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes("\x1B")) lines[i] = line.replace(ESCAPE, "");
  }
}

// src/ingest/logs/logfmt.ts
var MAX_PAIRS = 64;
function isKeyChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 46 || c === 45;
}
function mayBeLogfmt(line) {
  const c = line.charCodeAt(0);
  if (!((c | 32) >= 97 && (c | 32) <= 122) && c !== 95) return false;
  const end = Math.min(line.length, 65);
  for (let i = 1; i < end; i++) {
    const k = line.charCodeAt(i);
    if (k === 61) return true;
    if (!isKeyChar(k)) return false;
  }
  return false;
}
function parseLogfmtPairs(line) {
  const fields = {};
  let pairs = 0;
  let i = 0;
  const n = line.length;
  while (i < n && pairs < MAX_PAIRS) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && isKeyChar(line.charCodeAt(i))) i++;
    if (i === keyStart || line[i] !== "=") {
      if (pairs < 2) return void 0;
      while (i < n && line.charCodeAt(i) !== 32) i++;
      continue;
    }
    const key = line.slice(keyStart, i);
    i++;
    let value;
    if (line[i] === '"') {
      let j = i + 1;
      let out = "";
      let from = j;
      while (j < n && line[j] !== '"') {
        if (line[j] === "\\" && j + 1 < n) {
          out += line.slice(from, j);
          const e = line[j + 1];
          out += e === "n" ? "\n" : e === "t" ? "	" : e;
          j += 2;
          from = j;
        } else j++;
      }
      value = out + line.slice(from, j);
      i = j + 1;
    } else {
      const start = i;
      while (i < n && line.charCodeAt(i) !== 32) i++;
      value = line.slice(start, i);
    }
    fields[key] = value.length > 2e3 ? `${value.slice(0, 2e3)}…` : value;
    pairs++;
  }
  return pairs >= 2 ? fields : void 0;
}
function parseLogfmtLine(line) {
  const fields = parseLogfmtPairs(line);
  if (!fields) return void 0;
  const read = structuredLine(fields);
  if (!read.text.includes("\n")) read.text = line;
  return read;
}

// src/ingest/logs/tagged-trace.ts
var TAGGED = /^([EF]), \[([^\]]+)\]\s+[A-Z]+ -- : ((?:\[[^\]\n]*\] ?)+)(.*)$/;
var RUBY_FRAME = /^\S+\.rb:\d+:in /;
function continuesTaggedTrace(line, first2) {
  if (line.charCodeAt(1) !== 44) return false;
  const l = TAGGED.exec(line);
  const f = l ? TAGGED.exec(first2) : null;
  if (!l || !f || l[1] !== f[1] || !(f[4] ?? "").trim()) return false;
  if (l[2] !== f[2] && l[3]?.trim() !== f[3]?.trim()) return false;
  const body = (l[4] ?? "").trim();
  return body === "" || RUBY_FRAME.test(body);
}

// src/ingest/logs/trace-lines.ts
var CONTINUATION = /^(?:Caused by:|Suppressed:|\[signal SIG|\.\.\. \d+ (?:more|common frames omitted)|goroutine \d+ \[|created by |note: run with|stack backtrace:|During handling of the above exception|The above exception was the direct cause|Node\.js v\d)/;
var EXCEPTION_LINE = /^(?:[A-Za-z_][\w.$]*)?(?:Error|Exception|Exit|Interrupt|Warning|Throwable)\b/;
var GO_FRAME = /^[\w./*-]+\.[\w.*()$-]+\(.*\)$/;
var CLOSER = /^[}\]]\s*$/;
var TRACE_OPENER = /^(?:Traceback \(most recent call last\)|panic: |fatal error: |thread '.*' panicked at|goroutine \d+ \[)/;
function isContinuation(line, current) {
  if (current.structured) return false;
  const c = line.charCodeAt(0);
  if (c === 32 || c === 9) return true;
  if (CONTINUATION.test(line)) return true;
  if (current.stamped) return true;
  const traced = current.lines !== void 0 || TRACE_OPENER.test(current.first);
  if (traced && (EXCEPTION_LINE.test(line) || GO_FRAME.test(line) || CLOSER.test(line))) return true;
  return current.lines === void 0 && /panicked at/.test(current.first);
}
function thrown(lines, level) {
  if (EXCEPTION_LINE.test(lines.at(-1) ?? "")) return true;
  if (level !== "UNKNOWN") return false;
  for (let i = 1; i < lines.length; i++) if (EXCEPTION_LINE.test(lines[i])) return true;
  return false;
}

// src/ingest/logs/records.ts
var MAX_RECORD_LINES = 200;
var MAX_RECORD_CHARS = 32e3;
var MAX_LINE_CHARS = 16e3;
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
  if (/^\s*(?:[\w$]+\.)*[A-Z][\w$]*(?:Error|Exception)(?::|$)/.test(body)) return "ERROR";
  if (/\b(?:warn|warning|fail|failed|failure|denied|refused|timeout|timed out|unable)\b/i.test(body))
    return "WARN";
  return "UNKNOWN";
}
function isBlank(line) {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
function capLine(raw) {
  return raw.length > MAX_LINE_CHARS ? `${raw.slice(0, MAX_LINE_CHARS)} … [line cut at ${MAX_LINE_CHARS} chars]` : raw;
}
function shapeStart(line, ts) {
  if (ts === void 0 || ts.start !== 0) return 0;
  const c = line.charCodeAt(0);
  return c >= 65 && c <= 90 ? 0 : ts.end;
}
function createCoreAssembler(file, year, now = Date.now()) {
  const futureLimit = now + 2 * 864e5;
  let current;
  let hint = -1;
  const finish = () => {
    if (!current) return void 0;
    const b = current;
    current = void 0;
    const text = b.lines === void 0 ? b.first : b.lines.join("\n");
    let level = b.level ?? guessLevel(b.message ?? b.first);
    if (b.lines !== void 0 && levelRank(level) < LEVEL_RANK.ERROR && thrown(b.lines, level))
      level = "ERROR";
    const record = {
      file,
      line: b.line,
      endLine: b.endLine,
      text,
      level
    };
    if (b.shape !== void 0) record.shape = b.shape;
    if (b.time !== void 0) record.time = b.time;
    if (b.timeMs !== void 0) record.timeMs = b.timeMs;
    if (b.message !== void 0) record.message = b.message;
    if (b.kind !== void 0) record.kind = b.kind;
    if (b.fields !== void 0) record.fields = b.fields;
    if (b.subject !== void 0) record.subject = b.subject;
    return record;
  };
  let levels = /* @__PURE__ */ new Map();
  const levelOf = (line, shape, ts) => {
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
  const start = (line, lineNo, ts, info) => {
    if (ts) hint = ts.pattern;
    const shape = { low: maskHash(line, shapeStart(line, ts)), high: HASH_HIGH[0] };
    current = {
      first: line,
      lines: void 0,
      chars: line.length,
      line: info?.startLine ?? lineNo,
      endLine: lineNo,
      shape,
      level: levelOf(line, shape, ts),
      time: ts?.iso ?? info?.time,
      timeMs: ts?.ms,
      blanks: 0,
      stamped: ts !== void 0
    };
    if (info === void 0) return;
    if (info.level !== void 0) current.level = info.level;
    if (info.subject) current.subject = info.subject;
    if (info.kind) current.kind = info.kind;
    if (info.fields) current.fields = info.fields;
  };
  const startStructured = (raw, lineNo, s, info) => {
    const newline = s.text.indexOf("\n");
    const below = newline < 0 ? "" : s.text.slice(newline + 1, newline + 1 + MAX_RECORD_CHARS);
    const lines = [capLine(raw)];
    if (below !== "") for (const l of below.split("\n", MAX_RECORD_LINES - 1)) lines.push(capLine(l));
    const text = lines.join("\n");
    const time = s.time ?? info?.time;
    current = {
      first: lines[0],
      lines: lines.length > 1 ? lines : void 0,
      chars: text.length,
      line: info?.startLine ?? lineNo,
      endLine: lineNo,
      shape: void 0,
      level: s.level ?? info?.level,
      time,
      timeMs: void 0,
      blanks: 0,
      stamped: s.time !== void 0,
      structured: true,
      message: s.message
    };
    if (s.kind !== void 0) current.kind = s.kind;
    if (s.fields !== void 0) current.fields = s.fields;
    const subject = info?.subject && s.subject ? { ...info.subject, ...s.subject } : s.subject ?? info?.subject;
    if (subject) current.subject = subject;
  };
  return {
    push(raw, lineNo, info) {
      if (info?.structured) {
        const done2 = finish();
        startStructured(raw, lineNo, info.structured, info);
        return done2;
      }
      const line = capLine(raw);
      if (isBlank(line)) {
        if (current) current.blanks++;
        return void 0;
      }
      const c = line.charCodeAt(0);
      let ts = c === 32 || c === 9 ? void 0 : findTimestamp(line, year, hint);
      if (ts && isYearless(ts.pattern) && ts.ms > futureLimit) ts = findTimestamp(line, year - 1, ts.pattern);
      const opens = ts !== void 0 && !(current && continuesTaggedTrace(line, current.first));
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
        return void 0;
      }
      const done = finish();
      start(line, lineNo, ts, info);
      return done;
    },
    flush: finish
  };
}

// src/ingest/logs/line-formats.ts
var CRI = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)) (stdout|stderr) ([PF])(?: |$)/;
var KUBECTL_PREFIX = /^\[pod\/([^/\]\s]{1,253})\/([^\]\s]{1,253})\] ?/;
var SYSLOG_PRI = /^<(\d{1,3})>(?:1 )?/;
var SYSLOG_LEVELS = ["FATAL", "FATAL", "FATAL", "ERROR", "WARN", "INFO", "INFO", "DEBUG"];
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isLetter2(c) {
  const l = c | 32;
  return l >= 97 && l <= 122;
}
function createRecordAssembler(file, year, now = Date.now()) {
  const core = createCoreAssembler(file, year, now);
  let partial;
  const inner = (line, lineNo, info) => {
    const c = line.charCodeAt(0);
    if (c === 123) {
      const json = parseJsonLine(line);
      if (json) return core.push(line, lineNo, { ...info, structured: json });
    }
    if (isLetter2(c) && mayBeLogfmt(line)) {
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
          fields: access.fields
        });
    }
    return core.push(line, lineNo, info);
  };
  const piece = (text, isPartial, lineNo, time, subject) => {
    if (isPartial) {
      partial ??= { text: "", startLine: lineNo, time, subject };
      if (partial.text.length <= MAX_LINE_CHARS) partial.text += text.slice(0, MAX_LINE_CHARS + 1);
      return void 0;
    }
    const info = {};
    let line = text;
    if (partial) {
      line = (partial.text + text).slice(0, MAX_LINE_CHARS + 1);
      info.startLine = partial.startLine;
      time = partial.time ?? time;
      subject = partial.subject ?? subject;
      partial = void 0;
    }
    if (time !== void 0) info.time = time;
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
          const subject = { pod: prefix[1], container: prefix[2] };
          return piece(line.slice(prefix[0].length), false, lineNo, void 0, subject);
        }
      } else if (c === 60) {
        const pri = SYSLOG_PRI.exec(line);
        if (pri && Number(pri[1]) < 192) {
          const level = SYSLOG_LEVELS[Number(pri[1]) & 7];
          return core.push(line.slice(pri[0].length), lineNo, { level });
        }
      }
      if (partial) return piece(line, false, lineNo, void 0);
      return inner(line, lineNo, void 0);
    },
    flush() {
      if (partial) {
        const pending = partial;
        partial = void 0;
        const done = inner(pending.text, pending.startLine, {
          startLine: pending.startLine,
          ...pending.time ? { time: pending.time } : {}
        });
        if (done) return done;
      }
      return core.flush();
    }
  };
}
function drainRecords(assembler) {
  const out = [];
  for (let r = assembler.flush(); r; r = assembler.flush()) out.push(r);
  return out;
}

// src/ingest/logs/k8s-record.ts
var MAX_TEXT = 4e3;
var cap = (text) => text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)} …` : text;
function k8sRecord(input) {
  const text = cap(input.text);
  const record = {
    file: input.file,
    line: input.line,
    endLine: input.endLine ?? input.line,
    text,
    level: input.level,
    kind: input.kind,
    fields: input.fields,
    // Templates are mined from the message as a whole: there is no header to split off.
    message: input.message === void 0 ? text : cap(input.message)
  };
  if (input.subject && Object.keys(input.subject).length > 0) record.subject = input.subject;
  if (input.time !== void 0) record.time = input.time;
  return record;
}
var FAULT_WHEN_TRUE = /Pressure$|Unavailable$|^OutOfDisk$|^ReplicaFailure$|^Failed$|^Stalled$/;
function conditionLevel(type, status) {
  if (status === "Unknown") return "WARN";
  const faulty = FAULT_WHEN_TRUE.test(type) ? status === "True" : status === "False";
  if (!faulty) return "INFO";
  return type === "Ready" || FAULT_WHEN_TRUE.test(type) ? "ERROR" : "WARN";
}
var FAILING = /^(?:CrashLoopBackOff|Error|OOMKilled|ImagePullBackOff|ErrImagePull|InvalidImageName|CreateContainerConfigError|CreateContainerError|RunContainerError|ContainerCannotRun|Evicted|DeadlineExceeded|BackoffLimitExceeded|Failed|NodeLost|UnexpectedAdmissionError|StartError|Init:CrashLoopBackOff|Init:Error|Init:ImagePullBackOff)$/;
var PENDING = /^(?:Pending|ContainerCreating|PodInitializing|Terminating|Unknown|NotReady|Init:\d+\/\d+)$/;
function statusLevel(status, restarts = 0) {
  if (status && FAILING.test(status)) return "ERROR";
  if (status && (PENDING.test(status) || status.includes("NotReady"))) return "WARN";
  return restarts > 0 ? "WARN" : "INFO";
}
function leadingNumber(text) {
  const m = text ? /^(\d+)/.exec(text.trim()) : null;
  return m ? Number(m[1]) : void 0;
}
function subjectOfObject(object, namespace) {
  const subject = {};
  if (namespace) subject.namespace = namespace;
  const [kind, name] = object.includes("/") ? object.split("/", 2) : ["", object];
  const k = (kind ?? "").toLowerCase();
  if (name && (k === "pod" || k === "pods")) subject.pod = name;
  else if (name && (k === "node" || k === "nodes")) subject.node = name;
  else if (name && (k === "service" || k === "deployment" || k === "statefulset" || k === "daemonset"))
    subject.service = name;
  return subject;
}
function fieldName(label) {
  const words = label.trim().toLowerCase().split(/[\s_-]+/).filter(Boolean);
  return words.map((w, i) => i === 0 ? w : w[0].toUpperCase() + w.slice(1)).join("");
}

// src/ingest/logs/k8s-manifest-records.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : typeof v === "number" ? String(v) : void 0;
var arr = (v) => Array.isArray(v) ? v : [];
var obj = (v) => isObj(v) ? v : {};
function stateOf(state) {
  const s = obj(state);
  const name = Object.keys(s)[0];
  if (!name) return {};
  const detail = obj(s[name]);
  const out = {
    name: name[0].toUpperCase() + name.slice(1)
  };
  const reason = str(detail.reason);
  if (reason) out.reason = reason;
  if (typeof detail.exitCode === "number") out.exitCode = detail.exitCode;
  return out;
}
var MAX_QUOTED_LINES = 12;
function spanOf(start, also) {
  let end = start.line;
  for (const s of also)
    if (s && s.line >= start.line && s.line < start.line + MAX_QUOTED_LINES) end = Math.max(end, s.line);
  return [start.line, end];
}
function cited(ctx, span) {
  const [from, to] = span ?? [ctx.line, ctx.line];
  const quoted = ctx.quote(from, to);
  return { line: from, endLine: quoted.endLine, text: quoted.text };
}
function objectRecords(o, ctx) {
  const kind = str(o.kind) ?? "Object";
  const meta = obj(o.metadata);
  const name = str(meta.name) ?? "?";
  const namespace = str(meta.namespace);
  const subject = {};
  if (namespace) subject.namespace = namespace;
  if (kind === "Pod") subject.pod = name;
  if (kind === "Node") subject.node = name;
  const spec = obj(o.spec);
  const status = obj(o.status);
  if (kind === "Pod" && str(spec.nodeName)) subject.node = str(spec.nodeName);
  const out = [];
  if (kind === "Event") return [eventOf(o, ctx)];
  const specContainers = new Map(
    arr(spec.containers).map((c) => [str(obj(c).name) ?? "", obj(obj(c).resources)])
  );
  for (const list of ["initContainerStatuses", "containerStatuses"]) {
    arr(status[list]).forEach((cs, i) => {
      out.push(...containerOf(obj(cs), specContainers, subject, ctx, ["status", list, i]));
    });
  }
  arr(status.conditions).forEach((c, i) => {
    const cond = obj(c);
    const type = str(cond.type) ?? "";
    const value = str(cond.status) ?? "";
    const fields2 = { type, status: value };
    if (str(cond.reason)) fields2.reason = str(cond.reason);
    if (str(cond.message)) fields2.message = str(cond.message);
    const tail = [fields2.reason, fields2.message].filter(Boolean).join(": ");
    const item = ctx.at(["status", "conditions", i]);
    out.push(
      k8sRecord({
        file: ctx.file,
        ...cited(ctx, item ? [item.line, item.endLine] : void 0),
        message: `${kind} ${name} condition ${type}=${value}${tail ? ` ${tail}` : ""}`,
        level: conditionLevel(type, value),
        kind: "k8s-condition",
        fields: fields2,
        subject
      })
    );
  });
  const phase = str(status.phase) ?? str(status.reason);
  const fields = { kind, name };
  if (namespace) fields.namespace = namespace;
  if (phase) fields.status = phase;
  for (const key of [
    "reason",
    "message",
    "replicas",
    "readyReplicas",
    "availableReplicas",
    "failed",
    "succeeded"
  ]) {
    const v = status[key];
    if (typeof v === "string" || typeof v === "number") fields[key] = v;
  }
  const shown = Object.entries(fields).filter(([k]) => k !== "kind" && k !== "name" && k !== "namespace").map(([k, v]) => `${k}=${v}`);
  const own = [ctx.at(["status", "phase"]), ctx.at(["status", "reason"]), ctx.at(["status", "message"])].filter((p) => p !== void 0).sort((a, b) => a.line - b.line);
  const named = ctx.at(["metadata", "name"]);
  out.unshift(
    k8sRecord({
      file: ctx.file,
      ...cited(ctx, own[0] ? spanOf(own[0], own) : named ? [named.line, named.line] : void 0),
      message: `${kind} ${name}${namespace ? ` (namespace ${namespace})` : ""}${shown.length ? `: ${shown.join(" ")}` : ""}`,
      level: statusLevel(str(status.reason) ?? phase),
      kind: "k8s-object",
      fields,
      subject
    })
  );
  return out;
}
function containerOf(cs, specContainers, podSubject, ctx, path) {
  const name = str(cs.name) ?? "?";
  const restarts = typeof cs.restartCount === "number" ? cs.restartCount : 0;
  const base = {
    container: name,
    restartCount: restarts,
    ready: cs.ready === true ? "True" : "False"
  };
  const resources = specContainers.get(name) ?? {};
  const shown = [];
  for (const group of ["limits", "requests"]) {
    const entries = Object.entries(obj(resources[group])).filter(([, v]) => str(v) !== void 0);
    for (const [k, v] of entries) base[`${group}.${k}`] = str(v);
    if (entries.length) shown.push(`${group} ${entries.map(([k, v]) => `${k}=${str(v)}`).join(" ")}`);
  }
  const state = stateOf(cs.state);
  const last = stateOf(cs.lastState);
  const subject = { ...podSubject, container: name };
  const out = [];
  for (const [key, s] of [
    ["state", state],
    ["lastState", last]
  ]) {
    if (!s.name) continue;
    const fields = { ...base, [key]: s.name };
    if (s.reason) fields[`${key}Reason`] = s.reason;
    if (s.exitCode !== void 0) {
      fields[key === "state" ? "exitCode" : "lastExitCode"] = s.exitCode;
      if (key === "lastState" && state.exitCode === void 0) fields.exitCode = s.exitCode;
    }
    const detail = [s.reason, s.exitCode !== void 0 ? `exit code ${s.exitCode}` : ""].filter(Boolean);
    const label = key === "state" ? "state" : "last state";
    const inner = [...path, key, s.name.toLowerCase()];
    const block = ctx.at([...path, key]);
    const failing = statusLevel(s.reason) === "ERROR";
    out.push(
      k8sRecord({
        file: ctx.file,
        ...cited(
          ctx,
          block && spanOf(block, [
            ctx.at([...inner, "reason"]),
            ctx.at([...inner, "exitCode"]),
            ctx.at([...inner, "signal"])
          ])
        ),
        message: `Container ${name}: ${[`${label} ${s.name}${detail.length ? ` (${detail.join(", ")})` : ""}`, `restarts ${restarts}`, ...shown].join("; ")}`,
        level: failing ? "ERROR" : key === "lastState" || !last.name ? statusLevel(s.reason, restarts) : statusLevel(s.reason),
        kind: "k8s-container",
        fields,
        subject
      })
    );
  }
  if (out.length > 0) return out;
  const named = ctx.at([...path, "name"]);
  return [
    k8sRecord({
      file: ctx.file,
      ...cited(ctx, named ? [named.line, named.line] : void 0),
      message: `Container ${name}: restarts ${restarts}${shown.length ? `; ${shown.join("; ")}` : ""}`,
      level: statusLevel(void 0, restarts),
      kind: "k8s-container",
      fields: base,
      subject
    })
  ];
}
function eventOf(o, ctx) {
  const involved = obj(o.involvedObject ?? o.regarding);
  const namespace = str(obj(o.metadata).namespace) ?? str(involved.namespace);
  const objectName = `${(str(involved.kind) ?? "").toLowerCase()}/${str(involved.name) ?? "?"}`;
  const type = str(o.type) ?? "";
  const reason = str(o.reason) ?? "";
  const message = str(o.message) ?? str(o.note) ?? "";
  const count = typeof o.count === "number" ? o.count : typeof obj(o.series).count === "number" ? obj(o.series).count : 1;
  const fields = { type, reason, object: objectName, count, message };
  const subject = {};
  if (namespace) subject.namespace = namespace;
  if (str(involved.kind) === "Pod" && str(involved.name)) subject.pod = str(involved.name);
  if (str(involved.kind) === "Node" && str(involved.name)) subject.node = str(involved.name);
  const time = str(o.lastTimestamp) ?? str(o.eventTime) ?? str(obj(o.metadata).creationTimestamp);
  const ms = time ? Date.parse(time) : Number.NaN;
  const said = ctx.at(["message"]) ?? ctx.at(["note"]) ?? ctx.at(["reason"]);
  const why = ctx.at(["reason"]);
  const span = said ? why && Math.abs(why.line - said.line) < 4 ? [Math.min(why.line, said.line), Math.max(why.line, said.endLine)] : [said.line, said.endLine] : void 0;
  return k8sRecord({
    file: ctx.file,
    ...cited(ctx, span),
    message: `${type} ${reason} ${objectName}: ${message}${count > 1 ? ` (x${count})` : ""}`,
    level: type === "Warning" ? "WARN" : "INFO",
    kind: "k8s-event",
    fields,
    subject,
    ...Number.isNaN(ms) ? {} : { time: new Date(ms).toISOString() }
  });
}

// src/ingest/logs/log-export.ts
var MESSAGE_PATHS = [
  ["textPayload"],
  ["jsonPayload", "message"],
  ["jsonPayload", "msg"],
  ["_source", "message"],
  ["_source", "log"],
  ["_source", "msg"],
  ["message"],
  ["msg"],
  ["log"]
];
var TIME_KEYS2 = ["timestamp", "@timestamp", "time", "ts", "date"];
function at(o, path) {
  let v = o;
  for (const key of path) v = isObj(v) ? v[key] : void 0;
  return v;
}
function messageOf(o) {
  for (const path of MESSAGE_PATHS) {
    const v = at(o, path);
    if (typeof v === "string" && v.length > 0) return { text: v, path };
  }
  if (isObj(o.jsonPayload)) return { text: JSON.stringify(o.jsonPayload), path: ["jsonPayload"] };
  return void 0;
}
function isLogEntry(o) {
  if (!isObj(o) || !messageOf(o)) return false;
  if ("textPayload" in o || "jsonPayload" in o || "_source" in o) return true;
  return TIME_KEYS2.some((k) => k in o) || "logStreamName" in o || "ingestionTime" in o;
}
function nanosToIso(v) {
  const text = typeof v === "number" ? String(v) : v;
  if (typeof text !== "string" || !/^\d{7,25}$/.test(text)) return void 0;
  const ms = Number(text.slice(0, -6));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : void 0;
}
function compareNanos(a, b) {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
function lokiEntries(doc, index) {
  const data = isObj(doc.data) ? doc.data : void 0;
  if (data?.resultType !== "streams") return void 0;
  const found = [];
  arr(data.result).forEach((stream, i) => {
    if (!isObj(stream)) return;
    const labels = isObj(stream.stream) ? stream.stream : {};
    const level = str(labels.level) ?? str(labels.detected_level);
    arr(stream.values).forEach((pair, j) => {
      if (!Array.isArray(pair) || typeof pair[1] !== "string") return;
      const entry = { message: pair[1], labels };
      const time = nanosToIso(pair[0]);
      if (time) entry.timestamp = time;
      if (level) entry.severity = level;
      found.push({ ns: String(pair[0]), entry: [entry, [index, "data", "result", i, "values", j]] });
    });
  });
  found.sort((a, b) => compareNanos(a.ns, b.ns));
  return found.length > 0 ? found.map((f) => f.entry) : void 0;
}
function logExportEntries(doc, index) {
  const list = (items, path) => items.length > 0 && isLogEntry(items[0]) ? items.map((item, j) => [item, [...path, j]]) : void 0;
  if (Array.isArray(doc)) return list(doc, [index]);
  if (!isObj(doc)) return void 0;
  if (doc.status === "success" && isObj(doc.data)) return lokiEntries(doc, index);
  if (Array.isArray(doc.events)) return list(doc.events, [index, "events"]);
  const hits = isObj(doc.hits) ? arr(doc.hits.hits) : [];
  return hits.length > 0 ? list(hits, [index, "hits", "hits"]) : void 0;
}
var SEVERITY = {
  DEBUG: "DEBUG",
  INFO: "INFO",
  NOTICE: "INFO",
  WARNING: "WARN",
  WARN: "WARN",
  ERROR: "ERROR",
  CRITICAL: "FATAL",
  ALERT: "FATAL",
  EMERGENCY: "FATAL"
};
function timeOf(o) {
  for (const key of TIME_KEYS2) {
    const v = o[key] ?? at(o, ["_source", key]);
    const ms = typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) : Number.NaN;
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return void 0;
}
function subjectOf2(o) {
  const labels = at(o, ["resource", "labels"]);
  const k8s = at(o, ["_source", "kubernetes"]);
  const pick2 = (...vs) => vs.map(str).find((v) => v !== void 0 && v !== "");
  const l = isObj(labels) ? labels : {};
  const k = isObj(k8s) ? k8s : {};
  const s = isObj(o.labels) ? o.labels : {};
  const subject = {};
  const pod = pick2(l.pod_name, k.pod_name, s.pod, s.k8s_pod_name);
  const namespace = pick2(l.namespace_name, k.namespace_name, s.namespace, s.k8s_namespace_name);
  const container = pick2(l.container_name, k.container_name, s.container, s.k8s_container_name);
  const service = pick2(s.app, s.service_name, s.app_kubernetes_io_name);
  const node = pick2(s.node_name, s.k8s_node_name);
  const host = pick2(l.instance_id, k.host, s.host, s.hostname);
  if (pod) subject.pod = pod;
  if (namespace) subject.namespace = namespace;
  if (container) subject.container = container;
  if (service) subject.service = service;
  if (node) subject.node = node;
  if (host && !pod) subject.host = host;
  return Object.keys(subject).length > 0 ? subject : void 0;
}
function logEntryRecords(o, ctx, year, now) {
  const message = messageOf(o);
  if (!message) return [];
  const line = ctx.at(message.path)?.line ?? ctx.at([])?.line ?? ctx.line;
  const assembler = createRecordAssembler(ctx.file, year, now);
  const out = [];
  for (const text of message.text.replace(/\n$/, "").split("\n")) {
    const done = assembler.push(text, line);
    if (done) out.push(done);
  }
  const last = assembler.flush();
  if (last) out.push(last);
  const severity = SEVERITY[(str(o.severity) ?? str(at(o, ["_source", "level"])) ?? "").toUpperCase()];
  const time = timeOf(o);
  const subject = subjectOf2(o);
  for (const record of out) {
    record.line = line;
    record.endLine = line;
    if (severity && record.level === "UNKNOWN") record.level = severity;
    if (time && record.time === void 0) record.time = time;
    if (subject && !record.subject) record.subject = subject;
  }
  return out;
}

// src/ingest/logs/export-lines.ts
function lineEntries(line) {
  const c = line.charCodeAt(0);
  if (c !== 123 && c !== 91 || line.length < 16) return void 0;
  let doc;
  try {
    doc = JSON.parse(line);
  } catch {
    return void 0;
  }
  return logExportEntries(doc, 0);
}
function opensExportLine(line) {
  return lineEntries(line.trim()) !== void 0;
}
function createExportLinesReader(file, year, now) {
  const lines = createRecordAssembler(file, year, now);
  return {
    push(line, lineNo) {
      const entries = lineEntries(line.trim());
      if (!entries) {
        const done = lines.push(line, lineNo);
        return done ? [done] : void 0;
      }
      const out = drainRecords(lines);
      const span = { line: lineNo, endLine: lineNo };
      const ctx = {
        file,
        line: lineNo,
        at: () => span,
        quote: () => ({ text: line.trim().slice(0, 2e3), endLine: lineNo })
      };
      for (const [o] of entries) {
        if (typeof o === "object" && o !== null && !Array.isArray(o))
          out.push(...logEntryRecords(o, ctx, year, now));
      }
      return out;
    },
    flush: () => drainRecords(lines)
  };
}

// src/ingest/logs/journald-export.ts
var MAX_FIELDS2 = 64;
function createJournaldExportReader(file) {
  let fields = {};
  let count = 0;
  let start = 0;
  let end = 0;
  const finish = () => {
    if (count === 0) return [];
    const read = structuredLine(fields);
    const text = read.text.length > 16e3 ? `${read.text.slice(0, 16e3)} …` : read.text;
    const lines = text.split("\n");
    const record = {
      file,
      line: start,
      endLine: end,
      text: lines.length > 200 ? lines.slice(0, 200).join("\n") : text,
      level: read.level ?? "UNKNOWN",
      message: read.message,
      fields: read.fields ?? fields
    };
    if (read.time) record.time = read.time;
    if (read.subject) record.subject = read.subject;
    fields = {};
    count = 0;
    return [record];
  };
  return {
    push(line, lineNo) {
      if (line === "") return finish();
      const eq = line.indexOf("=");
      if (eq <= 0) return void 0;
      if (count === 0) start = lineNo;
      end = lineNo;
      if (count++ < MAX_FIELDS2) fields[line.slice(0, eq)] = line.slice(eq + 1, eq + 1 + 4e3);
      return void 0;
    },
    flush: finish
  };
}

// src/ingest/logs/k8s-manifest.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/ingest/logs/docker-inspect.ts
function healthOf(o) {
  if (Array.isArray(o.Log) && typeof o.Status === "string" && "FailingStreak" in o)
    return { health: o, path: [] };
  const state = isObj(o.State) ? o.State : isObj(o.Health) ? o : void 0;
  if (!state || !isObj(state.Health)) return void 0;
  const name = str(o.Name)?.replace(/^\//, "");
  const path = state === o ? ["Health"] : ["State", "Health"];
  return { health: state.Health, path, ...name ? { name } : {} };
}
var MAX_MESSAGE = 2e3;
var cap2 = (text) => text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)} …` : text;
function dockerInspectRecords(o, ctx) {
  const found = healthOf(o);
  if (!found) return void 0;
  const { health, path, name } = found;
  const who = name ? `container ${name}` : "the container";
  const subject = name ? { container: name } : void 0;
  const quote2 = (rel) => {
    const span = ctx.at([...path, ...rel]);
    const from = span?.line ?? ctx.line;
    const q = ctx.quote(from, span?.endLine ?? from);
    return { line: from, endLine: q.endLine, text: q.text };
  };
  const out = [];
  arr(health.Log).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const exit = typeof entry.ExitCode === "number" ? entry.ExitCode : void 0;
    const output = (str(entry.Output) ?? "").trim();
    if (exit === 0) return;
    const start = str(entry.Start);
    out.push({
      file: ctx.file,
      ...quote2(str(entry.Output) !== void 0 ? ["Log", i, "Output"] : ["Log", i]),
      message: cap2(`Health check of ${who} failed (exit ${exit ?? "?"}): ${output || "(no output)"}`),
      level: "ERROR",
      ...subject ? { subject } : {},
      ...start ? { time: start } : {}
    });
  });
  const status = str(health.Status) ?? "?";
  const streak = typeof health.FailingStreak === "number" ? health.FailingStreak : void 0;
  out.unshift({
    file: ctx.file,
    ...quote2(["Status"]),
    message: `Docker health status of ${who}: ${status}${streak !== void 0 ? ` (failing streak ${streak})` : ""}`,
    level: status === "unhealthy" ? "ERROR" : "INFO",
    ...subject ? { subject } : {}
  });
  return out;
}

// src/ingest/logs/manifest-positions.ts
var import_yaml = __toESM(require_dist(), 1);
var SEP2 = "\0";
var pathKey = (path) => path.join(SEP2);
var KEYS = /* @__PURE__ */ new Set([
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
  "log"
]);
var LISTS = /* @__PURE__ */ new Set([
  "items",
  "containerStatuses",
  "initContainerStatuses",
  "conditions",
  "Log",
  "events",
  "hits",
  // Loki's streams and their [time, line] pairs
  "result",
  "values"
]);
var MAX_DEPTH2 = 64;
function wanted(key, parent) {
  if (key === void 0) return false;
  return typeof key === "number" ? typeof parent === "string" && LISTS.has(parent) : KEYS.has(key);
}
function jsonPositions(text, firstLine) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  let line = firstLine;
  const start = () => {
    const top = stack.at(-1);
    if (!top) return { path: "0", key: void 0, parent: void 0, line };
    if (top.array) return { path: `${top.path}${SEP2}${top.index}`, key: top.index, parent: top.key, line };
    return {
      path: `${top.path}${SEP2}${top.pendingKey}`,
      key: top.pendingKey,
      parent: top.key,
      line: top.keyLine
    };
  };
  const scalar = () => {
    const at2 = start();
    if (wanted(at2.key, at2.parent)) out.set(at2.path, { line: at2.line, endLine: line });
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
      if (stack.length >= MAX_DEPTH2) return out;
      const at2 = start();
      stack.push({
        array: c === 91,
        path: at2.path,
        key: at2.key,
        start: wanted(at2.key, at2.parent) ? at2.line : -1,
        index: 0,
        expectKey: c === 123,
        pendingKey: "",
        keyLine: line
      });
    } else if (c === 125 || c === 93) {
      const frame = stack.pop();
      if (frame && frame.start >= 0) out.set(frame.path, { line: frame.start, endLine: line });
    } else if (c === 44) {
      const top = stack.at(-1);
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
    } else {
      let j = i + 1;
      while (j < text.length && !/[,\]}\s]/.test(text[j])) j++;
      scalar();
      i = j;
      continue;
    }
    i++;
  }
  return out;
}
function yamlPositions(docs, lineOf) {
  const out = /* @__PURE__ */ new Map();
  const visit = (node, path, key, parent, keyLine, depth) => {
    const range = node?.range;
    if (!range || depth > MAX_DEPTH2) return;
    if (wanted(key, parent))
      out.set(path, { line: keyLine ?? lineOf(range[0]), endLine: lineOf(Math.max(range[0], range[1] - 1)) });
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml.isScalar)(pair.key)) continue;
        const name = String(pair.key.value);
        const at2 = pair.key.range ? lineOf(pair.key.range[0]) : void 0;
        visit(pair.value, `${path}${SEP2}${name}`, name, key, at2, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, index) => {
        visit(item, `${path}${SEP2}${index}`, index, key, void 0, depth + 1);
      });
    }
  };
  docs.forEach((doc, index) => {
    visit(doc.contents, String(index), void 0, void 0, void 0, 0);
  });
  return out;
}

// src/ingest/logs/k8s-manifest.ts
var MAX_DOCUMENT_CHARS = 16 << 20;
var MAX_OBJECTS = 2e3;
function createManifestReader(file, json, year = 2e3, now = 0) {
  const lines = [];
  let chars = 0;
  let first2 = 0;
  let tooBig = false;
  return {
    push(line, lineNo) {
      if (first2 === 0) first2 = lineNo;
      if (tooBig || chars + line.length >= MAX_DOCUMENT_CHARS) {
        tooBig = true;
        return void 0;
      }
      lines.push(line);
      chars += line.length + 1;
      return void 0;
    },
    flush() {
      if (first2 === 0) return [];
      const { docs, positions } = parseDocuments(lines, first2, json);
      if (json && docs.length === 0 && !tooBig) return asLogLines(file, lines, first2, year, now);
      const out = [];
      const quote2 = (from, to) => {
        const kept = lines.slice(from - first2, Math.min(to, from + MAX_QUOTED_LINES - 1) - first2 + 1);
        const indent2 = Math.min(
          ...kept.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length)
        );
        return {
          text: kept.map((l) => l.trimEnd().slice(Number.isFinite(indent2) ? indent2 : 0)).join("\n"),
          endLine: from + Math.max(0, kept.length - 1)
        };
      };
      let objects = 0;
      docs.forEach((d, index) => {
        const exported = logExportEntries(d, index);
        const list = isObj(d) && /List$/.test(str(d.kind) ?? "");
        const items = exported ?? (list ? arr(d.items).map((item, j) => [item, [index, "items", j]]) : Array.isArray(d) ? d.map((item, j) => [item, [index, j]]) : [[d, [index]]]);
        for (const [o, path] of items) {
          if (objects++ >= MAX_OBJECTS || !isObj(o)) continue;
          const at2 = (rel) => positions.get(pathKey([...path, ...rel]));
          const ctx = { file, line: at2([])?.line ?? first2, at: at2, quote: quote2 };
          if (exported) out.push(...logEntryRecords(o, ctx, year, now));
          else out.push(...dockerInspectRecords(o, ctx) ?? objectRecords(o, ctx));
        }
      });
      if (out.length === 0 || tooBig) {
        out.push(
          k8sRecord({
            file,
            line: first2,
            text: lines[0]?.trim() || "(empty)",
            message: tooBig ? "Kubernetes manifest cut: larger than 16 MiB" : "Kubernetes manifest with no object",
            level: "WARN",
            kind: "k8s-object",
            fields: {}
          })
        );
      }
      return out;
    }
  };
}
function asLogLines(file, lines, first2, year, now) {
  const assembler = createRecordAssembler(file, year, now);
  const out = [];
  lines.forEach((line, i) => {
    const record = assembler.push(line, first2 + i);
    if (record) out.push(record);
  });
  out.push(...drainRecords(assembler));
  return out;
}
function parseDocuments(lines, first2, json) {
  const text = `${lines.join("\n")}
`;
  if (json) {
    try {
      return { docs: [JSON.parse(text)], positions: jsonPositions(text, first2) };
    } catch {
      return { docs: [], positions: /* @__PURE__ */ new Map() };
    }
  }
  const starts = [0];
  for (const line of lines) starts.push(starts.at(-1) + line.length + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return first2 + lo;
  };
  try {
    const parsed = (0, import_yaml2.parseAllDocuments)(text);
    const good = (Array.isArray(parsed) ? parsed : []).filter(
      (d) => "errors" in d && d.errors.length === 0
    );
    return {
      docs: good.map((d) => d.toJS({ maxAliasCount: 50 })),
      positions: yamlPositions(good, lineOf)
    };
  } catch {
    return { docs: [], positions: /* @__PURE__ */ new Map() };
  }
}

// src/ingest/logs/kubectl-describe-containers.ts
function quote(raw, from, to) {
  const lines = [];
  let end = from;
  for (let n = from; n <= to; n++) {
    const line = raw.get(n);
    if (line === void 0) break;
    lines.push(line.trimEnd());
    end = n;
  }
  const indent2 = Math.min(
    ...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length)
  );
  if (!Number.isFinite(indent2)) return { text: "", endLine: from };
  return { text: lines.map((l) => l.slice(indent2)).join("\n"), endLine: end };
}
var STATE_DETAIL = ["Reason", "Message", "Exit Code", "Signal"];
function containerRecords(file, c, subject) {
  const v = c.values;
  const restarts = leadingNumber(v["Restart Count"]) ?? 0;
  const base = { container: c.name, restartCount: restarts };
  if (v.Ready) base.ready = v.Ready;
  const resources = [];
  for (const group of ["Limits", "Requests"]) {
    const entries = Object.entries(v).filter(([k]) => k.startsWith(`${group}.`));
    for (const [k, value] of entries) base[`${group.toLowerCase()}.${k.slice(group.length + 1)}`] = value;
    if (entries.length > 0)
      resources.push(
        `${group.toLowerCase()} ${entries.map(([k, value]) => `${k.slice(group.length + 1)}=${value}`).join(" ")}`
      );
  }
  const stateExit = v["State.Exit Code"];
  const out = [];
  for (const [label, key] of [
    ["State", "state"],
    ["Last State", "lastState"]
  ]) {
    const start = c.at[label];
    if (!v[label] || start === void 0) continue;
    const fields = { ...base, [key]: v[label] };
    const reason = v[`${label}.Reason`];
    const exit = v[`${label}.Exit Code`];
    if (reason) fields[`${key}Reason`] = reason;
    if (exit !== void 0 && /^-?\d+$/.test(exit)) {
      fields[key === "state" ? "exitCode" : "lastExitCode"] = Number(exit);
      if (key === "lastState" && stateExit === void 0) fields.exitCode = Number(exit);
    }
    const detail = [reason, exit !== void 0 ? `exit code ${exit}` : void 0].filter(Boolean).join(", ");
    const summary = [
      `${label.toLowerCase()} ${v[label]}${detail ? ` (${detail})` : ""}`,
      `restarts ${restarts}`,
      ...resources
    ];
    const last = Math.max(start, ...STATE_DETAIL.map((d) => c.at[`${label}.${d}`] ?? 0));
    const cited2 = quote(c.raw, start, last);
    const failing = statusLevel(reason) === "ERROR";
    const level = failing ? "ERROR" : key === "lastState" || !v["Last State"] ? statusLevel(reason, restarts) : statusLevel(reason);
    out.push(
      k8sRecord({
        file,
        line: start,
        endLine: cited2.endLine,
        text: cited2.text || `${label}: ${v[label]}`,
        message: `Container ${c.name}: ${summary.join("; ")}`,
        level,
        kind: "k8s-container",
        fields,
        subject: { ...subject, container: c.name }
      })
    );
  }
  if (out.length > 0) return out;
  return [
    k8sRecord({
      file,
      line: c.line,
      text: c.raw.get(c.line)?.trim() ?? `${c.name}:`,
      message: `Container ${c.name}: restarts ${restarts}${resources.length ? `; ${resources.join("; ")}` : ""}`,
      level: statusLevel(void 0, restarts),
      kind: "k8s-container",
      fields: base,
      subject: { ...subject, container: c.name }
    })
  ];
}

// src/ingest/logs/kubectl-table.ts
var HEADER_WORD = /^[A-Z][A-Z0-9()/-]*(?: [A-Z][A-Z0-9()/-]*)*$/;
function tableHeader(line, indent2 = 0) {
  const names = [];
  const starts = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index < indent2 || !HEADER_WORD.test(m[0])) return void 0;
    names.push(m[0]);
    starts.push(m.index);
  }
  if (names.length < 2) return void 0;
  return { names, starts };
}
function rowValues(line, columns) {
  const { names, starts } = columns;
  const aligned = starts.every(
    (s, i) => i === 0 || line.length > s && line[s - 1] === " " && line[s] !== " "
  );
  const values = {};
  if (aligned) {
    for (let i = 0; i < names.length; i++) {
      values[names[i]] = line.slice(starts[i], i + 1 < names.length ? starts[i + 1] : void 0).trim();
    }
    return values;
  }
  const parts = line.trim().split(/\s{2,}/);
  for (let i = 0; i < names.length; i++) {
    values[names[i]] = i === names.length - 1 ? parts.slice(i).join("  ") : parts[i] ?? "";
  }
  return values;
}
function isEventTable(names) {
  return names.includes("REASON") && names.includes("MESSAGE");
}
function eventLevel(type) {
  return type === "Warning" ? "WARN" : type === "Normal" ? "INFO" : "UNKNOWN";
}
function countOf(age) {
  const m = age ? /\(x(\d+) over/.exec(age) : null;
  return m ? Number(m[1]) : void 0;
}
function eventRecord(file, lineNo, values, context) {
  const type = values.TYPE ?? values.Type ?? "";
  const reason = values.REASON ?? values.Reason ?? "";
  const message = values.MESSAGE ?? values.Message ?? "";
  const object = values.OBJECT ?? (values.NAME && values.KIND ? `${values.KIND.toLowerCase()}/${values.NAME}` : context.object ?? "");
  const namespace = values.NAMESPACE ?? context.namespace;
  const fields = { type, reason, object, message };
  const count = leadingNumber(values.COUNT) ?? countOf(values["LAST SEEN"] ?? values.Age ?? values.AGE) ?? 1;
  fields.count = count;
  const from = values.SOURCE ?? values.From;
  if (from) fields.source = from;
  if (namespace) fields.namespace = namespace;
  return k8sRecord({
    file,
    line: lineNo,
    text: context.raw.trim(),
    level: eventLevel(type),
    kind: "k8s-event",
    fields,
    subject: subjectOfObject(object, namespace)
  });
}
function podRecord(file, lineNo, values, raw) {
  const restarts = leadingNumber(values.RESTARTS) ?? 0;
  const status = values.STATUS ?? "";
  const fields = {
    name: values.NAME ?? "",
    ready: values.READY ?? "",
    status,
    restartCount: restarts
  };
  if (values.AGE) fields.age = values.AGE;
  if (values.IP) fields.ip = values.IP;
  if (values.NODE) fields.node = values.NODE;
  if (values.NAMESPACE) fields.namespace = values.NAMESPACE;
  const subject = { pod: values.NAME ?? "" };
  if (values.NAMESPACE) subject.namespace = values.NAMESPACE;
  if (values.NODE && values.NODE !== "<none>") subject.node = values.NODE;
  const level = statusLevel(status, restarts);
  return k8sRecord({ file, line: lineNo, text: raw.trim(), level, kind: "k8s-object", fields, subject });
}
function objectRecord(file, lineNo, values, raw) {
  const fields = {};
  for (const [name, value] of Object.entries(values)) fields[fieldName(name)] = value;
  const status = values.STATUS;
  const subject = {};
  if (values.NAMESPACE) subject.namespace = values.NAMESPACE;
  if (values.ROLES !== void 0 && values.NAME) subject.node = values.NAME;
  return k8sRecord({
    file,
    line: lineNo,
    text: raw.trim(),
    level: statusLevel(status),
    kind: "k8s-object",
    fields,
    subject
  });
}
function tableRowRecord(file, lineNo, line, columns) {
  const values = rowValues(line, columns);
  const names = columns.names;
  if (isEventTable(names)) return eventRecord(file, lineNo, values, { raw: line });
  if (names.includes("READY") && names.includes("STATUS") && names.includes("RESTARTS"))
    return podRecord(file, lineNo, values, line);
  return objectRecord(file, lineNo, values, line);
}

// src/ingest/logs/kubectl-describe.ts
var KEY_VALUE = /^( *)([A-Za-z][\w .()/-]{0,60}?):(?:\s+(.*))?$/;
var MAX_OBJECT_FIELDS = 40;
var MAX_KEPT_LINES = 400;
var OBJECT_STATUS = ["Status", "Reason", "Message", "Replicas", "Pods Statuses"];
function objectKind(fields) {
  if (fields.Roles !== void 0 || fields.Taints !== void 0) return "node";
  if (fields.Replicas !== void 0) return "deployment";
  if (fields["Pods Statuses"] !== void 0 || fields.Completions !== void 0) return "job";
  if (fields.StorageClass !== void 0 || fields["Access Modes"] !== void 0) return "pvc";
  if (fields.Node !== void 0 || fields.IP !== void 0 || fields["QoS Class"] !== void 0) return "pod";
  return "object";
}
function createDescribeReader(file) {
  let object;
  let section;
  let container;
  let columns;
  const subject = () => {
    const s = {};
    const f = object?.fields ?? {};
    if (f.Namespace) s.namespace = f.Namespace;
    const kind = objectKind(f);
    if (kind === "pod" && f.Name) s.pod = f.Name;
    if (kind === "node" && f.Name) s.node = f.Name;
    if (kind === "pod" && f.Node && f.Node !== "<none>") s.node = f.Node.split("/")[0];
    if (kind === "deployment" && f.Name) s.service = f.Name;
    return s;
  };
  const finishContainer = () => {
    if (!container) return [];
    const c = container;
    container = void 0;
    return containerRecords(file, c, subject());
  };
  const finishObject = () => {
    const out = finishContainer();
    if (!object) return out;
    const o = object;
    const f = o.fields;
    const kind = objectKind(f);
    const fields = { kind };
    for (const [k, v] of Object.entries(f)) fields[fieldName(k)] = v;
    const shown = ["Status", "Reason", "Message", "Replicas", "Pods Statuses", "Node"].filter((k) => f[k]).map((k) => `${k}: ${f[k]}`);
    const status = f.Status ?? f.Reason;
    const statusLines = OBJECT_STATUS.map((k) => o.at[k]).filter((n) => n !== void 0);
    const from = statusLines.length > 0 ? Math.min(...statusLines) : o.line;
    const to = statusLines.filter((n) => n - from < 4).reduce((a, b) => Math.max(a, b), from);
    const cited2 = quote(o.raw, from, to);
    out.unshift(
      k8sRecord({
        file,
        line: from,
        endLine: cited2.endLine,
        text: cited2.text || `Name: ${f.Name ?? "?"}`,
        message: `${kind} ${f.Name ?? "?"}${f.Namespace ? ` (namespace ${f.Namespace})` : ""}${shown.length ? `: ${shown.join("; ")}` : ""}`,
        level: /unavailable/.test(f.Replicas ?? "") && !/ 0 unavailable/.test(f.Replicas ?? "") ? "WARN" : statusLevel(status),
        kind: "k8s-object",
        fields,
        subject: subject()
      })
    );
    object = void 0;
    return out;
  };
  const eventRows = (line, lineNo, values) => {
    const f = object?.fields ?? {};
    const kind = objectKind(f);
    return [
      eventRecord(file, lineNo, values, {
        raw: line,
        ...f.Namespace ? { namespace: f.Namespace } : {},
        ...f.Name ? { object: `${kind}/${f.Name}` } : {}
      })
    ];
  };
  const tableRow = (line, lineNo) => {
    if (!columns) {
      const names = line.trim().split(/\s{2,}/);
      const [type2, reason, age, source, ...message] = names;
      if (section === "events" && (type2 === "Normal" || type2 === "Warning") && message.length > 0)
        return eventRows(line, lineNo, {
          Type: type2,
          Reason: reason ?? "",
          Age: age ?? "",
          From: source ?? "",
          Message: message.join("  ")
        });
      if (names[0] !== "Type") return void 0;
      const starts = [];
      let from = 0;
      for (const name of names) {
        const at2 = line.indexOf(name, from);
        starts.push(at2);
        from = at2 + name.length;
      }
      columns = { names, starts };
      return void 0;
    }
    if (/^\s*-{3,}/.test(line)) return void 0;
    const values = rowValues(line, columns);
    if (section === "events") return eventRows(line, lineNo, values);
    const type = values.Type ?? "";
    const status = values.Status ?? "";
    const fields = { type, status };
    if (values.Reason) fields.reason = values.Reason;
    if (values.Message) fields.message = values.Message;
    return [
      k8sRecord({
        file,
        line: lineNo,
        text: line.trim(),
        level: conditionLevel(type, status),
        kind: "k8s-condition",
        fields,
        subject: subject()
      })
    ];
  };
  return {
    push(line, lineNo) {
      if (line.trim() === "") return void 0;
      const kv = KEY_VALUE.exec(line);
      const indent2 = line.length - line.trimStart().length;
      if (indent2 === 0) {
        if (!kv) return void 0;
        const [, , key2, value2 = ""] = kv;
        const out = key2 === "Name" && object && Object.keys(object.fields).length > 1 ? finishObject() : finishContainer();
        object ??= { line: lineNo, endLine: lineNo, fields: {}, at: {}, raw: /* @__PURE__ */ new Map() };
        object.endLine = lineNo;
        if (object.raw.size < MAX_KEPT_LINES) object.raw.set(lineNo, line);
        object.at[key2] ??= lineNo;
        columns = void 0;
        if (key2 === "Containers" || key2 === "Init Containers") section = "containers";
        else if (key2 === "Conditions") section = "conditions";
        else if (key2 === "Events") section = "events";
        else {
          section = value2 === "" ? "other" : void 0;
          if (Object.keys(object.fields).length < MAX_OBJECT_FIELDS) object.fields[key2] = value2.trim();
        }
        return out.length > 0 ? out : void 0;
      }
      if (section === "conditions" || section === "events") return tableRow(line, lineNo);
      if (section !== "containers" || !kv) return void 0;
      const key = kv[2];
      const value = (kv[3] ?? "").trim();
      if (indent2 === 2 && value === "") {
        const out = finishContainer();
        container = { name: key, line: lineNo, endLine: lineNo, values: {}, at: {}, raw: /* @__PURE__ */ new Map(), sub: "" };
        container.raw.set(lineNo, line);
        return out.length > 0 ? out : void 0;
      }
      if (!container) return void 0;
      container.endLine = lineNo;
      if (container.raw.size < MAX_KEPT_LINES) container.raw.set(lineNo, line);
      if (indent2 <= 4) {
        container.sub = key;
        container.at[key] ??= lineNo;
        if (value !== "") container.values[key] = value;
      } else if (container.sub) {
        container.values[`${container.sub}.${key}`] = value;
        container.at[`${container.sub}.${key}`] ??= lineNo;
      }
      return void 0;
    },
    flush: finishObject
  };
}

// src/ingest/logs/file-reader.ts
var TABLE_KEYS = /(?:^|\s)(?:NAME|LAST SEEN|REASON)(?:\s|$)/;
function createTableReader(file, year, now, first2) {
  let columns = first2;
  const fallback = createRecordAssembler(file, year, now);
  return {
    push(line, lineNo) {
      if (line.trim() === "") return void 0;
      const header = tableHeader(line);
      if (header && TABLE_KEYS.test(line)) {
        columns = header;
        return void 0;
      }
      if (line.trim().split(/\s{2,}/).length < 2) {
        const plain = fallback.push(line, lineNo);
        return plain ? [plain] : void 0;
      }
      return [tableRowRecord(file, lineNo, line, columns)];
    },
    flush: () => drainRecords(fallback)
  };
}
var DESCRIBE_SECTION = /^(?:(?:Events|Containers|Init Containers|Conditions|Volumes):\s*$|(?:Node-Selectors|Tolerations|Namespace|Priority Class Name):\s+\S)/;
function opensDescribe(line) {
  return /^Name:\s+\S/.test(line) || DESCRIBE_SECTION.test(line);
}
var DESCRIBE_KEY = /^[A-Z][A-Za-z]*(?:[ -][A-Za-z()]+)*:(?:\s|$)/;
function withPastedLogs(describe, file, year, now) {
  const lines = createRecordAssembler(file, year, now);
  let inLogs = false;
  return {
    push(line, lineNo) {
      if (inLogs && opensDescribe(line)) {
        inLogs = false;
        const out = [...drainRecords(lines), ...describe.push(line, lineNo) ?? []];
        return out.length > 0 ? out : void 0;
      }
      if (!inLogs && line.trim() !== "" && !/^\s/.test(line) && !DESCRIBE_KEY.test(line)) inLogs = true;
      if (!inLogs) return describe.push(line, lineNo);
      const record = lines.push(line, lineNo);
      return record ? [record] : void 0;
    },
    flush: () => [...drainRecords(lines), ...describe.flush()]
  };
}
function documentReader(line, file, year, now) {
  if (/^(?:__CURSOR|__REALTIME_TIMESTAMP)=/.test(line)) return createJournaldExportReader(file);
  if (opensDescribe(line)) return withPastedLogs(createDescribeReader(file), file, year, now);
  if (/^(?:apiVersion|kind):\s*\S/.test(line)) return createManifestReader(file, false);
  if (line.trimEnd() === "{" || line.trimEnd() === "[") return createManifestReader(file, true, year, now);
  if (opensExportLine(line)) return createExportLinesReader(file, year, now);
  if (opensJsonDocument(line)) return createManifestReader(file, true, year, now);
  const header = TABLE_KEYS.test(line) ? tableHeader(line) : void 0;
  if (header) return createTableReader(file, year, now, header);
  return void 0;
}
function opensJsonDocument(line) {
  const head = line.trim();
  if (!/^[{[]/.test(head) || !/[[{,]$/.test(head)) return false;
  try {
    JSON.parse(head);
    return false;
  } catch {
    return true;
  }
}
function opensDocument(line) {
  return documentReader(line, "", 2e3, 0) !== void 0;
}
function createFileReader(file, year, now = Date.now(), linesOnly = false) {
  const lines = createRecordAssembler(file, year, now);
  let document;
  let decided = linesOnly;
  return {
    push(line, lineNo) {
      if (decided) return document ? document.push(line, lineNo) : lines.push(line, lineNo);
      if (line.trim() === "") return void 0;
      decided = true;
      document = documentReader(line, file, year, now);
      return document ? document.push(line, lineNo) : lines.push(line, lineNo);
    },
    flush() {
      return document ? document.flush() : drainRecords(lines);
    }
  };
}

// src/ingest/logs/log-directory.ts
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, sep as sep2 } from "node:path";

// src/ingest/logs/text-sniff.ts
var SNIFF_BYTES = 8192;
var PADDING_RUN = 8;
var BINARY_SHARE = 0.02;
function encodingOf(head) {
  if (head.length >= 2 && head[0] === 255 && head[1] === 254) return "utf-16le";
  if (head.length >= 2 && head[0] === 254 && head[1] === 255) return "utf-16be";
  return "utf-8";
}
function isStrayControl(code) {
  return code < 32 && code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13 && code !== 27;
}
function looksBinary(head) {
  const length = Math.min(head.length, SNIFF_BYTES);
  const at2 = typeof head === "string" ? (i) => head.charCodeAt(i) : (i) => head[i];
  let stray = 0;
  let counted = 0;
  for (let i = 0; i < length; i++) {
    const code = at2(i);
    if (code === 0) {
      let end = i + 1;
      while (end < length && at2(end) === 0) end++;
      if (end - i < PADDING_RUN) {
        stray += end - i;
        counted += end - i;
      }
      i = end - 1;
      continue;
    }
    counted++;
    if (isStrayControl(code)) stray++;
  }
  return counted > 0 ? stray > counted * BINARY_SHARE : false;
}
function headIsReadable(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return true;
  if (encodingOf(head) !== "utf-8") return true;
  return !looksBinary(head);
}

// src/ingest/logs/log-directory.ts
var MAX_LOG_FILES = 200;
var MAX_ENTRIES = 2e4;
var MAX_DEPTH3 = 16;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([
  "node_modules",
  "bower_components",
  "vendor",
  "__pycache__",
  "site-packages"
]);
function isTextOrGzip(path) {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return headIsReadable(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}
function inside(root, real) {
  return real === root || real.startsWith(root.endsWith(sep2) ? root : root + sep2);
}
function walkLogDirectory(dir, display, limit = MAX_LOG_FILES) {
  let root;
  try {
    root = realpathSync(dir);
  } catch (error) {
    throw new UsageError(`${display}: cannot read directory (${error.code})`, {
      cause: error
    });
  }
  const out = { files: [], skipped: 0 };
  const visited = /* @__PURE__ */ new Set([root]);
  let entries = 0;
  const walk = (path, relative, depth) => {
    let listing;
    try {
      listing = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      if (depth === 0)
        throw new UsageError(`${display}: cannot read directory (${error.code})`, {
          cause: error
        });
      out.skipped++;
      return;
    }
    listing.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of listing) {
      if (++entries > MAX_ENTRIES)
        throw new UsageError(`${display}: more than ${MAX_ENTRIES} entries; name the log folder itself`);
      if (entry.name.startsWith(".")) continue;
      const child = join(path, entry.name);
      const childRelative = relative === "" ? entry.name : join(relative, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const real = realOrUndefined(child);
        if (real === void 0 || !inside(root, real)) {
          out.skipped++;
          continue;
        }
        const stats = statSync(real, { throwIfNoEntry: false });
        isDir = stats?.isDirectory() ?? false;
        isFile = stats?.isFile() ?? false;
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(entry.name) || depth >= MAX_DEPTH3) continue;
        const real = realOrUndefined(child);
        if (real === void 0 || visited.has(real)) continue;
        visited.add(real);
        walk(child, childRelative, depth + 1);
      } else if (isFile) {
        addFile(child, childRelative);
      }
    }
  };
  const addFile = (path, relative) => {
    let bytes;
    try {
      bytes = statSync(path).size;
      if (bytes === 0 || !isTextOrGzip(path)) {
        out.skipped++;
        return;
      }
    } catch {
      out.skipped++;
      return;
    }
    if (out.files.length >= limit)
      throw new UsageError(`${display}: more than ${limit} log files; name fewer files or a subfolder`);
    out.files.push({ path, relative, bytes });
  };
  walk(dir, "", 0);
  return out;
}
function realOrUndefined(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
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
  const { files, skipped } = walkLogDirectory(path, display);
  if (files.length === 0)
    throw new UsageError(
      `no readable log in ${display}${skipped > 0 ? ` (${skipped} empty, binary or unreadable file(s) skipped)` : " (no files)"}`
    );
  for (const file of files)
    out.push({
      path: file.path,
      display: names[file.path] ?? join2(display, file.relative),
      bytes: file.bytes
    });
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
var READ_CHUNK_BYTES = 1 << 16;
async function openText(input, options) {
  if (input.path === "-") {
    const stdin = options.stdin ?? process.stdin;
    return { stream: stdin, rawBytes: () => -1 };
  }
  const start = options.from?.byte ?? 0;
  const file = createReadStream(input.path, { highWaterMark: READ_CHUNK_BYTES, start });
  if (start > 0) return { stream: file, rawBytes: () => start + file.bytesRead };
  if (!await isGzip(input.path)) return { stream: file, rawBytes: () => file.bytesRead };
  const gunzip = createGunzip();
  file.on("error", (error) => gunzip.destroy(error));
  return { stream: file.pipe(gunzip), rawBytes: () => file.bytesRead };
}
var MAX_KEPT_LINE = 1 << 20;
var ANY_BREAK = /\r\n|\r|\n/;
function breaksOf(text) {
  if (text.includes("\n")) return "lf";
  return text.includes("\r") ? "cr" : "unknown";
}
async function* linesOf(input, options, onBytes) {
  const { stream, rawBytes } = await openText(input, options);
  let decoder = new TextDecoder("utf-8");
  let ascii = true;
  let rest = "";
  let first2 = true;
  let breaks = "unknown";
  let pendingCr = false;
  let tentative = false;
  try {
    for await (const chunk of stream) {
      options.signal?.throwIfAborted();
      const raw = rawBytes();
      onBytes(raw >= 0 ? raw : chunk.length);
      if (first2 && !options.from && typeof chunk !== "string") {
        const encoding = encodingOf(chunk);
        if (encoding !== "utf-8") {
          decoder = new TextDecoder(encoding);
          ascii = false;
        }
      }
      let text;
      if (typeof chunk === "string") text = chunk;
      else if (ascii && isAscii(chunk)) text = chunk.toString("latin1");
      else {
        ascii = false;
        text = decoder.decode(chunk, { stream: true });
      }
      if (first2) {
        first2 = false;
        if (!options.from && looksBinary(text))
          throw new UsageError(`${input.display}: looks like a binary file, not a log`);
      }
      if (text.includes("\0")) text = text.replaceAll("\0", "");
      if (pendingCr && text.length > 0) {
        pendingCr = false;
        if (text.charCodeAt(0) === 10) {
          text = text.slice(1);
          if (tentative) breaks = "lf";
        }
        tentative = false;
      }
      if (breaks === "unknown") {
        breaks = breaksOf(text);
        tentative = breaks === "cr" && text.indexOf("\r") === text.length - 1;
      }
      if (breaks === "cr") pendingCr = text.charCodeAt(text.length - 1) === 13;
      const lines = breaks === "cr" ? text.split(ANY_BREAK) : text.split("\n");
      if (lines.length === 1) {
        if (rest.length < MAX_KEPT_LINE) rest += lines[0].slice(0, MAX_KEPT_LINE - rest.length + 1);
        continue;
      }
      lines[0] = rest.length < MAX_KEPT_LINE ? rest + lines[0].slice(0, MAX_KEPT_LINE + 1) : rest;
      rest = lines.pop() ?? "";
      if (rest.length > MAX_KEPT_LINE) rest = rest.slice(0, MAX_KEPT_LINE + 1);
      if (text.includes("\x1B") || lines[0].includes("\x1B")) stripEscapes(lines);
      yield lines;
    }
  } catch (error) {
    if (error instanceof UsageError || options.signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${input.display}: cannot read (${message})`, { cause: error });
  }
  rest += decoder.decode();
  if (rest === "") return;
  const last = [rest];
  stripEscapes(last);
  yield last;
}
async function* readLogRecordBatches(inputs, options = {}) {
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
    const reader = createFileReader(
      file.display,
      year,
      options.year === void 0 ? now : Number.POSITIVE_INFINITY,
      options.from !== void 0
    );
    let lineNo = (options.from?.line ?? 1) - 1;
    for await (const lines of linesOf(file, options, onBytes)) {
      const batch = [];
      for (const raw of lines) {
        lineNo++;
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        const out = reader.push(line, lineNo);
        if (out === void 0) continue;
        if (Array.isArray(out)) for (const record of out) batch.push(record);
        else batch.push(out);
      }
      if (batch.length > 0) yield batch;
    }
    const last = reader.flush();
    if (last.length > 0) yield last;
    options.onFileDone?.(file, lineNo);
    done += file.bytes;
  }
}

// src/ingest/logs/parallel/split.ts
import { closeSync as closeSync2, fstatSync, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { resolve as resolve2 } from "node:path";
var SPLIT_MIN_BYTES = 32 << 20;
function idleCore() {
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0] <= cores - 1;
}
var FIRST_CHUNK = 1 << 20;
function planSplit(inputs, options = {}) {
  if (options.oneThread || inputs === "-" || inputs.length !== 1 || inputs[0] === "-") return void 0;
  if (options.split === void 0 && !idleCore()) return void 0;
  const path = resolve2(inputs[0]);
  let fd;
  try {
    fd = openSync2(path, "r");
  } catch {
    return void 0;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return void 0;
    const size = info.size;
    const at2 = options.split ?? (size >= SPLIT_MIN_BYTES ? Math.floor(size / 2) : size);
    if (at2 <= 0 || at2 >= size) return void 0;
    const head = Buffer.allocUnsafe(Math.min(FIRST_CHUNK, size));
    const read = readSync2(fd, head, 0, head.length, 0);
    if (!readsFromAnyLine(head.subarray(0, read))) return void 0;
    const boundary = lineStartFrom(fd, at2, size);
    return boundary > 0 && boundary < size ? { path, size, boundary } : void 0;
  } finally {
    closeSync2(fd);
  }
}
function readsFromAnyLine(head) {
  if (head.length < 2 || head[0] === 31 && head[1] === 139) return false;
  if (head.subarray(0, 8192).includes(0)) return false;
  const lf = head.indexOf(10);
  const cr = head.indexOf(13);
  if (lf < 0 || cr >= 0 && cr < lf - 1) return false;
  const text = new TextDecoder("utf-8").decode(head);
  for (const raw of text.split("\n").slice(0, -1)) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() !== "") return !opensDocument(line);
  }
  return false;
}
function lineStartFrom(fd, at2, size) {
  const probe = Buffer.allocUnsafe(64 * 1024);
  for (let offset = at2 - 1; offset < size; offset += probe.length) {
    const read = readSync2(fd, probe, 0, probe.length, offset);
    if (read === 0) break;
    const newline = probe.subarray(0, read).indexOf(10);
    if (newline >= 0) return offset + newline + 1;
  }
  return size;
}
function linesBefore(path, end) {
  const fd = openSync2(path, "r");
  try {
    const block = Buffer.allocUnsafe(4 << 20);
    let lines = 0;
    for (let offset = 0; offset < end; ) {
      const read = readSync2(fd, block, 0, Math.min(block.length, end - offset), offset);
      if (read === 0) break;
      for (let i = block.indexOf(10); i >= 0 && i < read; i = block.indexOf(10, i + 1)) lines++;
      offset += read;
    }
    return lines;
  } finally {
    closeSync2(fd);
  }
}

// src/ingest/logs/template-stats.ts
var MAX_EXAMPLES = 3;
var MAX_TRACES_PER_GROUP = 5;
var FIRST_EXAMPLE_CHARS = 4e3;
var LATER_EXAMPLE_CHARS = 400;
var FRAME = /^\s*(?:at |File "|\S+\.(?:go|rs|py|js|ts|java):\d+|\d+: )/;
function traceIdentity(text) {
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
  const multiLine = !record.kind?.startsWith("k8s-") && (record.endLine > record.line || record.fields !== void 0 && record.text.includes("\n"));
  if (multiLine && stats.traces.length < MAX_TRACES_PER_GROUP) {
    const identity = traceIdentity(record.text);
    const known = stats.traces.some((t) => traceIdentity(t.text) === identity);
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
    const identity = traceIdentity(t.text);
    if (!into.traces.some((k) => traceIdentity(k.text) === identity)) into.traces.push(t);
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
  const first2 = Math.min(...reasons.map((r) => RANK.indexOf(r)));
  return first2 * 10 - levelRank(level);
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
  const [first2, ...rest] = indent(ex.text, maxLines);
  return [`  ${ex.file}:${ex.line}:${first2.slice(3)}`, ...rest].join("\n");
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
    const first2 = block.entry.stats.examples[0];
    if (first2) addExample(block, first2, FIRST_EXAMPLE_LINES);
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

// src/ingest/logs/parallel/first-part.ts
function sameRecord(a, b) {
  return b !== void 0 && JSON.stringify(a) === JSON.stringify(b);
}
function readFirstPart(plan, inputs, options, worker, carriesTime) {
  let joined = false;
  async function* batches() {
    let chunkEnd = 0;
    const onProgress = (bytes, total) => {
      chunkEnd = bytes;
      options.onProgress?.(bytes, total);
    };
    let state = "before";
    let firstLine = Number.POSITIVE_INFINITY;
    let sample = [];
    let timed = false;
    const checked = [];
    const readAlone = (out) => {
      state = "alone";
      worker.stop();
      for (const record of checked) out.push(record);
      checked.length = 0;
    };
    for await (const batch of readLogRecordBatches(inputs, { ...options, onProgress })) {
      if (state === "before" && chunkEnd > plan.boundary) {
        const line = await worker.firstLine;
        const records = line === void 0 ? void 0 : await worker.sample;
        if (line === void 0 || records === void 0 || records.length === 0) readAlone([]);
        else {
          state = "checking";
          firstLine = line;
          sample = records;
        }
      }
      if (state !== "checking") {
        if (carriesTime && !timed) timed = batch.some((r) => r.time !== void 0);
        yield batch;
        continue;
      }
      const out = [];
      for (const record of batch) {
        if (state !== "checking") out.push(record);
        else if (record.line < firstLine) {
          if (record.endLine >= firstLine) readAlone(out);
          out.push(record);
          if (record.time !== void 0) timed = true;
        } else if (!sameRecord(record, sample[checked.length])) {
          readAlone(out);
          out.push(record);
        } else {
          checked.push(record);
          if (checked.length < sample.length) continue;
          if (carriesTime && timed && sample[0].time === void 0) readAlone(out);
          else {
            joined = true;
            break;
          }
        }
      }
      if (out.length > 0) yield out;
      if (joined) return;
    }
  }
  return { batches: batches(), joined: () => joined };
}

// src/ingest/logs/parallel/join-groups.ts
var MAX_GROUPS = 2e5;
function joinGroups(miner, seeds, weights, minerAddIndex2) {
  const groupOf = new Int32Array(seeds.length);
  seeds.forEach((seed, group) => {
    const record = seed;
    groupOf[group] = minerAddIndex2(miner, record);
    const byShape = seed.message === void 0 && seed.shape !== void 0 && !seed.text.includes("\n");
    for (let more = weights[group] - 1; more > 0; more--) {
      if (byShape) miner.addIndex("", 0, seed.shape);
      else minerAddIndex2(miner, record);
    }
  });
  return groupOf;
}

// src/ingest/logs/parallel/worker-client.ts
import { Worker } from "node:worker_threads";
var SAMPLE_RECORDS = 256;
function partJob(plan, inputs, options, mode) {
  return {
    path: plan.path,
    display: options.displayNames?.[plan.path] ?? inputs[0],
    boundary: plan.boundary,
    now: options.now ?? Date.now(),
    ...options.year === void 0 ? {} : { year: options.year },
    sampleSize: SAMPLE_RECORDS,
    mode
  };
}
function startWorker(job) {
  const entry = workerEntry(import.meta.url, "./worker.ts", "logs-worker");
  if (!entry) return void 0;
  let worker;
  try {
    worker = new Worker(entry, { workerData: job, execArgv: [] });
  } catch {
    return void 0;
  }
  const settle = {};
  const promise = (kind) => new Promise((resolve3) => {
    settle[kind] = resolve3;
  });
  const firstLine = promise("start");
  const sample = promise("sample");
  const done = promise("done");
  worker.on("message", (message) => {
    if (message.kind === "start") settle.start?.(message.firstLine);
    else if (message.kind === "sample") settle.sample?.(message.records);
    else settle.done?.(message);
  });
  const fail = () => {
    for (const resolve3 of Object.values(settle)) resolve3(void 0);
  };
  worker.once("error", fail);
  worker.once("exit", fail);
  return { firstLine, sample, done, stop: () => void worker.terminate() };
}

// src/ingest/logs/parallel/scan-parallel.ts
async function scanInParallel(plan, inputs, options, { scan: scan2, minerAddIndex: minerAddIndex2, parseTime: parseTime2 }) {
  const now = options.now ?? Date.now();
  const opts = { ...options, now };
  const clock = { now, ...options.year === void 0 ? {} : { year: options.year } };
  const sinceMs = parseTime2(options.since, "--since", clock);
  const untilMs = parseTime2(options.until, "--until", clock);
  const job = {
    ...partJob(plan, inputs, opts, "summary"),
    ...sinceMs === void 0 ? {} : { sinceMs },
    ...untilMs === void 0 ? {} : { untilMs },
    ...options.firstLines ? { firstLines: options.firstLines } : {}
  };
  const worker = startWorker(job);
  if (!worker) {
    options.onSplitEnd?.("again");
    return scan2(inputs, opts);
  }
  try {
    let first2;
    const scanned = await scan2(inputs, opts, void 0, (_inputs, readOptions) => {
      first2 = readFirstPart(plan, inputs, readOptions, worker, true);
      return first2.batches;
    });
    if (!first2?.joined()) {
      options.onSplitEnd?.("alone");
      return scanned;
    }
    const done = await worker.done;
    if (!done?.summary || scanned.miner.groupCount + done.weights.length >= MAX_GROUPS) {
      options.onSplitEnd?.("again");
      return scan2(inputs, opts);
    }
    options.onSplitEnd?.("joined");
    const groupOf = joinGroups(scanned.miner, done.seeds, done.weights, minerAddIndex2);
    appendPart(scanned.pass, done.summary, groupOf, { file: job.display, lines: 0, bytes: plan.size });
    return scanned;
  } finally {
    worker.stop();
  }
}
function appendPart(pass, part, groupOf, file) {
  const offset = pass.records;
  part.groups.forEach((group, w) => {
    const index = groupOf[w];
    let stats = pass.groups[index];
    for (const { record, order, ms } of group.head) {
      if (!stats) {
        stats = newGroupStats(record, order + offset, ms);
        pass.groups[index] = stats;
      }
      updateGroupStats(stats, record, order + offset, ms);
    }
    if (stats && group.tail) appendTail(stats, group, offset);
  });
  pass.records += part.records;
  if (part.fromMs !== void 0 && (pass.fromMs === void 0 || part.fromMs < pass.fromMs))
    pass.fromMs = part.fromMs;
  if (part.toMs !== void 0 && (pass.toMs === void 0 || part.toMs > pass.toMs)) pass.toMs = part.toMs;
  pass.files.push({ ...file, lines: part.lines });
}
function appendTail(stats, group, offset) {
  const tail = group.tail;
  tail.order += offset;
  tail.lastOrder += offset;
  const { minute, minuteCount, peakPerMinute } = stats;
  mergeGroupStats(stats, tail);
  if (group.tailFirstMinute === void 0) {
    stats.peakPerMinute = peakPerMinute;
    stats.minute = minute;
    stats.minuteCount = minuteCount;
    return;
  }
  const joinsRun = group.tailFirstMinute === minute;
  const run = joinsRun ? minuteCount + group.tailFirstRun : 0;
  stats.peakPerMinute = Math.max(peakPerMinute, tail.peakPerMinute, run);
  stats.minute = tail.minute;
  stats.minuteCount = joinsRun && group.tailOneRun ? run : tail.minuteCount;
}

// src/ingest/logs/record-time.ts
function createRecordClock() {
  let lastMs;
  let lastTime;
  let lastParsed;
  return {
    timeOf(record) {
      let ms;
      if (record.time === void 0) ms = lastMs;
      else if (record.timeMs !== void 0) ms = record.timeMs;
      else {
        if (record.time !== lastTime) {
          lastTime = record.time;
          lastParsed = Date.parse(record.time);
        }
        ms = lastParsed;
      }
      lastMs = ms;
      return ms;
    },
    reset() {
      lastMs = void 0;
    }
  };
}

// src/ingest/logs/summarize.ts
var DEFAULT_BUDGET_TOKENS = 6e3;
var DEFAULT_WINDOW_MS = 15 * 6e4;
var RELATIVE = /^(\d+)\s*(s|sec|m|min|h|hr|d|day)s?(?:\s+ago)?$/i;
var SYSLOG_TIME = /^[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}(?::\d{2})?$/;
var UNIT_MS = {
  s: 1e3,
  sec: 1e3,
  m: 6e4,
  min: 6e4,
  h: 36e5,
  hr: 36e5,
  d: 864e5,
  day: 864e5
};
function parseTime(value, flag, clock = { now: Date.now() }) {
  if (value === void 0) return void 0;
  const relative = RELATIVE.exec(value.trim());
  if (relative) return clock.now - Number(relative[1]) * (UNIT_MS[relative[2].toLowerCase()] ?? 0);
  const yearless = SYSLOG_TIME.test(value.trim());
  const inYear = (year) => Date.parse(`${value.trim()} ${year} UTC`);
  let ms = yearless ? inYear(clock.year ?? new Date(clock.now).getUTCFullYear()) : Date.parse(value);
  if (yearless && ms > clock.now + 2 * 864e5) ms = inYear(new Date(ms).getUTCFullYear() - 1);
  if (Number.isNaN(ms))
    throw new UsageError(
      `${flag}: not a date and time: '${value}' (use ISO 8601, a relative time such as 1h or 30m, or 'Jul 27 14:41:00')`
    );
  return ms;
}
function minerAddIndex(miner, record) {
  if (record.message === void 0) return miner.addIndex(record.text, void 0, record.shape);
  return miner.addIndex(record.message, record.message.charCodeAt(0) === 123 ? 0 : void 0);
}
async function scan(inputs, options, miner = createTemplateMiner(), read = readLogRecordBatches) {
  const clock = {
    now: options.now ?? Date.now(),
    ...options.year === void 0 ? {} : { year: options.year }
  };
  const sinceMs = parseTime(options.since, "--since", clock);
  const untilMs = parseTime(options.until, "--until", clock);
  const pass = { groups: [], files: [], records: 0, fromMs: void 0, toMs: void 0 };
  const recordClock = createRecordClock();
  let lastFile = "";
  for await (const batch of read(inputs, {
    ...options,
    onFileDone: (input, lines) => pass.files.push({ file: input.display, lines, bytes: input.bytes })
  })) {
    for (const record of batch) {
      if (record.file !== lastFile) {
        lastFile = record.file;
        recordClock.reset();
      }
      const ms = recordClock.timeOf(record);
      if (ms !== void 0 && (sinceMs !== void 0 && ms < sinceMs || untilMs !== void 0 && ms > untilMs)) {
        continue;
      }
      const shift = (options.firstLines?.[record.file] ?? 1) - 1;
      if (shift > 0) {
        record.line += shift;
        record.endLine += shift;
      }
      options.onRecord?.(record);
      const index = minerAddIndex(miner, record);
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
    const id = miner.resolveIndex(index);
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
  const plan = options.onRecord === void 0 ? planSplit(inputs, options) : void 0;
  const { pass, miner } = plan && inputs !== "-" ? await scanInParallel(plan, inputs, options, { scan, minerAddIndex, parseTime }) : await scan(inputs, options);
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
  createSpanList,
  createTemplateMiner,
  levelRank,
  createRecordAssembler,
  SNIFF_BYTES,
  headIsReadable,
  MAX_LOG_FILES,
  walkLogDirectory,
  readLogRecordBatches,
  readFirstPart,
  MAX_GROUPS,
  joinGroups,
  partJob,
  startWorker,
  planSplit,
  linesBefore,
  newGroupStats,
  updateGroupStats,
  createRecordClock,
  minerAddIndex,
  summarizeLogs
};
