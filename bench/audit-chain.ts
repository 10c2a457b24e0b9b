/**
 * Audit chain throughput: appends N entries (default 1,000,000) to a JSONL file through createAuditLog, sealing
 * every 10,000, then verifies the file by streaming. Prints the median of RUNS runs (default 3).
 *   npx tsx bench/audit-chain.ts [N] [RUNS]
 */
import { rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateAuditKeys } from "../src/security/audit/audit-keys.js";
import { createAuditLog } from "../src/security/audit/audit-log.js";
import { createJsonlAuditStore, verifyAuditFile } from "../src/security/audit/jsonl-store.js";

const N = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 3);
const FLUSH_EVERY = 10_000;

async function once(run: number): Promise<{ appendPerS: number; verifyPerS: number; bytes: number }> {
  const file = join(tmpdir(), `sentry-audit-bench-${process.pid}-${run}.jsonl`);
  rmSync(file, { force: true });
  const keys = generateAuditKeys();
  const log = createAuditLog(createJsonlAuditStore(file), keys.privateKey, { retain: false });
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
  const appendS = (performance.now() - started) / 1000;
  const bytes = statSync(file).size;
  const verifyStarted = performance.now();
  const verdict = await verifyAuditFile(file, { publicKey: keys.publicKey });
  const verifyS = (performance.now() - verifyStarted) / 1000;
  rmSync(file, { force: true });
  if (!verdict.ok) throw new Error(`benchmark chain did not verify: ${verdict.message}`);
  const total = verdict.entries;
  console.log(
    `run ${run + 1}: ${N} entries (+${total - N} seals, ${(bytes / 1e6).toFixed(0)} MB): append ${appendS.toFixed(1)} s (${Math.round(N / appendS)} entries/s), verify ${verifyS.toFixed(1)} s (${Math.round(total / verifyS)} entries/s)`,
  );
  return { appendPerS: N / appendS, verifyPerS: total / verifyS, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = [];
for (let run = 0; run < RUNS; run += 1) results.push(await once(run));
console.log(
  `median of ${RUNS}: append ${Math.round(median(results.map((r) => r.appendPerS)))} entries/s, verify ${Math.round(median(results.map((r) => r.verifyPerS)))} entries/s (${N} entries, Node ${process.version})`,
);
