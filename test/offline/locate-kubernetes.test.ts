import { describe, expect, it } from "vitest";
import { expectCited, findingFrom, locate } from "./locate-helpers.js";

/** A Deployment with an app container and a sidecar, each with its own resources, probes and env. */
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ledger
  labels:
    app.kubernetes.io/name: ledger
spec:
  replicas: 2
  strategy:
    type: RollingUpdate
  template:
    spec:
      # nodeSelector:
      #   disktype: ssd
      nodeSelector:
        node.kubernetes.io/instance-type: m7i.4xlarge
      imagePullSecrets:
        - name: ghcr-ledger
      securityContext:
        runAsUser: 10001
      containers:
        - name: ledger
          image: ghcr.io/acme/ledger:3.9.1
          resources:
            requests:
              cpu: "6"
              memory: 2Gi
            limits:
              cpu: "8"
              memory: 4Gi
              ephemeral-storage: 1Gi
          livenessProbe:
            httpGet:
              path: /healthz
              port: 9091
            initialDelaySeconds: 10
          readinessProbe:
            httpGet:
              path: /ready
              port: 9090
          volumeMounts:
            - name: rules
              mountPath: /etc/ledger
        - name: log-shipper
          image: ghcr.io/acme/shipper:1.2.0
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
            limits:
              cpu: 200m
              memory: 128Mi
          livenessProbe:
            httpGet:
              path: /metrics
              port: 2020
      volumes:
        - name: rules
          configMap:
            name: ledger-rules-v2
        - name: scratch
          emptyDir: {}
`;
const repo = { "k8s/deployment.yaml": DEPLOYMENT };

describe("Kubernetes locators cite the one line the evidence points at", () => {
  it("Insufficient cpu: the request, not the limit nor the other container's", () => {
    const f = findingFrom("sched-insufficient-resources", [
      "Warning  FailedScheduling  default-scheduler  0/4 nodes are available: 4 Insufficient cpu. preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod.",
    ]);
    const cause = locate(f, repo);
    expectCited(cause, "k8s/deployment.yaml", /^\s+cpu: "6"$/);
    expect(cause?.line).toBe(26);
    expect(cause?.change).toBeUndefined();
  });

  it("Insufficient memory: the request of the container the event names", () => {
    const f = findingFrom("sched-insufficient-resources", [
      "0/3 nodes are available: 3 Insufficient memory. pod=ledger-6d9f container=log-shipper",
    ]);
    const cause = locate(f, repo);
    expect(cause?.line).toBe(49);
    expect(cause?.text.trim()).toBe("memory: 64Mi");
  });

  it("node selector mismatch: the live nodeSelector label, not the commented-out one nor a metadata label", () => {
    const f = findingFrom("sched-selector-affinity", [
      "0/5 nodes are available: 5 node(s) didn't match Pod's node affinity/selector.",
    ]);
    const cause = locate(f, repo);
    expect(cause?.line).toBe(16);
    expect(cause?.text).toContain("instance-type: m7i.4xlarge");
  });

  it("image pull unauthorized: the imagePullSecrets name", () => {
    const f = findingFrom("image-pull-unauthorized", [
      'Failed to pull image "ghcr.io/acme/ledger:3.9.1": rpc error: code = Unknown desc = failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    ]);
    const cause = locate(f, repo);
    expect(cause?.line).toBe(18);
    expect(cause?.text).toContain("ghcr-ledger");
  });

  it("pull back-off on a refused pull: the pull secret, not the image line the pull names", () => {
    const f = findingFrom("image-pull-backoff", [
      'Failed to pull image "ghcr.io/acme/ledger:3.9.1": rpc error: code = Unknown desc = failed to pull and unpack image "ghcr.io/acme/ledger:3.9.1": failed to resolve reference "ghcr.io/acme/ledger:3.9.1": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
      'Back-off pulling image "ghcr.io/acme/ledger:3.9.1"',
    ]);
    expect(locate(f, repo)?.text.trim()).toBe("- name: ghcr-ledger");
  });

  it("tag not found: the image line the pull names, not the sidecar's", () => {
    const f = findingFrom("image-not-found", [
      'Failed to pull image "ghcr.io/acme/shipper:1.2.0": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/acme/shipper:1.2.0": failed to resolve reference "ghcr.io/acme/shipper:1.2.0": ghcr.io/acme/shipper:1.2.0: not found',
    ]);
    const cause = locate(f, repo);
    expect(cause?.line).toBe(45);
  });

  it("configMap not found: the volume's configMap name", () => {
    const f = findingFrom("volume-mount-failed", [
      'MountVolume.SetUp failed for volume "rules" : configmap "ledger-rules-v2" not found',
    ]);
    const cause = locate(f, repo);
    expect(cause?.line).toBe(60);
    expect(cause?.text).toContain("ledger-rules-v2");
  });

  it("secret key missing: the secretKeyRef key, not the ConfigMap volume's name", () => {
    const withKey = DEPLOYMENT.replace(
      "          volumeMounts:",
      "          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: ledger-db\n                  key: password\n          volumeMounts:",
    );
    const f = findingFrom("container-config-error", [
      "Warning  Failed  kubelet  Error: couldn't find key password in Secret payments/ledger-db",
    ]);
    expect(locate(f, { "k8s/deployment.yaml": withKey })?.text.trim()).toBe("key: password");
  });

  it("ephemeral-storage eviction: the limit", () => {
    const f = findingFrom("evicted-ephemeral-storage", [
      "The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 8Gi. Container ledger was using 2Gi, request is 0, has larger consumption of ephemeral-storage.",
      "Pod ephemeral local storage usage exceeds the total limit of containers 1Gi.",
    ]);
    expect(locate(f, repo)?.line).toBe(31);
  });

  it("CPU throttling: the CPU limit of the container the alert names", () => {
    const f = findingFrom("cpu-throttling", [
      "CPUThrottlingHigh: 78% throttling of CPU in namespace payments for container ledger in pod ledger-6d9f.",
    ]);
    const cause = locate(f, repo);
    expect(cause?.line).toBe(29);
    expect(cause?.change).toBeUndefined();
  });

  it("liveness probe refused: the probe's port, not the readiness probe's nor the sidecar's", () => {
    const f = findingFrom("probe-liveness-failed", [
      'Liveness probe failed: Get "http://10.4.2.17:9091/healthz": dial tcp 10.4.2.17:9091: connect: connection refused',
    ]);
    const cause = locate(f, repo);
    expect(cause?.line).toBe(35);
    expect(cause?.text.trim()).toBe("port: 9091");
  });

  it("liveness probe timing out while the app starts: the initial delay, not the port the log names", () => {
    const f = findingFrom("probe-liveness-failed", [
      'Liveness probe failed: Get "http://10.4.2.17:9091/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    ]);
    expect(locate(f, repo)?.text.trim()).toBe("initialDelaySeconds: 10");
  });

  it("liveness probe 404: the probe's path", () => {
    const f = findingFrom("probe-liveness-failed", [
      "Liveness probe failed: HTTP probe failed with statuscode: 404",
    ]);
    const cause = locate(f, repo);
    expect(cause?.line).toBe(34);
    expect(cause?.text.trim()).toBe("path: /healthz");
  });

  it("permission denied on a volume: the user the pod runs as", () => {
    const f = findingFrom("permission-denied", [
      "Error: EACCES: permission denied, open '/var/lib/ledger/journal.db'",
    ]);
    expect(locate(f, repo)?.text.trim()).toBe("runAsUser: 10001");
  });
});

describe("Kubernetes locators on storage, jobs and taints", () => {
  it("storage class not found: the claim's storageClassName the event names", () => {
    const sts = `apiVersion: apps/v1
