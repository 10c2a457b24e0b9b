import { describe, expect, it } from "vitest";
import { steadyGrowth } from "../../src/inventory/growth.js";

const reading = (rss: number) => `{"msg":"process stats","rss":${rss},"eventLoopLagMs":8}`;

describe("steadyGrowth", () => {
  it("sees memory readings that rise at every step and end well above the start", () => {
    expect(steadyGrowth([1, 2, 3, 4, 5, 6, 7].map((i) => reading(100_000_000 + i * 26_000_000)))).toBe(true);
  });

  it("does not call a flat series with one spike growth", () => {
    const values = [180, 182, 179, 181, 400, 180, 182].map((m) => reading(m * 1_000_000));
    expect(steadyGrowth(values)).toBe(false);
  });

  it("needs enough readings before a trend means anything", () => {
    expect(steadyGrowth([100, 200, 300].map((m) => reading(m)))).toBe(false);
  });
});
