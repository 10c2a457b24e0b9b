/**
 * Latencies the logs measure, read as milliseconds: what a timeout must exceed. Each form is anchored on a
 * word that says the number is how long something took (a key, `took`/`in`, a percentile, the duration
 * column after an HTTP status), so ages, sizes and counts are not read as latencies.
 */
export interface LatencyReading {
  ms: number;
  /** The line it was read from, as logged. */
  text: string;
}

type Unit = "ms" | "s";

interface ReadingForm {
  re: RegExp;
  /** The unit when the number has no suffix; undefined: the key's own suffix must say. */
  bare?: Unit;
}

const NUM = "(\\d+(?:\\.\\d+)?)";
const SUFFIX = "\\s*(ms|milliseconds?|s|secs?|seconds?)?\\b";

/** The forms, as data. The first capture is the number, the second its unit suffix (if any). */
const FORMS: readonly ReadingForm[] = [
  // nginx's $request_time / $upstream_response_time are seconds with a millisecond fraction.
  { re: new RegExp(`\\b(?:u?rt|request_time|upstream_response_time)=\\s*"?${NUM}${SUFFIX}`), bare: "s" },
  {
    re: new RegExp(
      `\\b(?:elapsed|duration|latency|took|response_?time|processing_?time)_?ms["']?\\s*[:=]\\s*"?${NUM}()`,
      "i",
    ),
    bare: "ms",
  },
  {
    re: new RegExp(
      `\\b(?:elapsed|duration|latency|took|response_?time|processing_?time)_?(?:s|secs|seconds)["']?\\s*[:=]\\s*"?${NUM}()`,
      "i",
    ),
    bare: "s",
  },
  {
    re: new RegExp(
      `\\b(?:elapsed|duration|latency|took|response_?time|processing_?time)["']?\\s*[:=]\\s*"?${NUM}\\s*(ms|s|secs?|seconds?)\\b`,
      "i",
    ),
  },
  { re: new RegExp(`\\b(?:took|in|after)\\s+${NUM}\\s*(ms|milliseconds?|s|secs?|seconds?)\\b`, "i") },
  { re: new RegExp(`\\bp(?:50|75|90|95|99|999)\\b[^\\d\\n]{0,24}${NUM}\\s*(ms|s)\\b`, "i") },
  // An access line's status followed by the time it took: `GET /x 200 41000ms`.
  { re: new RegExp(`\\s[1-5]\\d\\d\\s+${NUM}\\s*(ms|s)\\b`) },
];

/** How long a process took to start is not how long a request takes. */
const NOT_A_REQUEST = /\b(start(ed|ing|up)|boot(ed)?|uptime|ago|age)\b/i;

function toMs(value: number, unit: string | undefined, bare: Unit | undefined): number | undefined {
  const u = unit?.toLowerCase();
  if (u === "ms" || u?.startsWith("milli")) return value;
  if (u?.startsWith("s")) return value * 1000;
  if (bare === "ms") return value;
  if (bare === "s") return value * 1000;
  return undefined;
}

/** Every latency a line reports (an access line may carry the request's and the upstream's). */
export function latenciesIn(text: string): number[] {
  if (NOT_A_REQUEST.test(text)) return [];
  return FORMS.flatMap((form) => {
    const m = form.re.exec(text);
    const value = Number(m?.[1]);
    const ms = m && Number.isFinite(value) ? toMs(value, m[2], form.bare) : undefined;
    return ms === undefined ? [] : [Math.round(ms)];
  });
}

/**
 * A grep for the lines that may report a latency of a second or more (shorter ones never decide a timeout,
 * and leaving them out keeps a busy access log under the search's match cap). `latenciesIn` reads them.
 */
export const LATENCY_SEARCH = [
  '\\b(?:u?rt|request_time|upstream_response_time)="?[1-9]',
  '(?:elapsed|duration|latency|took|[a-z_]time|[a-z]Time)\\w*["\']?\\s*[:=]\\s*"?(?:[1-9]\\d*(?:\\.\\d+)?\\s*s\\b|[1-9]\\d{3,})',
  '(?:elapsed|duration|latency|took|[a-z_]time|[a-z]Time)_?(?:s|secs|seconds|Seconds)["\']?\\s*[:=]\\s*"?[1-9]',
  "\\b(?:took|in|after)\\s+(?:[1-9]\\d{3,}(?:\\.\\d+)?\\s*ms|[1-9]\\d*(?:\\.\\d+)?\\s*s)\\b",
  "\\bp(?:50|75|90|95|99|999)\\b\\D{0,24}[1-9]",
  "\\s[1-5]\\d\\d\\s+(?:[1-9]\\d{3,}(?:\\.\\d+)?\\s*ms|[1-9]\\d*(?:\\.\\d+)?\\s*s)\\b",
].join("|");

/** The longest latency among the lines, with the line that reports it. */
export function longestLatency(
  lines: readonly { file: string; line: number; text: string }[],
): (LatencyReading & { file: string; line: number }) | undefined {
  let best: (LatencyReading & { file: string; line: number }) | undefined;
  for (const l of lines) {
    for (const ms of latenciesIn(l.text)) {
      if (!best || ms > best.ms) best = { ms, text: l.text, file: l.file, line: l.line };
    }
  }
  return best;
}
