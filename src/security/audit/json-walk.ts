import { isUtf8 } from "node:buffer";

/**
 * A walk over JSON bytes that succeeds only on the exact text canonicalJson writes: no whitespace, object
 * keys plain ASCII and strictly ascending at every depth, strings with only the escapes JSON.stringify
 * uses for itself and well-formed UTF-8, numbers as String(number) prints them. It never throws; false
 * means "not provably canonical", and the caller takes the slow, parsing path.
 */

// Bytes a canonical string holds as they are: printable ASCII but the quote and the backslash.
const PLAIN = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c += 1) PLAIN[c] = c === 0x22 || c === 0x5c ? 0 : 1;
// The escapes JSON.stringify writes for itself (\u00XX and lone surrogates go the slow way).
const SHORT_ESCAPE = new Uint8Array(256);
for (const c of '"\\bfnrt') SHORT_ESCAPE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of "0123456789abcdef") HEX[c.charCodeAt(0)] = 1;

const MAX_DEPTH = 64;

/** The walk's position, shared with the entry reader (one walk at a time: it never awaits). */
export const w = {
  b: Buffer.alloc(0) as Buffer,
  p: 0,
  /** Where the last string's content ended (before its closing quote). */
  stringEnd: 0,
  /** The line as text when it is printable ASCII without a backslash: strings end at the next quote. */
  simple: undefined as string | undefined,
  /** Where that line starts in b. */
  base: 0,
};
export const NOT_SIMPLE = /[^\x20-\x5b\x5d-\x7e]/;

export function string(): boolean {
  if (w.b[w.p] !== 0x22) return false;
  w.p += 1;
  if (w.simple !== undefined) return skipToQuote();
  const start = w.p;
  let wide = false;
  for (;;) {
    const c = w.b[w.p]!;
    if (PLAIN[c] === 1) w.p += 1;
    else if (c === 0x22) break;
    else if (c === 0x5c && SHORT_ESCAPE[w.b[w.p + 1]!] === 1) w.p += 2;
    else if (c >= 0x80) {
      wide = true;
      w.p += 1;
    } else return false;
  }
  w.stringEnd = w.p;
  w.p += 1;
  // Well-formed UTF-8 decodes and re-encodes to the same bytes (lone surrogates cannot be in it).
  return !wide || isUtf8(w.b.subarray(start, w.stringEnd));
}

function skipToQuote(): boolean {
  const quote = w.simple!.indexOf('"', w.p - w.base);
  if (quote < 0) return false;
  w.stringEnd = quote + w.base;
  w.p = w.stringEnd + 1;
  return true;
}

/** A key: plain ASCII only, so byte order is the UTF-16 order canonicalJson sorts by. */
export function key(): boolean {
  if (w.b[w.p] !== 0x22) return false;
  w.p += 1;
  if (w.simple !== undefined) return skipToQuote();
  while (PLAIN[w.b[w.p]!] === 1) w.p += 1;
  if (w.b[w.p] !== 0x22) return false;
  w.stringEnd = w.p;
  w.p += 1;
  return true;
}

/** Whether the key at [a, aEnd) sorts strictly after the one at [prev, prevEnd). */
export function after(prev: number, prevEnd: number, a: number, aEnd: number): boolean {
  if (prev < 0) return true;
  const n = Math.min(prevEnd - prev, aEnd - a);
  for (let i = 0; i < n; i += 1) {
    const d = w.b[a + i]! - w.b[prev + i]!;
    if (d !== 0) return d > 0;
  }
  return aEnd - a > prevEnd - prev;
}

function number(): boolean {
  const start = w.p;
  if (w.b[w.p] === 0x2d) w.p += 1;
  const first = w.b[w.p]!;
  if (first === 0x30) w.p += 1;
  else if (first > 0x30 && first <= 0x39) while (w.b[w.p]! >= 0x30 && w.b[w.p]! <= 0x39) w.p += 1;
  else return false;
  let plainInteger = true;
  if (w.b[w.p] === 0x2e) {
    plainInteger = false;
    w.p += 1;
    while (w.b[w.p]! >= 0x30 && w.b[w.p]! <= 0x39) w.p += 1;
  }
  if (w.b[w.p] === 0x65 || w.b[w.p] === 0x45) {
    plainInteger = false;
    w.p += 1;
    if (w.b[w.p] === 0x2b || w.b[w.p] === 0x2d) w.p += 1;
    while (w.b[w.p]! >= 0x30 && w.b[w.p]! <= 0x39) w.p += 1;
  }
  // Up to 15 digits an integer is exact and printed as written; "-0" prints as "0".
  if (plainInteger && w.p - start <= 15 && !(w.b[start] === 0x2d && w.b[start + 1] === 0x30)) return true;
  const text = w.b.toString("latin1", start, w.p);
  const value = Number(text);
  return Number.isFinite(value) && String(value) === text;
}

function literal(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) if (w.b[w.p + i] !== word.charCodeAt(i)) return false;
  w.p += word.length;
  return true;
}

export function value(depth: number): boolean {
  const c = w.b[w.p];
  if (c === 0x22) return string();
  if (c === 0x7b) return object(depth + 1);
  if (c === 0x5b) return array(depth + 1);
  if (c === 0x74) return literal("true");
  if (c === 0x66) return literal("false");
  if (c === 0x6e) return literal("null");
  return number();
}

function array(depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  w.p += 1;
  if (w.b[w.p] === 0x5d) {
    w.p += 1;
    return true;
  }
  for (;;) {
    if (!value(depth)) return false;
    const c = w.b[w.p++];
    if (c === 0x5d) return true;
    if (c !== 0x2c) return false;
  }
}

function object(depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  w.p += 1;
  if (w.b[w.p] === 0x7d) {
    w.p += 1;
    return true;
  }
  let prev = -1;
  let prevEnd = -1;
  for (;;) {
    const start = w.p + 1;
    if (!key() || !after(prev, prevEnd, start, w.stringEnd)) return false;
    prev = start;
    prevEnd = w.stringEnd;
    if (w.b[w.p++] !== 0x3a || !value(depth)) return false;
    const c = w.b[w.p++];
    if (c === 0x7d) return true;
    if (c !== 0x2c) return false;
  }
}

export function text(start: number, end: number): string {
  return w.b.toString("utf8", start, end);
}

/** ASCII bytes as a string (hashes and enum values, checked plain by the walk). */
export function latin1(start: number, end: number): string {
  return w.b.toString("latin1", start, end);
}

export function isHash(start: number, end: number): boolean {
  if (end - start !== 64) return false;
  for (let i = start; i < end; i += 1) if (HEX[w.b[i]!] !== 1) return false;
  return true;
}
