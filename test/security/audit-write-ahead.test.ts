import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { RunSchema } from "../../src/core/run.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { createMemoryAuditStore } from "../../src/security/audit/audit-store.js";
import { createJsonlAuditStore } from "../../src/security/audit/jsonl-store.js";
import { MODEL_SPEND_TOOL, spendFromAudit } from "../../src/security/breaker/cost-breaker.js";
import { canonicalJson } from "../../src/security/canonical-json.js";
import { cli } from "../helpers/cli-harness.js";
import { interceptAnthropic } from "../llm/helpers/fake-claude.js";
import { makeIncidentDir, recordedScript } from "../llm/helpers/recorded-incident.js";
import { makeRepo, makeRunner } from "./helpers.js";

/**
 * Issue 16, class 6: the audit record must survive the run that writes it. A decision is on disk before the
 * action runs; an input no walker can survive is refused before anything walks it; a write is recorded by
 * its hash; and a log cut back to an earlier seal is caught by a head kept outside the file.
 */
let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe("write-ahead audit (class 6)", () => {
  it("has the write's decision, with its hash, on disk before the write runs", async () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const store = createMemoryAuditStore();
    const audit = createAuditLog(store, generateAuditKeys().privateKey);
    const onDiskDuringWrite: string[][] = [];
    const { runner } = makeRunner(repo.workspace, "ACTIVE", {
      audit,
      config: { restart: { workflow: "restart.yml", services: ["api"], minIntervalMinutes: 10 } },
      dispatchWorkflow: async () => {
        onDiskDuringWrite.push([...store.lines]);
      },
    });
    const session = runner.startAgent("run-1", "surgeon");
    const input = { service: "api", reason: "password=hunter2hunter2 in the unit file" };
    const result = await runner.invoke(session, { tool: "restart_service", input });
    expect(result.status).toBe("ok");
    // The run never flushed: what is in the store was written ahead, by the runner itself.
    const during = onDiskDuringWrite[0]!.map((line) => JSON.parse(line) as Record<string, unknown>);
    const intent = during.find((e) => e.tool === "restart_service");
    expect(intent).toMatchObject({ decision: "allowed", reason: expect.stringContaining("write-ahead") });
    expect(intent!.inputSha256).toBe(createHash("sha256").update(canonicalJson(input)).digest("hex"));
    expect(JSON.stringify(intent)).not.toContain("hunter2hunter2");
    // And the outcome follows it, also without a flush.
    const after = store.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(
      after.some((e) => e.kind === "tool-call" && e.tool === "restart_service" && e.outcome === "ok"),
    ).toBe(true);
    await audit.flush();
    expect(audit.verify().ok).toBe(true);
  });

  it("refuses an input nested 20,000 deep before anything walks it, and records the refusal", async () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const { runner, audit } = makeRunner(repo.workspace, "AUDIT");
    const session = runner.startAgent("run-1", "detective");
    let deep: unknown = "x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const result = await runner.invoke(session, { tool: "read_file", input: { path: deep } });
    expect(result).toMatchObject({ status: "denied", reason: expect.stringContaining("nested deeper than") });
    const entry = audit.entries().at(-1)!;
    expect(entry).toMatchObject({
      decision: "blocked",
      input: { refused: expect.stringContaining("nested") },
    });
    await audit.flush();
    expect(audit.verify()).toMatchObject({ ok: true });
  });

  it("a compromised model's deeply nested call through the CLI ends the run normally, audited", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sentry-deep-"));
    const repo = makeRepo();
    cleanup = () => {
      repo.cleanup();
      rmSync(dir, { recursive: true, force: true });
    };
    writeFileSync(join(dir, "app.log"), "2026-01-01 ERROR Connection is not available\n");
    // Written as text: JSON.stringify itself recurses, so the script cannot be built from a value.
    const deep = `${"[".repeat(20_000)}"x"${"]".repeat(20_000)}`;
    const script = join(dir, "script.json");
    writeFileSync(script, `{"steps":[{"agent":"triage","tool":"read_file","input":{"path":${deep}}}]}`);
    const auditFile = join(dir, "audit.jsonl");
    const result = await cli(
      [
        "diagnose",
        "--provider",
        "scripted",
        "--script",
        script,
        "--repo",
        repo.root,
        "--log",
        "app.log",
      ].concat(["--format", "json", "--audit-log", auditFile]),
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.code).not.toBe(70);
    const run = RunSchema.parse(JSON.parse(result.stdout));
    expect(run.toolCalls.some((c) => c.decision === "blocked" && /nested deeper/.test(c.reason))).toBe(true);
    const audit = readFileSync(auditFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(audit.some((e) => e.decision === "blocked" && /nested deeper/.test(String(e.reason)))).toBe(true);
  });
});

