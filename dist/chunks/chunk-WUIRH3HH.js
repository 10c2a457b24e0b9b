import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  MAX_LOG_FILES,
  SNIFF_BYTES,
  headIsReadable,
  walkLogDirectory
} from "./chunk-CZG2DZF2.js";
import {
  UsageError
} from "./chunk-U3NNAQLI.js";

// src/entrypoints/shared/workspace-from-paths.ts
import {
  closeSync,
  createWriteStream,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  rmSync,
  statSync
} from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
function errno(error) {
  return error.code ?? String(error);
}
function looksBinary(path) {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return !headIsReadable(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}
function expandLog(given, cwd) {
  const absolute = resolve(cwd, given);
  let stats;
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
async function spoolStdin(stdin) {
  const dir = mkdtempSync(join(tmpdir(), "sentry-stdin-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, "stdin.log");
  try {
    await pipeline(stdin, createWriteStream(path, { mode: 384 }));
  } catch (error) {
    throw new UsageError(`cannot read stdin: ${errno(error)}`, { cause: error });
  }
  return path;
}
function workspaceFromPaths(options) {
  const logFiles = [];
  const logDisplayNames = {};
  let skipped = 0;
  const add = (file, shown) => {
    const real = realpathSync(file);
    if (logDisplayNames[real] !== void 0) return;
    logFiles.push(real);
    logDisplayNames[real] = shown;
  };
  for (const given of options.logs) {
    const fromStdin = given === "-" && options.stdinPath !== void 0;
    const expanded = expandLog(fromStdin ? options.stdinPath : given, options.cwd);
    if ("files" in expanded) {
      skipped += expanded.skipped;
      for (const file2 of expanded.files)
        add(file2, isAbsolute(given) ? file2 : relative(options.cwd, file2) || file2);
      continue;
    }
    const file = expanded.file;
    const shown = fromStdin ? "-" : isAbsolute(given) ? file : relative(options.cwd, file) || file;
    let size;
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
      `no readable log in ${what}${skipped > 0 ? ` (${skipped} empty, binary or unreadable file(s) skipped)` : " (no files)"}`
    );
  }
  if (logFiles.length > MAX_LOG_FILES)
    throw new UsageError(`too many log files (${logFiles.length}; at most ${MAX_LOG_FILES})`);
  if (options.repo === void 0) return { logFiles, logDisplayNames };
  let repoRoot;
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

export {
  spoolStdin,
  workspaceFromPaths
};
