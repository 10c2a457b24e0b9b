// `npx tsx bench/offline-diagnoser.ts [--runs N] [--lines N]`: what the offline diagnoser itself costs.
// 1. The pattern scanner on generated log lines (0.1% of them real signal), lines per second.
// 2. Every example through runIncident in-process (no Node start-up): total wall time, and how much of it the
//    offline provider's own turns take (the rest is log condensation and the guarded tools it calls).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import type { Incident } from "../src/core/incident.js";
import { runIncident } from "../src/engine/run-incident.js";
import { incidentFromAlertFile } from "../src/entrypoints/shared/incident-from-alert.js";
import { incidentFromLogs } from "../src/entrypoints/shared/incident-from-logs.js";
import { workspaceFromPaths } from "../src/entrypoints/shared/workspace-from-paths.js";
import { createPatternScanner } from "../src/knowledge/index.js";
import { createOfflineProvider } from "../src/llm/offline/index.js";
import type { LlmProvider } from "../src/llm/provider.js";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, lines: { type: "string", default: "1000000" } },
});
const runs = Number(values.runs);
const lineCount = Number(values.lines);
const root = new URL("..", import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function generatedLines(n: number): string[] {
  const signal = [
    "Error: EMFILE: too many open files, open '/var/lib/ingest/spool/81723.part'",
    "2026-11-24 02:41:13.512 ERROR 1 --- [exec-7] HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    "Memory cgroup out of memory: Killed process 2817 (node) total-vm:1321484kB",
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) {
    if (i % 1000 === 999) out.push(signal[i % signal.length]!);
    else if (i % 3 === 0)
      out.push(
        `10.42.${i % 8}.${i % 251} - - [24/Nov/2026:02:14:${String(i % 60).padStart(2, "0")} +0000] "GET /api/orders/${i} HTTP/1.1" 200 ${i % 4000} "-" "okhttp/4.12.0" rt=0.0${i % 9}`,
      );
    else if (i % 3 === 1)
      out.push(
        `{"level":30,"time":"2026-11-24T02:14:07.${i % 1000}Z","pid":1,"reqId":"req-${i.toString(16)}","msg":"request completed","responseTime":${i % 97}}`,
      );
    else
      out.push(
        `2026-11-24 02:14:07.${i % 1000} UTC [${1000 + (i % 9000)}] LOG:  duration: 0.${i % 999} ms  statement: SELECT id FROM orders WHERE customer_id = ${i}`,
      );
  }
  return out;
}

const lines = generatedLines(lineCount);
const rates: number[] = [];
const cpuRates: number[] = [];
for (let r = 0; r < runs; r += 1) {
  const scanner = createPatternScanner();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < lines.length; i += 1) {
    scanner.onRecord({ file: "big.log", line: i + 1, endLine: i + 1, text: lines[i]!, level: "UNKNOWN" });
  }
  const seconds = (performance.now() - started) / 1000;
  if (scanner.findings().length !== 3) throw new Error("the scanner missed the planted signal");
  rates.push(lines.length / seconds);
  const used = process.cpuUsage(cpu);
  cpuRates.push(lines.length / ((used.user + used.system) / 1e6));
}
// CPU time as well as wall time: on a shared machine the wall-clock rate mostly measures the neighbours.
const fmt = (n: number) => Math.round(n).toLocaleString("en");
console.log(
  `pattern scanner: ${fmt(lineCount)} lines, median of ${runs}: ${fmt(median(rates))} lines/s wall, ${fmt(median(cpuRates))} lines per CPU second`,
);

interface Expected {
  logs: string[];
  alert?: string;
}

function timedProvider(spent: { ms: number }): LlmProvider {
  const inner = createOfflineProvider();
  return {
    name: inner.name,
    async complete(request) {
      const started = performance.now();
      const response = await inner.complete(request);
      spent.ms += performance.now() - started;
      return response;
    },
  };
}

console.log(`\nexamples through runIncident in-process, median of ${runs} (ms)`);
console.log(
  "example".padEnd(28),
  "total".padStart(7),
  "tools".padStart(7),
  "provider".padStart(9),
  "  final state",
);
const incidents = join(root, "examples/incidents");
for (const name of readdirSync(incidents).sort()) {
  const dir = join(incidents, name);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
  const totals: number[] = [];
  const own: number[] = [];
  const toolMs: number[] = [];
  let state = "";
  for (let r = 0; r < runs; r += 1) {
    const workspace = workspaceFromPaths({
      logs: expected.logs.map((l) => relative(root, join(dir, l))),
      repo: relative(root, join(dir, "repo")),
      cwd: root,
    });
    const incident: Incident = expected.alert
      ? incidentFromAlertFile(join(dir, expected.alert), root)
      : incidentFromLogs(workspace, new Date());
    const spent = { ms: 0 };
    const started = performance.now();
    const { run } = await runIncident({
      incident,
      workspace,
      mode: "AUDIT",
      config: DEFAULT_CONFIG,
      provider: () => timedProvider(spent),
    });
    totals.push(performance.now() - started);
    own.push(spent.ms);
    toolMs.push(run.toolCalls.reduce((sum, call) => sum + call.durationMs, 0));
    state = run.finalState;
  }
  console.log(
    name.padEnd(28),
    median(totals).toFixed(0).padStart(7),
    median(toolMs).toFixed(0).padStart(7),
    median(own).toFixed(1).padStart(9),
    ` ${state}`,
  );
}
