/** The CLI bundled from the current source as `npm run build` bundles it, into a temporary directory. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export async function buildCli(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), "sentry-bench-cli-"));
  await build({
    entryPoints: [
      { in: join(dirname(fileURLToPath(import.meta.url)), "../src/entrypoints/cli.ts"), out: "cli" },
    ],
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    banner: {
      js: "import { createRequire as __sentryCreateRequire } from 'node:module';\nconst require = __sentryCreateRequire(import.meta.url);",
    },
    logLevel: "error",
  });
  writeFileSync(join(outdir, "package.json"), '{ "type": "module" }\n');
  return join(outdir, "cli.js");
}
