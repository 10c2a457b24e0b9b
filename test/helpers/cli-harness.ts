import { PassThrough, Readable } from "node:stream";
import type { CliIo } from "../../src/entrypoints/cli/cli-io.js";
import { runCli } from "../../src/entrypoints/cli/run-cli.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams, as a person at a terminal would (minus the terminal). */
export async function cli(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on("data", (chunk: Buffer) => chunks.out.push(chunk));
  stderr.on("data", (chunk: Buffer) => chunks.err.push(chunk));
  const io: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? ""]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    interactive: false,
  };
  const code = await runCli(argv, io);
  return {
    code,
    stdout: Buffer.concat(chunks.out).toString("utf8"),
    stderr: Buffer.concat(chunks.err).toString("utf8"),
  };
}
