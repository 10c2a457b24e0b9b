import { closeSync, type Dirent, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { UsageError } from "../../core/errors.js";
import { headIsReadable, SNIFF_BYTES } from "./text-sniff.js";

/**
 * The one walk of a log directory, for every door (`logs summarize DIR`, `diagnose --log DIR`, the Action,
 * `serve`, `watch`): files in sorted order, subfolders included; hidden entries (`.git`), dependency and
 * byte-code folders skipped; symlinks followed only while they stay inside the directory given (a link to
 * `/etc` or `~/.ssh` is not a log); empty and binary files skipped and counted (gzip is read); bounded in
 * files, entries and depth so that `--log /` is refused instead of read.
 */
export const MAX_LOG_FILES = 200;
const MAX_ENTRIES = 20_000;
const MAX_DEPTH = 16;
const SKIPPED_FOLDERS = new Set([
  "node_modules",
  "bower_components",
  "vendor",
  "__pycache__",
  "site-packages",
]);

export interface FoundLog {
  /** Absolute path as walked (under the directory given, not through a link's target). */
  path: string;
  /** Path below the directory given, with the platform's separator. */
  relative: string;
  bytes: number;
}

export interface LogDirectory {
  files: FoundLog[];
  /** Empty, binary or unreadable files, and links that leave the directory. */
  skipped: number;
}

/** Text (or gzip, read decompressed) by its first 8 KiB: see text-sniff.ts. */
function isTextOrGzip(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return headIsReadable(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

function inside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Walks `dir` (absolute); `display` names it in errors. Bad input is a UsageError. */
export function walkLogDirectory(dir: string, display: string, limit = MAX_LOG_FILES): LogDirectory {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch (error) {
    throw new UsageError(`${display}: cannot read directory (${(error as NodeJS.ErrnoException).code})`, {
      cause: error,
    });
  }
  const out: LogDirectory = { files: [], skipped: 0 };
  const visited = new Set<string>([root]);
  let entries = 0;

  const walk = (path: string, relative: string, depth: number): void => {
    let listing: Dirent[];
    try {
      listing = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      if (depth === 0)
        throw new UsageError(`${display}: cannot read directory (${(error as NodeJS.ErrnoException).code})`, {
          cause: error,
        });
      out.skipped++;
      return;
    }
    listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of listing) {
      if (++entries > MAX_ENTRIES)
        throw new UsageError(`${display}: more than ${MAX_ENTRIES} entries; name the log folder itself`);
      if (entry.name.startsWith(".")) continue;
      const child = join(path, entry.name);
      const childRelative = relative === "" ? entry.name : join(relative, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const real = realOrUndefined(child);
        if (real === undefined || !inside(root, real)) {
          out.skipped++;
          continue;
        }
        const stats = statSync(real, { throwIfNoEntry: false });
        isDir = stats?.isDirectory() ?? false;
        isFile = stats?.isFile() ?? false;
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(entry.name) || depth >= MAX_DEPTH) continue;
        const real = realOrUndefined(child);
        // A link back up the tree would loop: each real folder is read once.
        if (real === undefined || visited.has(real)) continue;
        visited.add(real);
        walk(child, childRelative, depth + 1);
      } else if (isFile) {
        addFile(child, childRelative);
      }
    }
  };

  const addFile = (path: string, relative: string): void => {
    let bytes: number;
    try {
      bytes = statSync(path).size;
      if (bytes === 0 || !isTextOrGzip(path)) {
        out.skipped++;
        return;
      }
    } catch {
      // Unreadable (permissions, removed while walking): counted, and the walk goes on.
      out.skipped++;
      return;
    }
    if (out.files.length >= limit)
      throw new UsageError(`${display}: more than ${limit} log files; name fewer files or a subfolder`);
    out.files.push({ path, relative, bytes });
  };

  walk(dir, "", 0);
  return out;
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
