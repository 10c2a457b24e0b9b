/**
 * `logs templates F --format ids` end to end against Drain3 on the same file: 1,000,000 generated
 * Loghub-HDFS-like lines (digits varied, headers valid; see logs-generate.ts), each tool started fresh,
 * reading the file and printing one template id per line to a file. Runs alternate (ours, Drain3, ours…),
 * median of 3 by wall time; the children's CPU time is printed too (the machine is shared: wall time also
 * counts other people's work). Both cores are allowed.
 *
 * Drain3 (pypi drain3 0.9.11, IBM's template miner, public Python) is never part of this repository: install
 * it into its own virtual environment and point DRAIN3_PYTHON at that environment's python, default
 * /work/baselines/drain3/bin/python:
 *   python3 -m venv /work/baselines/drain3 && /work/baselines/drain3/bin/pip install drain3==0.9.11
 * Without it the bench prints "Drain3 not installed: skipped" and our figure alone.
 * Run: npx tsx bench/logs-drain3.ts [--runs N]
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "./logs-build-cli.js";
import { generateLines } from "./logs-generate.js";

const here = dirname(fileURLToPath(import.meta.url));
const LINES = 1_000_000;
const INPUT = `/tmp/claude-sentry-bench/hdfs-${LINES}.log`;
const TARGET_RATIO = 20;
const DRAIN3 = process.env.DRAIN3_PYTHON ?? "/work/baselines/drain3/bin/python";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function writeInput(): Promise<void> {
  if (existsSync(INPUT) && statSync(INPUT).size > 0) return;
  mkdirSync(dirname(INPUT), { recursive: true });
  const out = createWriteStream(INPUT);
  const lines = generateLines("hdfs", LINES, 18);
  for (let i = 0; i < lines.length; i += 100_000) out.write(`${lines.slice(i, i + 100_000).join("\n")}\n`);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** CPU seconds of this process's waited-for children so far (utime + stime of /proc/self/stat, 100 Hz). */
function childrenCpu(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Run {
  wall: number;
  cpu: number;
  lines: number;
}

/** One run of a command writing its ids to a file; the line count checks it printed one id per line. */
function timed(command: string, args: string[], outFile: string): Run {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const result = spawnSync("sh", ["-c", `exec "$0" "$@" > '${outFile}'`, command, ...args], {
    stdio: ["ignore", "inherit", "pipe"],
    encoding: "utf8",
  });
  const wall = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status}: ${result.stderr}`);
  const text = readFileSync(outFile, "latin1");
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return { wall, cpu: childrenCpu() - cpu0, lines };
}

function show(name: string, runs: Run[]): void {
  const wall = median(runs.map((r) => r.wall));
  console.log(
    `  ${name.padEnd(24)} median ${wall.toFixed(2)} s wall (${Math.round(LINES / wall).toLocaleString("en")} lines/s), ` +
      `${median(runs.map((r) => r.cpu)).toFixed(2)} s CPU; runs ${runs.map((r) => r.wall.toFixed(2)).join(", ")} s; ${runs[0]!.lines} ids`,
  );
}

async function main(): Promise<void> {
  const runsArg = process.argv.indexOf("--runs");
  const count = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 3;
  await writeInput();
  const cli = await buildCli();
  const work = mkdtempSync(join(tmpdir(), "sentry-drain3-bench-"));
  const haveDrain3 = existsSync(DRAIN3);
  console.log(
    `logs templates --format ids on ${INPUT} (${LINES.toLocaleString("en")} HDFS-like lines, ` +
      `${(statSync(INPUT).size / 2 ** 20).toFixed(0)} MiB), fresh process each run, median of ${count}:`,
  );
  const ours: Run[] = [];
  const drain3: Run[] = [];
  for (let r = 0; r < count; r++) {
    ours.push(
      timed(process.execPath, [cli, "logs", "templates", INPUT, "--format", "ids"], join(work, "ours.ids")),
    );
    if (haveDrain3)
      drain3.push(timed(DRAIN3, [join(here, "logs-drain3-baseline.py"), INPUT], join(work, "drain3.ids")));
  }
  show("claude-sentry", ours);
  if (!haveDrain3) {
    console.log(`  Drain3 not installed: skipped (no ${DRAIN3}; set DRAIN3_PYTHON)`);
    return;
  }
  show("Drain3 0.9.11 (Python)", drain3);
  const ratio = median(drain3.map((r) => r.wall)) / median(ours.map((r) => r.wall));
  const cpuRatio = median(drain3.map((r) => r.cpu)) / median(ours.map((r) => r.cpu));
  console.log(
    `  ${ratio.toFixed(1)}× Drain3 by wall time, ${cpuRatio.toFixed(1)}× by CPU time (target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? "met" : "NOT met"})`,
  );
}

await main();
