import { describe, expect, it } from "vitest";
import { groupingAccuracy } from "../../src/ingest/logs/grouping-accuracy.js";
import { HAS_LOGHUB, skipMessage } from "../setup/shared-data.js";
import { scoreLoghub } from "./grouping.js";

describe("groupingAccuracy", () => {
  it("counts a line correct only when its predicted group is exactly its true group", () => {
    // Groups {0,1} and {2} are right; {3,4} merges two true groups, so neither line counts.
    expect(groupingAccuracy(["a", "a", "b", "c", "c"], ["x", "x", "y", "z", "w"])).toBeCloseTo(3 / 5);
    expect(groupingAccuracy(["a", "b"], ["x", "x"])).toBe(0);
  });
});

describe.skipIf(!HAS_LOGHUB)("template miner on Loghub 2k", () => {
  it("groups the 16 systems with average accuracy of at least 0.985 and none below 0.95", () => {
    const scores = scoreLoghub();
    const average = scores.reduce((sum, s) => sum + s.ga, 0) / scores.length;
    expect(scores).toHaveLength(16);
    expect(average).toBeGreaterThanOrEqual(0.985);
    for (const s of scores) expect(s.ga, s.system).toBeGreaterThanOrEqual(0.95);
  });
});

if (!HAS_LOGHUB) console.warn(skipMessage("Loghub 2k"));
