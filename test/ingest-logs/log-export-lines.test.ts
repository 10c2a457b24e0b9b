import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLogRecords } from "../../src/ingest/logs/index.js";
import type { ParsedRecord } from "../../src/ingest/logs/records.js";

const dir = mkdtempSync(join(tmpdir(), "export-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(lines: string[]): Promise<ParsedRecord[]> {
  const path = join(dir, `f-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

/** Nanoseconds since the epoch, as Loki writes them: a decimal string. */
const ns = (iso: string) => `${Date.parse(iso)}000123`;

/** A Loki query_range answer: two streams, each newest first as Loki returns them by default. */
const LOKI = {
  status: "success",
  data: {
    resultType: "streams",
    result: [
      {
        stream: {
          namespace: "shop",
          pod: "orders-7d9c-abcde",
          container: "orders",
          app: "orders",
          level: "error",
        },
        values: [
          [ns("2026-12-07T03:02:00Z"), "charging card for order 42 took 31002 ms"],
          [ns("2026-12-07T03:00:00Z"), "charging card for order 42 took 31002 ms"],
        ],
      },
      {
        stream: { namespace: "shop", pod: "orders-7d9c-fghij", container: "orders", app: "orders" },
        values: [[ns("2026-12-07T03:01:00Z"), '{"level":"info","msg":"request served","durationMs":12}']],
      },
    ],
    stats: { summary: { bytesProcessedPerSecond: 1024 } },
  },
};

describe("log exports as single JSON documents", () => {
  it("reads a Loki query_range answer on one line: each value a record, oldest first, with its labels", async () => {
    const records = await read([JSON.stringify(LOKI)]);
    expect(records.map((r) => r.time)).toEqual([
      "2026-12-07T03:00:00.000Z",
      "2026-12-07T03:01:00.000Z",
      "2026-12-07T03:02:00.000Z",
    ]);
    expect(records.every((r) => r.line === 1)).toBe(true);
    expect(records[0]).toMatchObject({
      text: "charging card for order 42 took 31002 ms",
      level: "ERROR",
      subject: { namespace: "shop", pod: "orders-7d9c-abcde", container: "orders", service: "orders" },
    });
    // The line's own JSON is read as the line reader reads it: its level, not the stream's.
    expect(records[1]).toMatchObject({ level: "INFO", subject: { pod: "orders-7d9c-fghij" } });
  });

  it("reads the same answer pretty-printed, each record cited at the line that holds it", async () => {
    const lines = JSON.stringify(LOKI, null, 2).split("\n");
    const records = await read(lines);
    expect(records).toHaveLength(3);
    // Each record's own [time, line] pair is what it cites.
    for (const r of records)
      expect(lines.slice(r.line - 1, r.line + 1).join("\n")).toContain(ns(r.time ?? ""));
  });

  it("reads CloudWatch, Elasticsearch and gcloud exports written on one line each", async () => {
    const cloudwatch = {
      events: [0, 1, 2].map((i) => ({
        logStreamName: "orders/orders/abc",
        timestamp: Date.parse(`2026-12-07T03:00:0${i}Z`),
        message: `ERROR Error: connect ECONNREFUSED 10.0.4.17:5432 (attempt ${i})`,
        ingestionTime: Date.parse("2026-12-07T03:00:05Z"),
        eventId: `3${i}`,
      })),
      searchedLogStreams: [],
    };
    const search = {
      took: 3,
      timed_out: false,
      hits: {
        total: { value: 1, relation: "eq" },
        hits: [
          {
            _index: "logs",
            _id: "a1",
            _source: {
              "@timestamp": "2026-12-07T03:00:03.000Z",
              log: "panic: runtime error: invalid memory address or nil pointer dereference",
              kubernetes: { pod_name: "api-6f7c9-abcde", namespace_name: "shop" },
            },
          },
        ],
      },
    };
    const gcloud = [
      {
        insertId: "e1",
        textPayload: "charging card for order 42 took 31002 ms",
        resource: {
          type: "k8s_container",
          labels: { namespace_name: "shop", pod_name: "pay-1", container_name: "pay" },
        },
        timestamp: "2026-12-07T03:00:04.000Z",
        severity: "ERROR",
      },
    ];
    const records = await read([cloudwatch, search, gcloud].map((d) => JSON.stringify(d)));
    expect(records.map((r) => [r.line, r.time])).toEqual([
      [1, "2026-12-07T03:00:00.000Z"],
      [1, "2026-12-07T03:00:01.000Z"],
      [1, "2026-12-07T03:00:02.000Z"],
      [2, "2026-12-07T03:00:03.000Z"],
      [3, "2026-12-07T03:00:04.000Z"],
    ]);
    expect(records[3]!.subject).toMatchObject({ pod: "api-6f7c9-abcde", namespace: "shop" });
    expect(records[4]).toMatchObject({ level: "ERROR", text: "charging card for order 42 took 31002 ms" });
  });

  it("still reads JSON log lines one record a line, and a plain line after an export as a line", async () => {
    const ndjson = [0, 1, 2].map(
      (i) => `{"time":"2026-12-07T03:00:0${i}Z","level":"error","msg":"upstream timed out","events":[1,2]}`,
    );
    const plain = await read(ndjson);
    expect(plain).toHaveLength(3);
    expect(plain.map((r) => r.line)).toEqual([1, 2, 3]);
    const mixed = await read([JSON.stringify(LOKI), "2026-12-07T03:05:00Z ERROR exporter: giving up"]);
    expect(mixed).toHaveLength(4);
    expect(mixed[3]).toMatchObject({ line: 2, level: "ERROR" });
  });
});
