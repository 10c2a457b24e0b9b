import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** ../shared beside the checkout (here and in CI); absent on other clones, where tests that need it skip. */
export const SHARED_DIR = resolve(repoRoot, "../shared");

/** Loghub 2k: read from ../shared or LOGHUB_DIR, never copied into the repository (research-only license). */
export const LOGHUB_DIR = process.env.LOGHUB_DIR ?? join(SHARED_DIR, "data/loghub-2k");
export const HAS_LOGHUB = existsSync(join(LOGHUB_DIR, "HDFS"));
export const SHARED_ALERTS_DIR = join(SHARED_DIR, "fixtures/alerts");
export const HAS_SHARED_ALERTS = existsSync(SHARED_ALERTS_DIR);

export function skipMessage(what: string): string {
  return `skipped: ${what} not found (expected ../shared beside the checkout, or LOGHUB_DIR)`;
}
