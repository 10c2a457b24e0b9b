import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): a Kubernetes port that must equal a port defined in another
 * file (the Service's targetPort vs the Deployment's containerPort; a probe's port vs the server's config).
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "k8s-ports-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
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
  return Array.from({ length: n }, (_, i) => line.replaceAll("{i}", String(i + 10))).join("\n");
}

const deployment = (ports: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ratings
  namespace: reviews
spec:
  selector:
    matchLabels: { component: ratings }
  template:
    metadata:
      labels: { component: ratings }
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/ratings:2.4.0
${ports}
          readinessProbe:
            tcpSocket:
              port: 8500
`;

describe("Kubernetes ports through the CLI", () => {
  it("Service targetPort no pod declares: changed to the Deployment's containerPort (another file)", async () => {
    const root = workspace({
      "logs/frontend.log": repeat(
        "2026-12-01T09:00:{i}Z ERROR upstream ratings failed: connect ECONNREFUSED 10.43.8.200:80",
        12,
      ),
      "repo/manifests/ratings-deploy.yaml": deployment(
        "          ports:\n            - name: http\n              containerPort: 8500",
      ),
      "repo/manifests/ratings-svc.yaml":
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: ratings\n  namespace: reviews\nspec:\n  selector:\n    component: ratings\n  ports:\n    - port: 80\n      targetPort: 8050 # app port\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+      targetPort: 8500 # app port");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "manifests/ratings-svc.yaml", line: 11 }),
    );
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "manifests/ratings-deploy.yaml", line: 18 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
    expect(run.verification?.outcome).toBe("passed");
  });

  it("liveness probe refused on a port: changed to the port the server's config listens on", async () => {
    const root = workspace({
      "logs/kubelet.log": repeat(
        'Dec 01 09:00:{i} node-7 kubelet[902]: I1201 09:00:{i}.000000     902 prober.go:107] "Probe failed" probeType="Liveness" pod="reviews/ratings-6d9f-x2" podUID="u1" containerName="app" probeResult="failure" output="dial tcp 10.42.1.9:8500: connect: connection refused"',
        8,
      ),
      "repo/deploy/ratings.yaml": deployment("").replace(
        "readinessProbe:\n            tcpSocket:",
        "livenessProbe:\n            tcpSocket:",
      ),
      "repo/settings/app.yaml": "server:\n  bind_addr: 0.0.0.0:9400\ncache:\n  ttl: 30s\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+              port: 9400");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "settings/app.yaml", line: 2 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("must not guess a targetPort among several unnamed container ports", async () => {
    const root = workspace({
      "logs/frontend.log": repeat(
        "2026-12-01T09:00:{i}Z ERROR upstream ratings failed: connect ECONNREFUSED 10.43.8.200:80",
        12,
      ),
      "repo/manifests/ratings-deploy.yaml": deployment(
        "          ports:\n            - containerPort: 8500\n            - containerPort: 9090",
      ),
      "repo/manifests/ratings-svc.yaml":
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: ratings\n  namespace: reviews\nspec:\n  selector:\n    component: ratings\n  ports:\n    - port: 80\n      targetPort: 8050\n",
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "manifests/ratings-svc.yaml", line: 11 }),
    );
    expect(run.proposal).toBeUndefined();
  });
});
