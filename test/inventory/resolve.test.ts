import { describe, expect, it } from "vitest";
import { resolveFromReads } from "../../src/inventory/offline.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { lookupOf } from "../../src/inventory/subjects.js";

type Files = { path: string; content: string }[];

function resolve(evidence: string, files: Files, repoFiles = files.map((f) => f.path)) {
  const lookup = lookupOf(undefined, undefined, evidence);
  if (!lookup) throw new Error(`no lookup for ${evidence}`);
  return resolveFromReads(lookup, files, repoFiles, evidence);
}

function patched(files: Files, change: { file: string; line: number; after: string }): Files {
  return files.map((f) => {
    if (f.path !== change.file) return f;
    const lines = f.content.split("\n");
    lines[change.line - 1] = change.after;
    return { ...f, content: lines.join("\n") };
  });
}

const services = `apiVersion: v1
kind: Service
metadata:
  name: ledger
  namespace: pay
spec:
  ports:
    - port: 9090
---
apiVersion: v1
kind: Service
metadata:
  name: risk
  namespace: pay
spec:
  ports:
    - port: 9090
`;

describe("host names a service", () => {
  const values = {
    path: "chart/values.yaml",
    content:
      "env:\n  LEDGER_ADDR: ledger.pay.svc.cluster.local:9090\n  RISK_ADDR: risk-engine.pay.svc.cluster.local:9090\n",
  };
  const files = [values, { path: "chart/templates/services.yaml", content: services }];

  it("rewrites the one setting to the one near Service, keeping namespace suffix and port", () => {
    const r = resolve(
      "dial tcp: lookup risk-engine.pay.svc.cluster.local on 10.96.0.10:53: no such host",
      files,
    );
    expect(r?.cause).toMatchObject({ file: "chart/values.yaml", line: 3 });
    expect(r?.change?.after).toBe("  RISK_ADDR: risk.pay.svc.cluster.local:9090");
    expect(r?.truth).toEqual([{ file: "chart/templates/services.yaml", line: 13 }]);
    expect(r && relationHolds(r, patched(files, r.change!)).ok).toBe(true);
  });

  it("cites every near service and proposes none when two are near", () => {
    const two = services.replace("name: ledger", "name: engine");
    const r = resolve("getaddrinfo ENOTFOUND risk-engine.pay.svc.cluster.local", [
      values,
      { path: "k8s/s.yaml", content: two },
    ]);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates.sort()).toEqual(["engine", "risk"]);
  });

  it("says nothing when the name is a service that exists (the cause is elsewhere)", () => {
    expect(resolve("getaddrinfo ENOTFOUND ledger.pay.svc.cluster.local", files)).toBeUndefined();
  });
});

describe("loopback inside compose", () => {
  const compose =
    "services:\n  api:\n    env_file: .env\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n";
  const files = [
    { path: "docker-compose.yml", content: compose },
    { path: ".env", content: "DATABASE_HOST=localhost\nREDIS_URL=redis://localhost:6379/0\n" },
  ];

  it("points the setting for that port at the compose service listening on it", () => {
    const r = resolve("Error: connect ECONNREFUSED 127.0.0.1:5432", files);
    expect(r?.change).toMatchObject({ file: ".env", line: 1, after: "DATABASE_HOST=db" });
    expect(r && relationHolds(r, patched(files, r.change!)).ok).toBe(true);
    const redis = resolve("dial tcp 127.0.0.1:6379: connect: connection refused", files);
    expect(redis?.change?.after).toBe("REDIS_URL=redis://cache:6379/0");
  });
});

