/**
 * Timestamps in the formats logs commonly use, found without per-format configuration. Each pattern
 * turns its match into ISO 8601; the reader remembers which pattern a file uses and tries it first.
 */
const MONTHS: Record<string, number> = {
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
  Dec: 12,
};
const MON = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: string;
  mi: string;
  s: string;
  frac?: string | undefined;
  zone?: string | undefined;
}

interface Pattern {
  name: string;
  regex: RegExp;
  parts(m: RegExpExecArray, year: number): Parts;
  /**
   * For a pattern anchored at the line's start, the same regex with the `g` flag: `test` then tells where a
   * match ends without building the match and its captures, and a line whose timestamp text is the last
   * one's (most lines of a busy log) needs nothing more.
   */
  probe?: RegExp;
}

const num = (s: string | undefined): number => Number(s ?? "0");
const twoDigitYear = (s: string | undefined): number => 2000 + num(s);

const PATTERNS: Pattern[] = [
  {
    // ISO 8601 and its relatives: log4j/logback commas, nginx error slashes, BGL's dashes and dots.
    name: "iso",
    regex:
      /(\d{4})[-/.](\d{2})[-/.](\d{2})[T _-](\d{2})[:.](\d{2})[:.](\d{2})(?:[.,:](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?/,
    parts: (m) => ({
      y: num(m[1]),
      mo: num(m[2]),
      d: num(m[3]),
      h: m[4]!,
      mi: m[5]!,
      s: m[6]!,
      frac: m[7],
      zone: m[8],
    }),
  },
  {
    name: "apache",
    regex: new RegExp(`${DAY} ${MON} +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))? (\\d{4})`),
    parts: (m) => ({
      y: num(m[7]),
      mo: MONTHS[m[1]!]!,
      d: num(m[2]),
      h: m[3]!,
      mi: m[4]!,
      s: m[5]!,
      frac: m[6],
    }),
  },
  {
    // Common log format (Apache/nginx access logs): 10/Oct/2000:13:55:36 -0700
    name: "clf",
    regex: new RegExp(`(\\d{2})/${MON}/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2})(?: ([+-]\\d{4}))?`),
    parts: (m) => ({
      y: num(m[3]),
      mo: MONTHS[m[2]!]!,
      d: num(m[1]),
      h: m[4]!,
      mi: m[5]!,
      s: m[6]!,
      zone: m[7],
    }),
  },
  {
    // syslog and journald's short format have no year: the caller supplies one.
    name: "syslog",
    regex: new RegExp(`${MON} +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?`),
    parts: (m, year) => ({
      y: year,
      mo: MONTHS[m[1]!]!,
      d: num(m[2]),
      h: m[3]!,
      mi: m[4]!,
      s: m[5]!,
      frac: m[6],
    }),
  },
  {
    // glog/klog: I1124 03:00:00.123456
    name: "glog",
    regex: /^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6})/,
    parts: (m, year) => ({ y: year, mo: num(m[1]), d: num(m[2]), h: m[3]!, mi: m[4]!, s: m[5]!, frac: m[6] }),
  },
  {
    name: "compact-dash",
    regex: /(\d{4})(\d{2})(\d{2})-(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[:.](\d{1,6}))?/,
    parts: (m) => ({ y: num(m[1]), mo: num(m[2]), d: num(m[3]), h: m[4]!, mi: m[5]!, s: m[6]!, frac: m[7] }),
  },
  {
    name: "yy/mm/dd",
    regex: /^(\d{2})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})/,
    parts: (m) => ({ y: twoDigitYear(m[1]), mo: num(m[2]), d: num(m[3]), h: m[4]!, mi: m[5]!, s: m[6]! }),
  },
  {
    name: "yymmdd",
    regex: /^(\d{2})(\d{2})(\d{2}) (\d{2})(\d{2})(\d{2})\b/,
    parts: (m) => ({ y: twoDigitYear(m[1]), mo: num(m[2]), d: num(m[3]), h: m[4]!, mi: m[5]!, s: m[6]! }),
  },
  {
    // Android logcat and other month-day forms: 03-17 16:13:38.811, [10.30 16:49:06]
    name: "mm-dd",
    regex: /^\[?(\d{2})[-.](\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?/,
    parts: (m, year) => ({ y: year, mo: num(m[1]), d: num(m[2]), h: m[3]!, mi: m[4]!, s: m[5]!, frac: m[6] }),
  },
  {
    // Unix seconds in a header column (2001-2033); tried last, since bare numbers are often not times.
    name: "epoch",
    regex: /(?:^|\s)(1[0-9]{9})(?:\.(\d{1,6}))?(?=\s)/,
    parts: (m) => {
      const d = new Date(Number(m[1]) * 1000);
      const two = (n: number) => String(n).padStart(2, "0");
      return {
        y: d.getUTCFullYear(),
        mo: d.getUTCMonth() + 1,
        d: d.getUTCDate(),
        h: two(d.getUTCHours()),
        mi: two(d.getUTCMinutes()),
        s: two(d.getUTCSeconds()),
        frac: m[2],
      };
    },
  },
];
for (const pattern of PATTERNS)
  if (pattern.regex.source.startsWith("^")) pattern.probe = new RegExp(pattern.regex.source, "g");
const EPOCH = PATTERNS.length - 1;
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

/** Lines in a row often carry the same timestamp text: convert it once. */
let lastText = "";
let lastPattern = -1;
let lastYear = 0;
let lastIso: string | undefined;
let lastMs = Number.NaN;

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

function cachedIso(m: RegExpExecArray, pattern: number, year: number): string | undefined {
  if (m[0] !== lastText || pattern !== lastPattern || year !== lastYear) {
    lastText = m[0];
    lastPattern = pattern;
    lastYear = year;
    const parts = PATTERNS[pattern]!.parts(m, year);
    lastIso = toIso(parts);
    lastMs = lastIso === undefined ? Number.NaN : msOf(parts, lastIso);
  }
  return lastIso;
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

function tryPattern(index: number, line: string, year: number, withIso: boolean): TimestampMatch | undefined {
  const pattern = PATTERNS[index]!;
  const probe = pattern.probe;
  if (probe !== undefined && withIso) {
    // Anchored and at most a few dozen characters long: matching the whole line finds what its head would.
    probe.lastIndex = 0;
    if (!probe.test(line)) return undefined;
    const end = probe.lastIndex;
    if (index === lastPattern && year === lastYear && end === lastText.length && line.startsWith(lastText))
      return lastIso === undefined ? undefined : { iso: lastIso, ms: lastMs, start: 0, end, pattern: index };
  }
  const m = pattern.regex.exec(line.length > HEAD_CHARS ? headOf(line) : line);
  if (!m) return undefined;
  // Template mining needs only where the timestamp ends; building the ISO string is the reader's cost.
  if (!withIso)
    return { iso: "", ms: Number.NaN, start: m.index, end: m.index + m[0].length, pattern: index };
  const iso = cachedIso(m, index, year);
  if (!iso) return undefined;
  return { iso, ms: lastMs, start: m.index, end: m.index + m[0].length, pattern: index };
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
