import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Folders neither agents nor log reading descend into: VCS, dependencies, build output. */
export const SKIPPED_DIRS = new Set([
  ".git",
  "node_modules",
  ".venv",
  "__pycache__",
  "dist",
  "target",
  "vendor",
]);

/** The repository's files as agents are shown them: relative paths, no VCS or dependency folders, capped. */
export function listRepoFiles(repoRoot: string, limit = 400): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (files.length >= limit) return;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile()) {
        files.push(relative(repoRoot, join(dir, entry.name)));
      }
    }
  };
  walk(repoRoot);
  return files;
}