describe("missing environment variable", () => {
  const code = { path: "app/config.py", content: 'import os\nDATABASE_URL = os.environ["DATABASE_URL"]\n' };

  it("follows the deploy file when its comment says the rename was on purpose", () => {
    const env = {
      path: "deploy/prod.env",
      content: "# renamed to the PG_* convention\nPG_DATABASE_URL=postgres://x\n",
    };
    const r = resolve("KeyError: 'DATABASE_URL'", [env, code]);
    expect(r?.change).toMatchObject({
      file: "app/config.py",
      line: 2,
      after: 'DATABASE_URL = os.environ["PG_DATABASE_URL"]',
    });
    expect(r && relationHolds(r, patched([env, code], r.change!)).ok).toBe(true);
  });

  it("must not rename either side without evidence of which side moved", () => {
    const env = { path: "deploy/prod.env", content: "PG_DATABASE_URL=postgres://x\n" };
    const r = resolve("KeyError: 'DATABASE_URL'", [env, code]);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["PG_DATABASE_URL"]);
    expect(r?.cause).toMatchObject({ file: "deploy/prod.env", line: 1 });
    expect(r?.reason).toMatch(/which side was renamed is not in the evidence/);
  });
});

describe("host port published twice", () => {
  const compose =
    'services:\n  web:\n    ports:\n      - "8080:8080"\n  api:\n    ports:\n      - "8081:8080"\n  admin:\n    ports:\n      - "8080:3000"\n';
  const files = [{ path: "docker-compose.yml", content: compose }];

  it("moves the service the log names to the next free host port", () => {
    const log =
      " ✔ Container p-web-1 Started\nError response from daemon: driver failed programming external connectivity on endpoint p-admin-1 (ab): Bind for 0.0.0.0:8080 failed: port is already allocated";
    const r = resolve(log, files);
    expect(r?.change).toMatchObject({ line: 10, after: '      - "8082:3000"' });
    expect(r && relationHolds(r, patched(files, r.change!)).ok).toBe(true);
  });

  it("cites both and proposes none when the log does not say which failed", () => {
    const r = resolve("Bind for 0.0.0.0:8080 failed: port is already allocated", files);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["web", "admin"]);
  });
});

describe("EnvironmentFile= names a missing file", () => {
  const unit = {
    path: "deploy/app.service",
    content: "[Service]\nEnvironmentFile=/etc/app/app.env\nExecStart=/usr/bin/app\n",
  };
  const playbook = {
    path: "deploy/deploy.yml",
    content: "- hosts: app\n  tasks:\n    - template:\n        src: env.j2\n        dest: /etc/app/api.env\n",
  };

  it("names the env file the playbook writes", () => {
    const r = resolve("app.service: Failed to load environment files: No such file or directory", [
      unit,
      playbook,
    ]);
    expect(r?.change).toMatchObject({
      file: "deploy/app.service",
      line: 2,
      after: "EnvironmentFile=/etc/app/api.env",
    });
    expect(r && relationHolds(r, patched([unit, playbook], r.change!)).ok).toBe(true);
  });
});

describe("probe path the routes no longer serve", () => {
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: quotes
spec:
  template:
    spec:
      containers:
        - name: quotes
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
`;
  const health =
    'router = APIRouter(prefix="/health")\n\n@router.get("/live")\ndef live(): ...\n\n@router.get("/ready")\ndef ready(): ...\n';
  const files = [
    { path: "k8s/deployment.yaml", content: deployment },
    { path: "app/health.py", content: health },
  ];

  it("points the readiness probe at the readiness route the code declares", () => {
    const r = resolve("Readiness probe failed: HTTP probe failed with statuscode: 404", files);
    expect(r?.cause).toMatchObject({ file: "k8s/deployment.yaml", line: 12 });
    expect(r?.change?.after).toBe("              path: /health/ready");
    expect(r?.truth).toEqual([{ file: "app/health.py", line: 6 }]);
    expect(r && relationHolds(r, patched(files, r.change!)).ok).toBe(true);
  });

  it("cites the health routes and proposes none when none is for readiness and several exist", () => {
    const two = 'app.get("/healthz/v2", h)\napp.get("/status", s)\n';
    const r = resolve("Readiness probe failed: HTTP probe failed with statuscode: 404", [
      files[0]!,
      { path: "src/server.js", content: two },
    ]);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["/healthz/v2", "/status"]);
  });
});
