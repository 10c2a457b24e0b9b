import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  sealFault,
  trustedKeyOf
} from "./chunk-QKJJ65UN.js";
import {
  sha256Hex
} from "./chunk-BLIBE5CM.js";

// src/security/audit/accept-run.ts
import { closeSync, openSync } from "node:fs";

// src/security/audit/json-walk.ts
import { isUtf8 } from "node:buffer";
var PLAIN = new Uint8Array(256);
for (let c = 32; c < 128; c += 1) PLAIN[c] = c === 34 || c === 92 ? 0 : 1;
var SHORT_ESCAPE = new Uint8Array(256);
for (const c of '"\\bfnrt') SHORT_ESCAPE[c.charCodeAt(0)] = 1;
var HEX = new Uint8Array(256);
for (const c of "0123456789abcdef") HEX[c.charCodeAt(0)] = 1;
var DIGIT = new Uint8Array(256);
for (let c = 48; c <= 57; c += 1) DIGIT[c] = 1;
var MAX_DEPTH = 64;
var viewed;
var view = new DataView(new ArrayBuffer(0));
function viewOf(b) {
  if (b !== viewed) {
    viewed = b;
    view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  return view;
}
function plainEnd(b, p) {
  const v = viewOf(b);
  const last = b.length - 4;
  let q = p;
  while (q <= last) {
    const x = v.getInt32(q, true);
    const quote = x ^ 572662306;
    const slash = x ^ 1549556828;
    const low = x - 538976288 & ~x;
    if ((low | x | quote - 16843009 & ~quote | slash - 16843009 & ~slash) & 2155905152) break;
    q += 4;
  }
  while (PLAIN[b[q]] === 1) q += 1;
  return q;
}
function skipString(b, p) {
  if (b[p] !== 34) return -1;
  const q = plainEnd(b, p + 1);
  if (b[q] === 34) return q + 1;
  return escapedString(b, p + 1, q);
}
function escapedString(b, start, from) {
  let q = from;
  let wide = false;
  for (; ; ) {
    const c = b[q];
    if (PLAIN[c] === 1) q += 1;
    else if (c === 34) break;
    else if (c === 92 && SHORT_ESCAPE[b[q + 1]] === 1) q += 2;
    else if (c >= 128) {
      wide = true;
      q += 1;
    } else return -1;
  }
  return !wide || isUtf8(b.subarray(start, q)) ? q + 1 : -1;
}
function skipKey(b, p) {
  if (b[p] !== 34) return -1;
  const q = plainEnd(b, p + 1);
  return b[q] === 34 ? q + 1 : -1;
}
function keyAfter(b, prev, prevEnd, a, aEnd) {
  if (prev < 0) return true;
  const n = Math.min(prevEnd - prev, aEnd - a);
  for (let i = 0; i < n; i += 1) {
    const d = b[a + i] - b[prev + i];
    if (d !== 0) return d > 0;
  }
  return aEnd - a > prevEnd - prev;
}
function skipNumber(b, start) {
  let p = start;
  if (b[p] === 45) p += 1;
  const first = b[p];
  if (first === 48) p += 1;
  else if (first > 48 && first <= 57) while (DIGIT[b[p]] === 1) p += 1;
  else return -1;
  let plainInteger = true;
  if (b[p] === 46) {
    plainInteger = false;
    p += 1;
    while (DIGIT[b[p]] === 1) p += 1;
  }
  if (b[p] === 101 || b[p] === 69) {
    plainInteger = false;
    p += 1;
    if (b[p] === 43 || b[p] === 45) p += 1;
    while (DIGIT[b[p]] === 1) p += 1;
  }
  if (plainInteger && p - start <= 15 && !(b[start] === 45 && b[start + 1] === 48)) return p;
  const text = Buffer.from(b.buffer, b.byteOffset + start, p - start).toString("latin1");
  const value = Number(text);
  return Number.isFinite(value) && String(value) === text ? p : -1;
}
function skipLiteral(b, p, word) {
  for (let i = 0; i < word.length; i += 1) if (b[p + i] !== word.charCodeAt(i)) return -1;
  return p + word.length;
}
function skipValue(b, p, depth) {
  const c = b[p];
  if (c === 34) return skipString(b, p);
  if (c === 123) return skipObject(b, p, depth + 1);
  if (c === 91) return skipArray(b, p, depth + 1);
  if (c === 116) return skipLiteral(b, p, "true");
  if (c === 102) return skipLiteral(b, p, "false");
  if (c === 110) return skipLiteral(b, p, "null");
  return skipNumber(b, p);
}
function skipArray(b, start, depth) {
  if (depth > MAX_DEPTH) return -1;
  let p = start + 1;
  if (b[p] === 93) return p + 1;
  for (; ; ) {
    p = skipValue(b, p, depth);
    if (p < 0) return -1;
    const c = b[p++];
    if (c === 93) return p;
    if (c !== 44) return -1;
  }
}
function skipObject(b, start, depth) {
  if (depth > MAX_DEPTH) return -1;
  let p = start + 1;
  if (b[p] === 125) return p + 1;
  let prev = -1;
  let prevEnd = -1;
  for (; ; ) {
    const keyEnd = skipKey(b, p);
    if (keyEnd < 0 || !keyAfter(b, prev, prevEnd, p + 1, keyEnd - 1)) return -1;
    prev = p + 1;
    prevEnd = keyEnd - 1;
    if (b[keyEnd] !== 58) return -1;
    p = skipValue(b, keyEnd + 1, depth);
    if (p < 0) return -1;
    const c = b[p++];
    if (c === 125) return p;
    if (c !== 44) return -1;
  }
}
function isHash(b, start) {
  for (let i = start; i < start + 64; i += 1) if (HEX[b[i]] !== 1) return false;
  return true;
}
function bytesAre(b, p, ascii) {
  for (let i = 0; i < ascii.length; i += 1) if (b[p + i] !== ascii.charCodeAt(i)) return false;
  return true;
}
function spelled(bytes) {
  const n = bytes.length;
  const words = new Int32Array(n < 4 ? 0 : n + 3 >> 2);
  const of = new DataView(bytes.buffer, bytes.byteOffset, n);
  for (let w = 0; w < words.length; w += 1) words[w] = of.getInt32(Math.min(w * 4, n - 4), true);
  return { bytes, words };
}
function spelledAt(b, p, expected) {
  const { bytes, words } = expected;
  const n = bytes.length;
  if (p + n > b.length) return false;
  if (n < 4) return sameBytes(b, p, bytes);
  const v = viewOf(b);
  const last = words.length - 1;
  for (let w = 0; w < last; w += 1) if (v.getInt32(p + w * 4, true) !== words[w]) return false;
  return v.getInt32(p + n - 4, true) === words[last];
}
function sameBytes(b, p, expected) {
  for (let i = 0; i < expected.length; i += 1) if (b[p + i] !== expected[i]) return false;
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
  KEYS_BY_LENGTH[name.length] = [...KEYS_BY_LENGTH[name.length] ?? [], { bytes: Buffer.from(name), id }];
}
function keyAt(b, start, end) {
  const candidates = KEYS_BY_LENGTH[end - start];
  if (candidates === void 0) return 0 /* Other */;
  for (let i = 0; i < candidates.length; i += 1) {
    const { bytes, id } = candidates[i];
    if (sameBytes(b, start, bytes)) return id;
  }
  return 0 /* Other */;
}
var KIND_SPELLINGS = KINDS.map((kind) => ({ kind, bytes: Buffer.from(kind) }));
var DECISION_SPELLINGS = DECISIONS.map((decision) => Buffer.from(decision));
function kindAt(b, start, end) {
  for (const { kind, bytes } of KIND_SPELLINGS) {
    if (bytes.length === end - start && sameBytes(b, start, bytes)) return kind;
  }
  return void 0;
}
function isDecision(b, start, end) {
  for (const bytes of DECISION_SPELLINGS)
    if (bytes.length === end - start && sameBytes(b, start, bytes)) return true;
  return false;
}
var template = { spellings: [], ids: [] };
var MAX_RECORDED_KEYS = 64;
var keyStarts = new Int32Array(MAX_RECORDED_KEYS);
var keyColons = new Int32Array(MAX_RECORDED_KEYS);
var keyIds = new Uint8Array(MAX_RECORDED_KEYS);
function rememberKeys(b, count, matched) {
  if (count > MAX_RECORDED_KEYS) return;
  const spellings = template.spellings.slice(0, matched);
  const ids = template.ids.slice(0, matched);
  for (let i = matched; i < count; i += 1) {
    spellings.push(spelled(Uint8Array.prototype.slice.call(b, keyStarts[i], keyColons[i] + 1)));
    ids.push(keyIds[i]);
  }
  template.spellings = spellings;
  template.ids = ids;
}
var latin1 = typeof Buffer.prototype.latin1Slice === "function" ? (b, start, end) => b.latin1Slice(start, end) : (b, start, end) => b.toString("latin1", start, end);
function readCanonicalLine(b, start, end, previousHash) {
  if (b[start] !== 123 || end - start < 2) return void 0;
  let p = start + 1;
  let prev = -1;
  let prevEnd = -1;
  let seq = -1;
  let kind;
  let time = false;
  let prevHash;
  let publicKey;
  const { spellings, ids } = template;
  let onTemplate = true;
  let matched = 0;
  for (let k = 0; ; k += 1) {
    let id;
    let colon;
    const expected = onTemplate ? spellings[k] : void 0;
    if (expected !== void 0 && spelledAt(b, p, expected)) {
      id = ids[k];
      colon = p + expected.bytes.length - 1;
      matched = k + 1;
    } else {
      onTemplate = false;
      const keyEnd = skipKey(b, p);
      if (keyEnd < 0) return void 0;
      id = keyAt(b, p + 1, keyEnd - 1);
      if (id !== 9 /* Hash */ && !keyAfter(b, prev, prevEnd, p + 1, keyEnd - 1)) return void 0;
      if (b[keyEnd] !== 58) return void 0;
      colon = keyEnd;
    }
    if (!onTemplate && k < MAX_RECORDED_KEYS) {
      keyStarts[k] = p;
      keyColons[k] = colon;
      keyIds[k] = id;
    }
    if (id === 9 /* Hash */) {
      if (seq < 0 || !kind || !time || !prevHash || b[p - 1] !== 44) return void 0;
      const link = tail(b, start, end, p - 1, colon, { seq, kind, prevHash, publicKey });
      if (link && !(onTemplate && k + 1 === spellings.length)) rememberKeys(b, k + 1, matched);
      return link;
    }
    if (id === 10 /* Signature */) return void 0;
    prev = p + 1;
    prevEnd = colon - 1;
    const valueStart = colon + 1;
    if (id === 0 /* Other */) {
      p = skipValue(b, valueStart, 0);
    } else if (id === 1 /* Seq */) {
      p = skipValue(b, valueStart, 0);
      if (p < 0 || p - valueStart > 15) return void 0;
      seq = 0;
      for (let i = valueStart; i < p; i += 1) {
        const digit = b[i] - 48;
        if (digit < 0 || digit > 9) return void 0;
        seq = seq * 10 + digit;
      }
    } else if (id === 7 /* DurationMs */) {
      const first = b[valueStart];
      if (first !== 45 && (first < 48 || first > 57)) return void 0;
      p = skipValue(b, valueStart, 0);
    } else if (id === 4 /* PrevHash */) {
      if (b[valueStart] !== 34 || b[valueStart + 65] !== 34) return void 0;
      prevHash = latin1(b, valueStart + 1, valueStart + 65);
      if (prevHash !== previousHash && !isHash(b, valueStart + 1)) return void 0;
      p = valueStart + 66;
    } else {
      p = skipString(b, valueStart);
      if (p < 0) return void 0;
      if (id === 2 /* Time */) time = true;
      else if (id === 3 /* Kind */) {
        kind = kindAt(b, valueStart + 1, p - 1);
        if (!kind) return void 0;
      } else if (id === 6 /* Decision */) {
        if (!isDecision(b, valueStart + 1, p - 1)) return void 0;
      } else if (id === 5 /* PublicKey */) publicKey = JSON.parse(b.toString("utf8", valueStart, p));
    }
    if (p < 0 || b[p++] !== 44) return void 0;
  }
}
function tail(b, start, end, comma, colon, head) {
  const hashStart = colon + 2;
  if (b[colon] !== 58 || b[colon + 1] !== 34 || b[hashStart + 64] !== 34) return void 0;
  let p = hashStart + 65;
  let signature;
  if (b[p] === 44) {
    const keyStart = p + 1;
    const signatureKeyEnd = skipKey(b, keyStart);
    if (signatureKeyEnd !== keyStart + 11 || !bytesAre(b, keyStart, '"signature":')) return void 0;
    p = skipString(b, signatureKeyEnd + 1);
    if (p < 0) return void 0;
    signature = JSON.parse(b.toString("utf8", signatureKeyEnd + 1, p));
  }
  if (b[p] !== 125 || p + 1 !== end) return void 0;
  b[comma] = 125;
  const actual = sha256Hex(new Uint8Array(b.buffer, b.byteOffset + start, comma + 1 - start));
  b[comma] = 44;
  if (latin1(b, hashStart, hashStart + 64) !== actual) return void 0;
  const link = { seq: head.seq, kind: head.kind, prevHash: head.prevHash, hash: actual };
  if (head.publicKey !== void 0) link.publicKey = head.publicKey;
  if (signature !== void 0) link.signature = signature;
  return link;
}

// src/security/audit/line-reader.ts
import { readSync } from "node:fs";
var BLOCK = 8 * 1024 * 1024;
function readLines(fd, from, to, visit) {
  const size = Math.max(64 * 1024, Math.min(BLOCK, to - from));
  const block = size === BLOCK && spare !== void 0 ? spare : Buffer.allocUnsafe(size);
  spare = void 0;
  try {
    return readInto(block, fd, from, to, visit);
  } finally {
    if (block.length === BLOCK) spare = block;
  }
}
var spare;
function readInto(block, fd, from, to, visit) {
  let buffer = block;
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

// src/security/audit/accept-run.ts
function acceptRun(file, from, to, publicKey) {
  const trusted = trustedKeyOf(publicKey);
  const run = { lines: 0, stopOffset: from, count: 0, seals: 0, sealedThrough: 0 };
  const fd = openSync(file, "r");
  try {
    run.stopOffset = readLines(fd, from, to, (bytes, start, end) => {
      const link = readCanonicalLine(bytes, start, end, run.last?.hash);
      if (!link) return false;
      if (run.last) {
        if (link.seq !== run.last.seq + 1 || link.prevHash !== run.last.hash) return false;
      } else run.first = { seq: link.seq, prevHash: link.prevHash };
      if (link.kind === "seal") {
        if (sealFault(link, 0, trusted) || !link.publicKey) return false;
        run.seals += 1;
        run.sealedThrough = run.count + 1;
        run.signedBy = link.publicKey;
      }
      if (run.last) run.beforeLast = run.last;
      run.last = { seq: link.seq, hash: link.hash };
      run.count += 1;
      run.lines += 1;
      return true;
    });
  } finally {
    closeSync(fd);
  }
  return run;
}

// src/security/audit/chunk-claims.ts
import { readSync as readSync2 } from "node:fs";
var FREE = 0;
var THIS_THREAD = 1;
var WORKER = 2;
function planChunks(fd, size, chunkBytes) {
  const count = Math.max(2, Math.ceil(size / chunkBytes));
  const bounds = [0];
  for (let i = 1; i < count; i += 1) {
    bounds.push(Math.max(bounds[i - 1], lineStartFrom(fd, Math.floor(size * i / count), size)));
  }
  bounds.push(size);
  return { bounds, claims: new Int32Array(new SharedArrayBuffer(4 * count)) };
}
function claim(plan, i, who) {
  return Atomics.compareExchange(plan.claims, i, FREE, who) === FREE;
}
function acceptFromBack(file, plan, publicKey) {
  const runs = [];
  for (let i = plan.bounds.length - 2; i >= 0 && claim(plan, i, WORKER); i -= 1) {
    const run = acceptRun(file, plan.bounds[i], plan.bounds[i + 1], publicKey);
    runs[i] = run;
    if (run.stopOffset < plan.bounds[i + 1]) break;
  }
  return runs;
}
function lineStartFrom(fd, at, size) {
  if (at <= 0) return 0;
  const probe = Buffer.allocUnsafe(64 * 1024);
  for (let offset = at - 1; offset < size; offset += probe.length) {
    const read = readSync2(fd, probe, 0, probe.length, offset);
    const newline = probe.subarray(0, read).indexOf(10);
    if (newline >= 0) return offset + newline + 1;
    if (read === 0) break;
  }
  return size;
}

export {
  readCanonicalLine,
  readLines,
  acceptRun,
  THIS_THREAD,
  planChunks,
  claim,
  acceptFromBack,
  lineStartFrom
};
