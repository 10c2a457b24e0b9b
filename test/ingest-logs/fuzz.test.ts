import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { readLogRecords, summarizeLogs } from "../../src/ingest/logs/index.js";
import { createPatternScanner } from "../../src/knowledge/index.js";
import { buildCli, runBuilt } from "../helpers/built-cli-bundle.js";

/**
 * Property tests of the whole reading path on generated input: lines in every recognised format and hostile
 * ones (deep nesting, truncated JSON, NUL, invalid UTF-8, CR-only endings, binary, mixed formats), driven
 * through the reader, the condenser, the pattern scanner, and `diagnose` in the built CLI. The promises:
 * no crash (a binary file is a UsageError, nothing else throws), no exit 70, bounded time.
 */
const dir = mkdtempSync(join(tmpdir(), "sentry-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const iso = fc
  .date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
  .map((d) => d.toISOString());
const word = fc.stringMatching(/^[A-Za-z0-9_.:/-]{1,12}$/);
const words = fc.array(word, { minLength: 0, maxLength: 8 }).map((w) => w.join(" "));
const level = fc.constantFrom("INFO", "WARN", "ERROR", "debug", "fatal", "30", "50", "E", "notice");
const anyText = fc.string({ unit: "binary", maxLength: 80 });
const trace = fc.constantFrom(
  "java.lang.IllegalStateException: x\n\tat a.B.c(B.java:1)\n\tat a.B.d(B.java:2)",
  'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nValueError: x',
  "goroutine 1 [running]:\nmain.main()\n\t/a/main.go:3 +0x1d",
);

const jsonLine = fc.oneof(
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 })
    .map((o) => JSON.stringify(o)),
  fc.record({ msg: words, level, time: iso, n: fc.integer() }).map((o) => JSON.stringify(o)),
  fc.record({ message: words, stack_trace: trace, "@timestamp": iso }).map((o) => JSON.stringify(o)),
  fc.record({ status: fc.integer({ min: 100, max: 599 }), request: words }).map((o) => JSON.stringify(o)),
);
const line = fc.oneof(
  anyText,
  fc.tuple(iso, level, words).map(([t, l, w]) => `${t} ${l} ${w}`),
  jsonLine,
  fc.tuple(jsonLine, fc.nat(40)).map(([j, n]) => j.slice(0, n)),
  fc
    .tuple(words, fc.boolean(), iso)
    .map(([w, end, t]) => JSON.stringify({ log: end ? `${w}\n` : w, stream: "stdout", time: t })),
  fc.tuple(iso, fc.constantFrom("P", "F"), words).map(([t, p, w]) => `${t} stdout ${p} ${w}`),
  fc.tuple(word, word, words).map(([a, b, w]) => `level=${a} msg="${w}" ${b}=1`),
  fc.tuple(fc.nat(200), words).map(([p, w]) => `<${p}>1 2026-11-24T03:04:05Z host app - - ${w}`),
  fc
    .tuple(fc.integer({ min: 100, max: 599 }), word)
    .map(([s, p]) => `10.0.0.1 - - [24/Nov/2026:03:04:05 +0000] "GET /${p} HTTP/1.1" ${s} 12`),
  fc.constantFrom(
    "LAST SEEN   TYPE      REASON    OBJECT   MESSAGE",
    "NAME   READY   STATUS   RESTARTS   AGE",
    "Name:         x",
    "Containers:",
    "  app:",
    "    State:  Waiting",
    "      Reason:  OOMKilled",
    "Conditions:",
    "  Type   Status",
    "Events:",
    "apiVersion: v1",
    "{",
    "__CURSOR=s=1",
  ),
  fc.tuple(word, words).map(([p, w]) => `[pod/${p}/c] ${w}`),
  fc.nat(3000).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
);
const separator = fc.constantFrom("\n", "\r\n", "\r");
const file = fc
  .tuple(
    fc.array(line, { minLength: 0, maxLength: 40 }),
    separator,
    fc.option(fc.uint8Array({ maxLength: 16 })),
  )
  .map(([lines, sep, bytes]) => {
    const text = Buffer.from(lines.join(sep), "utf8");
    // Invalid UTF-8 (and perhaps NUL) spliced into the middle.
    return bytes
      ? Buffer.concat([
          text.subarray(0, text.length >> 1),
          Buffer.from(bytes),
          text.subarray(text.length >> 1),
        ])
      : text;
  });

