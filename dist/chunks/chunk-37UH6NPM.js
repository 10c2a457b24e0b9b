import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-BLIBE5CM.js";

// src/security/audit/json-walk.ts
import { isUtf8 } from "node:buffer";
var PLAIN = new Uint8Array(256);
for (let c = 32; c < 128; c += 1) PLAIN[c] = c === 34 || c === 92 ? 0 : 1;
var SHORT_ESCAPE = new Uint8Array(256);
for (const c of '"\\bfnrt') SHORT_ESCAPE[c.charCodeAt(0)] = 1;
var HEX = new Uint8Array(256);
for (const c of "0123456789abcdef") HEX[c.charCodeAt(0)] = 1;
var MAX_DEPTH = 64;
var w = {
  b: Buffer.alloc(0),
  p: 0,
  /** Where the last string's content ended (before its closing quote). */
  stringEnd: 0,
  /** The line as text when it is printable ASCII without a backslash: strings end at the next quote. */
  simple: void 0,
  /** Where that line starts in b. */
  base: 0
};
var NOT_SIMPLE = /[^\x20-\x5b\x5d-\x7e]/;
function string() {
  if (w.b[w.p] !== 34) return false;
  w.p += 1;
  if (w.simple !== void 0) return skipToQuote();
  const start = w.p;
  let wide = false;
  for (; ; ) {
    const c = w.b[w.p];
    if (PLAIN[c] === 1) w.p += 1;
    else if (c === 34) break;
    else if (c === 92 && SHORT_ESCAPE[w.b[w.p + 1]] === 1) w.p += 2;
    else if (c >= 128) {
      wide = true;
      w.p += 1;
    } else return false;
  }
  w.stringEnd = w.p;
  w.p += 1;
  return !wide || isUtf8(w.b.subarray(start, w.stringEnd));
}
function skipToQuote() {
  const quote = w.simple.indexOf('"', w.p - w.base);
  if (quote < 0) return false;
  w.stringEnd = quote + w.base;
  w.p = w.stringEnd + 1;
  return true;
}
function key() {
  if (w.b[w.p] !== 34) return false;
  w.p += 1;
  if (w.simple !== void 0) return skipToQuote();
  while (PLAIN[w.b[w.p]] === 1) w.p += 1;
  if (w.b[w.p] !== 34) return false;
  w.stringEnd = w.p;
  w.p += 1;
  return true;
}
function after(prev, prevEnd, a, aEnd) {
  if (prev < 0) return true;
  const n = Math.min(prevEnd - prev, aEnd - a);
  for (let i = 0; i < n; i += 1) {
    const d = w.b[a + i] - w.b[prev + i];
    if (d !== 0) return d > 0;
  }
  return aEnd - a > prevEnd - prev;
}
function number() {
  const start = w.p;
  if (w.b[w.p] === 45) w.p += 1;
  const first = w.b[w.p];
  if (first === 48) w.p += 1;
  else if (first > 48 && first <= 57) while (w.b[w.p] >= 48 && w.b[w.p] <= 57) w.p += 1;
  else return false;
  let plainInteger = true;
  if (w.b[w.p] === 46) {
    plainInteger = false;
    w.p += 1;
    while (w.b[w.p] >= 48 && w.b[w.p] <= 57) w.p += 1;
  }
  if (w.b[w.p] === 101 || w.b[w.p] === 69) {
    plainInteger = false;
    w.p += 1;
    if (w.b[w.p] === 43 || w.b[w.p] === 45) w.p += 1;
    while (w.b[w.p] >= 48 && w.b[w.p] <= 57) w.p += 1;
  }
  if (plainInteger && w.p - start <= 15 && !(w.b[start] === 45 && w.b[start + 1] === 48)) return true;
  const text2 = w.b.toString("latin1", start, w.p);
  const value2 = Number(text2);
  return Number.isFinite(value2) && String(value2) === text2;
}
function literal(word) {
  for (let i = 0; i < word.length; i += 1) if (w.b[w.p + i] !== word.charCodeAt(i)) return false;
  w.p += word.length;
  return true;
}
function value(depth) {
  const c = w.b[w.p];
  if (c === 34) return string();
  if (c === 123) return object(depth + 1);
  if (c === 91) return array(depth + 1);
  if (c === 116) return literal("true");
  if (c === 102) return literal("false");
  if (c === 110) return literal("null");
  return number();
}
function array(depth) {
  if (depth > MAX_DEPTH) return false;
  w.p += 1;
  if (w.b[w.p] === 93) {
    w.p += 1;
    return true;
  }
  for (; ; ) {
    if (!value(depth)) return false;
    const c = w.b[w.p++];
    if (c === 93) return true;
    if (c !== 44) return false;
  }
}
function object(depth) {
  if (depth > MAX_DEPTH) return false;
  w.p += 1;
  if (w.b[w.p] === 125) {
    w.p += 1;
    return true;
  }
  let prev = -1;
  let prevEnd = -1;
  for (; ; ) {
    const start = w.p + 1;
    if (!key() || !after(prev, prevEnd, start, w.stringEnd)) return false;
    prev = start;
    prevEnd = w.stringEnd;
    if (w.b[w.p++] !== 58 || !value(depth)) return false;
    const c = w.b[w.p++];
    if (c === 125) return true;
    if (c !== 44) return false;
  }
}
function text(start, end) {
  return w.b.toString("utf8", start, end);
}
function latin1(start, end) {
  return w.b.toString("latin1", start, end);
}
function isHash(start, end) {
  if (end - start !== 64) return false;
  for (let i = start; i < end; i += 1) if (HEX[w.b[i]] !== 1) return false;
  return true;
}

