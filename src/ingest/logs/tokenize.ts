import { endianness } from "node:os";

/** The placeholder that stands for a variable part of a template. */
export const WILDCARD = "<*>";

/** Characters that split a whitespace token into parts, so `uid=0` masks to `uid=<*>` and not `<*>`. */
const SPLITS = new Uint8Array(128);
for (const ch of "=[](){},;|\"'") SPLITS[ch.charCodeAt(0)] = 1;

/**
 * Character classes for the hash loop: one table look-up instead of a chain of comparisons. It covers
 * every UTF-16 code unit (64 KiB) so the loop needs no range check; everything outside ASCII is plain (0,
 * the table's fill). Plain and DIGIT are 0 and 1 so a part's loop tests `cls <= DIGIT` and counts digits
 * by adding the class.
 */
const DIGIT = 1;
const SPACE = 2;
const SPLIT = 3;
const CLASS = new Uint8Array(0x10000);
for (const code of [32, 9, 10, 11, 12, 13]) CLASS[code] = SPACE;
for (let code = 0; code < 128; code++) if (SPLITS[code] === 1) CLASS[code] = SPLIT;
for (let code = 48; code <= 57; code++) CLASS[code] = DIGIT;

/** Only the first part of a very long line is tokenised: it bounds the cost, and templates live up front. */
const MAX_CHARS = 4096;

/** Month and weekday names are as variable as the numbers beside them. */
const CALENDAR = new Set(
  "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun".split(" "),
);

function isLetter(code: number): boolean {
  const c = code | 32;
  return c >= 97 && c <= 122;
}

/**
 * A part with a digit is a variable, except a word with a single digit after two letters (SOCKS5,
 * log4j, IPv6): those name protocols and versions far more often than they carry values.
 */
function isVariablePart(text: string, start: number, end: number, digits: number): boolean {
  if (digits === 0) {
    if (end - start !== 3) return false;
    const c = text.charCodeAt(start);
    return c >= 65 && c <= 90 && CALENDAR.has(text.slice(start, end));
  }
  if (digits > 1) return true;
  if (!(isLetter(text.charCodeAt(start)) && isLetter(text.charCodeAt(start + 1)))) return true;
  // A name is letters and its one digit only; `job-1` or `v1.2` carries a value.
  for (let i = start + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !(c >= 48 && c <= 57)) return true;
  }
  return false;
}

/**
 * The masked form of text[from…]: whitespace runs become one space and every variable part (one with
 * digits, a month or weekday name) becomes the wildcard. Numbers, ids, addresses, timestamps and
 * durations are nearly always variables, so masking them first leaves the template search only the
 * variables that are words. Built from slices of the line between changes, without a token array:
 * this is the hot path of mining.
 */
