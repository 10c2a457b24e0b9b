// The one esbuild configuration: `npm run build` (scripts/build.mjs), tests and benches that bundle the current
// source all call this, so what they run is what users run.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

// Bundled CommonJS dependencies call require(); an ESM bundle has none unless we make one.
const banner =
  "import { createRequire as __sentryCreateRequire } from 'node:module';\nconst require = __sentryCreateRequire(import.meta.url);";

const packageJson = new URL("../package.json", import.meta.url);

/**
 * Bundles `entries` ({ in, out } pairs, paths relative to the working directory or absolute) into `outdir`
 * as Node ESM, and marks outdir ESM whatever the consumer's package.json says.
 */
export async function bundle({ entries, outdir, logLevel = "warning" }) {
  await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    // Commands load their modules on demand: `diagnose` starts without probot, the MCP SDK or Redis.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: false,
    legalComments: "none",
    charset: "utf8",
    banner: { js: banner },
    define: { __SENTRY_VERSION__: JSON.stringify(JSON.parse(readFileSync(packageJson, "utf8")).version) },
    logLevel,
  });
  writeFileSync(join(outdir, "package.json"), `${JSON.stringify({ type: "module" }, null, 2)}\n`);
}
