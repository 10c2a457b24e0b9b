import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILT_CLI, hasBuiltCli, REPO_ROOT, runBuiltCli } from "../cli/built-cli.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-watch-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SYSLOG = "examples/incidents/checkout-oomkilled/logs/node-syslog.log";

/** Every "path:LINE  text" evidence row of a text report, with its text cut before any redaction. */
function citations(report: string, path: string): { line: number; text: string }[] {
  const rows = report.split("\n").filter((l) => l.trimStart().startsWith(`${path}:`));
  return rows.map((row) => {
    const rest = row.trimStart().slice(path.length + 1);
    const line = Number.parseInt(rest, 10);
    const text = rest.replace(/^\d+\s+/, "").split(/\[REDACTED|…|\s{2}\(/)[0] ?? "";
    return { line, text: text.trim() };
  });
}

describe.skipIf(!hasBuiltCli)("watch, through the built CLI", () => {
  it("cites the watched file's own lines, by the path as typed", async () => {
    const result = await runBuiltCli(["watch", "--once", SYSLOG], { timeoutMs: 120_000 });
    expect(result.code).toBe(0);
    const cited = citations(result.stdout, SYSLOG);
    expect(cited.length).toBeGreaterThan(0);
    const lines = readFileSync(join(REPO_ROOT, SYSLOG), "utf8").split("\n");
    for (const { line, text } of cited) expect(lines[line - 1]?.startsWith(text.slice(0, 60))).toBe(true);
    // The OOM kills are cited where they are (line 2962 and on), not at the excerpt's "line 14".
    expect(result.stdout).toMatch(/out of memory/);
    expect(cited.some((c) => /oom-killer|out of memory/.test(c.text))).toBe(true);
  }, 150_000);

  it("exits 2 with one line for a file that is not there", async () => {
    const result = await runBuiltCli(["watch", join(dir, "missing.log")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/cannot read log .*missing\.log: ENOENT/),
    ]);
  });

  it("times bursts by the records' timestamps, not by when they were read", async () => {
    const spread = join(dir, "spread.log");
    const hourly = Array.from(
      { length: 30 },
      (_, i) =>
        `2026-11-24T${String(i % 24).padStart(2, "0")}:${String(i).padStart(2, "0")}:00Z ERROR payment gateway declined batch ${i}`,
    );
    writeFileSync(spread, `${hourly.join("\n")}\n`);
    const slow = await runBuiltCli(["watch", "--once", "--no-new-templates", "--burst", "20", spread]);
    expect(slow.stderr).toMatch(/30 lines read, 0 trigger\(s\)/);
    const storm = join(dir, "storm.log");
    const minute = Array.from(
      { length: 30 },
      (_, i) => `2026-11-24T03:10:${String(i).padStart(2, "0")}Z ERROR payment gateway declined batch ${i}`,
    );
    writeFileSync(storm, `${minute.join("\n")}\n`);
    const fast = await runBuiltCli([
      "watch",
      "--once",
      "--no-new-templates",
      "--burst",
      "20",
      "--provider",
      "offline",
      storm,
    ]);
    expect(fast.stderr).toMatch(/watch: burst in .*storm\.log/);
  }, 60_000);

  it("follows a file until SIGTERM, triggering on what is appended", async () => {
    const file = join(dir, "live.log");
    writeFileSync(file, "2026-11-24T03:00:00Z INFO started\n");
    const child = spawn(process.execPath, [BUILT_CLI, "watch", file], {
      cwd: dir,
      env: { PATH: process.env.PATH },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
    const waitFor = async (re: RegExp) => {
      for (let i = 0; i < 300 && !re.test(stderr); i++) await new Promise((r) => setTimeout(r, 100));
      expect(stderr).toMatch(re);
    };
    await waitFor(/following 1 file/);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(child.exitCode).toBeNull(); // still following
    appendFileSync(file, "2026-11-24T03:10:00Z ERROR ledger checksum mismatch on shard 7\n");
    await waitFor(/watch: new-template in .*live\.log/);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    // It starts at the end, like tail -F: the one appended line is what it read.
    expect(stderr).toMatch(/1 lines read, 1 trigger/);
  }, 60_000);
});
