import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): pre-fork application servers report what happened to a
 * worker in their master's log. A request that outlives the timeout is a latency incident whose cause is the
 * request (gunicorn's abort traceback names the line it was running), not the SystemExit that traceback ends
 * in; a worker killed by SIGKILL is memory, and the container's limit is what a small fix can change.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "app-server-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  finalState: string;
  diagnosis?: {
    category: string;
    rootCause: string;
    evidence: { kind: string; file: string; line?: number; excerpt?: string }[];
  };
  proposal?: { patch: string };
}

async function diagnose(root: string, log: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", log, "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

const stamp = (m: number, s: number) =>
  `[2026-12-07 02:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")} +0000]`;

const VIEWS = [
  "from django.db import connection",
  ...Array.from({ length: 40 }, (_, i) => `# helper ${i}`),
  "def annual(request):",
  "    cursor = connection.cursor()",
  "    rows = list(cursor.fetchall())",
  "    return render(request, 'annual.html', {'rows': rows})",
].join("\n");
const ROW_LINE = VIEWS.split("\n").findIndex((l) => l.includes("fetchall")) + 1;

const REPO = {
  "repo/app/reports/views.py": `${VIEWS}\n`,
  "repo/gunicorn.conf.py": "bind = '0.0.0.0:8000'\nworkers = 8\ntimeout = 30\n",
  "repo/k8s/deployment.yaml": [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: reports",
    "spec:",
    "  template:",
    "    spec:",
    "      containers:",
    "        - name: web",
    "          image: ghcr.io/acme/reports:1.4.2",
    "          resources:",
    "            limits:",
    '              memory: "512Mi"',
    "",
  ].join("\n"),
};

function timeoutLog(): string {
  const lines = [
    `${stamp(11, 3)} [1] [INFO] Starting gunicorn 21.2.0`,
    `${stamp(11, 3)} [7] [INFO] Booting worker with pid: 7`,
  ];
  for (const [i, pid] of [7, 8, 19].entries()) {
    lines.push(
      `${stamp(15 + i, 41)} [1] [CRITICAL] WORKER TIMEOUT (pid:${pid})`,
      `${stamp(15 + i, 41)} [${pid}] [ERROR] Error handling request /api/reports/annual`,
      "Traceback (most recent call last):",
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/sync.py", line 178, in handle_request',
      "    respiter = self.wsgi(environ, resp.start_response)",
      `  File "/app/app/reports/views.py", line ${ROW_LINE}, in annual`,
      "    rows = list(cursor.fetchall())",
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/base.py", line 203, in handle_abort',
      "    sys.exit(1)",
      "SystemExit: 1",
      `${stamp(15 + i, 42)} [1] [ERROR] Worker (pid:${pid}) exited with code 1`,
      `${stamp(15 + i, 42)} [${30 + i}] [INFO] Booting worker with pid: ${30 + i}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function killedLog(): string {
  const lines = [`${stamp(1, 0)} [1] [INFO] Starting gunicorn 21.2.0`];
  for (const [i, pid] of [9, 31, 44].entries()) {
    lines.push(
      `${stamp(5 + i, 12)} [1] [ERROR] Worker (pid:${pid}) was sent SIGKILL! Perhaps out of memory?`,
      `${stamp(5 + i, 12)} [${50 + i}] [INFO] Booting worker with pid: ${50 + i}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

describe("pre-fork application server workers", () => {
  it("a worker timeout is latency, located at the line the request was running", async () => {
    const root = workspace({ ...REPO, "logs/gunicorn.log": timeoutLog() });
    const run = await diagnose(root, "logs");
    expect(run.diagnosis?.category).toBe("latency");
    expect(run.diagnosis?.rootCause).toMatch(/held a worker longer than the application server allows/);
    const cited = run.diagnosis?.evidence.find((e) => e.kind === "repo");
    expect(cited).toMatchObject({ file: "app/reports/views.py", line: ROW_LINE });
    // The SystemExit the abort handler raises is not an unhandled exception of the application.
    expect(run.diagnosis?.rootCause).not.toMatch(/exception it does not handle/);
    expect(run.proposal).toBeUndefined();
  });

  it("a worker killed by SIGKILL is memory: the container's limit is raised", async () => {
    const root = workspace({ ...REPO, "logs/gunicorn.log": killedLog() });
    const run = await diagnose(root, "logs");
    expect(run.diagnosis?.category).toBe("out_of_memory");
    expect(run.finalState).toBe("PROPOSED");
    expect(run.proposal?.patch).toMatch(/-\s+memory: "512Mi"\n\+\s+memory: "1024Mi"/);
  });

  it("workers stopped with SIGTERM during a deploy are nothing wrong", async () => {
    const log = [9, 31, 44]
      .map((pid, i) => `${stamp(5, i)} [1] [INFO] Worker (pid:${pid}) was sent SIGTERM!`)
      .concat(`${stamp(5, 9)} [1] [INFO] Shutting down: Master`)
      .join("\n");
    const root = workspace({ ...REPO, "logs/gunicorn.log": `${log}\n` });
    const run = await diagnose(root, "logs");
    expect(run.diagnosis?.category).toBe("none");
  });
});
