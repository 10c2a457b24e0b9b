import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type ParsedRecord, readLogRecords } from "../../src/ingest/logs/index.js";
import { READ_CHUNK_BYTES } from "../../src/ingest/logs/reader.js";

/** Line endings of every kind, and formats known per line (a banner first, formats mixed in one file). */
const dir = mkdtempSync(join(tmpdir(), "sentry-line-shapes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, "../fixtures/log-formats");

let n = 0;
async function read(content: string | Buffer): Promise<ParsedRecord[]> {
  const path = join(dir, `f-${n++}.log`);
  writeFileSync(path, content);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

const shape = (records: ParsedRecord[]) =>
  records.map((r) => ({ line: r.line, endLine: r.endLine, text: r.text, kind: r.kind }));

describe("line endings", () => {
  const log = [
    "2026-11-24T03:00:00Z INFO service started",
    "2026-11-24T03:00:01Z ERROR java.lang.IllegalStateException: pool closed",
    "\tat com.example.Pool.get(Pool.java:41)",
    "",
    'level=error msg="dial tcp 10.0.0.7:5432: connect: connection refused" component=db',
    '10.0.0.5 - - [24/Nov/2026:03:00:02 +0000] "GET /checkout HTTP/1.1" 502 157 "-" "curl/8.0"',
  ];

  it("splits CR-only (old Mac, serial consoles) like LF and CRLF: same records, same line numbers", async () => {
    const lf = await read(`${log.join("\n")}\n`);
    expect(lf).toHaveLength(4);
    expect(shape(await read(`${log.join("\r")}\r`))).toEqual(shape(lf));
    expect(shape(await read(`${log.join("\r\n")}\r\n`))).toEqual(shape(lf));
    // The fixtures too, every format, rewritten with CR-only endings.
    for (const name of ["nginx-combined.log", "kubectl-describe-pod.txt", "prometheus.logfmt"]) {
      const text = readFileSync(join(fixtures, name), "utf8");
      expect(shape(await read(text.replaceAll("\n", "\r")))).toEqual(shape(await read(text)));
    }
  });

  it("keeps a stray CR inside an LF file on its line, so line numbers match grep -n", async () => {
    const records = await read("download started\nprogress 10%\r50%\r100%\nERROR disk full\n");
    expect(records.map((r) => [r.line, r.text])).toEqual([
      [1, "download started"],
      [2, "progress 10%\r50%\r100%"],
      [3, "ERROR disk full"],
    ]);
  });

  it("finds the break where a read chunk ends between CR and LF, or on a lone CR", async () => {
    const head = "a".repeat(READ_CHUNK_BYTES - 1);
    for (const sep of ["\r\n", "\r"]) {
      const records = await read(`${head}${sep}second line${sep}third line${sep}`);
      expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
      expect(records[1]!.text).toBe("second line");
    }
  });

  it("gives the same records for any ending (property)", async () => {
    const line = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9 =:"._-]{0,30}$/),
      fc.constantFrom("\tat a.B.c(B.java:1)", "2026-11-24T03:00:00Z WARN x", 'k=v msg="a b"', ""),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
        const lf = shape(await read(`${lines.join("\n")}\n`));
        expect(shape(await read(`${lines.join("\r")}\r`))).toEqual(lf);
        expect(shape(await read(`${lines.join("\r\n")}\r\n`))).toEqual(lf);
      }),
      { numRuns: 40, seed: 3 },
    );
  });
});

describe("logfmt and access lines known per line", () => {
  it("reads them after a banner of plain text, and mixed in one file", async () => {
    const records = await read(
      [
        "=== node-7 support bundle, collected 2026-11-24 ===",
        "Starting log capture",
        'ts=2026-11-24T03:00:01Z level=error msg="dial tcp 10.0.0.7:5432: connect: connection refused"',
        '10.0.0.5 - - [24/Nov/2026:03:00:02 +0000] "GET /checkout HTTP/1.1" 502 157 "-" "curl/8.0"',
        "plain text again",
        'level=warn msg="slow query" duration=2.1s',
        '10.0.0.6 - - [24/Nov/2026:03:00:03 +0000] "POST /pay HTTP/1.1" 200 12 "-" "curl/8.0"',
      ].join("\n"),
    );
    const byLine = new Map(records.map((r) => [r.line, r]));
    expect(byLine.get(3)!.message).toBe("dial tcp 10.0.0.7:5432: connect: connection refused");
    expect(byLine.get(3)!.level).toBe("ERROR");
    expect(byLine.get(4)).toMatchObject({ kind: "access", fields: { status: 502, path: "/checkout" } });
    // A line without its own timestamp below a stamped one continues it, as in any timestamped log.
    expect(byLine.get(4)!.endLine).toBe(5);
    expect(byLine.get(6)!.fields).toMatchObject({ level: "warn", msg: "slow query" });
    expect(byLine.get(7)).toMatchObject({ kind: "access", fields: { status: 200, method: "POST" } });
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 6, 7]);
  });

  it("leaves plain text that only resembles them alone", async () => {
    for (const line of [
      "2026-11-24 03:04:05,123 INFO [http-nio-8080-exec-1] c.e.Foo - GET /x took 12 ms",
      "user=bob logged in from 10.0.0.1",
      "a b c [not a date] nothing",
      'a b c [24/Nov/2026:03:00:02 +0000] "no request here',
    ]) {
      const [record] = await read(`${line}\n`);
      expect(record!.kind).toBeUndefined();
      expect(record!.fields).toBeUndefined();
    }
  });
});

describe("levels of lines whose header names none", () => {
  it("a message that starts with an exception's class name is an error; a test named after one is not", async () => {
    const records = await read(
      [
        'django.db.utils.ProgrammingError: relation "orders_order" does not exist',
        "KeyError: 'DATABASE_URL'",
        'java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null',
        "rendered ErrorBoundary fallback for 0 requests",
        '✓ src/restarts.test.ts > surfaces "java.lang.OutOfMemoryError: Java heap space" from child stderr 4ms',
        "request served in 12ms",
      ].join("\n"),
    );
    expect(records.map((r) => r.level)).toEqual(["ERROR", "ERROR", "ERROR", "UNKNOWN", "UNKNOWN", "UNKNOWN"]);
  });
});
