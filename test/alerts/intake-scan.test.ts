import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkValue, INTAKE_LIMITS, scanJsonText } from "../../src/ingest/alerts/intake-limits.js";
import { normalizeAlert } from "../../src/ingest/alerts/normalize-alert.js";
import { ALERT_SOURCES } from "../../src/ingest/alerts/source-name.js";
import { NOW } from "./fixtures.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "alerts");

/** Values as `checkValue` counts them: every object, array and scalar, the root included. */
function countValues(value: unknown): number {
  if (typeof value !== "object" || value === null) return 1;
  return 1 + Object.values(value).reduce<number>((sum, child) => sum + countValues(child), 0);
}

/** A seeded mix of empty and full containers, scalars and strings with escapes (no duplicate keys). */
function randomValue(next: () => number, depth: number): unknown {
  const pick = next();
  if (depth > 5 || pick < 0.35) {
    const scalars = [0, -1.5e3, true, false, null, "", 'a"b\\c', "\u00e9\n", "[{,}]"];
    return scalars[Math.floor(next() * scalars.length)];
  }
  const size = Math.floor(next() * 5);
  const children = Array.from({ length: size }, () => randomValue(next, depth + 1));
  if (pick < 0.65) return children;
  return Object.fromEntries(children.map((child, i) => [`k${i},{`, child]));
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe("scanJsonText counts values as checkValue does", () => {
  it("agrees exactly at the value limit on random bodies, in any layout", { timeout: 120_000 }, () => {
    for (let seed = 1; seed <= 6; seed += 1) {
      const next = seeded(seed);
      const core = randomValue(next, 0);
      const used = 1 + countValues(core); // the wrapping array and the core
      for (const extra of [0, 1]) {
        const padding = INTAKE_LIMITS.maxNodes - used + extra;
        const body = [
          core,
          ...Array.from({ length: padding }, (_, i) => (i % 3 === 0 ? [] : i % 3 === 1 ? {} : i)),
        ];
        expect(countValues(body)).toBe(INTAKE_LIMITS.maxNodes + extra);
        const text = JSON.stringify(body, null, seed % 3 === 0 ? undefined : seed % 3);
        const fromText = scanJsonText(text);
        const fromValue = checkValue(JSON.parse(text));
        expect(fromText?.reason).toBe(fromValue?.reason);
        expect(fromText === undefined).toBe(extra === 0);
      }
    }
  });

  it("passes every alert fixture, and skipping the walk changes no normalization", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(join(FIXTURES, file), "utf8");
      expect(scanJsonText(text)).toBeUndefined();
      const prefix = file.split(/[.-]/)[0] ?? "";
      const source = (ALERT_SOURCES as readonly string[]).includes(prefix) ? prefix : "generic";
      const walked = normalizeAlert(source, JSON.parse(text), { now: NOW });
      const scanned = normalizeAlert(source, JSON.parse(text), { now: NOW, scannedText: true });
      expect(scanned).toEqual(walked);
    }
  });

  it("is never laxer than the walk: long escaped strings and deep nesting", () => {
    const escaped = JSON.stringify({ s: "\n".repeat(INTAKE_LIMITS.maxString / 2 + 1) });
    expect(checkValue(JSON.parse(escaped))).toBeUndefined();
    expect(scanJsonText(escaped)?.reason).toMatch(/string longer/); // the raw text is what is bounded
    const deep = `${"[".repeat(INTAKE_LIMITS.maxDepth + 1)}${"]".repeat(INTAKE_LIMITS.maxDepth + 1)}`;
    expect(scanJsonText(deep)?.reason).toBe(checkValue(JSON.parse(deep))?.reason);
  });
});
