import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "sentry-epipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the built CLI piped into a reader that stops early (`| head`)", () => {
  it("exits quietly instead of dying on EPIPE", async () => {
    const log = join(dir, "many.log");
    const lines = Array.from({ length: 200_000 }, (_, i) => `2026-01-01T00:00:00Z INFO request id=${i}`);
    writeFileSync(log, `${lines.join("\n")}\n`);
    const child = spawn(process.execPath, ["dist/cli.js", "logs", "templates", log, "--format", "ids"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Read the first chunk, then close our end of the pipe, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
