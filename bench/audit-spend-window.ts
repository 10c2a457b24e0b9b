/**
 * What a run pays to learn the cost window's spend from a long-lived JSONL audit log: N entries (default
 * 300,000), one a second, read whole (`read`) and from the end back to 10 minutes before the last entry
 * (`readSince`, what runIncident uses). Prints each of RUNS runs (default 3) and the medians.
 *   npx tsx bench/audit-spend-window.ts [N] [RUNS]
 */
import { rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createJsonlAuditStore } from "../src/security/audit/jsonl-store.js";

const N = Number(process.argv[2] ?? 300_000);
const RUNS = Number(process.argv[3] ?? 3);
const START = Date.parse("2026-01-01T00:00:00Z");
const file = join(tmpdir(), `sentry-audit-window-${process.pid}.jsonl`);

const lines: string[] = [];
for (let i = 0; i < N; i++) {
  lines.push(
    JSON.stringify({
      seq: i,
      kind: i % 50 === 49 ? "event" : "tool-call",
      time: new Date(START + i * 1000).toISOString(),
      agent: "detective",
      tool: i % 50 === 49 ? "pipeline" : "read_file",
      input: i % 50 === 49 ? { incident: `inc-${i}`, costUsd: 0.01 } : { path: `src/module-${i % 997}.ts` },
      decision: "allowed",
      reason: "detective may use read_file; checks passed",
      prevHash: "a".repeat(64),
      hash: "b".repeat(64),
    }),
  );
}
writeFileSync(file, `${lines.join("\n")}\n`);
const store = createJsonlAuditStore(file);
const since = START + (N - 1) * 1000 - 10 * 60_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const whole: number[] = [];
const tail: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    const all = await store.read();
    whole.push(performance.now() - t);
    t = performance.now();
    const recent = (await store.readSince?.(since)) ?? [];
    tail.push(performance.now() - t);
    console.log(
      `run ${run + 1}: read ${all.length} entries in ${whole.at(-1)!.toFixed(0)} ms; readSince ${recent.length} entries in ${tail.at(-1)!.toFixed(1)} ms`,
    );
  }
  console.log(
    `median of ${RUNS} (${N} entries, ${(statSync(file).size / 1e6).toFixed(0)} MB): read ${median(whole).toFixed(0)} ms, readSince ${median(tail).toFixed(1)} ms`,
  );
} finally {
  rmSync(file, { force: true });
}
