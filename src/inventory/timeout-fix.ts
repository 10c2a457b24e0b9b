/**
 * A timeout the repository sets, compared with the latency the logs measure: the relation is timeout >
 * latency. The settings and the headroom are data; one function reads a line, one proposes the new value,
 * one checks a patched line.
 */

type Unit = "ms" | "s" | "m" | "h";

interface TimeoutForm {
  /** Captures: 1 the text before the number, 2 the number, 3 its unit suffix (if any). */
  re: RegExp;
  /** The unit of a number written without a suffix; "guess": by its magnitude (see `bareUnit`). */
  bare: Unit | "guess";
}

const MS_NAME = /(_ms|Ms|_MS|millis|Millis|MILLIS)$/;
const S_NAME = /(_s|_sec|_secs|_seconds|Seconds|Secs|_SECONDS|_SECS|_S)$/;

/** Timeouts a request's (or a batch's) latency must stay under, as the software spells them. */
const FORMS: readonly TimeoutForm[] = [
  // nginx: a bare number is seconds.
  {
    re: /^(\s*(?:proxy|fastcgi|uwsgi|grpc|scgi)_(?:read|send)_timeout\s+)(\d+)(ms|s|m|h)?(?=\s*;)/,
    bare: "s",
  },
  // HAProxy: a bare number is milliseconds.
  { re: /^(\s*timeout\s+(?:server|client|tunnel)\s+)(\d+)(ms|s|m|h)?\b/, bare: "ms" },
  // Kafka's max.poll.interval.ms in its dotted, relaxed, upper-case and camel-case spellings.
  {
    re: /^(\s*-?\s*"?(?:[\w.-]*[._-])?(?:max[._-]poll[._-]interval(?:[._-]ms)?|MAX_POLL_INTERVAL_MS|maxPollIntervalMs|max_poll_interval_ms)"?\s*[:=]\s*"?)(\d+)()/i,
    bare: "ms",
  },
  { re: /^(\s*activeDeadlineSeconds:\s*"?)(\d+)()/, bare: "s" },
  // gunicorn's --timeout (seconds).
  { re: /(--timeout[= ])(\d+)()\b/, bare: "s" },
  // NAME_TIMEOUT = 2.0, readTimeoutMs: 5000, "UPSTREAM_TIMEOUT": "30s", timeout=10.
  {
    re: /^(\s*-?\s*(?:export\s+)?"?[\w.-]*(?:TIMEOUT|[tT]imeout)[\w]*"?\s*[:=]\s*\(?["']?)(\d+(?:\.\d+)?)(ms|s|m|h)?(?=["',)\s]|$)/,
    bare: "guess",
  },
];

/** How much longer than the longest measured latency a timeout is set (data: the headroom rule). */
export const TIMEOUT_HEADROOM = {
  /** New timeout = longest latency × factor, rounded up to a whole second. */
  factor: 1.5,
  /** Readings no more than this much above the timeout are requests it cut off, not the latency. */
  cutOffMargin: 1.05,
  /** A jump larger than this (× the current value) is a sizing decision for a person. */
  maxRaise: 10,
} as const;

const UNIT_MS: Record<Unit, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export interface TimeoutSetting {
  ms: number;
  /** The number as written, and where it sits in the line. */
  digits: string;
  index: number;
  prefix: string;
  unit: Unit;
  suffix: string;
}

/** A bare number named without a unit: a fraction or a small number is seconds, a large one milliseconds. */
function bareUnit(prefix: string, digits: string): Unit {
  const name = /([\w.-]+)"?\s*[:=]\s*\(?["']?$/.exec(prefix)?.[1] ?? "";
  if (MS_NAME.test(name)) return "ms";
  if (S_NAME.test(name)) return "s";
  return digits.includes(".") || Number(digits) < 1000 ? "s" : "ms";
}

/** The timeout a line sets, in milliseconds, or undefined when the line sets none this rule knows. */
export function timeoutOn(line: string): TimeoutSetting | undefined {
  if (/^\s*(#|\/\/)/.test(line)) return undefined;
  for (const form of FORMS) {
    const m = form.re.exec(line);
    if (!m || m.index === undefined) continue;
    const [, prefix = "", digits = "", suffix = ""] = m;
    const unit: Unit = (suffix as Unit) || (form.bare === "guess" ? bareUnit(prefix, digits) : form.bare);
    return { ms: Number(digits) * UNIT_MS[unit], digits, index: m.index, prefix, unit, suffix };
  }
  return undefined;
}

/** The number written in the setting's unit and style: `2.0` stays a decimal, `30s` keeps its suffix. */
function written(ms: number, setting: TimeoutSetting): string {
  const value = Math.ceil(ms / UNIT_MS[setting.unit]);
  return setting.digits.includes(".") ? value.toFixed(1) : String(value);
}

export type TimeoutProposal =
  | { ok: true; line: string; change: string; ms: number }
  | { ok: false; reason: string };

/** The line with its timeout raised above the measured latency, or why no value is proposed. */
export function proposeTimeout(line: string, measuredMs: number): TimeoutProposal {
  const setting = timeoutOn(line);
  if (!setting) return { ok: false, reason: "the line sets no timeout this rule reads" };
  if (measuredMs <= setting.ms)
    return { ok: false, reason: `the longest latency measured (${measuredMs} ms) is under the timeout` };
  if (measuredMs <= setting.ms * TIMEOUT_HEADROOM.cutOffMargin)
    return {
      ok: false,
      reason: `the only latencies above ${setting.ms} ms are requests the timeout cut off; the real latency is not measured`,
    };
  const wantMs = Math.ceil((measuredMs * TIMEOUT_HEADROOM.factor) / 1000) * 1000;
  if (wantMs > setting.ms * TIMEOUT_HEADROOM.maxRaise)
    return {
      ok: false,
      reason: `${measuredMs} ms is over ${TIMEOUT_HEADROOM.maxRaise}× the timeout: a sizing decision for a person`,
    };
  const value = written(wantMs, setting);
  const start = setting.index + setting.prefix.length;
  const text = `${line.slice(0, start)}${value}${setting.suffix}${line.slice(start + setting.digits.length + setting.suffix.length)}`;
  const name = setting.prefix.replace(/[\s"'=:(-]+$/, "").trim();
  return {
    ok: true,
    line: text,
    change: `${name} ${setting.digits}${setting.suffix} → ${value}${setting.suffix} (longest latency measured: ${measuredMs} ms, ×${TIMEOUT_HEADROOM.factor})`,
    ms: Number(value) * UNIT_MS[setting.unit],
  };
}

/** Whether the (patched) line's timeout now exceeds the measured latency. */
export function timeoutExceeds(line: string, measuredMs: number): { ok: boolean; detail: string } {
  const setting = timeoutOn(line);
  if (!setting) return { ok: false, detail: "the line no longer sets a timeout" };
  return setting.ms > measuredMs
    ? {
        ok: true,
        detail: `the timeout (${setting.ms} ms) now exceeds the longest latency measured (${measuredMs} ms)`,
      }
    : {
        ok: false,
        detail: `the timeout (${setting.ms} ms) is still under the latency measured (${measuredMs} ms)`,
      };
}
