/** The CLI bundled from the current source as `npm run build` bundles it, into a temporary directory. */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../scripts/bundle.mjs";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Bundles the CLI of the checkout at `root` (this one by default) with the worker entries it finds beside
 * itself, as scripts/build.mjs does: without them a big log is read on one thread.
 */
export async function buildCli(root = REPO): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), "sentry-bench-cli-"));
  const entries = [
    { in: join(root, "src/entrypoints/cli.ts"), out: "cli" },
    { in: join(root, "src/ingest/logs/parallel/worker.ts"), out: "logs-worker" },
  ].filter((entry) => existsSync(entry.in));
  await bundle({ entries, outdir, logLevel: "error" });
  return join(outdir, "cli.js");
}
