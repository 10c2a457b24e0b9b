/** The CLI bundled from the current source as `npm run build` bundles it, into a temporary directory. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../scripts/bundle.mjs";

export async function buildCli(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), "sentry-bench-cli-"));
  await bundle({
    entries: [{ in: join(dirname(fileURLToPath(import.meta.url)), "../src/entrypoints/cli.ts"), out: "cli" }],
    outdir,
    logLevel: "error",
  });
  return join(outdir, "cli.js");
}
