import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { type ParsedRecord, readLogRecords } from "../../src/ingest/logs/index.js";
import { READ_CHUNK_BYTES } from "../../src/ingest/logs/reader.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-reader-"));

async function collect(inputs: string[] | "-", options = {}): Promise<ParsedRecord[]> {
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords(inputs, { year: 2026, ...options })) out.push(r);
  return out;
}

async function one(line: string): Promise<ParsedRecord> {
  const path = join(dir, `one-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(path, `${line}\n`);
  const [record] = await collect([path]);
  return record!;
}

describe("readLogRecords", () => {
  it.each([
    ["2026-11-24T03:04:05.123Z ERROR db: connection refused", "2026-11-24T03:04:05.123Z", "ERROR"],
    ["2026-11-24 03:04:05,123 WARN  [main] o.a.k.Client: retrying", "2026-11-24T03:04:05.123Z", "WARN"],
    ["Nov 24 03:04:05 web-1 sshd[812]: error: kex_exchange_identification", "2026-11-24T03:04:05Z", "ERROR"],
    [
      "[Tue Nov 24 03:04:05 2026] [error] [client 10.0.0.1] File does not exist",
      "2026-11-24T03:04:05Z",
      "ERROR",
    ],
    [
      '10.0.0.1 - - [24/Nov/2026:03:04:05 +0000] "GET / HTTP/1.1" 502 157',
      "2026-11-24T03:04:05+00:00",
      "WARN",
    ],
    ["2026/11/24 03:04:05 [crit] 31#31: *1 connect() failed", "2026-11-24T03:04:05Z", "FATAL"],
    ["E1124 03:04:05.123456    1234 controller.go:114] sync failed", "2026-11-24T03:04:05.123Z", "ERROR"],
    [
      "2026-11-24T03:04:05+0000 web-1 systemd[1]: Failed to start nginx.service.",
      "2026-11-24T03:04:05+00:00",
      "WARN",
    ],
    [
      '{"time":"2026-11-24T03:04:05Z","level":"error","msg":"payment declined","order":7}',
      "2026-11-24T03:04:05.000Z",
      "ERROR",
    ],
    [
      '{"__REALTIME_TIMESTAMP":"1795489445000000","PRIORITY":"3","MESSAGE":"disk full"}',
      "2026-11-24T03:04:05.000Z",
      "ERROR",
    ],
  ])("recognises the time and level of %s", async (line, time, level) => {
    const record = await one(line);
    expect(record.time).toBe(time);
    expect(record.level).toBe(level);
  });

  it("dates a yearless syslog line later than now to last year", async () => {
    const path = join(dir, "newyear.log");
    writeFileSync(path, "Dec 31 23:59:00 web-1 cron[9]: rotated\nJan  5 00:01:00 web-1 cron[9]: rotated\n");
    const records: ParsedRecord[] = [];
    for await (const r of readLogRecords([path], { now: Date.UTC(2026, 0, 5, 12) })) records.push(r);
    expect(records.map((r) => r.time)).toEqual(["2025-12-31T23:59:00Z", "2026-01-05T00:01:00Z"]);
  });

  it("takes a JSON line's message field for mining", async () => {
    const record = await one('{"ts":1795489445,"severity":"WARNING","message":"queue depth 900"}');
    expect(record.message).toBe("queue depth 900");
    expect(record.level).toBe("WARN");
  });

  it("reads directories recursively, gzip by its magic bytes, and names files as given", async () => {
    const root = join(dir, "tree");
    mkdirSync(join(root, "sub"), { recursive: true });
    writeFileSync(join(root, "a.log"), "2026-11-24 03:00:00 INFO one\n2026-11-24 03:00:01 INFO two\n");
    writeFileSync(join(root, "sub", "b.log.gz"), gzipSync("2026-11-24 03:00:02 ERROR three\n"));
    const records = await collect([root], { displayNames: { [root]: "logs" } });
    expect(records.map((r) => `${r.file}:${r.line} ${r.level}`)).toEqual([
      "logs/a.log:1 INFO",
      "logs/a.log:2 INFO",
      "logs/sub/b.log.gz:1 ERROR",
    ]);
  });

  it("reads stdin, CRLF endings and a last line without newline", async () => {
    const stdin = Readable.from([Buffer.from("first line\r\nsecond "), Buffer.from("line")]);
    const records = await collect("-", { stdin });
    expect(records.map((r) => [r.file, r.line, r.text])).toEqual([
      ["-", 1, "first line"],
      ["-", 2, "second line"],
    ]);
  });

  it("decodes UTF-8 after ASCII chunks, a character split across chunks included", async () => {
    const path = join(dir, "utf8.log");
    // A line whose euro sign (3 bytes) straddles a read boundary: bytes READ_CHUNK_BYTES - 1 to + 1.
    const filler = "x".repeat(READ_CHUNK_BYTES - 10);
    writeFileSync(path, `${filler}\nprice 5 € café ☕\n`);
    const records = await collect([path]);
    expect(records.map((r) => r.text.slice(0, 20))).toEqual([filler.slice(0, 20), "price 5 € café ☕"]);
  });

  it("reads a file in chunks to the same records as the whole text in one piece", async () => {
    // Lines of every length and ending cross many chunk boundaries, a trace and a UTF-8 character among them.
    const lines: string[] = [];
    let length = 0;
    for (let i = 0; length < 5 * READ_CHUNK_BYTES; i++) {
      const start = lines.length;
      lines.push(
        `2026-11-24T03:04:${String(i % 60).padStart(2, "0")}Z INFO job ${i} took ${i % 97} ms ${"x".repeat(i % 300)}`,
      );
      if (i % 211 === 0)
        lines.push("java.io.IOException: reset", "\tat a.B.c(B.java:1)", "", "\tat a.B.d(B.java:2)");
      if (i % 307 === 0) lines.push(`price ${i} € café`);
      for (let k = start; k < lines.length; k++) length += lines[k]!.length + 2;
    }
    const text = `${lines.join("\r\n")}\r\n`;
    const path = join(dir, "chunks.log");
    writeFileSync(path, text);
    const whole = await collect("-", { stdin: Readable.from([Buffer.from(text)]) });
    const chunked = await collect([path]);
    expect(chunked.length).toBeGreaterThan(1000);
    const view = (r: ParsedRecord) => [
      r.line,
      r.endLine,
      r.text,
      r.level,
      r.time,
      r.shape?.low,
      r.shape?.high,
    ];
    expect(chunked.map(view)).toEqual(whole.map(view));
  });

  it("reports progress in bytes", async () => {
    const path = join(dir, "progress.log");
    writeFileSync(path, "x\n".repeat(1000));
    const seen: number[] = [];
    await collect([path], { onProgress: (read: number, total: number) => seen.push(read, total) });
    expect(seen.at(-2)).toBe(2000);
    expect(seen.at(-1)).toBe(2000);
  });

  it("refuses a missing file and a binary file with one clear line", async () => {
    await expect(collect([join(dir, "nope.log")])).rejects.toThrow(/nope\.log: no such file or directory/);
    const binary = join(dir, "core.bin");
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
    await expect(collect([binary])).rejects.toBeInstanceOf(UsageError);
    await expect(collect([binary])).rejects.toThrow(/looks like a binary file/);
  });
});
