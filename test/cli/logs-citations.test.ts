import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildCli, runBuilt } from "../helpers/built-cli-bundle.js";

/**
 * Through the CLI bundled from source, as a user runs it: evidence read from kubectl output cites the file's
 * own lines in every door (JSON, text, Markdown); CR-only files, banners before logfmt and access lines, and
 * directories with links out of them are read as the issue asks.
 */
const dir = mkdtempSync(join(tmpdir(), "sentry-logs-citations-"));
const fixtures = join(import.meta.dirname, "../fixtures/log-formats");
let cli = "";
beforeAll(async () => {
  cli = await buildCli();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Evidence {
  kind: string;
  file: string;
  line?: number;
  excerpt: string;
}

const diagnose = (log: string, format: string) =>
  runBuilt(cli, ["diagnose", "--log", log, "--format", format], { cwd: dir });

/** Each line of a log excerpt is the file's line at the cited number and the ones below it. */
function expectFileLines(path: string, evidence: Evidence): void {
  const lines = readFileSync(path, "utf8").split(/\r\n|\r|\n/);
  evidence.excerpt.split("\n").forEach((quoted, i) => {
    expect(lines[evidence.line! - 1 + i]).toContain(quoted.trim());
  });
}

/** A `kubectl get pod -o json` of the YAML fixture, pretty-printed as kubectl prints it. */
function jsonFixture(): string {
  const path = join(dir, "pod.json");
  writeFileSync(
    path,
    `${JSON.stringify(parse(readFileSync(join(fixtures, "kubectl-get-pod.yaml"), "utf8")), null, 4)}\n`,
  );
  return path;
}

describe("citations from kubectl output are the file's own lines", () => {
  it.each([
    ["describe", join(fixtures, "kubectl-describe-pod.txt"), /^\s*Reason:\s+OOMKilled$/],
    ["-o yaml", join(fixtures, "kubectl-get-pod.yaml"), /^\s*reason: OOMKilled$/],
    ["-o json", "json", /^\s*"reason": "OOMKilled",$/],
  ])(
    "%s: the JSON door's evidence quotes the cited lines verbatim",
    async (_name, given, reasonLine) => {
      const path = given === "json" ? jsonFixture() : given;
      const result = await diagnose(path, "json");
      expect(result.stderr).not.toMatch(/internal error/);
      const run = JSON.parse(result.stdout);
      expect(run.diagnosis.category).toBe("out_of_memory");
      const logs = (run.diagnosis.evidence as Evidence[]).filter((e) => e.kind === "log");
      expect(logs.length).toBeGreaterThan(0);
      for (const e of logs) expectFileLines(path, e);
      // The OOM kill is cited where the file says it: from the last state down to its reason line.
      const oom = logs[0]!;
      const lines = readFileSync(path, "utf8").split("\n");
      const quoted = lines.slice(oom.line! - 1, oom.line! - 1 + oom.excerpt.split("\n").length);
      expect(quoted.some((l) => reasonLine.test(l))).toBe(true);
      expect(lines[oom.line! - 1]).toMatch(/last ?state/i);
    },
    60_000,
  );

  it.each([
    ["text", /^\s+(\S+):(\d+)\s{2}(.*?)(?:\s{2}\(.*\))?$/],
    ["markdown", /^\| `(\S+):(\d+)` \| `(.*)` \|$/],
  ])(
    "the %s door shows the cited line first, then the line that holds the phrase",
    async (format, row) => {
      const path = join(fixtures, "kubectl-describe-pod.txt");
      const result = await diagnose(path, format);
      const lines = readFileSync(path, "utf8").split("\n");
      const rows = result.stdout
        .split("\n")
        .map((l) => row.exec(l))
        .filter((m): m is RegExpExecArray => m !== null && m[1]!.endsWith("kubectl-describe-pod.txt"));
      expect(rows.length).toBeGreaterThan(0);
      for (const m of rows) {
        const at = Number(m[2]);
        const [first, ...below] = m[3]!.split(" … ");
        expect(lines[at - 1]).toContain(first!.replace(/…$/, "").trim());
        // The phrase's line lies within the next few lines of the record.
        for (const part of below)
          expect(lines.slice(at, at + 12).some((l) => l.includes(part.replace(/^…|…$/g, "").trim()))).toBe(
            true,
          );
      }
      expect(result.stdout).toContain("kubectl-describe-pod.txt:24");
      expect(result.stdout).toMatch(/Last State:\s+Terminated … Reason:\s+OOMKilled/);
    },
    60_000,
  );
});

describe("what a user hands the CLI", () => {
  it("reads a CR-only log like its LF twin: same records, same line numbers", async () => {
    const text = readFileSync(join(fixtures, "nginx-combined.log"), "utf8");
    writeFileSync(join(dir, "lf.log"), text);
    writeFileSync(join(dir, "cr.log"), text.replaceAll("\n", "\r"));
    const summarize = (f: string) =>
      runBuilt(cli, ["logs", "summarize", f, "--format", "json"], { cwd: dir });
    const [lf, cr] = await Promise.all([summarize("lf.log"), summarize("cr.log")]);
    const lfSummary = JSON.parse(lf.stdout);
    const crSummary = JSON.parse(cr.stdout);
    expect(crSummary.totalRecords).toBe(lfSummary.totalRecords);
    expect(crSummary.totalRecords).toBeGreaterThan(5);
    const where = (s: { kept: { firstSeen: { line: number } }[] }) => s.kept.map((t) => t.firstSeen.line);
    expect(where(crSummary)).toEqual(where(lfSummary));
  }, 60_000);

  it("reads access and logfmt lines after a banner, by their columns (before: a false all-clear)", async () => {
    const log = [
      "=== support bundle node-7 ===",
      "collected by ops",
      // Twenty requests answered 200 after 2.48 s: slow only by their request-time column.
      ...Array.from(
        { length: 20 },
        (_, i) =>
          `edge-lb-${i} - - [24/Nov/2026:03:00:${String(10 + i).padStart(2, "0")} +0000] "GET /checkout HTTP/1.1" 200 157 "-" "curl/8.0" 2.480`,
      ),
      'ts=2026-11-24T03:01:00Z level=info msg="config reloaded" component=proxy',
    ].join("\n");
    writeFileSync(join(dir, "bundle.log"), `${log}\n`);
    const result = await diagnose("bundle.log", "json");
    const run = JSON.parse(result.stdout);
    expect(run.diagnosis.category).toBe("latency");
    expect(run.diagnosis.patterns).toContain("slow-requests");
    const first = (run.diagnosis.evidence as Evidence[]).find((e) => e.file === "bundle.log")!;
    expect(first.line).toBe(3);
    expectFileLines(join(dir, "bundle.log"), first);
  }, 60_000);

  it("reads a node's DiskPressure False as health, not a full disk, from describe or a pasted table", async () => {
    const node = readFileSync(join(fixtures, "kubectl-describe-node.txt"), "utf8");
    const pasted = node.split("\n").slice(8, 14).join("\n");
    writeFileSync(join(dir, "conditions.log"), `${pasted}\n`);
    for (const log of [join(fixtures, "kubectl-describe-node.txt"), "conditions.log"]) {
      const result = await diagnose(log, "json");
      expect(result.stderr).not.toMatch(/internal error/);
      expect(JSON.parse(result.stdout).diagnosis.category).not.toBe("disk_full");
    }
  }, 60_000);

  it("walks a log folder once for every door: subfolders read, dependency folders and links out of it never", async () => {
    const root = join(dir, "incident");
    const secret = join(dir, "secret");
    mkdirSync(join(root, "node-1"), { recursive: true });
    mkdirSync(join(root, "node_modules", "x"), { recursive: true });
    mkdirSync(secret, { recursive: true });
    writeFileSync(
      join(root, "node-1", "kern.log"),
      "Nov 24 03:04:05 node-1 kernel: Memory cgroup out of memory: Killed process 812 (java) total-vm:1kB, anon-rss:1kB\n",
    );
    writeFileSync(
      join(root, "node_modules", "x", "npm-debug.log"),
      "npm ERR! ENOSPC: no space left on device\n",
    );
    writeFileSync(join(secret, "disk.log"), "write failed: No space left on device\n");
    symlinkSync(secret, join(root, "elsewhere"));
    const diagnosed = JSON.parse((await diagnose("incident", "json")).stdout);
    expect(diagnosed.diagnosis.category).toBe("out_of_memory");
    expect(JSON.stringify(diagnosed)).not.toMatch(/no space left|elsewhere|node_modules/i);
    const summary = JSON.parse(
      (await runBuilt(cli, ["logs", "summarize", "incident", "--format", "json"], { cwd: dir })).stdout,
    );
    expect(summary.files.map((f: { file: string }) => f.file)).toEqual([
      join("incident", "node-1", "kern.log"),
    ]);
  }, 60_000);
});
