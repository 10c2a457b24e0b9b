// Bundles the three entry points and their workers into dist/ (committed: the Action runs dist/index.js straight from the repo).
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { bundle } from "./bundle.mjs";

const entries = [
  { in: "src/entrypoints/cli.ts", out: "cli" },
  { in: "src/entrypoints/action-main.ts", out: "index" },
  { in: "src/entrypoints/app-main.ts", out: "app" },
  // The second thread of `audit verify`; run-in-worker.ts finds it beside the entry or its chunk.
  { in: "src/security/audit/verify-worker.ts", out: "audit-verify-worker" },
  // The second thread of `logs templates` and `logs summarize` on a big file; found the same way.
  { in: "src/ingest/logs/parallel/worker.ts", out: "logs-worker" },
].filter((entry) => existsSync(entry.in));

// Start clean so chunks of an earlier build never linger beside the ones this build references.
rmSync("dist", { recursive: true, force: true });
mkdirSync("dist", { recursive: true });
await bundle({ entries, outdir: "dist" });
