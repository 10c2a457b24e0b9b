/**
 * Audit chain: appends N entries (default 1,000,000) to a JSONL file through createAuditLog, sealing every
 * 10,000, then times `verifyAuditFile` on it RUNS times (default 3), each in a fresh process so its peak RSS
 * is its own, beside two baselines measured in the same run on the same file: `sha256sum` and a one-pass
 * Node SHA-256 of the file. The verifier runs bundled as `npm run build` bundles it (its worker thread is a
 * bundle entry of its own), on two threads as `audit verify` runs and on one for comparison. Prints medians
 * and the ratio of verify to sha256sum.
 *   npx tsx bench/audit-chain.ts [N] [RUNS]
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateAuditKeys } from "../src/security/audit/audit-keys.js";
import { createAuditLog } from "../src/security/audit/audit-log.js";
import { createJsonlAuditStore } from "../src/security/audit/jsonl-store.js";
import { verifyAuditFileSplit } from "../src/security/audit/verify-file.js";

const FLUSH_EVERY = 10_000;

if (process.argv[2] === "--verify-child") {
  // One verification in a process of its own: its time and peak RSS, as JSON on stdout.
  const [file, publicKey, threads] = process.argv.slice(3) as [string, string, string];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const split = threads === "1" ? { split: statSync(file).size } : {};
  const { verdict, joined } = await verifyAuditFileSplit(file, { publicKey }, split);
  if (threads === "2" && !joined) throw new Error("the second thread's run was not used");
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (!verdict.ok) throw new Error(`benchmark chain did not verify: ${verdict.message}`);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds, cpuSeconds, entries: verdict.entries, maxRssMb }));
  process.exit(0);
}

const N = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 3);

async function writeChain(file: string, privateKey: ReturnType<typeof generateAuditKeys>["privateKey"]) {
  const log = createAuditLog(createJsonlAuditStore(file), privateKey, { retain: false });
  const started = performance.now();
  for (let i = 0; i < N; i += 1) {
    log.append({
      runId: `run-${i >> 12}`,
      agent: "detective",
      agentId: "detective-6f1c2a9e-0b7d-4c1e-9a53-2f1d8e7c6b5a",
      tool: i % 3 === 0 ? "grep_search" : "read_file",
      input: { path: `src/module-${i % 997}.ts`, startLine: i % 400 },
      decision: i % 17 === 0 ? "blocked" : "allowed",
      reason:
        i % 17 === 0 ? "path escapes the repository root" : "detective may use read_file; checks passed",
      rationale: "checking the connection pool settings",
      outcome: i % 17 === 0 ? "denied" : "ok",
      durationMs: i % 50,
    });
    if ((i + 1) % FLUSH_EVERY === 0) await log.flush();
  }
  await log.flush();
  return (performance.now() - started) / 1000;
}

function sha256sum(file: string): number {
  const started = performance.now();
  const result = spawnSync("sha256sum", [file], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`sha256sum failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

async function nodeHash(file: string): Promise<number> {
  const started = performance.now();
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  hash.digest("hex");
  return (performance.now() - started) / 1000;
}

interface VerifyRun {
  seconds: number;
  cpuSeconds: number;
  entries: number;
  maxRssMb: number;
}

/** This file and the verify worker bundled into a temporary directory, laid out as dist/ is. */
async function bundled(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), "sentry-bench-audit-"));
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  // Imported here, so the bundled child (which never bundles) does not need esbuild beside it.
  const { build } = await import("esbuild");
  await build({
    entryPoints: [
      { in: fileURLToPath(import.meta.url), out: "audit-chain" },
      { in: join(root, "src/security/audit/verify-worker.ts"), out: "audit-verify-worker" },
    ],
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["esbuild"],
    banner: {
      js: "import { createRequire as __sentryCreateRequire } from 'node:module';\nconst require = __sentryCreateRequire(import.meta.url);",
    },
    logLevel: "error",
  });
  writeFileSync(join(outdir, "package.json"), '{ "type": "module" }\n');
  return outdir;
}

function verifyInChild(bundle: string, file: string, publicKey: string, threads: 1 | 2): VerifyRun {
  const child = join(bundle, "audit-chain.js");
  const result = spawnSync(process.execPath, [child, "--verify-child", file, publicKey, String(threads)], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`verify run failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const file = join(tmpdir(), `sentry-audit-bench-${process.pid}.jsonl`);
rmSync(file, { force: true });
const bundle = await bundled();
try {
  const keys = generateAuditKeys();
  const appendS = await writeChain(file, keys.privateKey);
  const mb = statSync(file).size / 1e6;
  console.log(
    `wrote ${N} entries (${mb.toFixed(0)} MB): append ${appendS.toFixed(1)} s (${Math.round(N / appendS)} entries/s)`,
  );
  const two: VerifyRun[] = [];
  const one: VerifyRun[] = [];
  const shaSum: number[] = [];
  const nodeSha: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Interleaved, so a burst of load on the shared machine falls on all alike.
    shaSum.push(sha256sum(file));
    nodeSha.push(await nodeHash(file));
    two.push(verifyInChild(bundle, file, keys.publicKey, 2));
    one.push(verifyInChild(bundle, file, keys.publicKey, 1));
    console.log(
      `run ${run + 1}: verify ${describe(two.at(-1)!)}; one thread ${describe(one.at(-1)!)}; sha256sum ${shaSum.at(-1)!.toFixed(2)} s, Node one-pass SHA-256 ${nodeSha.at(-1)!.toFixed(2)} s`,
    );
  }
  const v = median(two.map((r) => r.seconds));
  const v1 = median(one.map((r) => r.seconds));
  const s = median(shaSum);
  const n = median(nodeSha);
  const cpu = (runs: VerifyRun[]) => median(runs.map((r) => r.cpuSeconds)).toFixed(2);
  const rss = (runs: VerifyRun[]) => Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0);
  console.log(
    `median of ${RUNS}: audit verify ${v.toFixed(2)} s (CPU ${cpu(two)} s, two threads) for ${N} entries (${mb.toFixed(0)} MB, ${Math.round(N / v)} entries/s, peak RSS ${rss(two)} MB); one thread ${v1.toFixed(2)} s (CPU ${cpu(one)} s, peak RSS ${rss(one)} MB); sha256sum ${s.toFixed(2)} s (verify/sha256sum ${(v / s).toFixed(2)}×); Node one-pass SHA-256 ${n.toFixed(2)} s (verify/Node hash ${(v / n).toFixed(2)}×); target ≤ 1 s for 1,000,000 entries: ${N !== 1_000_000 ? "not this size" : v <= 1 ? "met" : "NOT met"} (Node ${process.version}, load average ${(await import("node:os")).loadavg()[0]!.toFixed(1)})`,
  );
} finally {
  rmSync(file, { force: true });
  rmSync(bundle, { recursive: true, force: true });
}

function describe(r: VerifyRun): string {
  return `${r.seconds.toFixed(2)} s (CPU ${r.cpuSeconds.toFixed(2)} s, ${r.entries} entries, peak RSS ${r.maxRssMb.toFixed(0)} MB)`;
}