let n = 0;
function writeCase(content: Buffer | string): string {
  const path = join(dir, `case-${n++}.log`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string): Promise<void> {
  const scanner = createPatternScanner();
  try {
    for await (const r of readLogRecords([path])) scanner.onRecord(r);
    await summarizeLogs([path], { onRecord: scanner.onRecord });
    scanner.findings();
  } catch (error) {
    // The one refusal allowed: a file that is not text.
    if (!(error instanceof UsageError && /binary/.test(error.message))) throw error;
  }
}

describe("reader, condenser and scanner on generated input", () => {
  it("never throw but a UsageError for binary, and stay fast", async () => {
    await fc.assert(
      fc.asyncProperty(file, async (content) => {
        const started = Date.now();
        await readAll(writeCase(content));
        expect(Date.now() - started).toBeLessThan(5_000);
      }),
      { numRuns: 150, seed: 12 },
    );
  }, 60_000);

  it("read CR-only, CRLF and LF files of every format as the same records", async () => {
    const oneLine = line.filter((l) => !/[\r\n]/.test(l));
    const records = async (text: string) => {
      const out: { line: number; endLine: number; text: string }[] = [];
      for await (const r of readLogRecords([writeCase(text)], { year: 2026 }))
        out.push({ line: r.line, endLine: r.endLine, text: r.text });
      return out;
    };
    await fc.assert(
      fc.asyncProperty(fc.array(oneLine, { maxLength: 30 }), async (lines) => {
        const lf = await records(`${lines.join("\n")}\n`);
        expect(await records(`${lines.join("\r")}\r`)).toEqual(lf);
        expect(await records(`${lines.join("\r\n")}\r\n`)).toEqual(lf);
      }),
      { numRuns: 60, seed: 21 },
    );
  }, 60_000);

  it("read a 10 MB line and a file of mixed formats in bounded time", async () => {
    const started = Date.now();
    await readAll(writeCase(`${"y".repeat(10 << 20)}\n{"msg":"${"z".repeat(10 << 20)}"}\nshort\n`));
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});

describe("diagnose through the built CLI on generated and hostile input", () => {
  let cliPath = "";
  beforeAll(async () => {
    cliPath = await buildCli();
  }, 60_000);

  it("never exits 70 on generated files", async () => {
    const cases = fc.sample(file, { numRuns: 8, seed: 7 });
    for (const content of cases) {
      const result = await runBuilt(cliPath, ["diagnose", "--log", writeCase(content), "--format", "json"]);
      expect(result.stderr).not.toMatch(/internal error/);
      expect([0, 1, 2]).toContain(result.code);
      if (result.code === 2) expect(result.stderr.trim().split("\n")).toHaveLength(1);
      else expect(() => JSON.parse(result.stdout)).not.toThrow();
      expect(result.ms).toBeLessThan(20_000);
    }
  }, 120_000);

  it.each([
    [
      "an nginx JSON access line without a message",
      '{"remote_addr":"10.0.0.1","status":502,"request":"GET / HTTP/1.1"}\n',
    ],
    ["JSON nested 5,000 deep", `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}\n`],
    [
      "CRI lines",
      "2026-11-24T03:04:05.1Z stderr P Exception in thread \n2026-11-24T03:04:05.1Z stderr F main\n",
    ],
    ["a 10 MB line", `${"q".repeat(10 << 20)}\n`],
  ])(
    "gives a Run for %s",
    async (_name, content) => {
      const result = await runBuilt(cliPath, ["diagnose", "--log", writeCase(content), "--format", "json"]);
      expect(result.stderr).not.toMatch(/internal error/);
      expect([0, 1]).toContain(result.code);
      expect(JSON.parse(result.stdout).finalState).toBeDefined();
    },
    30_000,
  );

  it.each([
    ["a binary file", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]), /binary/],
    ["an empty file", "", /no readable log/],
  ])(
    "refuses %s with one line and exit 2",
    async (_name, content, message) => {
      const result = await runBuilt(cliPath, ["diagnose", "--log", writeCase(content)]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    },
    30_000,
  );
});
