import { isUtf8 } from "node:buffer";

/**
 * A walk over JSON bytes that succeeds only on the exact text canonicalJson writes: no whitespace, object
 * keys plain ASCII and strictly ascending at every depth, strings with only the escapes JSON.stringify
 * uses for itself and well-formed UTF-8, numbers as String(number) prints them. Each step takes the bytes
 * and a position and returns the position after what it read, or -1 when the text is not provably
 * canonical (the caller then takes the slow, parsing path); nothing throws.
 *
 * Positions travel as arguments and results rather than through shared state, so the optimiser keeps them
 * in registers: this runs once per audit line, a million times for a big log. No step reads past a line
 * feed (it is neither plain nor a valid escape, digit or delimiter), so a walk never leaves its line.
 */

// Bytes a canonical string holds as they are: printable ASCII but the quote and the backslash.
const PLAIN = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c += 1) PLAIN[c] = c === 0x22 || c === 0x5c ? 0 : 1;
// The escapes JSON.stringify writes for itself (\u00XX and lone surrogates go the slow way).
const SHORT_ESCAPE = new Uint8Array(256);
for (const c of '"\\bfnrt') SHORT_ESCAPE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of "0123456789abcdef") HEX[c.charCodeAt(0)] = 1;
const DIGIT = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c += 1) DIGIT[c] = 1;

const MAX_DEPTH = 64;

// A view of the last buffer walked, for reading it four bytes at a time: the walk sees one block after another.
let viewed: Uint8Array | undefined;
let view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

