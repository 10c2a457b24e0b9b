import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): a pod names a ConfigMap, Secret or key that another file
 * defines under another name; the run cites both, proposes the rename of the reference only, and verifies it.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "k8s-objects-e2e-"));
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

const mailer = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mailer
  namespace: notify
spec:
  template:
    spec:
      containers:
        - name: mailer
          image: acme/mailer:3
          volumeMounts:
            - { name: templates, mountPath: /srv/templates }
      volumes:
        - name: templates
          configMap:
            name: mailer-templates
`;

describe("Kubernetes object references through the CLI", () => {
  it("volume ConfigMap renamed by the Kustomize generator: the reference names the generated one", async () => {
    const root = workspace({
      "logs/events.log": repeat(
        'notify   {i}s   Warning   FailedMount   pod/mailer-7d9-abcde   MountVolume.SetUp failed for volume "templates" : configmap "mailer-templates" not found',
        8,
      ),
      "repo/base/mailer.yml": mailer,
      "repo/base/kustomization.yml":
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: notify\nresources: [mailer.yml]\nconfigMapGenerator:\n  - name: mail-layouts\n    files: [welcome.html]\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+            name: mail-layouts");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "base/kustomization.yml", line: 6 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("Secret key renamed in the ExternalSecret: the env reference reads the new key", async () => {
    const root = workspace({
      "logs/events.log": repeat(
        "ledger   {i}s   Warning   Failed   pod/ledger-close-2891-x{i}   Error: couldn't find key PASSWORD in Secret ledger/ledger-pg",
        6,
      ),
      "repo/jobs/close.yaml":
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ledger-close\n  namespace: ledger\nspec:\n  template:\n    spec:\n      containers:\n        - name: close\n          image: acme/ledger:9\n          env:\n            - name: PGPASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: ledger-pg\n                  key: PASSWORD\n",
      "repo/secrets/pg.yaml":
        "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: pg\n  namespace: ledger\nspec:\n  target:\n    name: ledger-pg\n  data:\n    - secretKey: PG_PASSWORD\n      remoteRef: { key: ledger/pg, property: password }\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+                  key: PG_PASSWORD");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "secrets/pg.yaml", line: 10 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("pull secret named in Helm values: the registry credential the SealedSecret writes", async () => {
    const root = workspace({
      "logs/node.log": repeat(
        [
          'Dec 02 08:00:{i} n1 kubelet[700]: I1202 08:00:{i}.000001     700 kubelet_pods.go:906] "Unable to retrieve pull secret, the image pull may not succeed." pod="edge/edge-5f-q{i}" secret="" err="secret \\"quay-robot\\" not found"',
          'Dec 02 08:00:{i} n1 kubelet[700]: E1202 08:00:{i}.000002     700 log.go:32] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"quay.io/acme/edge:4.0.1\\": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://quay.io/v2/auth: 401 Unauthorized" image="quay.io/acme/edge:4.0.1"',
        ].join("\n"),
        6,
      ),
      "repo/chart/values-prod.yaml":
        "replicaCount: 2\nimagePullSecrets:\n  - name: quay-robot\nimage:\n  repository: quay.io/acme/edge\n  tag: 4.0.1\n",
      "repo/secrets/quay.yaml":
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: quay-robot-token\n  namespace: edge\nspec:\n  encryptedData:\n    .dockerconfigjson: AgB0\n  template:\n    type: kubernetes.io/dockerconfigjson\n",
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "log", file: "logs/node.log" }),
    );
    expect(run.proposal?.patch).toContain("+  - name: quay-robot-token");
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("Multi-Attach of a ReadWriteOnce claim: the Deployment's rolling strategy becomes Recreate", async () => {
    const root = workspace({
      "logs/events.log": repeat(
        'wiki   {i}s   Warning   FailedAttachVolume   pod/wiki-5c8d7f6b9d-x2x4q   Multi-Attach error for volume "pvc-91ab" Volume is already used by pod(s) wiki-66f7c9b8d4-p7k2m',
        6,
      ),
      "repo/apps/wiki/deploy.yml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: wiki\nspec:\n  replicas: 1\n  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 25%\n  template:\n    spec:\n      containers:\n        - name: wiki\n          image: requarks/wiki:2\n      volumes:\n        - name: data\n          persistentVolumeClaim:\n            claimName: wiki-data\n",
      "repo/apps/wiki/storage.yml":
        "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: wiki-data\nspec:\n  accessModes: [ReadWriteOnce]\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+    type: Recreate");
    expect(run.proposal?.patch).toContain("-    rollingUpdate:");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "apps/wiki/storage.yml", line: 6 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("GPU taint untolerated by a pod that asks for GPUs: the toleration is added", async () => {
    const root = workspace({
      "logs/events.log": repeat(
        "ml   {i}s   Warning   FailedScheduling   pod/ranker-6c5d4f7b8-zz9q{i}   0/5 nodes are available: 2 node(s) had untolerated taint {amd.com/gpu: mi300}, 3 Insufficient amd.com/gpu. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.",
        6,
      ),
      "repo/workloads/ranker.yml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ranker\nspec:\n  template:\n    spec:\n      containers:\n        - name: ranker\n          image: acme/ranker:5\n          resources:\n            limits:\n              amd.com/gpu: 1\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+        - key: amd.com/gpu");
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("must not guess between two unreferenced ConfigMaps", async () => {
    const root = workspace({
      "logs/events.log": repeat(
        'notify   {i}s   Warning   FailedMount   pod/mailer-7d9-abcde   MountVolume.SetUp failed for volume "templates" : configmap "mailer-templates" not found',
        8,
      ),
      "repo/base/mailer.yml": mailer,
      "repo/base/cms.yml":
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: layouts\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: partials\n",
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "base/mailer.yml", line: 17 }),
    );
    expect(run.proposal).toBeUndefined();
  });
});
