/** The placeholder that stands for a variable part of a template. */
export const WILDCARD = "<*>";

/** Characters that split a whitespace token into parts, so `uid=0` masks to `uid=<*>` and not `<*>`. */
const SPLITS = new Uint8Array(128);
for (const ch of "=[](){},;|\"'") SPLITS[ch.charCodeAt(0)] = 1;

/** Only the first part of a very long line is tokenised: it bounds the cost, and templates live up front. */
const MAX_CHARS = 4096;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Month and weekday names are as variable as the numbers beside them. */
const CALENDAR = new Set(
  "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun".split(" "),
);

/**
 * A part with a digit is a variable, except a word with one trailing-ish digit (SOCKS5, log4j, IPv6):
 * those name protocols and versions far more often than they carry values.
 */
function isVariablePart(text: string, start: number, end: number, digits: number): boolean {
  if (digits === 0) return end - start === 3 && CALENDAR.has(text.slice(start, end));
  if (digits > 1) return true;
  const c0 = text.charCodeAt(start) | 32;
  const c1 = text.charCodeAt(start + 1) | 32;
  return !(c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 11 || code === 12;
}

/** Masks the variable parts of text[start, end); `hasDigit` says whether any part has a digit. */
function maskToken(text: string, start: number, end: number, hasDigit: boolean): string {
  if (!hasDigit) {
    return end - start === 3 && CALENDAR.has(text.slice(start, end)) ? WILDCARD : text.slice(start, end);
  }
  let out = "";
  let partStart = start;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32;
    if (i === end || (code < 128 && SPLITS[code] === 1)) {
      if (i > partStart) {
        out += isVariablePart(text, partStart, i, digits) ? WILDCARD : text.slice(partStart, i);
      }
      if (i < end) out += text[i];
      partStart = i + 1;
      digits = 0;
    } else if (isDigit(code)) digits++;
  }
  return out;
}

/**
 * Whitespace tokens of one line with every digit-bearing part replaced by the wildcard. Numbers, ids,
 * addresses, timestamps and durations are nearly always variables, so masking them up front leaves the
 * similarity search only the variables that are words.
 */
/** Units that follow a number: `12 sec` and `00:12` are the same variable. */
const UNITS = new Set([
  "s",
  "sec",
  "secs",
  "ms",
  "us",
  "ns",
  "min",
  "B",
  "KB",
  "kB",
  "MB",
  "GB",
  "K",
  "M",
  "G",
]);

function pushToken(tokens: string[], token: string): void {
  const prev = tokens.length > 0 ? tokens[tokens.length - 1]! : "";
  if (prev.endsWith(WILDCARD)) {
    const bare = token.endsWith(")") ? token.slice(0, -1) : token;
    if (UNITS.has(bare)) {
      tokens[tokens.length - 1] = bare === token ? prev : `${prev})`;
      return;
    }
  }
  tokens.push(token);
}

export function maskTokens(line: string): string[] {
  const end = Math.min(line.length, MAX_CHARS);
  const tokens: string[] = [];
  let start = -1;
  let hasDigit = false;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? line.charCodeAt(i) : 32;
    if (isSpace(code)) {
      if (start >= 0) {
        pushToken(tokens, maskToken(line, start, i, hasDigit));
        start = -1;
        hasDigit = false;
      }
    } else {
      if (start < 0) start = i;
      if (isDigit(code)) hasDigit = true;
    }
  }
  return tokens;
}
