/**
 * `logs templates F --format ids` on 1,000,000 generated HDFS-like lines (the file bench/logs-drain3.ts uses),
 * or with --summarize `logs summarize F` of the 1 GiB file bench/logs-throughput.ts writes,
 * this checkout's CLI (two threads on a big file) against the CLI built from a baseline checkout (default
 * /work/main, one thread), each started fresh, runs alternating; median wall, CPU (user+sys of the child, all
 * its threads) and peak RSS from /usr/bin/time. The outputs must be byte-identical, or the bench fails.
 * Run: npx tsx bench/logs-parallel.ts [--summarize] [--runs N] [--baseline DIR] [--cores LIST]
 *   --cores 1 runs both pinned to one core (taskset -c 1): what the split costs when there is no second core.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli } from "./logs-build-cli.js";

const SUMMARIZE = process.argv.includes("--summarize");
const INPUT = SUMMARIZE
  ? "/tmp/claude-sentry-bench/generated-1g.log"
  : "/tmp/claude-sentry-bench/hdfs-1000000.log";
const COMMAND = SUMMARIZE ? `logs summarize '${INPUT}'` : `logs templates '${INPUT}' --format ids`;
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const runs = Number(arg("--runs", "5"));
const baselineRoot = arg("--baseline", "/work/main");
const cores = arg("--cores", "");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Run {
  wall: number;
  cpu: number;
  rssMiB: number;
  digest: string;
}

function timed(cli: string, out: string): Run {
  const pin = cores === "" ? "" : `taskset -c ${cores} `;
  const command = `${pin}/usr/bin/time -f '%U %S %M' '${process.execPath}' '${cli}' ${COMMAND} > '${out}'`;
  const t0 = performance.now();
  const result = spawnSync("sh", ["-c", command], { encoding: "utf8" });
  const wall = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  const [user, sys, rss] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  const digest = createHash("sha256").update(readFileSync(out)).digest("hex").slice(0, 16);
  return { wall, cpu: user! + sys!, rssMiB: rss! / 1024, digest };
}

function show(name: string, xs: Run[]): void {
  console.log(
    `  ${name.padEnd(26)} median ${median(xs.map((r) => r.wall)).toFixed(2)} s wall, ` +
      `${median(xs.map((r) => r.cpu)).toFixed(2)} s CPU, peak RSS ${median(xs.map((r) => r.rssMiB)).toFixed(0)} MiB; ` +
      `wall runs ${xs.map((r) => r.wall.toFixed(2)).join(", ")} s; output ${xs[0]!.digest}`,
  );
}

if (!existsSync(INPUT))
  throw new Error(
    `${INPUT} missing: run bench/${SUMMARIZE ? "logs-throughput" : "logs-drain3"}.ts once to write it`,
  );
const ours = await buildCli();
const baseline = await buildCli(baselineRoot);
const work = mkdtempSync(join(tmpdir(), "sentry-parallel-bench-"));
console.log(
  `${COMMAND.split(" '")[0]}, ${INPUT} (${(statSync(INPUT).size / 2 ** 20).toFixed(0)} MiB), median of ${runs}` +
    `${cores === "" ? "" : `, pinned to core(s) ${cores}`}:`,
);
const a: Run[] = [];
const b: Run[] = [];
for (let r = 0; r < runs; r++) {
  b.push(timed(baseline, join(work, "baseline.ids")));
  a.push(timed(ours, join(work, "ours.ids")));
}
show(`baseline (${baselineRoot})`, b);
show("this checkout", a);
const digests = new Set([...a, ...b].map((r) => r.digest));
if (digests.size !== 1) throw new Error(`outputs differ: ${[...digests].join(" ")}`);
const ratio = median(b.map((r) => r.wall)) / median(a.map((r) => r.wall));
console.log(`  outputs identical; ${ratio.toFixed(2)}× baseline by wall time`);
