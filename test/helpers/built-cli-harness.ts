import { buildCli, runBuilt } from "./built-cli-bundle.js";
import type { CliResult } from "./cli-harness.js";

/**
 * cli-harness's `cli` through the CLI bundled from the current source, in a child process: the end-to-end
 * form of a test (bundling, entry point, exit code), where the in-process harness would miss what only the
 * bundle does.
 */
export async function builtCli(
  argv: string[],
  options: { cwd?: string; stdin?: string } = {},
): Promise<CliResult> {
  const { code, stdout, stderr } = await runBuilt(await buildCli(), argv, options);
  return { code, stdout, stderr };
}
