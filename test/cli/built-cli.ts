import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled CLI, as a person runs it after `npm run build`. */
export const BUILT_CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "cli.js");
export const REPO_ROOT = join(dirname(BUILT_CLI), "..");
export const hasBuiltCli = existsSync(BUILT_CLI);

export interface BuiltCliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node dist/cli.js ARGV` in a child process: the real entry point, exit codes and signals included. */
export function runBuiltCli(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<BuiltCliResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BUILT_CLI, ...argv], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { PATH: process.env.PATH, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 30_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}
