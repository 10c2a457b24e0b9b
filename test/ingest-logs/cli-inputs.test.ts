import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, runBuilt } from "../helpers/built-cli-bundle.js";

/** What users hand `diagnose`: directories, stdin, the corpus of real-shaped formats, one very long line. */
const dir = mkdtempSync(join(tmpdir(), "sentry-cli-inputs-"));
const fixtures = join(import.meta.dirname, "../fixtures/log-formats");
let cliPath = "";
beforeAll(async () => {
  cliPath = await buildCli();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const diagnose = (args: string[], stdin?: string) =>
  runBuilt(cliPath, ["diagnose", ...args, "--format", "json"], { cwd: dir, ...(stdin ? { stdin } : {}) });

describe("diagnose --log on directories and stdin", () => {
  it("recurses into subfolders (skipping hidden ones, reading .gz) and counts the files read", async () => {
    const root = join(dir, "logs");
    mkdirSync(join(root, "node-1", "kubelet"), { recursive: true });
    mkdirSync(join(root, ".git"), { recursive: true });
    writeFileSync(join(root, "app.log"), "2026-11-24T03:00:00Z INFO started\n");
    writeFileSync(join(root, ".git", "HEAD"), "ref: refs/heads/main\n");
    writeFileSync(
      join(root, "node-1", "kubelet", "syslog.gz"),
      gzipSync(
        "Nov 24 03:04:05 node-1 kernel: Memory cgroup out of memory: Killed process 812 (java) total-vm:1kB, anon-rss:1kB\n",
      ),
    );
    const result = await diagnose(["--log", "logs"]);
    expect(result.stderr).not.toMatch(/internal error/);
    const run = JSON.parse(result.stdout);
    expect(run.diagnosis.category).toBe("out_of_memory");
    expect(JSON.stringify(run)).toContain("logs/node-1/kubelet/syslog.gz");
    expect(JSON.stringify(run)).not.toContain(".git/HEAD");
  }, 30_000);

  it("refuses a directory with no readable log (exit 2), not an all-clear", async () => {
    mkdirSync(join(dir, "empty", "sub"), { recursive: true });
    writeFileSync(join(dir, "empty", "sub", "zero.log"), "");
    const result = await diagnose(["--log", "empty"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^.*no readable log in empty \(1 empty, binary or unreadable file\(s\) skipped\)$/,
    );
  }, 30_000);

  it("reads --log - from stdin and cites it as -", async () => {
    const log = readFileSync(join(fixtures, "kubectl-describe-pod.txt"), "utf8");
    const result = await diagnose(["--log", "-"], log);
    expect(result.stderr).not.toMatch(/internal error/);
    const run = JSON.parse(result.stdout);
    expect(run.diagnosis.category).toBe("out_of_memory");
    expect(JSON.stringify(run.diagnosis.evidence)).toMatch(/"-:\d+|"file":"-"/);
  }, 30_000);
});

describe("the real-shaped corpus through the built CLI", () => {
  it.each([
    ["nginx-access.json.log", "upstream_errors"],
    ["nginx-combined.log", "upstream_errors"],
    ["docker-json-file.log", "out_of_memory"],
    ["cri-containerd.log", "connectivity"],
    ["journald.json", "out_of_memory"],
    ["journald.export", "disk_full"],
    ["prometheus.logfmt", "resource_limits"],
    ["java-logstash.json.log", "application_error"],
    ["python-json.log", "application_error"],
    ["go-zap.json.log", "application_error"],
    ["kubectl-describe-pod.txt", "out_of_memory"],
    ["kubectl-get-pod.yaml", "out_of_memory"],
    ["kubectl-get-events.txt", "crash"],
    ["kubectl-get-pods-wide.txt", "crash"],
    ["syslog-rfc3164.log", "disk_full"],
    ["syslog-rfc5424.log", "disk_full"],
  ])(
    "%s is diagnosed as %s",
    async (name, category) => {
      const result = await diagnose(["--log", join(fixtures, name)]);
      expect(result.stderr).not.toMatch(/internal error/);
      expect(JSON.parse(result.stdout).diagnosis.category).toBe(category);
    },
    30_000,
  );

  it.each(["cloudwatch-tail.log", "kubectl-logs-prefix.log", "kubectl-describe-node.txt"])(
    "%s reads without error",
    async (name) => {
      const result = await diagnose(["--log", join(fixtures, name)]);
      expect([0, 1]).toContain(result.code);
      expect(JSON.parse(result.stdout).finalState).toBeDefined();
    },
    30_000,
  );
});

describe("a line of any length", () => {
  it("reads a 128 MiB line without growing the process by its size", () => {
    const out = execFileSync(
      process.execPath,
      // A 64 MiB heap: a reader that kept the line whole would die of it, and one that does not still has room
      // for the chunks it decodes. Without a cap, RSS swings with when V8 collects that garbage (0.9 to 114 MiB
      // over three runs on Node 24), which says nothing about what the reader keeps.
      [
        "--expose-gc",
        "--max-old-space-size=64",
        "--import",
        "tsx",
        join(import.meta.dirname, "long-line-child.ts"),
        "128",
      ],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    const { growthMiB, records } = JSON.parse(out.trim().split("\n").at(-1)!);
    // Before the cap the carried-over line grew with the input: 128 MiB of line cost 256 MiB of RSS.
    expect(growthMiB).toBeLessThan(100);
    expect(records[0].tail).toMatch(/… \[line cut at 16000 chars\]$/);
    expect(records[1].tail).toMatch(/ERROR after the long line$/);
  }, 60_000);
});