export function maskKey(line: string, from = 0, to = line.length): string {
  const end = Math.min(to, from + MAX_CHARS);
  let out = "";
  let span = -1; // start of the unchanged stretch being copied, -1 when between tokens
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

/** The masked whitespace tokens of text[from…] (see maskKey). */
export function maskTokens(line: string, from = 0): string[] {
  const key = maskKey(line, from);
  return key === "" ? [] : key.split(" ");
}

const WILDCARD_CODE = 0x2a3c3e; // stands for "<*>" in the hash
/** Multiplier of the second FNV stream (the first uses FNV's own prime). */
const P2 = 0x01000193 ^ 0x2c1b3c6d;

/** The high 32 bits of the last maskHash, left here so the hot path allocates no object or heap number. */
export const HASH_HIGH = new Int32Array(1);

/** Month and weekday names as three character codes in one number, for the hash loop's calendar test. */
const CALENDAR_CODES = new Set(
  [...CALENDAR].map((name) => (name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2)),
);

/** isVariablePart over code units: the same rules, read from a typed array. */
function isVariableUnits(units: Uint16Array, start: number, end: number, digits: number): boolean {
  if (digits === 0) {
    if (end - start !== 3) return false;
    const c = units[start]!;
    const second = units[start + 1]!;
    const third = units[start + 2]!;
    return (
      c >= 65 && c <= 90 && (second | third) < 128 && CALENDAR_CODES.has((c << 16) | (second << 8) | third)
    );
  }
  if (digits > 1) return true;
  if (!(isLetter(units[start]!) && isLetter(units[start + 1]!))) return true;
  for (let i = start + 2; i < end; i++) {
    const c = units[i]!;
    if (!isLetter(c) && !(c >= 48 && c <= 57)) return true;
  }
  return false;
}

/** A line hashed from this far in or less is copied whole: cheaper than cutting a substring off it. */
const WHOLE_COPY = 256;
/**
 * Where maskHash copies a line's text, as UTF-16 code units: Buffer's UCS-2 writer (Node's, untyped; `write`
 * spends a tenth of the hash's time parsing its arguments) copies any string as it is, a third faster than
 * the UTF-8 writer, and needs no second path for text that is not ASCII. It writes little-endian, so a
 * big-endian machine copies by hand.
 */
const SCRATCH = Buffer.alloc(2 * (MAX_CHARS + WHOLE_COPY)) as Buffer & Ucs2Writer;
const UNITS = new Uint16Array(SCRATCH.buffer, SCRATCH.byteOffset, MAX_CHARS + WHOLE_COPY);
const LITTLE_ENDIAN = endianness() === "LE";

interface Ucs2Writer {
  ucs2Write(text: string, offset: number): number;
}

/**
 * A 62-bit hash of maskKey(line, from, to), computed in one pass without building the key: two FNV-1a
 * streams over the key's characters. Returns the low 30 bits (a small integer, cheap as a Map key) and leaves
 * the other 32 in HASH_HIGH[0]. The miner trusts the pair without comparing strings: among the at most
 * 200,000 shapes it keeps, two colliding has odds of about one in 10^8.
 *
 * The line is copied into a typed array and hashed from there: V8 reads a typed array in a tight loop far
 * faster than `charCodeAt`, which re-checks the string's representation at every character (copy and all,
 * a third less time per line).
 */
export function maskHash(line: string, from = 0, to = line.length): number {
  const end = Math.min(to, line.length, from + MAX_CHARS);
  if (end <= from) return maskHashUnits(UNITS, 0, 0);
  const whole = end === line.length && from <= WHOLE_COPY;
  const text = whole ? line : line.slice(from, end);
  const offset = whole ? from : 0;
  if (LITTLE_ENDIAN) SCRATCH.ucs2Write(text, 0);
  else for (let i = 0; i < text.length; i++) UNITS[i] = text.charCodeAt(i);
  return maskHashUnits(UNITS, offset, offset + end - from);
}

/**
 * maskHash over code units. The loops nest as the text does (token, then part) rather than keeping one flat
 * loop with state flags: each inner loop then tests only what can end it, which halved the time per line.
 */
function maskHashUnits(units: Uint16Array, from: number, end: number): number {
  let h1 = 2166136261 | 0;
  let h2 = (0x811c9dc5 ^ 0x5bd1e995) | 0;
  let tokens = 0;
  let i = from;
  while (i < end) {
    let code = units[i]!;
    let cls = CLASS[code]!;
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (tokens++ > 0) {
      h1 = Math.imul(h1 ^ 32, 16777619);
      h2 = Math.imul(h2 ^ 32, P2);
    }
    // One whitespace token: parts separated by split characters.
    while (cls !== SPACE) {
      if (cls === SPLIT) {
        h1 = Math.imul(h1 ^ code, 16777619);
        h2 = Math.imul(h2 ^ code, P2);
        if (++i >= end) break;
        code = units[i]!;
        cls = CLASS[code]!;
        continue;
      }
      // The part is read to its end first and hashed only if it stays: variable parts (half the
      // characters of a typical line) are never hashed, and the result is the same as hashing as it comes.
      const partStart = i;
      let digits = 0;
      do {
        digits += cls;
        if (++i >= end) break;
        code = units[i]!;
        cls = CLASS[code]!;
      } while (cls <= DIGIT);
      if ((digits > 0 || i - partStart === 3) && isVariableUnits(units, partStart, i, digits)) {
        h1 = Math.imul(h1 ^ WILDCARD_CODE, 16777619);
        h2 = Math.imul(h2 ^ WILDCARD_CODE, P2);
      } else {
        for (let k = partStart; k < i; k++) {
          const c = units[k]!;
          h1 = Math.imul(h1 ^ c, 16777619);
          h2 = Math.imul(h2 ^ c, P2);
        }
      }
      if (i >= end) break;
    }
  }
  HASH_HIGH[0] = h2;
  return h1 & 0x3fffffff;
}
