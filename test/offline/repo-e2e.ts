import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, expect } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/** Temporary workspaces (logs/ + repo/) run through the CLI, and the checks the bench makes on the patch. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "trust-dep-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export interface RunJson {
  diagnosis?: { rootCause: string; evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string };
  verification?: { checks: { name: string; outcome: string }[] };
}

export async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

/** `git apply --check` of the patch in a fresh git copy of the repository, as the bench and Surgeon do. */
export function applies(root: string, patch: string): boolean {
  const work = join(root, "applied");
  cpSync(join(root, "repo"), work, { recursive: true });
  spawnSync("git", ["init", "-q"], { cwd: work });
  return spawnSync("git", ["apply", "--check", "-"], { cwd: work, input: patch }).status === 0;
}

export function relationCheck(run: RunJson): string | undefined {
  return run.verification?.checks.find((c) => c.name === "the proposed value satisfies the violated relation")
    ?.outcome;
}

export function cites(run: RunJson): string[] {
  return (run.diagnosis?.evidence ?? []).filter((e) => e.kind === "repo").map((e) => `${e.file}:${e.line}`);
}

export const repeat = (n: number, line: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => line(i)).join("\n");
