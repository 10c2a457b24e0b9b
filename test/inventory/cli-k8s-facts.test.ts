import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): the failing event names the subject; what it must agree with
 * is in ANOTHER log file the user gave (kubectl get storageclass, kubectl describe node) or is the pod's own
 * identity. The run cites the facts it compared with, proposes one change, and verifies the relation.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "k8s-facts-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: {
    rootCause: string;
    evidence: { kind: string; file: string; line?: number; note?: string }[];
  };
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

const claim = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ledger-wal
  namespace: payments
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: fast-ssd-retain
  resources:
    requests:
      storage: 20Gi
`;

const provisioning = repeat(
  'payments   {i}s   Warning   ProvisioningFailed   persistentvolumeclaim/ledger-wal   storageclass.storage.k8s.io "fast-ssd-retain" not found',
  6,
);

const storageClasses = (rows: string) =>
  `NAME               PROVISIONER          RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE\n${rows}\n`;

const api = (selector: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: quotes-api
spec:
  replicas: 2
  template:
    spec:
      nodeSelector:
        ${selector}
      containers:
        - name: api
          image: ghcr.io/acme/quotes:3.3.0
`;

const unscheduled = repeat(
  "trading   {i}s   Warning   FailedScheduling   pod/quotes-api-6d8f7c9b5-k2{i}x   0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
  6,
);

const describeNode = (name: string, pool: string, zone: string) => `Name:               ${name}
Roles:              <none>
Labels:             beta.kubernetes.io/arch=amd64
                    cloud.google.com/gke-nodepool=${pool}
                    topology.kubernetes.io/zone=${zone}
Annotations:        node.alpha.kubernetes.io/ttl: 0
Taints:             <none>
`;

const nodes = [
  describeNode("gke-trading-a-1", "high-mem-pool", "europe-west4-a"),
  describeNode("gke-trading-a-2", "high-mem-pool", "europe-west4-b"),
  describeNode("gke-trading-d-1", "default-pool", "europe-west4-a"),
].join("\n");

const cache = (volume: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: thumbs
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 65532
      containers:
        - name: thumbs
          image: ghcr.io/acme/thumbs:1.9.2
          volumeMounts:
            - name: cache
              mountPath: /srv/cache
      volumes:
        - name: cache
${volume}`;

const goDenied = repeat(
  'time=2026-12-01T10:00:{i}Z level=ERROR msg="write thumbnail" err="open /srv/cache/thumbs/{i}.webp: permission denied"',
  8,
);

describe("Kubernetes facts from a second log file, through the CLI", () => {
  it("StorageClass not found: the one class kubectl lists near the name (another log file) is proposed", async () => {
    const root = workspace({
      "logs/events.log": provisioning,
      "logs/cluster/storageclasses.txt": storageClasses(
        "fast-ssd           pd.csi.storage.gke.io   Retain   WaitForFirstConsumer   true   300d\nstandard (default) pd.csi.storage.gke.io   Delete   Immediate              true   2y",
      ),
      "repo/manifests/wal-claim.yml": claim,
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+  storageClassName: fast-ssd");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "log", file: "logs/cluster/storageclasses.txt", line: 2 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("must not pick between two listed classes near the missing one, nor fall back to the default", async () => {
    const root = workspace({
      "logs/events.log": provisioning,
      "logs/storageclasses.txt": storageClasses(
        "fast-ssd           pd.csi.storage.gke.io   Retain   WaitForFirstConsumer   true   300d\nfast-ssd-retain-v2 pd.csi.storage.gke.io   Retain   WaitForFirstConsumer   true   30d\nstandard (default) pd.csi.storage.gke.io   Delete   Immediate              true   2y",
      ),
      "repo/manifests/wal-claim.yml": claim,
    });
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
    expect(run.diagnosis?.rootCause).toMatch(/Candidates: fast-ssd, fast-ssd-retain-v2/);
  });

  it("node selector no node matches: the pool label describe node shows (another file) is proposed", async () => {
    const root = workspace({
      "logs/events.log": unscheduled,
      "logs/describe-nodes.txt": nodes,
      "repo/deploy/quotes/api.yml": api("cloud.google.com/gke-nodepool: highmem-pool"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+        cloud.google.com/gke-nodepool: high-mem-pool");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "log", file: "logs/describe-nodes.txt" }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("must not guess a zone when several carried values are near the selected one", async () => {
    const root = workspace({
      "logs/events.log": unscheduled,
      "logs/describe-nodes.txt": nodes,
      "repo/deploy/quotes/api.yml": api("topology.kubernetes.io/zone: europe-west4-c"),
    });
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
    expect(run.diagnosis?.rootCause).toMatch(/europe-west4-a, europe-west4-b/);
  });

  it("permission denied under an emptyDir of a non-root pod: securityContext gains fsGroup, never root", async () => {
    const root = workspace({
      "logs/thumbs.log": goDenied,
      "repo/k8s/thumbs.yml": cache("          emptyDir: {}\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+        fsGroup: 65532");
    expect(run.proposal?.patch).not.toMatch(/^\+.*(runAsUser: 0|privileged|777)/m);
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("must not add fsGroup for a hostPath volume (its owner is the node's)", async () => {
    const root = workspace({
      "logs/thumbs.log": goDenied,
      "repo/k8s/thumbs.yml": cache("          hostPath:\n            path: /mnt/thumbs\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").not.toContain("fsGroup");
    expect(run.proposal?.patch ?? "").not.toMatch(/^\+.*(runAsUser: 0|privileged|777)/m);
  });
});
