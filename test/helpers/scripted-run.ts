import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { type Run, RunSchema } from "../../src/core/run.js";
import { cli } from "./cli-harness.js";

export type ScriptStep = Record<string, unknown>;
export type AuditLine = Record<string, unknown>;

/**
 * `claude-sentry diagnose --provider scripted` in `dir` against `repo` and `dir/app.log`, as a person would run
 * it, returning the Run and the audit entries it appended to `dir/audit.jsonl`.
 */
export async function diagnoseScripted(options: {
  dir: string;
  repo: string;
  steps: ScriptStep[];
  extra?: string[];
}): Promise<{ run: Run; code: number; audit: AuditLine[]; auditFile: string }> {
  const script = join(options.dir, "script.json");
  writeFileSync(script, JSON.stringify({ steps: options.steps }));
  const auditFile = join(options.dir, "audit.jsonl");
  const argv = ["diagnose", "--provider", "scripted", "--script", script, "--repo", options.repo];
  argv.push("--log", "app.log", "--format", "json", "--audit-log", auditFile, ...(options.extra ?? []));
  const result = await cli(argv, { cwd: options.dir });
  expect(result.stderr).toBe("");
  rmSync(script);
  const run = RunSchema.parse(JSON.parse(result.stdout));
  const audit = existsSync(auditFile)
    ? readFileSync(auditFile, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as AuditLine)
    : [];
  return { run, code: result.code, audit, auditFile };
}
