import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Run } from "../../src/core/run.js";
import {
  createJsonlMemoryStore,
  createMemoryStore,
  memoryBackend,
  memoryEntryFromRun,
  rankSimilar,
  toSimilarIncident,
  worthRemembering,
} from "../../src/memory/index.js";
import { PAST_INCIDENTS, PROBES } from "../fixtures/memory/past-incidents.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("memory retrieval", () => {
  it("holds at least 20 past incidents and 20 probes", () => {
    expect(PAST_INCIDENTS.length).toBeGreaterThanOrEqual(20);
    expect(PROBES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PROBES)("ranks the right past incident first: $name", ({ query, expected }) => {
    const matches = rankSimilar(PAST_INCIDENTS, query);
    expect(matches[0]?.runId).toBe(expected);
    expect(matches[0]?.score).toBeGreaterThan(0);
  });

  it("puts fingerprint matches first and, among them, the fix that worked", () => {
    const matches = rankSimilar(PAST_INCIDENTS, {
      fingerprint: "fp-checkout-oom",
      patterns: ["oom-kernel"],
      templates: ["java.lang.OutOfMemoryError: Java heap space"],
    });
    // Both runs of the checkout incident match; it is listed once, by the run whose fix worked.
    expect(matches[0]).toMatchObject({
      runId: "run-checkout-oom",
      matchedBy: "fingerprint",
      fixWorked: true,
      runs: 2,
    });
    expect(matches.map((m) => m.runId)).not.toContain("run-checkout-oom-old");
    // billing shares the pattern only, and its fix failed: after the fingerprint match.
    expect(matches[1]).toMatchObject({ runId: "run-billing-oom", matchedBy: "pattern" });
  });

  it("offers the confirmed fix first when the same pattern returns", () => {
    const matches = rankSimilar(PAST_INCIDENTS, { patterns: ["connection-pool-exhausted"] });
    expect(matches.map((m) => m.runId).slice(0, 2)).toEqual(["run-orders-hikari", "run-cart-pool"]);
    expect(matches[0]?.fix?.files).toEqual(["src/main/resources/application.yml"]);
  });

  it("returns nothing for an unrelated query and for an empty memory", () => {
    expect(rankSimilar(PAST_INCIDENTS, { text: "quarterly marketing newsletter" })).toEqual([]);
    expect(rankSimilar([], { text: "deadlock" })).toEqual([]);
  });

  it("hands agents plain read-only data", () => {
    const [match] = rankSimilar(PAST_INCIDENTS, PROBES[0]!.query);
    expect(Object.keys(toSimilarIncident(match!)).sort()).toEqual(
      ["category", "fixWorked", "rootCause", "runId", "score", "title"].sort(),
    );
  });
});

describe("memory store", () => {
  it("appends runs and outcomes to a JSONL file and folds them on load", async () => {
    const dir = mkdtempSync(join(tmpdir(), "memory-"));
    dirs.push(dir);
    const file = join(dir, "nested", "memory.jsonl");
    const store = createJsonlMemoryStore(file, () => new Date("2026-11-24T03:00:00Z"));
    for (const entry of PAST_INCIDENTS.slice(0, 3)) await store.put(entry);
    expect(await store.recordOutcome("run-api-disk", true, "cleared WAL, held a week")).toEqual({
      status: "ok",
    });
    expect(await store.recordOutcome("run-nope", true)).toEqual({ status: "unknown-run" });
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(4);
    const { entries, rejected } = await store.load();
    expect(rejected).toEqual([]);
    expect(entries.find((e) => e.runId === "run-api-disk")?.fixWorked).toBe(true);
    const found = await store.find({ templates: ["No space left on device"] });
    expect(found[0]?.runId).toBe("run-api-disk");
  });

  it("reports corrupt lines instead of dropping them silently", async () => {
    const dir = mkdtempSync(join(tmpdir(), "memory-"));
    dirs.push(dir);
    const file = join(dir, "memory.jsonl");
    writeFileSync(file, `${JSON.stringify(PAST_INCIDENTS[0])}\n{oops\n{"kind":"run"}\n`);
    const { entries, rejected } = await createJsonlMemoryStore(file).load();
    expect(entries).toHaveLength(1);
    expect(rejected.map((r) => r.line)).toEqual([2, 3]);
  });

  it("refuses an invalid entry", async () => {
    const store = createMemoryStore(memoryBackend());
    await expect(store.put({ ...PAST_INCIDENTS[0]!, runId: "" })).rejects.toThrow(/rejected/);
  });

  it("builds an entry from a finished run", () => {
    const run = {
      id: "run-1",
      incident: {
        id: "inc-1",
        fingerprint: "fp-1",
        source: "cli",
        severity: "P2",
        title: "disk full",
        labels: {},
        startedAt: "2026-11-24T03:00:00Z",
        status: "firing",
        raw: null,
      },
      mode: "AUDIT",
      provider: "offline",
      startedAt: "2026-11-24T03:00:00.000Z",
      finishedAt: "2026-11-24T03:00:01.000Z",
      states: [],
      finalState: "RESOLVED",
      reason: "fixed",
      diagnosis: {
        severity: "P1",
        category: "disk_full",
        summary: "disk",
        rootCause: "WAL filled the disk",
        evidence: [],
        confidence: 0.9,
        fixability: 0.8,
        recommendedActions: [],
        patterns: ["disk-full"],
      },
      proposal: {
        patch: "--- a/x.conf\n+++ b/x.conf\n@@ -1 +1 @@\n-a\n+b\n",
        rationale: "r",
        risk: "low",
        applied: true,
      },
      verification: { checks: [], outcome: "passed", summary: "ok" },
      agentOutputs: [],
      toolCalls: [],
      usage: { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0 },
    } as unknown as Run;
    expect(worthRemembering(run)).toBe(true);
    expect(worthRemembering({ ...run, diagnosis: undefined })).toBe(false);
    const entry = memoryEntryFromRun(run, undefined, new Date("2026-11-24T03:00:02Z"));
    expect(entry).toMatchObject({
      runId: "run-1",
      category: "disk_full",
      severity: "P1",
      patterns: ["disk-full"],
      fix: { files: ["x.conf"] },
      fixWorked: true,
    });
  });
});
