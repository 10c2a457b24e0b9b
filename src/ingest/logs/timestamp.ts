import { ISO_AT, isoExecArray, scanIso } from "./timestamp-iso.js";
import { EPOCH, ISO, PATTERNS, type Parts } from "./timestamp-patterns.js";

/**
 * Timestamps in the formats logs commonly use, found without per-format configuration. Each pattern
 * turns its match into ISO 8601; the reader remembers which pattern a file uses and tries it first.
 */
/** Patterns whose timestamps carry no year (syslog, glog, logcat): the caller supplies it. */
const YEARLESS = new Set(
  ["syslog", "glog", "mm-dd"].map((name) => PATTERNS.findIndex((p) => p.name === name)),
);

export function isYearless(pattern: number): boolean {
  return YEARLESS.has(pattern);
}

/** How far into a line a header timestamp may start (past a label, a host, a file name). */
const SEARCH_WINDOW = 80;

export interface TimestampMatch {
  /** ISO 8601, UTC unless the log said otherwise. */
  iso: string;
  /** Date.parse(iso), worked out from the parts (NaN when only offsets were asked for). */
  ms: number;
  /** Offsets of the match in the line, so the header can be set aside when mining templates. */
  start: number;
  end: number;
  pattern: number;
}

function pad(n: number | string): string {
  return String(n).padStart(2, "0");
}

