import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createTwoFilesPatch } from "diff";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Run } from "../../src/core/run.js";
import { cli } from "../helpers/cli-harness.js";
import { diagnoseScripted } from "../helpers/scripted-run.js";

const CONFIG_BEFORE = "server:\n  port: 8080\ndatabase:\n  pool_size: 5\n  timeout_ms: 3000\n";
const CONFIG_AFTER = CONFIG_BEFORE.replace("pool_size: 5", "pool_size: 20");
const LOG = [
  "2026-11-24T02:00:00Z INFO  api started on :8080",
  "2026-11-24T02:10:00Z ERROR HikariPool-1 - Connection is not available, request timed out after 3000ms",
  "2026-11-24T02:10:01Z ERROR HikariPool-1 - Connection is not available, request timed out after 3000ms",
].join("\n");

let dir: string;
let repo: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sentry-pipeline-"));
  repo = join(dir, "repo");
  mkdirSync(join(repo, "config"), { recursive: true });
  writeFileSync(join(repo, "config/app.yaml"), CONFIG_BEFORE);
  writeFileSync(join(repo, "README.md"), "# api\n");
  writeFileSync(join(dir, "app.log"), `${LOG}\n`);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repoDigest(): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(repo, path)).update(readFileSync(path));
    }
  };
  walk(repo);
  return hash.digest("hex");
}

const triage = {
  severity: "P2",
  suspectedCategory: "connection_pool",
  summary: "DB pool exhausted",
  needsDiagnosis: true,
};
const diagnosis = (fixability = 0.8) => ({
  severity: "P2",
  category: "connection_pool",
  summary: "The database connection pool is exhausted",
  rootCause: "pool_size 5 in config/app.yaml is too small for the request rate",
  evidence: [
    {
      kind: "log",
      file: "app.log",
      line: 2,
      excerpt: "Connection is not available, request timed out after 3000ms",
    },
    { kind: "repo", file: "config/app.yaml", line: 4, excerpt: "pool_size: 5" },
  ],
  confidence: 0.85,
  fixability,
  recommendedActions: ["Raise database.pool_size"],
});
const patch = createTwoFilesPatch("a/config/app.yaml", "b/config/app.yaml", CONFIG_BEFORE, CONFIG_AFTER);
const proposal = { patch, rationale: "Raise the pool to 20", risk: "low" };
const verification = (outcome = "passed") => ({
  checks: [
    { name: "patch applies", outcome: outcome === "passed" ? "pass" : "fail", detail: "git apply --check" },
  ],
  outcome,
  summary: "the pool size is raised",
});

type Step = Record<string, unknown>;
const happyPath = (over: { fixability?: number; verification?: string } = {}): Step[] => [
  { agent: "triage", output: triage },
  { agent: "detective", tool: "read_file", input: { path: "config/app.yaml" }, rationale: "check the pool" },
  { agent: "detective", output: diagnosis(over.fixability) },
  { agent: "surgeon", tool: "apply_patch", input: { diff: patch } },
  { agent: "surgeon", output: proposal },
  { agent: "validator", output: verification(over.verification) },
];

function diagnose(steps: Step[], extra: string[] = []) {
  return diagnoseScripted({ dir, repo, steps, extra });
}

const states = (run: Run) => run.states.map((s) => s.state);