function viewOf(b: Uint8Array): DataView<ArrayBufferLike> {
  if (b !== viewed) {
    viewed = b;
    view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  return view;
}

/**
 * The first position at or after p whose byte is not plain. Read a byte at a time this loop was the walk's
 * costliest; it reads four bytes at a time while all four are plain, then byte by byte. A word is flagged
 * exactly when one of its bytes is not plain: per byte, x - 0x20 borrows into the top bit only from a byte
 * below 0x20, the top bit itself marks a byte of 0x80 or more, and (y - 1) & ~y marks a zero byte of
 * y = x ^ quote or x ^ backslash (a borrow can mark a byte above a real hit, never a word without one).
 * A line feed is not plain, so a run never leaves its line.
 */
export function plainEnd(b: Uint8Array, p: number): number {
  const v = viewOf(b);
  const last = b.length - 4;
  let q = p;
  while (q <= last) {
    const x = v.getInt32(q, true);
    const quote = x ^ 0x22222222;
    const slash = x ^ 0x5c5c5c5c;
    const low = (x - 0x20202020) & ~x;
    if ((low | x | ((quote - 0x01010101) & ~quote) | ((slash - 0x01010101) & ~slash)) & 0x80808080) break;
    q += 4;
  }
  while (PLAIN[b[q]!] === 1) q += 1;
  return q;
}

/** The string whose opening quote is at p: the position after its closing quote. */
export function skipString(b: Uint8Array, p: number): number {
  if (b[p] !== 0x22) return -1;
  const q = plainEnd(b, p + 1);
  if (b[q] === 0x22) return q + 1;
  return escapedString(b, p + 1, q);
}

// The rarer strings: escapes and multi-byte characters, from the first byte that is not plain.
function escapedString(b: Uint8Array, start: number, from: number): number {
  let q = from;
  let wide = false;
  for (;;) {
    const c = b[q]!;
    if (PLAIN[c] === 1) q += 1;
    else if (c === 0x22) break;
    else if (c === 0x5c && SHORT_ESCAPE[b[q + 1]!] === 1) q += 2;
    else if (c >= 0x80) {
      wide = true;
      q += 1;
    } else return -1;
  }
  // Well-formed UTF-8 decodes and re-encodes to the same bytes (lone surrogates cannot be in it).
  return !wide || isUtf8(b.subarray(start, q)) ? q + 1 : -1;
}

/** A key: plain ASCII only, so byte order is the UTF-16 order canonicalJson sorts by. */
export function skipKey(b: Uint8Array, p: number): number {
  if (b[p] !== 0x22) return -1;
  const q = plainEnd(b, p + 1);
  return b[q] === 0x22 ? q + 1 : -1;
}

/** Whether the key at [a, aEnd) sorts strictly after the one at [prev, prevEnd) (prev < 0: no key before). */
export function keyAfter(b: Uint8Array, prev: number, prevEnd: number, a: number, aEnd: number): boolean {
  if (prev < 0) return true;
  const n = Math.min(prevEnd - prev, aEnd - a);
  for (let i = 0; i < n; i += 1) {
    const d = b[a + i]! - b[prev + i]!;
    if (d !== 0) return d > 0;
  }
  return aEnd - a > prevEnd - prev;
}

function skipNumber(b: Uint8Array, start: number): number {
  let p = start;
  if (b[p] === 0x2d) p += 1;
  const first = b[p]!;
  if (first === 0x30) p += 1;
  else if (first > 0x30 && first <= 0x39) while (DIGIT[b[p]!] === 1) p += 1;
  else return -1;
  let plainInteger = true;
  if (b[p] === 0x2e) {
    plainInteger = false;
    p += 1;
    while (DIGIT[b[p]!] === 1) p += 1;
  }
  if (b[p] === 0x65 || b[p] === 0x45) {
    plainInteger = false;
    p += 1;
    if (b[p] === 0x2b || b[p] === 0x2d) p += 1;
    while (DIGIT[b[p]!] === 1) p += 1;
  }
  // Up to 15 digits an integer is exact and printed as written; "-0" prints as "0".
  if (plainInteger && p - start <= 15 && !(b[start] === 0x2d && b[start + 1] === 0x30)) return p;
  const text = Buffer.from(b.buffer, b.byteOffset + start, p - start).toString("latin1");
  const value = Number(text);
  return Number.isFinite(value) && String(value) === text ? p : -1;
}

function skipLiteral(b: Uint8Array, p: number, word: string): number {
  for (let i = 0; i < word.length; i += 1) if (b[p + i] !== word.charCodeAt(i)) return -1;
  return p + word.length;
}

/** Any canonical JSON value starting at p, nested at most MAX_DEPTH deep. */
export function skipValue(b: Uint8Array, p: number, depth: number): number {
  const c = b[p];
  if (c === 0x22) return skipString(b, p);
  if (c === 0x7b) return skipObject(b, p, depth + 1);
  if (c === 0x5b) return skipArray(b, p, depth + 1);
  if (c === 0x74) return skipLiteral(b, p, "true");
  if (c === 0x66) return skipLiteral(b, p, "false");
  if (c === 0x6e) return skipLiteral(b, p, "null");
  return skipNumber(b, p);
}

function skipArray(b: Uint8Array, start: number, depth: number): number {
  if (depth > MAX_DEPTH) return -1;
  let p = start + 1;
  if (b[p] === 0x5d) return p + 1;
  for (;;) {
    p = skipValue(b, p, depth);
    if (p < 0) return -1;
    const c = b[p++];
    if (c === 0x5d) return p;
    if (c !== 0x2c) return -1;
  }
}

function skipObject(b: Uint8Array, start: number, depth: number): number {
  if (depth > MAX_DEPTH) return -1;
  let p = start + 1;
  if (b[p] === 0x7d) return p + 1;
  let prev = -1;
  let prevEnd = -1;
  for (;;) {
    const keyEnd = skipKey(b, p);
    // keyEnd - 1 is the closing quote: the key's bytes are [p + 1, keyEnd - 1).
    if (keyEnd < 0 || !keyAfter(b, prev, prevEnd, p + 1, keyEnd - 1)) return -1;
    prev = p + 1;
    prevEnd = keyEnd - 1;
    if (b[keyEnd] !== 0x3a) return -1;
    p = skipValue(b, keyEnd + 1, depth);
    if (p < 0) return -1;
    const c = b[p++];
    if (c === 0x7d) return p;
    if (c !== 0x2c) return -1;
  }
}

/** Whether bytes [start, start + 64) are a hash as the chain writes it: lowercase hex. */
export function isHash(b: Uint8Array, start: number): boolean {
  for (let i = start; i < start + 64; i += 1) if (HEX[b[i]!] !== 1) return false;
  return true;
}

/** Whether the bytes at p are exactly the ASCII text `ascii`. */
export function bytesAre(b: Uint8Array, p: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i += 1) if (b[p + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Bytes to look for, as getInt32 reads them four at a time (the last word overlaps the one before), for spelledAt. */
export interface Spelled {
  bytes: Uint8Array;
  words: Int32Array;
}

export function spelled(bytes: Uint8Array): Spelled {
  const n = bytes.length;
  const words = new Int32Array(n < 4 ? 0 : (n + 3) >> 2);
  const of = new DataView(bytes.buffer, bytes.byteOffset, n);
  for (let w = 0; w < words.length; w += 1) words[w] = of.getInt32(Math.min(w * 4, n - 4), true);
  return { bytes, words };
}

/**
 * Whether the bytes at p are exactly `expected`, compared four at a time: the walk compares every line's
 * keys with the line before's, and byte by byte that was its costliest loop. False (and the caller then
 * reads the key the long way) when they would run past the buffer.
 */
export function spelledAt(b: Uint8Array, p: number, expected: Spelled): boolean {
  const { bytes, words } = expected;
  const n = bytes.length;
  if (p + n > b.length) return false;
  if (n < 4) return sameBytes(b, p, bytes);
  const v = viewOf(b);
  const last = words.length - 1;
  for (let w = 0; w < last; w += 1) if (v.getInt32(p + w * 4, true) !== words[w]) return false;
  return v.getInt32(p + n - 4, true) === words[last];
}

/** Whether the bytes at p are exactly `expected`. */
export function sameBytes(b: Uint8Array, p: number, expected: Uint8Array): boolean {
  for (let i = 0; i < expected.length; i += 1) if (b[p + i] !== expected[i]) return false;
  return true;
}
