import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { LogSummarySchema } from "../../src/core/log-summary.js";
import type { CliIo } from "../../src/entrypoints/cli/cli-io.js";
import { runCli } from "../../src/entrypoints/cli/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-logs-cli-"));
const log = join(dir, "app.log");
writeFileSync(
  log,
  [
    "2026-11-24 03:00:00,001 INFO [main] App: started",
    "2026-11-24 03:00:01,001 ERROR [db] Pool: connection refused",
    "java.net.ConnectException: refused",
    "\tat db.Pool.open(Pool.java:12)",
    "",
    "2026-11-24 03:00:02,001 INFO [main] App: started",
  ].join("\n"),
);

async function run(argv: string[], stdin = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => (out += c));
  stderr.on("data", (c) => (err += c));
  const io: CliIo = { stdout, stderr, stdin: Readable.from([stdin]), env: {}, cwd: dir, interactive: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe("claude-sentry logs", () => {
  it("summarize --format json prints one LogSummary object citing the path as typed", async () => {
    const { code, out, err } = await run([
      "logs",
      "summarize",
      "app.log",
      "--format",
      "json",
      "--budget",
      "500",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const summary = LogSummarySchema.parse(JSON.parse(out));
    expect(summary.kept[0]).toMatchObject({ level: "ERROR", firstSeen: { file: "app.log", line: 2 } });
  });

  it("summarize prints readable text, and reads stdin with -", async () => {
    const { code, out } = await run(
      ["logs", "summarize", "-"],
      "Nov 24 03:00:00 web sshd[1]: fatal: bad key\n",
    );
    expect(code).toBe(0);
    expect(out).toContain("[FATAL]");
    expect(out).toContain("-:1: Nov 24 03:00:00 web sshd[1]: fatal: bad key");
  });

  it("templates --format ids prints one id per input line, a record's lines sharing its id", async () => {
    const { code, out } = await run(["logs", "templates", "app.log", "--format", "ids"]);
    expect(code).toBe(0);
    expect(out.trim().split("\n")).toEqual(["T1", "T2", "T2", "T2", "-", "T1"]);
  });

  it("reports bad input on one line with exit code 2", async () => {
    const missing = await run(["logs", "summarize", "missing.log"]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim()).toBe("claude-sentry logs: missing.log: no such file or directory");
    expect((await run(["logs", "summarize", "app.log", "--budget", "lots"])).code).toBe(2);
    expect((await run(["logs", "templates", "app.log", "--format", "csv"])).code).toBe(2);
    expect((await run(["logs", "frobnicate"])).code).toBe(2);
  });
});
