// Bundles the three entry points into dist/ (committed: the Action runs dist/index.js straight from the repo).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const entries = [
  { in: "src/entrypoints/cli.ts", out: "cli" },
  { in: "src/entrypoints/action-main.ts", out: "index" },
  { in: "src/entrypoints/app-main.ts", out: "app" },
].filter((entry) => existsSync(entry.in));

mkdirSync("dist", { recursive: true });
// Bundled CommonJS dependencies call require(); an ESM bundle has none unless we make one.
const banner =
  "import { createRequire as __sentryCreateRequire } from 'node:module';\nconst require = __sentryCreateRequire(import.meta.url);";

await build({
  entryPoints: entries,
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  charset: "utf8",
  banner: { js: banner },
  logLevel: "warning",
});
// dist/ is ESM whatever the consumer's package.json says.
writeFileSync("dist/package.json", `${JSON.stringify({ type: "module" }, null, 2)}\n`);
