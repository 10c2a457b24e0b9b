import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { UsageError } from "../../core/errors.js";
import type { Workspace } from "../../core/workspace.js";

const MAX_LOG_FILES = 200;

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** A NUL byte in the first 8 KiB means it is not text; gzip is the one binary a log may be. */
function looksBinary(path: string): boolean {
  if (path.endsWith(".gz")) return false;
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(8192);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).includes(0);
  } finally {
    closeSync(fd);
  }
}

function expandLog(given: string, cwd: string): string[] {
  const absolute = resolve(cwd, given);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(absolute);
  } catch (error) {
    throw new UsageError(`cannot read log ${given}: ${errno(error)}`, { cause: error });
  }
  if (stats.isDirectory()) {
    return readdirSync(absolute, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
      .map((entry) => join(absolute, entry.name))
      .sort();
  }
  if (!stats.isFile()) throw new UsageError(`log ${given} is not a regular file`);
  return [absolute];
}

/**
 * Turns the paths a person typed into a Workspace: real paths, readable, text. Display names stay as typed
 * (relative to where they ran the command) so evidence reads `logs/app.log:1834`, not a temp path.
 */
export function workspaceFromPaths(options: { logs: string[]; repo?: string; cwd: string }): Workspace {
  const logFiles: string[] = [];
  const logDisplayNames: Record<string, string> = {};
  for (const given of options.logs) {
    for (const file of expandLog(given, options.cwd)) {
      try {
        if (looksBinary(file))
          throw new UsageError(`log ${relative(options.cwd, file) || file} is a binary file, not a log`);
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`cannot read log ${given}: ${errno(error)}`, { cause: error });
      }
      const real = realpathSync(file);
      if (logDisplayNames[real] !== undefined) continue;
      logFiles.push(real);
      logDisplayNames[real] = relative(options.cwd, file) || file;
    }
  }
  if (logFiles.length > MAX_LOG_FILES)
    throw new UsageError(`too many log files (${logFiles.length}; at most ${MAX_LOG_FILES})`);
  if (options.repo === undefined) return { logFiles, logDisplayNames };
  let repoRoot: string;
  try {
    repoRoot = realpathSync(resolve(options.cwd, options.repo));
    if (!statSync(repoRoot).isDirectory()) throw new UsageError(`repo ${options.repo} is not a directory`);
    readdirSync(repoRoot);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read repo ${options.repo}: ${errno(error)}`, { cause: error });
  }
  return { repoRoot, logFiles, logDisplayNames };
}
