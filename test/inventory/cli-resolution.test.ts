import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): each repository holds the truth in a different file from the
 * one the logs point at, and the run must find it, propose exactly the justified change (or none), and verify
 * the relation on the patched files.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "inventory-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  finalState: string;
  diagnosis?: { rootCause: string; evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string; risk: string };
  verification?: { outcome: string; checks: { name: string; outcome: string; detail: string }[] };
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

function relationCheck(run: RunJson) {
  return run.verification?.checks.find(
    (c) => c.name === "the proposed value satisfies the violated relation",
  );
}

function repeat(line: string, n: number): string {
  return Array.from({ length: n }, (_, i) => line.replace("{i}", String(i))).join("\n");
}

describe("inventory resolution through the CLI", () => {
  it("host that does not resolve: the ConfigMap is changed to the Service the other file defines", async () => {
    const root = workspace({
      "logs/app.log": repeat(
        "2026-11-24 11:06:{i} ERROR getaddrinfo ENOTFOUND orders-svc while calling GET /orders/{i}",
        20,
      ),
      "repo/k8s/configmap.yaml":
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-env\ndata:\n  ORDERS_URL: http://orders-svc:8080\n",
      "repo/k8s/services.yaml":
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: orders\nspec:\n  ports:\n    - port: 8080\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+  ORDERS_URL: http://orders:8080");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "k8s/services.yaml", line: 4 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
    expect(run.verification?.outcome).toBe("passed");
  });

  it("variable renamed in the env file on purpose: the code reads the new name", async () => {
    const root = workspace({
      "logs/api.log": repeat("2026-11-24T10:00:{i}Z ERROR boot failed: KeyError: 'SMTP_HOST'", 5),
      "repo/deploy/api.env": "# renamed to the MAIL_* convention (OPS-12)\nMAIL_SMTP_HOST=smtp.internal\n",
      "repo/deploy/api.service":
        "[Service]\nEnvironmentFile=/opt/api/deploy/api.env\nExecStart=/opt/api/run\n",
      "repo/app/settings.py": 'import os\nSMTP_HOST = os.environ["SMTP_HOST"]\n',
    });
    const run = await diagnose(root);
    if (!run.diagnosis?.rootCause.includes("Repository inventory")) {
      // No pattern in this build matches the message: nothing for the inventory to resolve.
      expect(run.proposal).toBeUndefined();
      return;
    }
    expect(run.proposal?.patch).toContain('+SMTP_HOST = os.environ["MAIL_SMTP_HOST"]');
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("must not rename either side of a variable without evidence of which side moved", async () => {
    const root = workspace({
      "logs/api.log": repeat("2026-11-24T10:00:{i}Z ERROR boot failed: KeyError: 'SMTP_HOST'", 5),
      "repo/deploy/api.env": "MAIL_SMTP_HOST=smtp.internal\n",
      "repo/app/settings.py": 'import os\nSMTP_HOST = os.environ["SMTP_HOST"]\n',
    });
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
  });

  it("host port published twice: the service the log names moves to a free host port", async () => {
    const root = workspace({
      "logs/compose-up.log": [
        " ✔ Container shop-web-1    Started",
        " ✘ Container shop-admin-1  Error",
        "Error response from daemon: driver failed programming external connectivity on endpoint shop-admin-1 (0a1b): Bind for 0.0.0.0:8080 failed: port is already allocated",
      ].join("\n"),
      "repo/docker-compose.yml":
        'services:\n  web:\n    image: web:1\n    ports:\n      - "8080:8080"\n  admin:\n    image: admin:1\n    ports:\n      - "8080:3000"\n',
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain('+      - "8081:3000"');
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("readiness probe on a path the routes no longer serve: the probe asks for the readiness route", async () => {
    const root = workspace({
      "logs/events.txt": `LAST SEEN   TYPE      REASON      OBJECT            MESSAGE\n${repeat(
        "{i}m          Warning   Unhealthy   pod/quotes-x{i}   Readiness probe failed: HTTP probe failed with statuscode: 404",
        6,
      )}`,
      "repo/k8s/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: quotes\nspec:\n  template:\n    spec:\n      containers:\n        - name: quotes\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: http\n",
      "repo/app/health.py":
        'router = APIRouter(prefix="/health")\n\n@router.get("/live")\ndef live(): ...\n\n@router.get("/ready")\ndef ready(): ...\n',
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+              path: /health/ready");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "app/health.py", line: 6 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("must not raise a memory limit when the logs show steady growth", async () => {
    const stats = Array.from(
      { length: 12 },
      (_, i) =>
        `{"level":30,"time":"2026-11-24T0${Math.floor(i / 6)}:${(i % 6) * 10 + 10}:00Z","msg":"process stats","rss":${180_000_000 + i * 30_000_000}}`,
    ).join("\n");
    const root = workspace({
      "logs/app.log": stats,
      "logs/describe.txt":
        "    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137\n",
      "repo/k8s/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: pricing\nspec:\n  template:\n    spec:\n      containers:\n        - name: pricing\n          resources:\n            limits:\n              memory: 768Mi\n",
    });
    const run = await diagnose(root);
    // The limit is found and cited (the tempting fix would apply to it), but not raised.
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "k8s/deployment.yaml", line: 12 }),
    );
    expect(run.proposal).toBeUndefined();
  });

  it("must not raise a client pool when the server's connection limit is what is exhausted", async () => {
    const root = workspace({
      "logs/orders.log": repeat(
        "2026-11-24 10:00:{i} ERROR org.postgresql.util.PSQLException: FATAL: sorry, too many clients already",
        30,
      ),
      "repo/src/main/resources/application.yml":
        "spring:\n  datasource:\n    hikari:\n      maximum-pool-size: 20\n",
    });
    const run = await diagnose(root);
    // The pool is found and cited (the tempting fix would apply to that line), but not raised.
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "src/main/resources/application.yml", line: 4 }),
    );
    expect(run.proposal).toBeUndefined();
  });
});
