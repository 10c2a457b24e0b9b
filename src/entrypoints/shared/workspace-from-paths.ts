import {
  closeSync,
  createWriteStream,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { UsageError } from "../../core/errors.js";
import type { Workspace } from "../../core/workspace.js";
import { MAX_LOG_FILES, walkLogDirectory } from "../../ingest/logs/index.js";
import { headIsReadable, SNIFF_BYTES } from "../../ingest/logs/text-sniff.js";

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** A NUL byte in the first 8 KiB means it is not text; gzip is the one binary a log may be. */
function looksBinary(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return !headIsReadable(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** A file named directly, or a directory's logs as the reader walks them (one walk for every door). */
function expandLog(given: string, cwd: string): { files: string[]; skipped: number } | { file: string } {
  const absolute = resolve(cwd, given);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(absolute);
  } catch (error) {
    throw new UsageError(`cannot read log ${given}: ${errno(error)}`, { cause: error });
  }
  if (stats.isDirectory()) {
    const { files, skipped } = walkLogDirectory(absolute, given, MAX_LOG_FILES);
    return { files: files.map((f) => f.path), skipped };
  }
  if (!stats.isFile()) throw new UsageError(`log ${given} is not a regular file`);
  return { file: absolute };
}

/** Copies stdin to a private temporary file (removed when the process exits) and returns its path. */
export async function spoolStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "sentry-stdin-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, "stdin.log");
  try {
    await pipeline(stdin, createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    throw new UsageError(`cannot read stdin: ${errno(error)}`, { cause: error });
  }
  return path;
}

/**
 * Turns the paths a person typed into a Workspace: real paths, readable, text. Display names stay as typed
 * (relative to where they ran the command) so evidence reads `logs/app.log:1834`, not a temp path.
 * Directories are read recursively; a binary file found in one is skipped, one named directly is refused,
 * and logs that hold nothing to read (empty files, an empty directory) are refused too: never an all-clear.
 * `stdinPath` is where "-" was spooled to (shown as "-").
 */
export function workspaceFromPaths(options: {
  logs: string[];
  repo?: string;
  cwd: string;
  stdinPath?: string;
}): Workspace {
  const logFiles: string[] = [];
  const logDisplayNames: Record<string, string> = {};
  let skipped = 0;
  const add = (file: string, shown: string): void => {
    const real = realpathSync(file);
    if (logDisplayNames[real] !== undefined) return;
    logFiles.push(real);
    logDisplayNames[real] = shown;
  };
  for (const given of options.logs) {
    const fromStdin = given === "-" && options.stdinPath !== undefined;
    const expanded = expandLog(fromStdin ? options.stdinPath! : given, options.cwd);
    if ("files" in expanded) {
      // The walk has already skipped empty, binary and unreadable files, and links out of the folder.
      skipped += expanded.skipped;
      // An absolute path stays absolute: "../../../tmp/app.log" is not what the person typed.
      for (const file of expanded.files)
        add(file, isAbsolute(given) ? file : relative(options.cwd, file) || file);
      continue;
    }
    const file = expanded.file;
    const shown = fromStdin ? "-" : isAbsolute(given) ? file : relative(options.cwd, file) || file;
    let size: number;
    try {
      size = statSync(file).size;
      if (looksBinary(file)) throw new UsageError(`log ${shown} is a binary file, not a log`);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read log ${given}: ${errno(error)}`, { cause: error });
    }
    if (size === 0) {
      skipped++;
      continue;
    }
    add(file, shown);
  }
  if (options.logs.length > 0 && logFiles.length === 0) {
    const what = options.logs.join(", ");
    throw new UsageError(
      `no readable log in ${what}${skipped > 0 ? ` (${skipped} empty, binary or unreadable file(s) skipped)` : " (no files)"}`,
    );
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
