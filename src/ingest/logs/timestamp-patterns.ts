/**
 * The timestamp formats logs commonly use, each a regex and how its match turns into date parts; see
 * timestamp.ts for how a line is searched with them.
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

export interface Parts {
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

export const PATTERNS: Pattern[] = [
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
export const EPOCH = PATTERNS.length - 1;
export const ISO = PATTERNS.findIndex((p) => p.name === "iso");