kind: StatefulSet
spec:
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        # storageClassName: gp2
        storageClassName: standard
        accessModes: ["ReadWriteOnce"]
    - metadata:
        name: wal
      spec:
        storageClassName: gp3-encrypted
`;
    const f = findingFrom("pvc-provisioning-failed", [
      'Warning  ProvisioningFailed  persistentvolume-controller  storageclass.storage.k8s.io "gp3-encrypted" not found',
    ]);
    const cause = locate(f, { "k8s/statefulset.yaml": sts });
    expect(cause?.line).toBe(14);
  });

  it("multi-attach: the Deployment's rolling update, not a StatefulSet's updateStrategy", () => {
    const files = {
      "k8s/db.yaml": "kind: StatefulSet\nspec:\n  updateStrategy:\n    type: RollingUpdate\n",
      "k8s/app.yaml":
        "kind: Deployment\nspec:\n  strategy:\n    type: RollingUpdate\n  template:\n    spec:\n      volumes:\n        - name: uploads\n          persistentVolumeClaim:\n            claimName: uploads\n",
    };
    const f = findingFrom("volume-mount-failed", [
      'Multi-Attach error for volume "pvc-8c1f7d0e" Volume is already used by pod(s) app-7d8c9-abcde',
    ]);
    const cause = locate(f, files);
    expect(cause?.file).toBe("k8s/app.yaml");
    expect(cause?.line).toBe(4);
  });

  it("job deadline: activeDeadlineSeconds; backoff: the command before the limit", () => {
    const job =
      'kind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      backoffLimit: 3\n      activeDeadlineSeconds: 900\n      template:\n        spec:\n          containers:\n            - name: migrate\n              command: ["python", "/app/scripts/migrate.py"]\n';
    const deadline = findingFrom("job-deadline-exceeded", [
      "Warning  DeadlineExceeded  job-controller  Job was active longer than specified deadline",
    ]);
    expectCited(locate(deadline, { "k8s/job.yaml": job }), "k8s/job.yaml", /activeDeadlineSeconds: 900/);
    const backoff = findingFrom("job-backoff-limit", [
      "Warning  BackoffLimitExceeded  job-controller  Job has reached the specified backoff limit",
    ]);
    expectCited(locate(backoff, { "k8s/job.yaml": job }), "k8s/job.yaml", /command:/);
  });

  it("GPU taint not tolerated: the GPU limit when the pod has no tolerations", () => {
    const pod =
      "kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: infer\n          resources:\n            limits:\n              nvidia.com/gpu: 1\n";
    const f = findingFrom("sched-taints", [
      "0/6 nodes are available: 2 node(s) had untolerated taint {nvidia.com/gpu: present}, 4 Insufficient nvidia.com/gpu.",
    ]);
    expect(locate(f, { "k8s/inference.yaml": pod })?.line).toBe(9);
  });
});
