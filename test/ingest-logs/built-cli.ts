import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundle } from "../../scripts/bundle.mjs";

/**
 * The CLI bundled from the current source as `npm run build` bundles it, into a temporary directory (the
 * committed dist/ may be older than the source under test), and run as a child process: what a user runs.
 */
export async function buildCli(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), "sentry-built-cli-"));
  await bundle({ entries: [{ in: "src/entrypoints/cli.ts", out: "cli" }], outdir, logLevel: "error" });
  return join(outdir, "cli.js");
}

export interface ChildResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runBuilt(
  cliPath: string,
  argv: string[],
  options: { cwd?: string; stdin?: string; timeoutMs?: number } = {},
): Promise<ChildResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cliPath, ...argv],
      {
        cwd: options.cwd,
        env: { PATH: process.env.PATH ?? "", HOME: tmpdir() },
        maxBuffer: 64 << 20,
        timeout: options.timeoutMs ?? 30_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
    child.stdin?.end(options.stdin ?? "");
  });
}
