import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): Kustomize layouts where the value that breaks lives in one
 * overlay (a generator's key, a patch's probe) while the base every overlay shares holds the other side.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "k8s-overlays-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string };
  verification?: { checks: { name: string; outcome: string }[] };
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

const noise = Array.from(
  { length: 120 },
  (_, i) => `2026-12-07T13:0${i % 10}:1${i % 10}Z INFO request done path=/api/v1/entries/${i} status=200`,
).join("\n");

const base = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ledger
spec:
  selector:
    matchLabels: {app: ledger}
  template:
    metadata:
      labels: {app: ledger}
    spec:
      containers:
        - name: ledger
          image: ghcr.io/acme/ledger:3.2.0
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: ledger-db
                  key: url
`;

/** A kustomization without apiVersion/kind, as kustomize accepts it. */
const overlay = (ns: string, key: string) =>
  `namespace: ${ns}\nresources:\n  - ../../base\nsecretGenerator:\n  - name: ledger-db\n    literals:\n      - ${key}=postgres://ledger@pg.${ns}:5432/ledger\n`;

const missingKey = `Events:
  Type     Reason     Age                From      Message
  ----     ------     ----               ----      -------
  Normal   Pulled     60s (x12 over 3m)  kubelet   Container image "ghcr.io/acme/ledger:3.2.0" already present on machine
  Warning  Failed     60s (x12 over 3m)  kubelet   Error: couldn't find key url in Secret prod/ledger-db
`;

describe("Kustomize overlays through the CLI", () => {
  it("a missing key in one overlay's generator: that overlay's key is renamed, not the shared base", async () => {
    const root = workspace({
      "logs/app.log": noise,
      "logs/describe.txt": missingKey,
      "repo/k8s/base/kustomization.yaml": "resources:\n  - deployment.yaml\n",
      "repo/k8s/base/deployment.yaml": base,
      "repo/k8s/overlays/prod/kustomization.yaml": overlay("prod", "database-url"),
      "repo/k8s/overlays/staging/kustomization.yaml": overlay("staging", "url"),
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "k8s/overlays/prod/kustomization.yaml", line: 7 }),
    );
    expect(run.proposal?.patch).toContain("+      - url=postgres://ledger@pg.prod:5432/ledger");
    // Must not: the base reference the staging overlay satisfies is left alone.
    expect(run.proposal?.patch).not.toContain("deployment.yaml");
    const relation = run.verification?.checks.find((c) => /violated relation/.test(c.name));
    expect(relation?.outcome).toBe("pass");
  });

  it("must not rename the overlay's key when something else reads it under that name", async () => {
    const reader = base.replace(
      "                  key: url\n",
      "                  key: url\n            - name: DB_URL_OLD\n              valueFrom:\n                secretKeyRef:\n                  name: ledger-db\n                  key: database-url\n",
    );
    const root = workspace({
      "logs/app.log": noise,
      "logs/describe.txt": missingKey,
      "repo/k8s/base/kustomization.yaml": "resources:\n  - deployment.yaml\n",
      "repo/k8s/base/deployment.yaml": reader,
      "repo/k8s/overlays/prod/kustomization.yaml": overlay("prod", "database-url"),
      "repo/k8s/overlays/staging/kustomization.yaml": overlay("staging", "url"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").not.toContain("+      - url=");
  });

  const catalogBase = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
spec:
  template:
    spec:
      containers:
        - name: catalog
          image: registry.acme.io/catalog:1.14.0
          ports:
            - name: http
              containerPort: 8080
            - name: metrics
              containerPort: 9090
`;
  const probePatch = (dir: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: catalog\nspec:\n  template:\n    spec:\n      containers:\n        - name: catalog\n          readinessProbe:\n            httpGet:\n              path: /readyz\n              port: ${dir}\n`;
  const errored = Array.from(
    { length: 4 },
    (_, i) =>
      `${i + 1}m   Warning   Unhealthy   pod/catalog-5c8d7f9b4-7hx2m   Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing "health": invalid syntax`,
  ).join("\n");

  it("a probe's named port no container port declares, patched in an overlay: the overlay's line changes", async () => {
    const root = workspace({
      "logs/app.log": noise,
      "logs/events.txt": errored,
      "repo/deploy/base/deployment.yaml": catalogBase,
      "repo/deploy/base/configmap.yaml":
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: catalog\ndata:\n  HTTP_PORT: "8080"\n',
      "repo/deploy/overlays/prod/probes.yaml": probePatch("health"),
      "repo/deploy/base/kustomization.yaml": "resources: [deployment.yaml, configmap.yaml]\n",
      "repo/deploy/overlays/prod/kustomization.yaml":
        "resources: [../../base]\npatches:\n  - path: probes.yaml\n",
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "deploy/overlays/prod/probes.yaml", line: 13 }),
    );
    expect(run.proposal?.patch).toContain("+              port: http");
    expect(run.proposal?.patch).not.toContain("containerPort");
  });

  it("must not guess between the base's ports when nothing says where the server listens", async () => {
    const root = workspace({
      "logs/app.log": noise,
      "logs/events.txt": errored,
      "repo/deploy/base/deployment.yaml": catalogBase,
      "repo/deploy/overlays/prod/probes.yaml": probePatch("health"),
      "repo/deploy/overlays/prod/kustomization.yaml":
        "resources: [../../base]\npatches:\n  - path: probes.yaml\n",
    });
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "deploy/base/deployment.yaml", line: 13 }),
    );
  });

  it("must not raise a Helm values-prod memory limit when kubectl top shows steady growth", async () => {
    const top = [180, 208, 236, 264, 292, 320, 348, 376]
      .map(
        (mi, i) =>
          `$ kubectl top pod billing-7d9f8c6b5-x2kqp -n prod   # 13:${20 + i * 2}\nNAME                      CPU(cores)   MEMORY(bytes)\nbilling-7d9f8c6b5-x2kqp   210m         ${mi}Mi`,
      )
      .join("\n");
    const describePod = [
      "Name:             billing-7d9f8c6b5-x2kqp",
      "Namespace:        prod",
      "Node:             node-3/10.0.3.17",
      "Containers:",
      "  billing:",
      "    State:          Running",
      "    Last State:     Terminated",
      "      Reason:       OOMKilled",
      "      Exit Code:    137",
      "    Restart Count:  6",
      "    Limits:",
      "      memory:  384Mi",
      "QoS Class:                   Burstable",
    ].join("\n");
    const chart = "repo/charts/billing";
    const files = {
      "logs/app.log": noise,
      "logs/describe-pod.txt": describePod,
      [`${chart}/Chart.yaml`]: "apiVersion: v2\nname: billing\nversion: 0.4.2\n",
      [`${chart}/templates/deployment.yaml`]:
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  template:\n    spec:\n      containers:\n        - name: billing\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n",
      [`${chart}/values.yaml`]: "resources:\n  limits:\n    memory: 256Mi\n",
      [`${chart}/values-prod.yaml`]: 'resources:\n  limits:\n    cpu: "1"\n    memory: 384Mi\n',
    };
    const flat = await diagnose(
      workspace({ ...files, "logs/top.txt": top.split("\n").slice(0, 3).join("\n") }),
    );
    expect(flat.proposal?.patch).toContain("+    memory: 768Mi");
    const growing = await diagnose(workspace({ ...files, "logs/top.txt": top }));
    expect(growing.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "charts/billing/values-prod.yaml", line: 4 }),
    );
    expect(growing.proposal).toBeUndefined();
  });
});
