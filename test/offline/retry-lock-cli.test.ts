import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * Code fixes end to end through the CLI (offline provider): the logs name the failure, the repository holds
 * the code it comes from, and the proposal is a small change in that file's own language whose relation the
 * Validator checks on the patched file. Near misses (a loop that already backs off) get a citation, no patch.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "code-fix-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface Check {
  name: string;
  outcome: string;
  detail: string;
}
interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
  agentOutputs?: {
    agent: string;
    output?: { patch?: string; risk?: string; checks?: Check[]; noFix?: string };
  }[];
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

const repoCites = (run: RunJson): string[] =>
  (run.diagnosis?.evidence ?? []).filter((e) => e.kind === "repo").map((e) => `${e.file}:${e.line}`);
const output = (run: RunJson, agent: string) => run.agentOutputs?.find((a) => a.agent === agent)?.output;

function rateLimitedLog(): string {
  const rows: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const t = `2026-10-02T08:${String(10 + Math.floor(i / 4)).padStart(2, "0")}:${String((i * 13) % 60).padStart(2, "0")}.000Z`;
    rows.push(`{"level":30,"time":"${t}","msg":"batch accepted","size":${50 + i}}`);
    rows.push(
      `{"level":40,"time":"${t}","msg":"POST https://ingest.partner.example/v2/events -> 429 Too Many Requests","attempt":${i % 6}}`,
    );
  }
  rows.push(
    '{"level":50,"time":"2026-10-02T08:21:00.000Z","msg":"events dropped: partner ingest refused the batch"}',
  );
  return `${rows.join("\n")}\n`;
}

const PUSH_TS = [
  'import { INGEST, MAX_ATTEMPTS } from "../config.js";',
  'import type { Event } from "./event.js";',
  "",
  "export async function pushEvents(batch: Event[]): Promise<void> {",
  "  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {",
  '    const res = await fetch(INGEST + "/v2/events", { method: "POST", body: JSON.stringify(batch) });',
  "    if (res.ok) return;",
  '    console.warn("POST " + INGEST + "/v2/events ->", res.status);',
  "  }",
  '  throw new Error("partner ingest refused the batch");',
  "}",
  "",
].join("\n");

const POLL_TS = [
  'import { setTimeout as sleep } from "node:timers/promises";',
  "",
  "export async function pollStatus(url: string): Promise<Response> {",
  "  for (let attempt = 0; attempt < 8; attempt++) {",
  "    const res = await fetch(url);",
  "    if (res.status !== 503) return res;",
  "    await sleep(250 * 2 ** attempt);",
  "  }",
  '  throw new Error("status never settled");',
  "}",
  "",
].join("\n");

describe("code fixes through the CLI", () => {
  it("429 storm: backoff with jitter honouring Retry-After in the retry loop, not in the loop that already waits", async () => {
    const root = workspace({
      "logs/ingest-worker.log": rateLimitedLog(),
      "repo/src/partner/push-events.ts": PUSH_TS,
      "repo/src/partner/poll-status.ts": POLL_TS,
      "repo/src/config.ts":
        'export const INGEST = "https://ingest.partner.example";\nexport const MAX_ATTEMPTS = 6;\n',
    });
    const run = await diagnose(root);
    expect(repoCites(run)).toContain("src/partner/push-events.ts:5");
    const surgeon = output(run, "surgeon");
    expect(surgeon?.risk).toBe("medium");
    expect(surgeon?.patch).toMatch(/^\+\+\+ b\/src\/partner\/push-events\.ts$/m);
    expect(surgeon?.patch).not.toMatch(/poll-status/);
    expect(surgeon?.patch).toMatch(
      /^\+\s+await new Promise\(\(resolve\) => setTimeout\(resolve, retryDelayMs\(attempt, res\.headers\.get\("retry-after"\)\)\)\);$/m,
    );
    // The retry and its bound stay: the patch removes no line.
    expect(surgeon?.patch?.split("\n").filter((l) => /^-(?!--)/.test(l))).toEqual([]);
    const checks = output(run, "validator")?.checks ?? [];
    expect(checks.find((c) => /satisfies the relation/.test(c.name))?.outcome).toBe("pass");
  });

  it("429 storm where the only retry loop already backs off: the loop is cited, nothing is proposed", async () => {
    const root = workspace({
      "logs/ingest-worker.log": rateLimitedLog(),
      "repo/src/partner/poll-status.ts": POLL_TS,
    });
    const run = await diagnose(root);
    expect(repoCites(run)).toContain("src/partner/poll-status.ts:4");
    expect(output(run, "surgeon")?.patch).toBeUndefined();
  });

  it("Go concurrent map writes on a package map: a mutex beside it, taken where the file touches the map", async () => {
    const trace = [
      "fatal error: concurrent map writes",
      "",
      "goroutine 4411 [running]:",
      "example.org/shop/pkg/metrics.Count({0xc0001a2000, 0x9})",
      "\t/build/pkg/metrics/hits.go:11 +0x7c",
      "example.org/shop/cmd/api.handler({0xb1e2a0, 0xc0002c4000}, 0xc0001f2100)",
      "\t/build/cmd/api/main.go:40 +0x4a",
      "net/http.HandlerFunc.ServeHTTP(0xc000112018, {0xb1e2a0, 0xc0002c4000}, 0xc0001f2100)",
      "\t/usr/local/go/src/net/http/server.go:2220 +0x29",
    ].join("\n");
    const noise = Array.from(
      { length: 30 },
      (_, i) =>
        `time=2026-10-02T09:00:${String(i).padStart(2, "0")}Z level=INFO msg="request" path=/cart status=200`,
    );
    const root = workspace({
      "logs/api.log": `${noise.join("\n")}\n${trace}\n`,
      "repo/go.mod": "module example.org/shop\n\ngo 1.22\n",
      "repo/pkg/metrics/hits.go": [
        "package metrics",
        "",
        'import "strings"',
        "",
        "// hits counts requests per path for /debug/hits.",
        "var hits = map[string]int{}",
        "",
        "// Count is called from every request.",
        "func Count(path string) {",
        "\tkey := strings.ToLower(path)",
        "\thits[key]++",
        "}",
        "",
        "func Top() int {",
        "\treturn len(hits)",
        "}",
        "",
      ].join("\n"),
      "repo/cmd/api/main.go": "package main\n\nfunc main() {}\n",
    });
    const run = await diagnose(root);
    expect(repoCites(run)).toContain("pkg/metrics/hits.go:11");
    const patch = output(run, "surgeon")?.patch ?? "";
    expect(patch).toMatch(/^\+var hitsMu sync\.Mutex \/\/ guards hits$/m);
    expect(patch.match(/^\+\thitsMu\.Lock\(\)$/gm)?.length).toBe(2);
    expect(patch).not.toMatch(/recover\(\)/);
    const checks = output(run, "validator")?.checks ?? [];
    expect(checks.find((c) => /satisfies the relation/.test(c.name))?.outcome).toBe("pass");
  });
});
