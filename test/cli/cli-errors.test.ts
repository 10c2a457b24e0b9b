import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli-harness.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-cli-errors-"));
const log = join(dir, "app.log");
writeFileSync(log, "2026-11-24T02:00:00Z INFO started\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bad input gets one clear line on stderr and exit code 2: never a stack trace, never a half-written report. */
async function expectUsageError(argv: string[], message: RegExp) {
  const result = await cli(argv, { cwd: dir });
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("the CLI on bad input", () => {
  it("names a missing log file", () =>
    expectUsageError(["diagnose", "--log", "nope.log"], /cannot read log nope\.log: ENOENT/));

  it("refuses a binary file as a log", () => {
    writeFileSync(join(dir, "core.bin"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    return expectUsageError(["diagnose", "--log", "core.bin"], /core\.bin is a binary file, not a log/);
  });

  it("names an unreadable or missing repo", async () => {
    await expectUsageError(
      ["diagnose", "--log", log, "--repo", "missing-repo"],
      /cannot read repo missing-repo: ENOENT/,
    );
    await expectUsageError(["diagnose", "--log", log, "--repo", log], /is not a directory/);
  });

  it("names malformed alert JSON", () => {
    writeFileSync(join(dir, "alert.json"), '{"alerts": [');
    return expectUsageError(["diagnose", "--alert", "alert.json"], /alert alert\.json is not valid JSON/);
  });

  it("names the missing field of an alert payload", () => {
    writeFileSync(
      join(dir, "am.json"),
      JSON.stringify({ version: "4", groupKey: "{}:{}", status: "firing", alerts: [{}] }),
    );
    return expectUsageError(
      ["diagnose", "--alert", "am.json"],
      /alert am\.json \(alertmanager\): alerts\.0\./,
    );
  });

  it("refuses an alert it cannot attribute to a monitoring tool", () => {
    writeFileSync(join(dir, "what.json"), JSON.stringify({ hello: "world" }));
    return expectUsageError(
      ["diagnose", "--alert", "what.json"],
      /cannot tell which tool sent alert what\.json/,
    );
  });

  it("refuses unknown flags, modes, formats, providers and commands", async () => {
    await expectUsageError(["diagnose", "--log", log, "--frobnicate"], /Unknown option '--frobnicate'/);
    await expectUsageError(
      ["diagnose", "--log", log, "--mode", "yolo"],
      /--mode must be audit, active or disabled/,
    );
    await expectUsageError(
      ["diagnose", "--log", log, "--format", "xml"],
      /--format must be text, json or markdown/,
    );
    await expectUsageError(["diagnose", "--log", log, "--provider", "gpt"], /unknown provider 'gpt'/);
    await expectUsageError(
      ["diagnose", "--log", log, "--provider", "scripted"],
      /--provider scripted needs --script FILE/,
    );
    await expectUsageError(["frobnicate"], /unknown command 'frobnicate'/);
    await expectUsageError(["diagnose"], /nothing to diagnose/);
  });

  it("refuses an anthropic run without a key in one line", () =>
    expectUsageError(["diagnose", "--log", log, "--provider", "anthropic"], /ANTHROPIC_API_KEY/));

  it("names the bad key of an invalid config file", () => {
    writeFileSync(join(dir, "sentry.yml"), "mode: audit\ncostLimit:\n  dollars: 3\n");
    return expectUsageError(["diagnose", "--log", log, "--config", "sentry.yml"], /costLimit.*dollars/);
  });

  it("refuses to append to a file that is not an audit log", () => {
    writeFileSync(join(dir, "notes.txt"), "hello\n");
    return expectUsageError(["diagnose", "--log", log, "--audit-log", "notes.txt"], /refusing to append/);
  });
});
