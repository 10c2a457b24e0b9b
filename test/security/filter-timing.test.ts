import { describe, expect, it } from "vitest";
import { screenText } from "../../src/security/gateway/input-filter.js";
import { redactSecrets } from "../../src/security/gateway/secret-patterns.js";

/**
 * Every gateway filter must take time linear in its input: an alert label or a log line is attacker-sized.
 * Each hostile shape is timed at 64 KiB and at 1 MiB (16 times larger); a linear filter grows about 16 times,
 * a quadratic one about 256 times. The bound is a ratio, not a duration, so a slow or busy machine passes
 * and only the growth is judged. The shapes are the ones that were quadratic (runs of newlines before a
 * role marker, nested image brackets, image URLs, long `+` runs, many matches) and their neighbours.
 */
const SHAPES = [
  "\n",
  "\n \t",
  "![",
  "![](http://x?",
  "Aa0+",
  "ignore previous instructions ",
  "<!--",
  "⟦flagged:",
  "a@b.",
  "password=",
];

const SMALL = 64 * 1024;
const LARGE = 1024 * 1024;
// Quadratic growth would be 256; linear is 16, and noise on a shared machine can double it.
const MAX_RATIO = 48;
// Below this a measurement is mostly timer and JIT noise: the small run's time is floored at it.
const FLOOR_MS = 8;

function filter(text: string): void {
  screenText(text);
  redactSecrets(text);
}

function bestOf(runs: number, text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    filter(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe("gateway filters run in linear time", () => {
  it.each(SHAPES)(
    "grows linearly on %j",
    (unit) => {
      filter(fill(unit, 4096)); // warm the JIT
      const small = bestOf(3, fill(unit, SMALL));
      const large = bestOf(2, fill(unit, LARGE));
      const ratio = large / Math.max(small, FLOOR_MS);
      expect(ratio, `${JSON.stringify(unit)}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(
        MAX_RATIO,
      );
    },
    60_000,
  );
});
