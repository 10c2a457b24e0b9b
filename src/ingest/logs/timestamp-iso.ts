/**
 * The ISO pattern of timestamp-patterns.ts, matched by hand. Unanchored, irregexp tried it at every position
 * of a line's head: ~1 µs per line whether or not it matched, the reader's largest cost on a log of two
 * interleaved formats (each line tries the other's pattern first). The match is the regex's, to the character:
 *   (\d{4})[-/.](\d{2})[-/.](\d{2})[T _-](\d{2})[:.](\d{2})[:.](\d{2})(?:[.,:](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?
 * Its mandatory part is fixed-width, so the leftmost position where it matches is the regex's match, and the
 * optional fraction and zone are greedy with nothing after them to backtrack for.
 */

import { endianness } from "node:os";

/** Where the last successful scanIso found its match; -1 for a fraction or zone it has not. */
export const ISO_AT = { start: 0, end: 0, fracStart: -1, fracEnd: -1, zoneStart: -1 };

/** Date separators at offsets 4 and 7, the date/time one at 10, the time ones at 13 and 16. */
const DATE_SEP = new Uint8Array(128);
const DAY_SEP = new Uint8Array(128);
const TIME_SEP = new Uint8Array(128);
const FRAC_SEP = new Uint8Array(128);
for (const ch of "-/.") DATE_SEP[ch.charCodeAt(0)] = 1;
for (const ch of "T _-") DAY_SEP[ch.charCodeAt(0)] = 1;
for (const ch of ":.") TIME_SEP[ch.charCodeAt(0)] = 1;
for (const ch of ".,:") FRAC_SEP[ch.charCodeAt(0)] = 1;

/**
 * The head being scanned, as UTF-16 code units: V8 reads a typed array in a loop several times faster than
 * `charCodeAt`, which re-checks the string's representation at each character. Buffer's UCS-2 writer (Node's,
 * untyped) copies the head in one call; it writes little-endian, so a big-endian machine copies by hand.
 */
const HEAD_BYTES = Buffer.alloc(2 * 256) as Buffer & {
  ucs2Write(text: string, offset: number, length: number): number;
};
const HEAD = new Uint16Array(HEAD_BYTES.buffer, HEAD_BYTES.byteOffset, 256);
const LITTLE_ENDIAN = endianness() === "LE";

function load(line: string, limit: number): void {
  if (LITTLE_ENDIAN) HEAD_BYTES.ucs2Write(line, 0, 2 * limit);
  else for (let i = 0; i < limit; i++) HEAD[i] = line.charCodeAt(i);
}

function digit(line: Uint16Array, i: number): boolean {
  const c = line[i]!;
  return c >= 48 && c <= 57;
}

function sep(table: Uint8Array, line: Uint16Array, i: number): boolean {
  const c = line[i]!;
  return c < 128 && table[c] === 1;
}

/** The fixed-width part (date to seconds) at p, whose separator at p + 4 is already known. */
function mandatory(line: Uint16Array, p: number): boolean {
  return (
    digit(line, p) &&
    digit(line, p + 1) &&
    digit(line, p + 2) &&
    digit(line, p + 3) &&
    digit(line, p + 5) &&
    digit(line, p + 6) &&
    sep(DATE_SEP, line, p + 7) &&
    digit(line, p + 8) &&
    digit(line, p + 9) &&
    sep(DAY_SEP, line, p + 10) &&
    digit(line, p + 11) &&
    digit(line, p + 12) &&
    sep(TIME_SEP, line, p + 13) &&
    digit(line, p + 14) &&
    digit(line, p + 15) &&
    sep(TIME_SEP, line, p + 16) &&
    digit(line, p + 17) &&
    digit(line, p + 18)
  );
}

/** The regex's match in line[0, limit) (the head it was run on; limit <= 256), left in ISO_AT; false when none. */
export function scanIso(text: string, limit: number): boolean {
  if (limit < 19) return false;
  load(text, limit);
  const line = HEAD;
  // A match at p has a date separator at p + 4 and ends at p + 19 or later.
  for (let i = 4; i + 15 <= limit; i++) {
    const c = line[i]!;
    if ((c !== 45 && c !== 47 && c !== 46) || !mandatory(line, i - 4)) continue;
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

/** `Z`, or `[+-]\d{2}:?\d{2}` (a colon that is there must be followed by two digits), at z; 0 for none. */
function zoneLength(line: Uint16Array, z: number, limit: number): number {
  if (z >= limit) return 0;
  const c = line[z]!;
  if (c === 90) return 1;
  if ((c !== 43 && c !== 45) || z + 5 > limit || !digit(line, z + 1) || !digit(line, z + 2)) return 0;
  if (line[z + 3] === 58) return z + 6 <= limit && digit(line, z + 4) && digit(line, z + 5) ? 6 : 0;
  return digit(line, z + 3) && digit(line, z + 4) ? 5 : 0;
}

/** What regex.exec would have returned for the match in ISO_AT: its text and captures, and its index. */
export function isoExecArray(line: string): RegExpExecArray {
  const { start, end, fracStart, fracEnd, zoneStart } = ISO_AT;
  const m = [
    line.slice(start, end),
    line.slice(start, start + 4),
    line.slice(start + 5, start + 7),
    line.slice(start + 8, start + 10),
    line.slice(start + 11, start + 13),
    line.slice(start + 14, start + 16),
    line.slice(start + 17, start + 19),
    fracStart < 0 ? undefined : line.slice(fracStart, fracEnd),
    zoneStart < 0 ? undefined : line.slice(zoneStart, end),
  ] as unknown as RegExpExecArray;
  m.index = start;
  return m;
}
