import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasBuiltCli, REPO_ROOT, runBuiltCli } from "./built-cli.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-verdict-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HEALTHY = join(REPO_ROOT, "examples/incidents/healthy-web/logs");

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function diagnose(argv: string[]) {
  const result = await runBuiltCli(["diagnose", ...argv, "--format", "json"], { cwd: dir });
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  const run = JSON.parse(result.stdout) as {
    finalState: string;
    diagnosis?: { category: string; summary: string; evidence: { file: string; line: number }[] };
  };
  return { code: result.code, run, summary: run.diagnosis?.summary ?? "" };
}

/** "Nothing looks wrong" must be earned: logs read, no alert firing, no error left unexplained. */
describe.skipIf(!hasBuiltCli)("the all-clear, through the built CLI", () => {
  it("refuses an empty log as bad input instead of calling it healthy", async () => {
    // Nothing to read is the person's mistake to hear about at once (exit 2, one line), never an all-clear.
    const result = await runBuiltCli(["diagnose", "--log", write("empty.log", ""), "--format", "json"], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(
      /no readable log in .*empty\.log \(1 empty, binary or unreadable file\(s\) skipped\)/,
    );
  });

  it("escalates a --repo-only run: nothing was read", async () => {
    const { code, run, summary } = await diagnose([
      "--repo",
      join(REPO_ROOT, "examples/incidents/checkout-oomkilled/repo"),
    ]);
    expect(code).toBe(1);
    expect(run.diagnosis?.category).toBe("unknown");
    expect(summary).toMatch(/Read no logs/);
  });

  it("escalates a firing generic alert that no pattern explains, even with healthy logs", async () => {
    const alert = write("generic.json", JSON.stringify({ title: "QueueDepthHigh", severity: "critical" }));
    const { code, run, summary } = await diagnose([
      "--alert",
      alert,
      "--alert-source",
      "generic",
      "--log",
      HEALTHY,
    ]);
    expect(code).toBe(1);
    expect(run.diagnosis?.category).toBe("unknown");
    expect(summary).toMatch(/the generic alert "QueueDepthHigh" is firing/);
  });

  it("gives the all-clear for a resolved alert with healthy logs, saying what it read", async () => {
    const alert = write("resolved.json", JSON.stringify({ title: "QueueDepthHigh", status: "resolved" }));
    const { code, run, summary } = await diagnose([
      "--alert",
      alert,
      "--alert-source",
      "generic",
      "--log",
      HEALTHY,
    ]);
    expect(code).toBe(0);
    expect(run.diagnosis?.category).toBe("none");
    // Files as given, the record count and the time span the logs cover.
    expect(summary).toContain(`${HEALTHY}/access.log`);
    expect(summary).toMatch(/8,203 records, 2026-11-24T03:20:00\.000Z → 2026-11-24T03:37:32\.423Z/);
    // The 8 errors are sshd refusing internet scanners before authentication: named as such.
    expect(summary).toMatch(/8 error-level records are background \(ssh scans and password guessing/);
  });

  it("passes over internet SSH scans, unless the alert is about SSH", async () => {
    // A public host's syslog: 5% sshd pre-auth refusals at error level, spread over the hour.
    const lines = Array.from({ length: 1_200 }, (_, i) => {
      const t = `Nov 24 16:${String(Math.floor(i / 20)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`;
      if (i % 20 === 7)
        return `${t} web-4 sshd[${40_000 + i}]: error: maximum authentication attempts exceeded for root from 203.0.113.${i % 250} port ${30_000 + i} ssh2 [preauth]`;
      if (i % 20 === 13)
        return `${t} web-4 sshd[${40_000 + i}]: error: kex_exchange_identification: read: Connection reset by peer`;
      return `${t} web-4 CRON[${20_000 + i}]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)`;
    });
    write("auth-syslog.log", `${lines.join("\n")}\n`);
    const quiet = await diagnose(["--log", "auth-syslog.log"]);
    expect(quiet.code).toBe(0);
    expect(quiet.run.diagnosis?.category).toBe("none");
    expect(quiet.summary).toMatch(/error-level records are background \(ssh scans/);
    const alert = write(
      "ssh.json",
      JSON.stringify({ title: "SSH login failures on web-4", status: "resolved" }),
    );
    const about = await diagnose(["--alert", alert, "--alert-source", "generic", "--log", "auth-syslog.log"]);
    expect(about.code).toBe(1);
    expect(about.run.diagnosis?.category).toBe("unknown");
    expect(about.summary).toMatch(/error-level records? in \d+ templates? match no known pattern/);
  });

  it("escalates a few errors no pattern explains in a short log, and cites them", async () => {
    const lines = [
      "2026-11-24T02:00:00Z INFO worker started",
      "2026-11-24T02:00:01Z INFO job 1 done",
      "2026-11-24T02:00:02Z ERROR reconcile failed: ledger checksum mismatch on shard 7",
      "2026-11-24T02:00:03Z INFO job 2 done",
      "2026-11-24T02:00:04Z ERROR reconcile failed: ledger checksum mismatch on shard 9",
    ];
    write("worker.log", `${lines.join("\n")}\n`);
    const { code, run, summary } = await diagnose(["--log", "worker.log"]);
    expect(code).toBe(1);
    expect(run.diagnosis?.category).toBe("unknown");
    expect(summary).toMatch(/2 error-level records in 1 template match no known pattern/);
    expect(run.diagnosis?.evidence[0]).toMatchObject({ file: "worker.log", line: 3 });
  });

  it("escalates a one-off error no pattern explains, even among a thousand healthy lines", async () => {
    const lines = Array.from(
      { length: 1_000 },
      (_, i) => `2026-11-24T02:${String(Math.floor(i / 20)).padStart(2, "0")}:00Z INFO request ${i} served`,
    );
    lines.splice(900, 0, "2026-11-24T02:45:00Z ERROR settlement export aborted: manifest digest mismatch");
    write("quiet.log", `${lines.join("\n")}\n`);
    const { code, run } = await diagnose(["--log", "quiet.log"]);
    expect(code).toBe(1);
    expect(run.diagnosis?.category).toBe("unknown");
    expect(run.diagnosis?.evidence[0]).toMatchObject({ file: "quiet.log", line: 901 });
  });
});

describe.skipIf(!hasBuiltCli)("evidence in text output, through the built CLI", () => {
  it("shows the phrase that matched in a JSON line longer than the report's width", async () => {
    const lines = Array.from({ length: 3 }, (_, i) =>
      JSON.stringify({
        timestamp: `2026-11-24T03:10:0${i}Z`,
        level: "error",
        logger: "com.example.uploads.storage.LocalBlobStore",
        thread: `http-nio-8080-exec-${i}`,
        request_id: `a1b2c3d4-e5f6-7890-abcd-ef012345678${i}`,
        message: `failed to persist upload chunk /var/lib/uploads/tmp/chunk-${i}.part: No space left on device, write`,
      }),
    );
    expect(lines[0]?.indexOf("No space left")).toBeGreaterThan(160);
    write("uploads.jsonl", `${lines.join("\n")}\n`);
    const result = await runBuiltCli(["diagnose", "--log", "uploads.jsonl"], { cwd: dir });
    const evidence = result.stdout.split("\n").filter((l) => l.trimStart().startsWith("uploads.jsonl:"));
    expect(evidence.length).toBeGreaterThan(0);
    for (const row of evidence) expect(row).toMatch(/No space left on device/);
  });
});
