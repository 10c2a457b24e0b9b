// `npx tsx bench/diagnose.ts [--runs N] [--big-mb N]`: wall time of `diagnose` on every example, and wall time
// plus peak RSS on a generated big log. Runs the built CLI (dist/cli.js, `npm run build` first) as users do.
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, "big-mb": { type: "string", default: "200" } },
});
const runs = Number(values.runs);
const bigMb = Number(values["big-mb"]);
const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "dist/cli.js");
if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function exampleArgs(dir: string): string[] {
  const args = ["--format", "json"];
  if (existsSync(join(dir, "repo"))) args.push("--repo", join(dir, "repo"));
  if (existsSync(join(dir, "logs"))) args.push("--log", join(dir, "logs"));
  if (existsSync(join(dir, "alert.json"))) args.push("--alert", join(dir, "alert.json"));
  return args;
}

/** GNU time reports the child's peak RSS (KiB) and elapsed seconds, measured by the kernel, not sampled. */
function timed(args: string[]): { seconds: number; peakRssMb: number; finalState: string } {
  const result = spawnSync("/usr/bin/time", ["-f", "%M %e", process.execPath, cli, "diagnose", ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const [rssKb, seconds] = (result.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  let finalState = `exit ${result.status}`;
  try {
    finalState = (JSON.parse(result.stdout) as { finalState: string }).finalState;
  } catch {
    finalState = `exit ${result.status}: ${result.stderr.split("\n")[0]}`;
  }
  return { seconds: seconds ?? Number.NaN, peakRssMb: (rssKb ?? Number.NaN) / 1024, finalState };
}

const examplesDir = join(root, "examples/incidents");
console.log(
  `diagnose on each example (median of ${runs} runs, wall time of the whole process incl. Node start)`,
);
console.log("example".padEnd(28), "median s".padStart(9), "peak RSS MB".padStart(12), "  final state");
for (const name of readdirSync(examplesDir).sort()) {
  const dir = join(examplesDir, name);
  if (!statSync(dir).isDirectory()) continue;
  const samples = Array.from({ length: runs }, () => timed(exampleArgs(dir)));
  console.log(
    name.padEnd(28),
    median(samples.map((s) => s.seconds))
      .toFixed(2)
      .padStart(9),
    median(samples.map((s) => s.peakRssMb))
      .toFixed(0)
      .padStart(12),
    ` ${samples[0]?.finalState}`,
  );
}
const bare = Array.from({ length: runs }, () =>
  spawnSync("/usr/bin/time", ["-f", "%e", process.execPath, "-e", "0"], { encoding: "utf8" }),
);
console.log(
  `(bare \`node -e 0\` for scale: ${median(bare.map((r) => Number(r.stderr.trim()))).toFixed(2)} s)`,
);

// A big log: ordinary noise with varied numbers, and the signal near the end.
const tmp = mkdtempSync(join(tmpdir(), "sentry-bench-"));
const bigLog = join(tmp, "big.log");
await new Promise<void>((resolve, reject) => {
  const out = createWriteStream(bigLog);
  out.on("error", reject);
  const target = bigMb * 1024 * 1024;
  let written = 0;
  let i = 0;
  const write = () => {
    let ok = true;
    while (ok && written < target) {
      i += 1;
      const t = new Date(Date.UTC(2026, 10, 24, 0, 0, 0) + i * 7).toISOString();
      const line =
        i % 997 === 0
          ? `${t} WARN  pool-${i % 7} slow query took ${(i % 3000) + 200}ms on table orders_${i % 13}\n`
          : `${t} INFO  http request method=GET path=/api/items/${i % 10007} status=200 duration_ms=${i % 91} req=${(i * 2654435761) % 4294967296}\n`;
      written += line.length;
      ok = out.write(line);
    }
    if (written >= target) {
      out.end("2026-11-24T03:00:00.000Z ERROR java.lang.OutOfMemoryError: Java heap space\n", () =>
        resolve(),
      );
    } else out.once("drain", write);
  };
  write();
});
const bigRuns = Math.max(3, Math.min(runs, 3));
const bigSamples = Array.from({ length: bigRuns }, () => timed(["--format", "json", "--log", bigLog]));
const sizeMb = statSync(bigLog).size / 1024 / 1024;
console.log(
  `\ndiagnose on a generated ${sizeMb.toFixed(0)} MB log (median of ${bigRuns}): ` +
    `${median(bigSamples.map((s) => s.seconds)).toFixed(2)} s, peak RSS ${median(bigSamples.map((s) => s.peakRssMb)).toFixed(0)} MB ` +
    `(${((median(bigSamples.map((s) => s.peakRssMb)) / sizeMb) * 100).toFixed(0)}% of the log's size), final state ${bigSamples[0]?.finalState}`,
);
rmSync(tmp, { recursive: true, force: true });
