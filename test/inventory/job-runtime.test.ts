import { describe, expect, it } from "vitest";
import { longestRuntime, RUNTIME_SEARCH, runtimeIn } from "../../src/inventory/job-runtime.js";
import { proposeTimeout } from "../../src/inventory/timeout-fix.js";

describe("the run time a batch's progress implies", () => {
  it.each([
    ["reindex progress: 62% done, elapsed: 740s", 1_193_548],
    ['{"msg":"backfill","processed":4500,"total":6000,"elapsed_seconds":1800}', 2_400_000],
    ["compaction written=300 expected=400 elapsed=12m", 960_000],
  ])("%s → %d ms", (line, ms) => {
    expect(runtimeIn(line)).toBe(ms);
    expect(new RegExp(RUNTIME_SEARCH).test(line)).toBe(true);
  });

  it("too little done to project from, or no elapsed time: nothing", () => {
    expect(runtimeIn("reindex progress: 10% done, elapsed: 60s")).toBeUndefined();
    expect(runtimeIn("processed=500 total=1000")).toBeUndefined();
  });

  it("the longest projection names its line", () => {
    const best = longestRuntime([
      { file: "j.log", line: 4, text: "done=50 total=100 elapsed=300s" },
      { file: "j.log", line: 9, text: "done=80 total=100 elapsed=560s" },
    ]);
    expect(best).toMatchObject({ ms: 700_000, line: 9 });
  });

  it("a CronJob's deadline sized from the projection; a projection under it proposes nothing", () => {
    expect(proposeTimeout("      activeDeadlineSeconds: 1800", 2_400_000)).toMatchObject({
      ok: true,
      line: "      activeDeadlineSeconds: 3600",
    });
    expect(proposeTimeout("      activeDeadlineSeconds: 3600", 2_400_000).ok).toBe(false);
  });
});
