import { describe, expect, it } from "vitest";
import { RunSchema } from "../../src/core/run.js";
import { MemoryLineSchema } from "../../src/memory/memory-entry.js";
import { makeRun } from "../fixtures/github/run-fixture.js";
import { PAST_INCIDENTS } from "../fixtures/memory/past-incidents.js";

/** Runs and memory files written before "signature" meant only cryptographic signatures still read. */
describe("diagnosis.patterns: the failure-pattern ids, read from the old key too, written with the new", () => {
  it("a stored Run with diagnosis.signatures parses, and is written back with diagnosis.patterns", () => {
    const run = JSON.parse(JSON.stringify(makeRun())) as { diagnosis: Record<string, unknown> };
    const { patterns, ...rest } = run.diagnosis;
    const old = { ...run, diagnosis: { ...rest, signatures: patterns } };
    const parsed = RunSchema.parse(old);
    expect(parsed.diagnosis?.patterns).toEqual(["disk-enospc"]);
    expect(JSON.stringify(parsed)).not.toContain("signatures");
  });

  it("the new key wins when a record carries both", () => {
    const run = JSON.parse(JSON.stringify(makeRun())) as { diagnosis: Record<string, unknown> };
    const both = { ...run, diagnosis: { ...run.diagnosis, signatures: ["other"] } };
    expect(RunSchema.parse(both).diagnosis?.patterns).toEqual(["disk-enospc"]);
  });

  it("a memory line with signatures parses into patterns; outcome lines are untouched", () => {
    const { patterns, ...rest } = PAST_INCIDENTS[0]!;
    const line = MemoryLineSchema.parse({ ...rest, signatures: patterns });
    expect(line.kind === "run" && line.patterns).toEqual(["oom-kernel"]);
    const outcome = { kind: "outcome", runId: "run-1", fixWorked: true, at: "2026-11-24T02:51:05.000Z" };
    expect(MemoryLineSchema.parse(outcome)).toEqual(outcome);
  });
});
