import { describe, expect, it } from "vitest";
import { BACKGROUND_NOISE, backgroundNoiseOf } from "./background-noise.js";
import { createPatternScanner } from "./pattern-scanner.js";

function scan(lines: string[]) {
  const scanner = createPatternScanner();
  lines.forEach((text, i) => {
    scanner.onRecord({ file: "auth.log", line: i + 1, endLine: i + 1, text, level: "UNKNOWN" });
  });
  return scanner.findings().map((f) => f.patternId);
}

describe("internet background noise", () => {
  for (const noise of BACKGROUND_NOISE) {
    describe(noise.id, () => {
      it("names where its phrasings were checked and has real phrasings and near misses", () => {
        expect(noise.sources.length).toBeGreaterThanOrEqual(2);
        expect(noise.samples.match.length).toBeGreaterThanOrEqual(2);
        expect(noise.samples.nearMiss.length).toBeGreaterThanOrEqual(2);
      });

      it("recognises every phrasing, and none of its near misses", () => {
        for (const line of noise.samples.match) expect(backgroundNoiseOf(line)?.id, line).toBe(noise.id);
        for (const line of noise.samples.nearMiss) expect(backgroundNoiseOf(line), line).toBeUndefined();
      });

      it("is never counted by a failure pattern, however often it repeats", () => {
        const lines = Array.from(
          { length: 50 },
          (_, i) => noise.samples.match[i % noise.samples.match.length] ?? "",
        );
        expect(scan(lines)).toEqual([]);
      });
    });
  }

  it("leaves a real failure printed by the same process to the patterns", () => {
    const bind =
      "Nov 24 16:00:22 bastion-1 sshd[1021]: error: Bind to port 22 on 0.0.0.0 failed: Address already in use.";
    expect(scan([bind, bind, bind])).toContain("port-in-use");
  });
});
