/**
 * Grouping accuracy of the template miner on the 16 Loghub 2k datasets (corrected labels), no
 * per-dataset settings. Reads LOGHUB_DIR or ../shared/data/loghub-2k; prints one row per system.
 * Run: npx tsx bench/logs-grouping-accuracy.ts
 */

import { scoreLoghub } from "../test/ingest-logs/grouping.js";
import { HAS_LOGHUB, LOGHUB_DIR, skipMessage } from "../test/setup/shared-data.js";

if (!HAS_LOGHUB) {
  console.log(skipMessage(`Loghub 2k at ${LOGHUB_DIR}`));
  process.exit(0);
}
const started = performance.now();
const scores = scoreLoghub();
const elapsed = performance.now() - started;
console.log("system        GA     templates  true groups");
for (const s of scores) {
  console.log(
    `${s.system.padEnd(12)}  ${s.ga.toFixed(3)}  ${String(s.templates).padStart(9)}  ${String(s.trueGroups).padStart(11)}`,
  );
}
const average = scores.reduce((sum, s) => sum + s.ga, 0) / scores.length;
const worst = scores.reduce((a, b) => (b.ga < a.ga ? b : a));
console.log(
  `average GA ${average.toFixed(3)}; lowest ${worst.system} ${worst.ga.toFixed(3)}; ${elapsed.toFixed(0)} ms`,
);
