import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoExecArray, scanIso } from "../../src/ingest/logs/timestamp-iso.js";
import { PATTERNS } from "../../src/ingest/logs/timestamp-patterns.js";

const ISO_REGEX = PATTERNS.find((p) => p.name === "iso")!.regex;

/** Pieces of timestamps, cut anywhere, among separators, digits and other characters. */
const piece = fc.oneof(
  fc.constantFrom(
    "2005-06-03-22.42.50.290951",
    "2026-11-24T03:04:05.123456789Z",
    "2026-11-24 03:04:05,123+05:30",
    "2026/11/24 03:04:05",
    "2026.11.24_03.04.05:1234567890123",
    "2026-11-24T03:04:05+0530",
    "2026-11-24T03:04:05+05:3",
    "2026-11-24T03:04:05-05",
  ),
  fc.stringMatching(/^[0-9\-/._ T:,Z+aé中]{0,12}$/),
);
const line = fc
  .tuple(fc.array(piece, { maxLength: 8 }), fc.nat(110))
  .map(([pieces, pad]) => " ".repeat(pad % 3 === 0 ? pad : 0) + pieces.join(""));

describe("the hand-written ISO timestamp match", () => {
  it("finds what the regex finds in a line's head, captures and all", () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 130 }), (text, cut) => {
        const limit = Math.min(text.length, cut);
        const m = ISO_REGEX.exec(text.slice(0, limit));
        const found = scanIso(text, limit);
        expect(found).toBe(m !== null);
        if (m) {
          const mine = isoExecArray(text);
          expect([...mine, mine.index]).toEqual([...m, m.index]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
