/**
 * How long a batch run needs, from its progress lines: the time elapsed so far divided by the share done
 * (`rows_done=37600000 rows_estimate=41822190 elapsed=860s` → 957 s). A run killed at its deadline never logs
 * its full time; its progress says how much longer it needed. Forms are data.
 */
const ELAPSED = /\belapsed(?:_?(ms|s|seconds))?["']?\s*[:=]\s*"?(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\b/i;
const DONE = /\b\w*(?:done|processed|completed|written|exported)["']?\s*[:=]\s*"?(\d+)\b/i;
const TOTAL = /\b\w*(?:estimate|estimated|total|expected)["']?\s*[:=]\s*"?(\d+)\b/i;
const PERCENT = /\b(\d+(?:\.\d+)?)\s*%/;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, seconds: 1000, m: 60_000, h: 3_600_000 };

/** Lines with an elapsed time and a share done (the grep tool reads JavaScript regular expressions). */
export const RUNTIME_SEARCH =
  "\\belapsed\\w*[\"']?\\s*[:=][^\\n]*(?:done|processed|completed|written|exported|%)|(?:done|processed|completed|written|exported|%)[^\\n]*\\belapsed\\w*[\"']?\\s*[:=]";

/** A share done below this says too little to project from. */
const MIN_SHARE = 0.25;

/** The run time a progress line implies, in milliseconds: elapsed ÷ share done. */
export function runtimeIn(text: string): number | undefined {
  const e = ELAPSED.exec(text);
  const value = Number(e?.[2]);
  if (!e || !Number.isFinite(value)) return undefined;
  const elapsed = value * (UNIT_MS[(e[3] ?? e[1] ?? "s").toLowerCase()] ?? 1000);
  const done = Number(DONE.exec(text)?.[1]);
  const total = Number(TOTAL.exec(text)?.[1]);
  const percent = Number(PERCENT.exec(text)?.[1]);
  const share = done > 0 && total > 0 ? done / total : percent > 0 ? percent / 100 : Number.NaN;
  if (!(share >= MIN_SHARE && share <= 1)) return undefined;
  return Math.round(elapsed / share);
}

/** The longest run time the progress lines imply, with the line that implies it. */
export function longestRuntime(
  lines: readonly { file: string; line: number; text: string }[],
): { ms: number; file: string; line: number; text: string } | undefined {
  let best: { ms: number; file: string; line: number; text: string } | undefined;
  for (const l of lines) {
    const ms = runtimeIn(l.text);
    if (ms !== undefined && (!best || ms > best.ms)) best = { ms, ...l };
  }
  return best;
}