describe("the pipeline, driven by the scripted provider through the CLI", () => {
  it("goes RECEIVED → … → PROPOSED in AUDIT mode, proposes the patch and writes nothing", async () => {
    const before = repoDigest();
    const { run, code, audit } = await diagnose(happyPath());
    expect(states(run)).toEqual([
      "RECEIVED",
      "TRIAGE",
      "DIAGNOSIS",
      "REMEDIATION",
      "VERIFICATION",
      "PROPOSED",
    ]);
    // A fix awaits review: someone must act, so the exit is 3, not 0.
    expect(code).toBe(3);
    expect(run.reason).toMatch(/not applied: mode AUDIT only proposes/);
    expect(run.mode).toBe("AUDIT");
    expect(run.reach).toBe("proposal");
    expect(run.proposal).toMatchObject({ applied: false, risk: "low" });
    expect(run.diagnosis?.category).toBe("connection_pool");
    expect(repoDigest()).toBe(before);
    const calls = audit.filter((entry) => entry.kind === "tool-call");
    expect(calls.map((c) => [c.agent, c.tool, c.decision])).toEqual([
      ["detective", "read_file", "allowed"],
      ["surgeon", "apply_patch", "allowed"],
    ]);
    for (const entry of calls) expect(entry).toHaveProperty("prevHash");
    expect(audit.at(-1)).toHaveProperty("hash");
  });

  it("applies the patch in ACTIVE mode when fixability reaches a patch", async () => {
    const { run, code } = await diagnose(happyPath(), ["--mode", "active"]);
    expect(run.finalState).toBe("FIXED");
    expect(code).toBe(0);
    expect(run.reach).toBe("patch");
    expect(run.proposal?.applied).toBe(true);
    expect(readFileSync(join(repo, "config/app.yaml"), "utf8")).toBe(CONFIG_AFTER);
  });

  it("only proposes in ACTIVE mode when fixability earns a proposal but not a patch", async () => {
    const before = repoDigest();
    const { run, code } = await diagnose(happyPath({ fixability: 0.5 }), ["--mode", "active"]);
    expect(run.reach).toBe("proposal");
    expect(run.finalState).toBe("PROPOSED");
    expect(code).toBe(3);
    expect(run.reason).toMatch(/fixability 0\.50 is below 0\.70/);
    expect(run.proposal?.applied).toBe(false);
    expect(repoDigest()).toBe(before);
  });

  it("stops at the diagnosis when fixability is low", async () => {
    const { run, code } = await diagnose(happyPath({ fixability: 0.2 }));
    expect(states(run)).toEqual(["RECEIVED", "TRIAGE", "DIAGNOSIS", "ESCALATED"]);
    expect(run.reason).toMatch(/fixability 0\.20/);
    expect(code).toBe(1);
  });

  it("HALTS before any agent runs when STOP_SENTRY is in the repository", async () => {
    writeFileSync(join(repo, "STOP_SENTRY"), "incident review in progress\n");
    const before = repoDigest();
    const { run, code } = await diagnose(happyPath(), ["--mode", "active"]);
    expect(states(run)).toEqual(["RECEIVED", "HALTED"]);
    expect(run.reason).toMatch(/STOP_SENTRY/);
    expect(run.agentOutputs).toEqual([]);
    expect(repoDigest()).toBe(before);
    expect(code).toBe(1);
  });

  it("blocks and records every tool call in DISABLED mode, and goes no further than a diagnosis", async () => {
    const before = repoDigest();
    const { run, audit } = await diagnose(happyPath(), ["--mode", "disabled"]);
    expect(run.toolCalls.length).toBeGreaterThan(0);
    expect(run.toolCalls.every((call) => call.decision === "blocked")).toBe(true);
    expect(audit.filter((e) => e.kind === "tool-call").every((e) => e.decision === "blocked")).toBe(true);
    expect(states(run)).toEqual(["RECEIVED", "TRIAGE", "DIAGNOSIS", "ESCALATED"]);
    expect(run.reason).toMatch(/DISABLED/);
    expect(repoDigest()).toBe(before);
  });

  it("resolves quietly when Triage finds nothing to diagnose", async () => {
    const { run } = await diagnose([
      {
        agent: "triage",
        output: { ...triage, suspectedCategory: "none", needsDiagnosis: false, summary: "healthy" },
      },
    ]);
    expect(states(run)).toEqual(["RECEIVED", "TRIAGE", "NOTHING_WRONG"]);
  });

  it("escalates when an agent's script runs out (inconclusive)", async () => {
    const { run } = await diagnose([]);
    expect(states(run)).toEqual(["RECEIVED", "TRIAGE", "ESCALATED"]);
    expect(run.reason).toMatch(/triage inconclusive/);
    expect(run.agentOutputs[0]?.status).toBe("inconclusive");
  });

  it("fails closed at the step limit instead of reporting success", async () => {
    const reads = Array.from({ length: 20 }, (_, i) => ({
      agent: "detective",
      tool: "grep_search",
      input: { pattern: `pool${i}` },
    }));
    const { run } = await diagnose([{ agent: "triage", output: triage }, ...reads]);
    expect(run.finalState).toBe("ESCALATED");
    expect(run.reason).toMatch(/step limit of 16/);
  });

  it("gives an invalid result one repair turn, then escalates with the reason", async () => {
    const { run } = await diagnose([
      { agent: "triage", output: { severity: "P9" } },
      { agent: "triage", output: { ...triage, severity: "urgent" } },
    ]);
    expect(run.finalState).toBe("ESCALATED");
    expect(run.reason).toMatch(/did not validate after a repair turn: severity/);
  });

  it("accepts a result repaired on the second try", async () => {
    const { run } = await diagnose([
      { agent: "triage", output: { severity: "P9" } },
      { agent: "triage", output: { ...triage, needsDiagnosis: false } },
    ]);
    expect(run.finalState).toBe("NOTHING_WRONG");
  });

  it("refuses a tool outside the agent's role and records it", async () => {
    const steps = happyPath();
    steps.splice(3, 0, { agent: "surgeon", tool: "read_file", input: { path: "config/app.yaml" } });
    const { run } = await diagnose(steps);
    const refused = run.toolCalls.find((call) => call.agent === "surgeon" && call.tool === "read_file");
    expect(refused).toMatchObject({ decision: "blocked" });
    expect(run.finalState).toBe("PROPOSED");
  });

  it("escalates a proposal whose patch apply_patch never accepted", async () => {
    const steps = happyPath().filter((step) => step.tool !== "apply_patch");
    const { run } = await diagnose(steps);
    expect(run.finalState).toBe("ESCALATED");
    expect(run.reason).toMatch(/never accepted by apply_patch/);
  });

  it("escalates when the Surgeon finds no safe fix, and when verification fails", async () => {
    const noFix = happyPath()
      .slice(0, 3)
      .concat([{ agent: "surgeon", output: { noFix: "needs a schema migration" } }]);
    expect((await diagnose(noFix)).run.reason).toMatch(/no safe automatic fix: needs a schema migration/);
    const failed = await diagnose(happyPath({ verification: "failed" }));
    expect(states(failed.run).at(-1)).toBe("ESCALATED");
    expect(failed.run.reason).toMatch(/verification failed/);
  });

  it("continues one audit chain across runs appended to the same file", async () => {
    await diagnose(happyPath());
    const { audit } = await diagnose(happyPath());
    audit.forEach((entry, index) => {
      expect(entry.seq).toBe(index);
      if (index > 0) expect(entry.prevHash).toBe(audit[index - 1]?.hash);
    });
    const verify = await cli(["audit", "verify", join(dir, "audit.jsonl")], { cwd: dir });
    expect(verify.code).toBe(0);
  });
});