// src/security/audit/canonical-line.ts
var KINDS = ["tool-call", "event", "seal"];
var DECISIONS = ["allowed", "blocked"];
var KNOWN = [
  ["seq", 1 /* Seq */],
  ["time", 2 /* Time */],
  ["kind", 3 /* Kind */],
  ["prevHash", 4 /* PrevHash */],
  ["publicKey", 5 /* PublicKey */],
  ["decision", 6 /* Decision */],
  ["durationMs", 7 /* DurationMs */],
  ["hash", 9 /* Hash */],
  ["signature", 10 /* Signature */],
  ...["runId", "agent", "agentId", "tool", "inputSha256", "reason", "rationale", "outcome"].map(
    (name) => [name, 8 /* Text */]
  )
];
var KEYS_BY_LENGTH = [];
for (const [name, id] of KNOWN) {
  KEYS_BY_LENGTH[name.length] = [...KEYS_BY_LENGTH[name.length] ?? [], [Buffer.from(name), id]];
}
function keyAt(start, end) {
  const candidates = KEYS_BY_LENGTH[end - start];
  if (!candidates) return 0 /* Other */;
  for (const [bytes, id] of candidates) {
    let i = 0;
    while (i < bytes.length && bytes[i] === w.b[start + i]) i += 1;
    if (i === bytes.length) return id;
  }
  return 0 /* Other */;
}
function readCanonicalLine(bytes, start, end) {
  w.b = bytes;
  w.p = start;
  if (w.b[w.p] !== 123 || end - start < 2) return void 0;
  w.base = start;
  w.simple = bytes.toString("latin1", start, end);
  if (NOT_SIMPLE.test(w.simple)) w.simple = void 0;
  w.p += 1;
  let prev = -1;
  let prevEnd = -1;
  let seq = -1;
  let kind;
  let time = false;
  let prevHash;
  let publicKey;
  for (; ; ) {
    const keyStart = w.p + 1;
    const comma = w.p - 1;
    if (!key()) return void 0;
    const id = keyAt(keyStart, w.stringEnd);
    if (id === 9 /* Hash */) return tail(start, end, comma, { seq, kind, time, prevHash, publicKey });
    if (!after(prev, prevEnd, keyStart, w.stringEnd) || id === 10 /* Signature */) return void 0;
    prev = keyStart;
    prevEnd = w.stringEnd;
    if (w.b[w.p++] !== 58) return void 0;
    const valueStart = w.p;
    if (!value(0)) return void 0;
    if (id === 0 /* Other */) {
    } else if (id === 1 /* Seq */) {
      if (w.p - valueStart > 15) return void 0;
      seq = 0;
      for (let i = valueStart; i < w.p; i += 1) {
        const digit = w.b[i] - 48;
        if (digit < 0 || digit > 9) return void 0;
        seq = seq * 10 + digit;
      }
    } else if (id === 7 /* DurationMs */) {
      if (w.b[valueStart] !== 45 && (w.b[valueStart] < 48 || w.b[valueStart] > 57)) return void 0;
    } else {
      if (w.b[valueStart] !== 34) return void 0;
      if (id === 2 /* Time */) time = true;
      else if (id === 4 /* PrevHash */) {
        if (!isHash(valueStart + 1, w.stringEnd)) return void 0;
        prevHash = latin1(valueStart + 1, w.stringEnd);
      } else if (id === 3 /* Kind */) {
        kind = KINDS.find((k) => k === latin1(valueStart + 1, w.stringEnd));
        if (!kind) return void 0;
      } else if (id === 6 /* Decision */) {
        if (!DECISIONS.includes(latin1(valueStart + 1, w.stringEnd))) return void 0;
      } else if (id === 5 /* PublicKey */) publicKey = JSON.parse(text(valueStart, w.p));
    }
    if (w.b[w.p++] !== 44) return void 0;
  }
}
function tail(start, end, comma, head) {
  const { seq, kind, time, prevHash, publicKey } = head;
  if (seq < 0 || !kind || !time || !prevHash || w.b[comma] !== 44) return void 0;
  if (w.b[w.p++] !== 58) return void 0;
  const hashStart = w.p + 1;
  if (!string() || !isHash(hashStart, w.stringEnd)) return void 0;
  const hash = latin1(hashStart, w.stringEnd);
  let signature;
  if (w.b[w.p] === 44) {
    w.p += 1;
    const keyStart = w.p + 1;
    if (!key() || keyAt(keyStart, w.stringEnd) !== 10 /* Signature */ || w.b[w.p++] !== 58) return void 0;
    const valueStart = w.p;
    if (!string()) return void 0;
    signature = JSON.parse(text(valueStart, w.p));
  }
  if (w.b[w.p] !== 125 || w.p + 1 !== end) return void 0;
  w.b[comma] = 125;
  const actual = sha256Hex(w.b.subarray(start, comma + 1));
  w.b[comma] = 44;
  if (actual !== hash) return void 0;
  return {
    seq,
    kind,
    prevHash,
    hash,
    ...publicKey === void 0 ? {} : { publicKey },
    ...signature === void 0 ? {} : { signature }
  };
}

// src/security/audit/line-reader.ts
import { readSync } from "node:fs";
var BLOCK = 8 * 1024 * 1024;
function readLines(fd, from, to, visit) {
  let buffer = Buffer.allocUnsafe(Math.max(64 * 1024, Math.min(BLOCK, to - from)));
  let filled = 0;
  let offset = from;
  for (; ; ) {
    if (filled === buffer.length) buffer = grow(buffer);
    const wanted = Math.min(buffer.length - filled, to - offset - filled);
    const bytesRead = wanted > 0 ? readSync(fd, buffer, filled, wanted, offset + filled) : 0;
    filled += bytesRead;
    const atEnd = bytesRead === 0;
    const data = buffer.subarray(0, filled);
    let start = 0;
    for (; ; ) {
      let end = data.indexOf(10, start);
      if (end < 0) {
        if (!atEnd || start >= filled) break;
        end = filled;
      }
      if (!visit(buffer, start, end)) return offset + start;
      start = end + 1;
    }
    if (atEnd) return offset + Math.min(start, filled);
    offset += start;
    filled = start >= filled ? 0 : buffer.copy(buffer, 0, start, filled);
  }
}
function grow(buffer) {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}

export {
  readCanonicalLine,
  readLines
};
