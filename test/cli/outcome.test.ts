import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasBuiltCli, REPO_ROOT, runBuiltCli } from "./built-cli.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-outcome-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = (name: string) => join(REPO_ROOT, "examples/incidents", name);

function exampleArgs(name: string, repo = join(example(name), "repo")): string[] {
  const args = ["--log", join(example(name), "logs"), "--repo", repo];
  const alert = join(example(name), "alert.json");
  try {
    readFileSync(alert);
    return ["--alert", alert, ...args];
  } catch {
    return args;
  }
}

async function diagnose(argv: string[], format: "json" | "text" = "json") {
  const result = await runBuiltCli(["diagnose", ...argv, "--format", format], { cwd: dir });
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  return result;
}

const runOf = (stdout: string) =>
  JSON.parse(stdout) as {
    finalState: string;
    reason: string;
    incident: { status: string };
    proposal?: { patch?: string; applied: boolean };
  };

/** The outcome says what the pipeline did, the alert's state sits beside it, and the exit code follows. */
describe.skipIf(!hasBuiltCli)("run outcomes, through the built CLI on the examples", () => {
  it("the flagship OOM in AUDIT mode is PROPOSED (exit 3), the alert still firing beside it", async () => {
    const result = await diagnose(exampleArgs("checkout-oomkilled"), "text");
    expect(result.code).toBe(3);
    const [headline, why] = result.stdout.split("\n");
    expect(headline).toMatch(/^PROPOSED · alert firing · P1 · out of memory/);
    expect(why).toMatch(/^Why it stopped here: fix checked but not applied: mode AUDIT only proposes fixes/);
    expect(result.stdout).not.toMatch(/RESOLVED/);
  });

  it("in ACTIVE mode the reason is the fixability bar, not the mode", async () => {
    const result = await diagnose([...exampleArgs("checkout-oomkilled"), "--mode", "active"]);
    expect(result.code).toBe(3);
    const run = runOf(result.stdout);
    expect(run.finalState).toBe("PROPOSED");
    expect(run.reason).toMatch(
      /fixability 0\.\d\d is below 0\.70, the bar for applying a fix in ACTIVE mode/,
    );
    const text = await diagnose([...exampleArgs("checkout-oomkilled"), "--mode", "active"], "text");
    expect(text.stdout).not.toMatch(/ACTIVE mode: a human reviews it/);
  });

  it("a fix applied and verified in ACTIVE mode is FIXED (exit 0)", async () => {
    const repo = join(dir, "gateway-repo");
    cpSync(join(example("gateway-worker-connections"), "repo"), repo, { recursive: true });
    const result = await diagnose([...exampleArgs("gateway-worker-connections", repo), "--mode", "active"]);
    const run = runOf(result.stdout);
    expect(run.finalState).toBe("FIXED");
    expect(run.reason).toMatch(/^fix applied and verified/);
    expect(result.code).toBe(0);
    // Applied means written: the file now holds the patch's added line.
    const added = run.proposal?.patch?.split("\n").find((l) => /^\+\s/.test(l));
    expect(added).toBeDefined();
    expect(readFileSync(join(repo, "nginx/nginx.conf"), "utf8")).toContain(added?.slice(1));
  });

  it("healthy logs end NOTHING_WRONG (exit 0)", async () => {
    const result = await diagnose(exampleArgs("healthy-web"), "text");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^NOTHING_WRONG · /);
  });

  it("a title-only firing alert is ESCALATED (exit 1), its severity not silently lowered", async () => {
    const alert = join(dir, "title-only.json");
    writeFileSync(alert, JSON.stringify({ title: "latency high on web", severity: "P2" }));
    const result = await diagnose(["--alert", alert, "--alert-source", "generic"], "text");
    expect(result.code).toBe(1);
    const headline = result.stdout.split("\n")[0] ?? "";
    expect(headline).toMatch(/^ESCALATED · alert firing · P2/);
    expect(headline).not.toMatch(/P4/);
  });

  it("help diagnose prints the exit-code table", async () => {
    const result = await runBuiltCli(["help", "diagnose"]);
    expect(result.code).toBe(0);
    for (const row of [
      /0 +nobody needs to act/,
      /1 +a person must act/,
      /2 +bad input/,
      /3 +PROPOSED/,
      /70 +internal/,
    ])
      expect(result.stdout).toMatch(row);
  });
});
