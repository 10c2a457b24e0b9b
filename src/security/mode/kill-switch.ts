import { lstatSync } from "node:fs";
import { join } from "node:path";
import type { Mode } from "../../core/mode.js";
import { STOP_FILE } from "../../core/mode.js";

/**
 * The one place modes and the kill switch are enforced. A STOP_SENTRY file in the repository root (any file
 * type, even a dangling symlink) or DISABLED mode halts every action; the runner revokes all credentials.
 */
export function haltReason(mode: Mode, repoRoot: string | undefined): string | undefined {
  if (mode === "DISABLED") return "mode is DISABLED: every action is blocked";
  if (repoRoot && stopFilePresent(repoRoot))
    return `${STOP_FILE} is present in the repository root: Sentry is stopped`;
  return undefined;
}

function stopFilePresent(repoRoot: string): boolean {
  try {
    lstatSync(join(repoRoot, STOP_FILE));
    return true;
  } catch (error) {
    // Only "not there" means not stopped; any other failure to look (permissions, I/O) fails closed.
    return (error as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

/** Whether a write tool may change anything in this mode (AUDIT only records what it would do). */
export function writesAllowed(mode: Mode): boolean {
  return mode === "ACTIVE";
}