describe("write-ahead spend (class 6)", () => {
  it("puts each model call's spend in the chain before its answer is used, counted once", async () => {
    const where = makeIncidentDir();
    cleanup = () => {
      nock.cleanAll();
      rmSync(where.dir, { recursive: true, force: true });
    };
    interceptAnthropic(recordedScript());
    const auditFile = join(where.dir, "audit.jsonl");
    const result = await cli(
      [
        "diagnose",
        "--provider",
        "anthropic",
        "--log",
        "app.log",
        "--repo",
        "repo",
        "--format",
        "json",
      ].concat(["--audit-log", auditFile]),
      { cwd: where.dir, env: { ANTHROPIC_API_KEY: "sk-ant-api03-cli-test-key-not-real-000000" } },
    );
    const run = RunSchema.parse(JSON.parse(result.stdout));
    const entries = readFileSync(auditFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(MODEL_SPEND_TOOL).toBe("model-spend");
    const spends = entries.filter((e) => e.tool === "model-spend");
    const perCall = spends.reduce((sum, e) => sum + Number((e.input as { costUsd: number }).costUsd), 0);
    expect(perCall).toBeCloseTo(run.usage.costUsd, 6);
    const firstSpend = entries.findIndex((e) => e.tool === "model-spend");
    const firstCall = entries.findIndex((e) => e.kind === "tool-call");
    expect(firstSpend).toBeGreaterThanOrEqual(0);
    expect(firstSpend).toBeLessThan(firstCall);
    const counted = spendFromAudit(entries, 0).reduce((sum, r) => sum + r.usd, 0);
    expect(counted).toBeCloseTo(run.usage.costUsd, 6);
  });
});

describe("truncation against a head kept outside the file (class 6)", () => {
  it("audit verify --expect-head fails on a log cut back to an earlier seal", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sentry-trunc-"));
    cleanup = () => rmSync(dir, { recursive: true, force: true });
    const file = join(dir, "audit.jsonl");
    const key = generateAuditKeys().privateKey;
    const first = createAuditLog(createJsonlAuditStore(file), key);
    first.append({ kind: "event", reason: "run 1" });
    await first.flush();
    const cut = readFileSync(file, "utf8");
    const head = first.entries().at(-1)!;
    const second = createAuditLog(createJsonlAuditStore(file), key, { head });
    second.append({ kind: "event", reason: "run 2" });
    await second.flush();
    const kept = second.entries().at(-1)!.hash;
    expect((await cli(["audit", "verify", file, "--expect-head", kept])).code).toBe(0);
    writeFileSync(file, cut); // run 2 removed: still a valid, sealed chain on its own
    expect((await cli(["audit", "verify", file])).code).toBe(0);
    const caught = await cli(["audit", "verify", file, "--expect-head", kept]);
    expect(caught.code).toBe(1);
    expect(caught.stdout).toMatch(/FAILED \(truncated\)/);
    const bad = await cli(["audit", "verify", file, "--expect-head", "nothex"]);
    expect(bad.code).toBe(2);
  });
});
