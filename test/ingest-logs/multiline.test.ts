import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createTemplateMiner,
  minerAdd,
  type ParsedRecord,
  readLogRecords,
} from "../../src/ingest/logs/index.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-multiline-"));

async function recordsOf(name: string, text: string): Promise<ParsedRecord[]> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

/** Two traces of one kind (different depths, numbers and ids) must make one template. */
async function expectTracesGrouped(name: string, text: string, traceStarts: number[], traceLines: number[]) {
  const records = await recordsOf(name, text);
  const traces = records.filter((r) => traceStarts.includes(r.line));
  expect(traces.map((r) => r.endLine - r.line + 1)).toEqual(traceLines);
  const miner = createTemplateMiner();
  const ids = records.map((r) => minerAdd(miner, r));
  const traceIds = new Set(traces.map((r) => miner.resolve(ids[records.indexOf(r)]!)));
  expect(traceIds.size).toBe(1);
  expect(traces.every((r) => r.level === "ERROR" || r.level === "FATAL")).toBe(true);
  return records;
}

describe("multi-line records", () => {
  it("keeps Java stack traces with their Caused by and ... N more as one record", async () => {
    const trace = (n: number, depth: number) =>
      [
        `2026-11-24 03:0${n}:00,12${n} ERROR [http-nio-8080-exec-${n}] c.e.OrderService: order ${1000 + n} failed`,
        `java.lang.IllegalStateException: pool exhausted after ${30 + n} ms`,
        ...Array.from({ length: depth }, (_, i) => `\tat com.example.Pool.get(Pool.java:${40 + i})`),
        "Caused by: java.util.concurrent.TimeoutException: null",
        "\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:204)",
        "\t... 12 more",
      ].join("\n");
    const text = [
      "2026-11-24 03:00:00,001 INFO [main] c.e.App: started in 2.1 s",
      trace(1, 3),
      "2026-11-24 03:02:00,001 INFO [main] c.e.App: health ok",
      trace(2, 6),
    ].join("\n");
    const records = await expectTracesGrouped("java.log", text, [2, 11], [8, 11]);
    expect(records).toHaveLength(4);
  });

  it("keeps Python tracebacks whole, the exception line included", async () => {
    const tb = (n: number) =>
      [
        "Traceback (most recent call last):",
        `  File "/srv/app/worker.py", line ${10 + n}, in run`,
        "    result = handle(job)",
        ...(n === 2 ? ['  File "/srv/app/jobs.py", line 7, in handle', "    return json.loads(raw)"] : []),
        `KeyError: 'job-${n}'`,
      ].join("\n");
    const text = ["worker started pid=41", tb(1), "retrying job 7", tb(2)].join("\n");
    await expectTracesGrouped("python.log", text, [2, 7], [4, 6]);
  });

  it("keeps Node errors with their frames as one record", async () => {
    const err = (n: number) =>
      [
        `[2026-11-24T03:0${n}:00.000Z] ERROR request ${n} failed`,
        `Error: connect ECONNREFUSED 10.0.0.${n}:5432`,
        "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
        ...(n === 2 ? ["    at Pool.connect (/srv/node_modules/pg-pool/index.js:45:11)"] : []),
      ].join("\n");
    const text = ["[2026-11-24T03:00:00.000Z] INFO listening on 8080", err(1), err(2)].join("\n");
    await expectTracesGrouped("node.log", text, [2, 5], [3, 4]);
  });

  it("keeps Go panics with their goroutine dumps as one record", async () => {
    const panic = (n: number) =>
      [
        `panic: runtime error: index out of range [${n + 4}] with length 3`,
        "",
        "goroutine 1 [running]:",
        "main.process(...)",
        `\t/app/main.go:${20 + n}`,
        "main.main()",
        "\t/app/main.go:9 +0x1d",
        ...(n === 2
          ? ["", "goroutine 18 [chan receive]:", "main.worker()", "\t/app/worker.go:14 +0x2c"]
          : []),
      ].join("\n");
    const text = ["starting server on :8080", panic(1), "starting server on :8080", panic(2)].join("\n");
    await expectTracesGrouped("go.log", text, [2, 10], [7, 11]);
  });

  it("keeps a Rust panic's message and note with it", async () => {
    const text = [
      "thread 'main' panicked at src/main.rs:4:5:",
      "index out of bounds: the len is 3 but the index is 5",
      "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    ].join("\n");
    const records = await recordsOf("rust.log", text);
    expect(records).toHaveLength(1);
    expect(records[0]!.level).toBe("FATAL");
  });
});
