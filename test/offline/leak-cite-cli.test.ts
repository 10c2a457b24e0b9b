import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * A leak named by the logs, end to end through the CLI: an OOM kill, memory rising steadily and a size figure
 * rising with it. The collection that figure names is cited; the memory limit is never raised.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "leak-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
  agentOutputs?: { agent: string; output?: { patch?: string } }[];
}

const DESCRIBE = [
  "Name:         gateway-5c9f7d6b8-lq2vz",
  "Namespace:    edge",
  "Containers:",
  "  gateway:",
  "    State:          Running",
  "    Last State:     Terminated",
  "      Reason:       OOMKilled",
  "      Exit Code:    137",
  "    Restart Count:  5",
  "    Limits:",
  "      memory:  1Gi",
].join("\n");

function statsLog(sessionsMoving: boolean): string {
  return `${Array.from({ length: 12 }, (_, i) => {
    const t = `2026-10-03T${String(i).padStart(2, "0")}:00:00Z`;
    const sessions = sessionsMoving ? 400 + i * 5200 : 400 + (i % 3) * 10;
    return `ts=${t} level=info msg="runtime stats" resident=${(220 + i * 60) * 1_000_000} open_sessions=${sessions} goroutines=${40 + (i % 4)}`;
  }).join("\n")}\n`;
}

const REPO = {
  "repo/deploy/gateway.yaml": [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: gateway",
    "spec:",
    "  template:",
    "    spec:",
    "      containers:",
    "        - name: gateway",
    "          image: ghcr.io/acme/gateway:3.2.0",
    "          resources:",
    "            limits:",
    "              memory: 1Gi",
    "",
  ].join("\n"),
  "repo/gateway/auth/sessions.py": [
    '"""Sessions by token, kept for the life of the process."""',
    "",
    "_SESSIONS = {}",
    "",
    "",
    "def remember(token, user):",
    "    _SESSIONS[token] = user",
    "",
  ].join("\n"),
  "repo/gateway/routes.py": "_ROUTES = {}\n",
};

describe("a leak the logs name through the CLI", () => {
  it("cites the collection the growing size figure names, and raises no limit", async () => {
    const root = workspace({ "logs/describe.txt": DESCRIBE, "logs/gateway.log": statsLog(true), ...REPO });
    const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
    const run = JSON.parse(res.stdout) as RunJson;
    const cites = (run.diagnosis?.evidence ?? [])
      .filter((e) => e.kind === "repo")
      .map((e) => `${e.file}:${e.line}`);
    expect(cites).toContain("gateway/auth/sessions.py:3");
    expect(run.agentOutputs?.find((a) => a.agent === "surgeon")?.output?.patch).toBeUndefined();
  });

  it("near miss: memory grows but no size figure does, so no collection is named", async () => {
    const root = workspace({ "logs/describe.txt": DESCRIBE, "logs/gateway.log": statsLog(false), ...REPO });
    const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
    const run = JSON.parse(res.stdout) as RunJson;
    const cites = (run.diagnosis?.evidence ?? []).filter((e) => e.kind === "repo").map((e) => e.file);
    expect(cites.some((f) => f.endsWith(".py"))).toBe(false);
    expect(run.agentOutputs?.find((a) => a.agent === "surgeon")?.output?.patch).toBeUndefined();
  });
});
