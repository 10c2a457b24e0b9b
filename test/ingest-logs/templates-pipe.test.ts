import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../helpers/built-cli-bundle.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-templates-pipe-"));
let cliPath = "";
beforeAll(async () => {
  cliPath = await buildCli();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI built from this source with its stdout the pipe into `head -n lines`, as a shell would. */
function intoHead(argv: string[], lines: number) {
  const head = spawn("head", ["-n", String(lines)], { stdio: ["pipe", "pipe", "inherit"] });
  const cli = spawn(process.execPath, [cliPath, ...argv], { stdio: ["ignore", head.stdin, "pipe"] });
  // Only the CLI holds the pipe's writing end: when head exits, its next write meets EPIPE.
  head.stdin.destroy();
  let out = "";
  let stderr = "";
  head.stdout.on("data", (c: Buffer) => (out += c.toString()));
  cli.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; head: string; stderr: string }>((resolve) =>
    cli.on("close", (code) => resolve({ code, head: out, stderr })),
  );
}

describe("logs templates --format ids | head", () => {
  it("stops quietly when the reader goes away, after the ids written in pieces", async () => {
    const log = join(dir, "many.log");
    // More ids than one piece (65,536 lines) and than a pipe holds, so writes meet the closed pipe.
    const lines = Array.from({ length: 300_000 }, (_, i) => `2026-01-01T00:00:00Z INFO request id=${i}`);
    writeFileSync(log, `${lines.join("\n")}\n`);
    const { code, head, stderr } = await intoHead(["logs", "templates", log, "--format", "ids"], 2);
    expect(head).toBe("T1\nT1\n");
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 120_000);
});