function toIso(p: Parts): string | undefined {
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || Number(p.h) > 23 || Number(p.mi) > 59) return undefined;
  const frac = p.frac ? `.${p.frac.slice(0, 3).padEnd(3, "0")}` : "";
  let zone = p.zone ?? "Z";
  if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${frac}${zone}`;
}

/** The last timestamp text a pattern matched and what it converted to. */
interface Converted {
  text: string;
  year: number;
  iso: string | undefined;
  ms: number;
}

/**
 * Lines in a row often carry the same timestamp text: convert it once. One memo per pattern, so a file whose
 * lines alternate between two formats (interleaved sources) keeps both conversions.
 */
const CONVERTED: Converted[] = PATTERNS.map(() => ({ text: "", year: 0, iso: undefined, ms: Number.NaN }));

/**
 * Date.parse(iso) without reading the string back: a UTC time of a plain date is Date.UTC of its parts.
 * Anything else (an offset, a year Date.UTC would read as 19xx, a day a month may not have, a 60th second)
 * is left to Date.parse, so the value is always the one parsing the ISO string gives.
 */
function msOf(p: Parts, iso: string): number {
  const seconds = Number(p.s);
  const plain = p.zone === undefined || p.zone === "Z";
  if (!plain || !Number.isInteger(p.y) || p.y < 100 || p.y > 9999 || p.d > 28 || seconds > 59)
    return Date.parse(iso);
  const millis = p.frac ? Number(p.frac.slice(0, 3).padEnd(3, "0")) : 0;
  return Date.UTC(p.y, p.mo - 1, p.d, Number(p.h), Number(p.mi), seconds, millis);
}

/** The last ISO pattern match's text up to its seconds, and that second converted (UTC, no fraction). */
let secondText = "";
let secondYear = 0;
let secondIso: string | undefined;
let secondMs = Number.NaN;

/**
 * A busy log's lines share their second and differ in the fraction (`…15.42.50.675872`): the second is
 * converted once, and each line adds its milliseconds. Only a UTC time (no offset) takes this path; the
 * values are what toIso and msOf give (a second Date.parse rejects stays NaN whatever the fraction).
 */
function sameSecond(m: RegExpExecArray, year: number): boolean {
  const frac = m[7];
  const zone = m[8];
  if (frac === undefined || (zone !== undefined && zone !== "Z")) return false;
  const head = m[0].slice(0, m[0].length - frac.length - 1 - (zone === undefined ? 0 : 1));
  if (head !== secondText || year !== secondYear) {
    const parts = PATTERNS[ISO]!.parts(m, year);
    parts.frac = undefined;
    parts.zone = undefined;
    const whole = toIso(parts);
    secondText = head;
    secondYear = year;
    secondIso = whole?.slice(0, -1); // without its Z
    secondMs = whole === undefined ? Number.NaN : msOf(parts, whole);
  }
  const millis = frac.slice(0, 3).padEnd(3, "0");
  const last = CONVERTED[ISO]!;
  last.text = m[0];
  last.year = year;
  last.iso = secondIso === undefined ? undefined : `${secondIso}.${millis}Z`;
  last.ms = secondIso === undefined ? Number.NaN : secondMs + Number(millis);
  return true;
}

function converted(m: RegExpExecArray, pattern: number, year: number): Converted {
  const last = CONVERTED[pattern]!;
  if (m[0] !== last.text || year !== last.year) {
    if (pattern === ISO && sameSecond(m, year)) return last;
    last.text = m[0];
    last.year = year;
    const parts = PATTERNS[pattern]!.parts(m, year);
    last.iso = toIso(parts);
    last.ms = last.iso === undefined ? Number.NaN : msOf(parts, last.iso);
  }
  return last;
}

/** The pattern used before the current hint, tried second. */
let otherHint = -1;

/** The part of a line a pattern is matched against: no further than a header timestamp may reach. */
const HEAD_CHARS = SEARCH_WINDOW + 40;

/** The head of the line being searched, cut once however many patterns are tried on it. */
let headLine = "";
let headText = "";

function headOf(line: string): string {
  if (line !== headLine) {
    headLine = line;
    headText = line.slice(0, HEAD_CHARS);
  }
  return headText;
}

/**
 * The ISO pattern, matched by hand (see timestamp-iso.ts). A line in the same second as the last converted one
 * takes that second's conversion and its own milliseconds, as sameSecond would, without building the captures.
 */
function tryIso(line: string, year: number, withIso: boolean): TimestampMatch | undefined {
  if (!scanIso(line, Math.min(line.length, HEAD_CHARS))) return undefined;
  const { start, end, fracStart, fracEnd, zoneStart } = ISO_AT;
  if (!withIso) return { iso: "", ms: Number.NaN, start, end, pattern: ISO };
  const last = CONVERTED[ISO]!;
  let iso: string | undefined;
  let ms: number;
  if (year === last.year && end - start === last.text.length && line.startsWith(last.text, start)) {
    iso = last.iso;
    ms = last.ms;
  } else if (
    fracStart >= 0 &&
    (zoneStart < 0 || line.charCodeAt(zoneStart) === 90) &&
    year === secondYear &&
    secondText !== "" &&
    line.startsWith(secondText, start)
  ) {
    const millis = line.slice(fracStart, Math.min(fracEnd, fracStart + 3)).padEnd(3, "0");
    iso = secondIso === undefined ? undefined : `${secondIso}.${millis}Z`;
    ms = secondIso === undefined ? Number.NaN : secondMs + Number(millis);
  } else ({ iso, ms } = converted(isoExecArray(line), ISO, year));
  if (!iso) return undefined;
  return { iso, ms, start, end, pattern: ISO };
}

function tryPattern(index: number, line: string, year: number, withIso: boolean): TimestampMatch | undefined {
  if (index === ISO) return tryIso(line, year, withIso);
  const pattern = PATTERNS[index]!;
  const probe = pattern.probe;
  if (probe !== undefined && withIso) {
    // Anchored and at most a few dozen characters long: matching the whole line finds what its head would.
    probe.lastIndex = 0;
    if (!probe.test(line)) return undefined;
    const end = probe.lastIndex;
    const last = CONVERTED[index]!;
    if (year === last.year && end === last.text.length && line.startsWith(last.text))
      return last.iso === undefined
        ? undefined
        : { iso: last.iso, ms: last.ms, start: 0, end, pattern: index };
  }
  const m = pattern.regex.exec(line.length > HEAD_CHARS ? headOf(line) : line);
  if (!m) return undefined;
  // Template mining needs only where the timestamp ends; building the ISO string is the reader's cost.
  if (!withIso)
    return { iso: "", ms: Number.NaN, start: m.index, end: m.index + m[0].length, pattern: index };
  const { iso, ms } = converted(m, index, year);
  if (!iso) return undefined;
  return { iso, ms, start: m.index, end: m.index + m[0].length, pattern: index };
}

/**
 * The first timestamp near the start of a line. `hint` is the pattern that matched the previous line
 * of the same file: logs keep one format, so it is tried first and the others only when it fails.
 */
export function findTimestamp(
  line: string,
  year: number,
  hint = -1,
  withIso = true,
): TimestampMatch | undefined {
  if (hint >= 0) {
    const found = tryPattern(hint, line, year, withIso);
    if (found && found.start <= SEARCH_WINDOW) return found;
    // Interleaved sources (or a file of two formats) alternate between two patterns.
    if (otherHint >= 0 && otherHint !== hint) {
      const other = tryPattern(otherHint, line, year, withIso);
      if (other && other.start <= SEARCH_WINDOW) {
        otherHint = hint;
        return other;
      }
    }
  }
  let best: TimestampMatch | undefined;
  if (hint >= 0) otherHint = hint;
  for (let i = 0; i < PATTERNS.length; i++) {
    if (i === hint) continue;
    const found = tryPattern(i, line, year, withIso);
    if (!found || found.start > SEARCH_WINDOW) continue;
    if (
      !best ||
      (best.pattern === EPOCH
        ? i !== EPOCH || found.start < best.start
        : found.start < best.start && i !== EPOCH)
    )
      best = found;
  }
  return best;
}
