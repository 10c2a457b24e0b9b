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

describe("steadyGrowth over kubectl top snapshots", () => {
  const row = (mi: number) => `billing-7d9f8c6b5-x2kqp   210m         ${mi}Mi`;
  it("one pod's MEMORY(bytes) rising snapshot after snapshot is growth", () => {
    expect(steadyGrowth([180, 208, 236, 264, 292, 320, 348, 376].map(row))).toBe(true);
  });
  it("one snapshot of several pods near the limit is not", () => {
    expect(
      steadyGrowth(["a-1   212m   379Mi", "a-2   198m   381Mi", "a-3   240m   377Mi", "a-4   201m   380Mi"]),
    ).toBe(false);
  });
});
