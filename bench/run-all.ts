/**
 * `npm run bench`: every benchmark under bench/, one after another, each in its own process so one bench's
 * heap and JIT state never colour the next. Benchmarks that need the built CLI build it first (`npm run build`).
 * Pass names to run some of them: `npm run bench -- audit-chain logs-throughput`.
 * Benchmarks print their figures beside a baseline measured in the same run; read them on a quiet machine.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** Helpers that other benchmarks import, not benchmarks themselves. */
const LIBRARIES = new Set(["run-all.ts", "logs-generate.ts", "logs-build-cli.ts"]);

const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && !LIBRARIES.has(f))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, "")))
  .sort();
if (benches.length === 0) {
  console.error(`no benchmark named ${wanted.join(", ")}; have: ${readdirSync(here).join(", ")}`);
  process.exit(2);
}
let failed = 0;
for (const bench of benches) {
  console.log(`\n==> ${bench}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", join(here, bench)], { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.log(`${bench} exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
