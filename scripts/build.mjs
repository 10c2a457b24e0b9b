// Bundles the three entry points and a worker into dist/ (committed: the Action runs dist/index.js straight from the repo).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const entries = [
  { in: "src/entrypoints/cli.ts", out: "cli" },
  { in: "src/entrypoints/action-main.ts", out: "index" },
  { in: "src/entrypoints/app-main.ts", out: "app" },
  // The second thread of `audit verify`; run-in-worker.ts finds it beside the entry or its chunk.
  { in: "src/security/audit/verify-worker.ts", out: "audit-verify-worker" },
].filter((entry) => existsSync(entry.in));

// Start clean so chunks of an earlier build never linger beside the ones this build references.
rmSync("dist", { recursive: true, force: true });
mkdirSync("dist", { recursive: true });
// Bundled CommonJS dependencies call require(); an ESM bundle has none unless we make one.
const banner =
  "import { createRequire as __sentryCreateRequire } from 'node:module';\nconst require = __sentryCreateRequire(import.meta.url);";

await build({
  entryPoints: entries,
  outdir: "dist",
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
  define: { __SENTRY_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) },
  logLevel: "warning",
});
// dist/ is ESM whatever the consumer's package.json says.
writeFileSync("dist/package.json", `${JSON.stringify({ type: "module" }, null, 2)}\n`);
