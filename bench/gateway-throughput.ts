/**
 * Gateway throughput on real logs: the input filter and the synchronous output filter over all 32,000 Loghub
 * lines (one call per line, as tool output is screened), and the secretlint-backed redactForPosting on 4 KB
 * chunks (as comments are posted). Prints the median of RUNS runs (default 3).
 *   npx tsx bench/gateway-throughput.ts [RUNS]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { screenText } from "../src/security/gateway/input-filter.js";
import { redactSecrets } from "../src/security/gateway/secret-patterns.js";
import { redactForPosting } from "../src/security/gateway/secretlint-pass.js";

const RUNS = Number(process.argv[2] ?? 3);
const dir = process.env.LOGHUB_DIR ?? resolve(import.meta.dirname, "../../shared/data/loghub-2k");
if (!existsSync(join(dir, "HDFS"))) {
  console.log(`skipped: Loghub 2k not found at ${dir} (set LOGHUB_DIR)`);
  process.exit(0);
}
const lines = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readFileSync(join(dir, d.name, `${d.name}_2k.log`), "utf8")
      .split("\n")
      .filter(Boolean),
  );
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
const chunks: string[] = [];
for (let i = 0; i < lines.length; i += 40) chunks.push(lines.slice(i, i + 40).join("\n"));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const screen: number[] = [];
const redact: number[] = [];
const posting: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  let t = performance.now();
  let flagged = 0;
  for (const line of lines) if (screenText(line).flags.length) flagged += 1;
  screen.push(lines.length / ((performance.now() - t) / 1000));
  t = performance.now();
  let redacted = 0;
  for (const line of lines) if (redactSecrets(line).found.length) redacted += 1;
  redact.push(lines.length / ((performance.now() - t) / 1000));
  t = performance.now();
  const sample = chunks.slice(0, 200);
  for (const chunk of sample) await redactForPosting(chunk);
  posting.push(sample.length / ((performance.now() - t) / 1000));
  console.log(
    `run ${run + 1}: screenInput ${Math.round(screen[run]!)} lines/s (${flagged} flagged), redactOutput ${Math.round(redact[run]!)} lines/s (${redacted} lines redacted), redactForPosting ${posting[run]!.toFixed(0)} chunks/s`,
  );
}
console.log(
  `median of ${RUNS} over ${lines.length} Loghub lines (${(bytes / 1e6).toFixed(1)} MB): screenInput ${Math.round(median(screen))} lines/s, redactOutput ${Math.round(median(redact))} lines/s, redactForPosting ${Math.round(median(posting))} x 4 KB chunks/s`,
);
