import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ParsedRecord, readLogRecords } from "../../src/ingest/logs/index.js";
import { createPatternScanner } from "../../src/knowledge/pattern-scanner.js";

// A JSON logger's lines, then what the runtime itself printed to the same stream as the process died.
// Folding the dump into the last JSON record hid the crash under an info line (an all-clear on a dead service).

const dir = mkdtempSync(join(tmpdir(), "sentry-structured-raw-"));

async function recordsOf(name: string, lines: string[]): Promise<ParsedRecord[]> {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

const pino = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      level: 30,
      time: 1_764_900_000_000 + i * 1000,
      pid: 7,
      msg: "request completed",
      ms: i % 9,
    }),
  );

const nodeCrash = [
  "/app/node_modules/pg-pool/index.js:45",
  "    Error.captureStackTrace(err);",
  "    ^",
  "",
  "Error: connect ECONNREFUSED 10.0.3.7:5432",
  "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {",
  "  errno: -111,",
  "  code: 'ECONNREFUSED',",
  "  port: 5432",
  "}",
  "",
  "Node.js v20.11.1",
];

const zap = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      level: "info",
      ts: 1_764_900_000.5 + i,
      caller: "server/main.go:42",
      msg: "request served",
    }),
  );

const goPanic = [
  "panic: dial tcp 10.0.3.9:6379: connect: connection refused",
  "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x8c1f2d]",
  "",
  "goroutine 1 [running]:",
  "main.main()",
  "\t/app/cmd/server/main.go:57 +0x1d4",
];

const structlog = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      event: "job done",
      level: "info",
      timestamp: `2026-12-05T10:00:${String(i % 60).padStart(2, "0")}Z`,
    }),
  );

const pythonCrash = [
  "Traceback (most recent call last):",
  '  File "/app/worker.py", line 12, in <module>',
  '    redis.Redis(host="cache", port=6379).ping()',
  "redis.exceptions.ConnectionError: Error 111 connecting to cache:6379. Connection refused.",
];

function findingsOf(records: ParsedRecord[]) {
  const scanner = createPatternScanner();
  for (const r of records) scanner.onRecord(r);
  return scanner.findings().map((f) => f.patternId);
}

describe("raw lines after structured ones", () => {
  it.each([
    ["node", pino(150), nodeCrash, "Node.js v20.11.1"],
    ["go", zap(150), goPanic, "main.main()"],
    ["python", structlog(150), pythonCrash, "redis.exceptions.ConnectionError"],
  ])(
    "keeps the %s crash dump apart from the JSON line above it, at error level",
    async (name, json, crash, inside) => {
      const records = await recordsOf(`${name}.log`, [...json, ...crash]);
      expect(records).toHaveLength(json.length + 1);
      expect(records.slice(0, json.length).every((r) => r.endLine === r.line && r.level === "INFO")).toBe(
        true,
      );
      const dump = records[json.length]!;
      expect(dump.line).toBe(json.length + 1);
      expect(["ERROR", "FATAL"]).toContain(dump.level);
      expect(records.some((r) => r.text.includes(inside) && r.line > json.length)).toBe(true);
    },
  );

  it("counts one refused connection that killed the process, below the pattern's minCount", async () => {
    for (const [name, json, crash] of [
      ["node", pino(300), nodeCrash],
      ["go", zap(300), goPanic],
      ["python", structlog(300), pythonCrash],
    ] as const) {
      expect(findingsOf(await recordsOf(`${name}-scan.log`, [...json, ...crash])), name).toContain(
        "connection-refused",
      );
    }
  });

  it("does not count one refused connection the service logged and survived", async () => {
    const survived = JSON.stringify({
      level: 50,
      time: 1_764_900_500_000,
      msg: "cache refresh failed: connect ECONNREFUSED 10.0.3.7:6379; retrying",
    });
    const records = await recordsOf("survived.log", [...pino(150), survived, ...pino(150)]);
    expect(findingsOf(records)).not.toContain("connection-refused");
  });
});
