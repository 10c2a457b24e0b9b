import type { Sample } from "./sample.js";

export const KUBERNETES_SAMPLES: Record<string, Sample> = {
  "sched-insufficient-resources": {
    match: [
      "Warning  FailedScheduling  12s  default-scheduler  0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.",
      "0/5 nodes are available: 2 Insufficient memory, 3 node(s) didn't match Pod's node affinity/selector.",
      "0/4 nodes are available: 4 Insufficient nvidia.com/gpu.",
    ],
    nearMiss: [
      "Normal  Scheduled  8s  default-scheduler  Successfully assigned default/api-7c9d to node-2",
      "insufficient funds for transfer 4412 (account 991)",
    ],
    subject: "cpu",
  },
  "sched-selector-affinity": {
    match: [
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
      "0/6 nodes are available: 6 node(s) didn't match pod anti-affinity rules.",
    ],
    nearMiss: [
      "nodeSelector: kubernetes.io/os=linux applied to 3 nodes",
      "Successfully assigned batch/etl-5fd to node-3 (matched node affinity)",
    ],
  },
  "sched-taints": {
    match: [
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) had untolerated taint {dedicated: gpu}.",
      "0/1 nodes are available: 1 node(s) had taint {node.kubernetes.io/disk-pressure: }, that the pod didn't tolerate.",
      "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 node(s) had untolerated taint(s).",
    ],
    nearMiss: [
      "tolerations: [{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}]",
      "node/node-2 untainted",
    ],
    subject: "node-role.kubernetes.io/control-plane: ",
  },
  "sched-too-many-pods": {
    match: [
      "0/2 nodes are available: 2 Too many pods.",
      "0/3 nodes are available: 1 Too many pods, 2 Insufficient cpu.",
    ],
    nearMiss: ["Too many requests from 10.0.0.4", "max-pods=110 configured on kubelet"],
  },
  "sched-unbound-pvc": {
    match: [
      "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
      "0/2 nodes are available: 2 node(s) had volume node affinity conflict.",
      'persistentvolumeclaim "data-postgres-0" not found',
    ],
    nearMiss: [
      "persistentvolumeclaim/data-postgres-0 bound to pvc-4f2a (10Gi, gp3)",
      "Normal  ProvisioningSucceeded  persistentvolume-controller  Successfully provisioned volume pvc-4f2a using kubernetes.io/aws-ebs",
    ],
  },
  "pvc-provisioning-failed": {
    match: [
      'Warning  ProvisioningFailed  4s (x3 over 30s)  persistentvolume-controller  storageclass.storage.k8s.io "fast-ssd" not found',
      'Warning  ProvisioningFailed  ebs.csi.aws.com_ebs-csi-controller  failed to provision volume with StorageClass "gp3": rpc error: code = Internal desc = Could not create volume',
      'Warning  ProvisioningFailed  60m  persistentvolume-controller  Failed to provision volume with StorageClass "azurefile": failed to find a matching storage account',
    ],
    nearMiss: [
      'Normal  ExternalProvisioning  waiting for a volume to be created, either by external provisioner "ebs.csi.aws.com" or manually created by system administrator',
      "storageclass.storage.k8s.io/fast-ssd created",
    ],
    subject: "fast-ssd",
  },
  "volume-mount-failed": {
    match: [
      'Warning  FailedMount  2m  kubelet  MountVolume.SetUp failed for volume "config" : configmap "app-config" not found',
      "Warning  FailedMount  kubelet  Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x7q2p]: timed out waiting for the condition",
      'Warning  FailedAttachVolume  attachdetach-controller  Multi-Attach error for volume "pvc-0a1b" Volume is already exclusively attached to one node and can\'t be attached to another',
    ],
    nearMiss: [
      'MountVolume.SetUp succeeded for volume "config"',
      "mounted /dev/nvme1n1 on /var/lib/data type ext4 (rw,relatime)",
    ],
    subject: "config",
  },
  "image-not-found": {
    match: [
      'Failed to pull image "registry.example.com/shop/api:v2.4.1": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/shop/api:v2.4.1": failed to resolve reference "registry.example.com/shop/api:v2.4.1": registry.example.com/shop/api:v2.4.1: not found',
      "Error response from daemon: manifest for ghcr.io/acme/web:1.9.0 not found: manifest unknown: manifest unknown",
      "Error response from daemon: pull access denied for acme/wbe, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    ],
    nearMiss: [
      'Successfully pulled image "ghcr.io/acme/web:1.9.0" in 2.3s',
      "GET /api/products/9 404 not found (12ms)",
    ],
    subject: "registry.example.com/shop/api:v2.4.1",
  },
  "image-pull-unauthorized": {
    match: [
      'Failed to pull image "123456789.dkr.ecr.eu-west-1.amazonaws.com/api:1.2": rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference: unexpected status from HEAD request: 401 Unauthorized',
      'Error response from daemon: Head "https://registry.example.com/v2/api/manifests/1.2": no basic auth credentials',
      "unauthorized: authentication required",
    ],
    nearMiss: [
      '10.0.0.9 - - [24/Nov/2026:02:30:01 +0000] "GET /admin HTTP/1.1" 401 12 "-" "curl/8.5.0" 401 Unauthorized',
      "Login Succeeded",
    ],
  },
  "image-pull-backoff": {
    match: [
      'Normal   BackOff  3s (x4 over 60s)  kubelet  Back-off pulling image "ghcr.io/acme/worker:2.0.0"',
      "api-7f9c6d5b8-2kq9x   0/1     ImagePullBackOff   0          4m",
      "Warning  Failed  kubelet  Error: ErrImagePull",
    ],
    nearMiss: [
      'Normal  Pulled  kubelet  Container image "ghcr.io/acme/worker:2.0.0" already present on machine',
      "imagePullPolicy: IfNotPresent",
    ],
    subject: "ghcr.io/acme/worker:2.0.0",
  },
  "probe-liveness-failed": {
    match: [
      "Warning  Unhealthy  10s (x3 over 30s)  kubelet  Liveness probe failed: HTTP probe failed with statuscode: 500",
      'Liveness probe failed: Get "http://10.244.1.7:8080/healthz": dial tcp 10.244.1.7:8080: connect: connection refused',
      "Normal  Killing  kubelet  Container api failed liveness probe, will be restarted",
      'kubelet[1190]: I1124 17:01:02.407405    1190 prober.go:107] "Probe failed" probeType="Liveness" pod="finance/ledger-api-6b7c8d9f5-p4x2w" podUID="3f9e1c2a" containerName="api" probeResult="failure" output="Get \\"http://10.42.2.31:8081/healthz\\": dial tcp 10.42.2.31:8081: connect: connection refused"',
    ],
    nearMiss: [
      "livenessProbe: httpGet: {path: /healthz, port: 8080}, periodSeconds: 10",
      '10.42.0.7 - - [24/Nov/2026:02:14:07 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"',
    ],
    belowCount: true,
    subject: "500",
  },
  "probe-readiness-failed": {
    match: [
      "Warning  Unhealthy  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503",
      'Readiness probe failed: Get "http://10.244.2.4:3000/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    ],
    nearMiss: ["readinessProbe: initialDelaySeconds: 5", "pod api-0 is ready (1/1)"],
    belowCount: true,
    subject: "503",
  },
  "evicted-ephemeral-storage": {
    match: [
      "The node was low on resource: ephemeral-storage. Threshold quantity: 4281173296, available: 3848204Ki. Container app was using 10484Mi, request is 0, has larger consumption of ephemeral-storage.",
      "Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.",
      'Container worker exceeded its local ephemeral storage limit "1Gi". ',
    ],
    nearMiss: [
      "resources: requests: ephemeral-storage: 2Gi",
      "emptyDir sizeLimit ephemeral storage set to 500Mi",
    ],
  },
  "evicted-memory-pressure": {
    match: [
      "Warning  Evicted  kubelet  The node was low on resource: memory. Threshold quantity: 100Mi, available: 91904Ki. Container api was using 1843Mi, request is 512Mi, has larger consumption of memory.",
      "Warning  Evicted  kubelet  The node had condition: [MemoryPressure].",
    ],
    nearMiss: [
      "Normal  NodeHasSufficientMemory  kubelet  Node node-1 status is now: NodeHasSufficientMemory",
      "MemoryPressure   False   Tue, 24 Nov 2026 02:10:11 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available",
    ],
  },
  "job-deadline-exceeded": {
    match: [
      "Warning  DeadlineExceeded  job-controller  Job was active longer than specified deadline",
      "Failed   True    DeadlineExceeded   Job was active longer than specified deadline",
    ],
    nearMiss: [
      "activeDeadlineSeconds: 600",
      "Normal  Completed  job-controller  Job completed",
      'err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" method=/inventory.v1.Stock/Get',
    ],
  },
  "job-backoff-limit": {
    match: [
      "Warning  BackoffLimitExceeded  job-controller  Job has reached the specified backoff limit",
      "Failed   True    BackoffLimitExceeded   Job has reached the specified backoff limit",
    ],
    nearMiss: ["backoffLimit: 6", "retrying in 30s (backoff 2 of 6)"],
  },
  "container-config-error": {
    match: [
      'Warning  Failed  kubelet  Error: secret "db-credentials" not found',
      "Warning  Failed  kubelet  Error: couldn't find key DATABASE_URL in Secret default/api-env",
      "api-5d8f7c9b4-q2w3e   0/1     CreateContainerConfigError   0          2m",
    ],
    nearMiss: ["secret/db-credentials created", 'configmap "app-config" configured'],
    subject: "db-credentials",
  },
  "container-start-error": {
    match: [
      'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/server": stat /app/server: no such file or directory: unknown',
      'OCI runtime create failed: runc create failed: unable to start container process: exec: "gunicorn": executable file not found in $PATH: unknown',
      "exec /usr/local/bin/docker-entrypoint.sh: exec format error",
      // docker inspect's health log: a healthcheck command the image does not ship, JSON-escaped.
      '      "Output": "OCI runtime exec failed: exec failed: unable to start container process: exec: \\"curl\\": executable file not found in $PATH: unknown"',
    ],
    nearMiss: ["Started container api", 'exec: running "gunicorn app:app" as pid 1'],
    subject: "/app/server",
  },
  "node-not-ready": {
    match: [
      "Normal  NodeNotReady  node-controller  Node node-3 status is now: NodeNotReady",
      "Ready   Unknown   Tue, 24 Nov 2026 02:11:40 +0000   NodeStatusUnknown   Kubelet stopped posting node status.",
    ],
    nearMiss: [
      "Ready   True   Tue, 24 Nov 2026 02:11:40 +0000   KubeletReady   kubelet is posting ready status",
      "Normal  NodeReady  kubelet  Node node-3 status is now: NodeReady",
    ],
  },
  "cpu-throttling": {
    match: [
      "62.5% throttling of CPU in namespace shop for container api in pod api-7c9d5-x2x9q.",
      "nr_periods 81233\nnr_throttled 20412\nthrottled_time 98123456789",
    ],
    nearMiss: ["nr_periods 81233\nnr_throttled 0\nthrottled_time 0", "cpu: requests 250m limits 1"],
    subject: "shop",
  },
  "pod-sandbox-network": {
    match: [
      'Warning  FailedCreatePodSandBox  3d6h  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "603ebf87036af6c05e6bf26c82403b404cc9763b5d20ab89cd08286969899348": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
      'Warning  FailedCreatePodSandBox  5m34s  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "dd800900e6eb": plugin type="weave-net" name="weave" failed (add): unable to allocate IP address',
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "a7e86340893e" network for pod "mybox": networkPlugin cni failed to set up pod "mybox_default" network: open /run/flannel/subnet.env: no such file or directory',
      "E0401 17:28:00.488025   60611 kubelet.go:2163] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized",
    ],
    nearMiss: [
      "Normal  SandboxChanged  2m45s  kubelet  Pod sandbox changed, it will be killed and re-created.",
      "NetworkReady=true reason: message:",
      "calico-node-7x2lp  1/1  Running  0  3d",
    ],
    subject: "calico",
  },
  "lifecycle-hook-failed": {
    match: [
      'Exec lifecycle hook ([/bin/sh -c /app/warmup.sh]) for Container "api" in Pod "api-7c9d_shop(4b1e)" failed - error: command \'/bin/sh -c /app/warmup.sh\' exited with 126: , message: "/bin/sh: /app/warmup.sh: Permission denied\\n"',
      'Warning  FailedPostStartHook  12s  kubelet  Exec lifecycle hook ([/bin/sh -c /app/warmup.sh]) for Container "api" in Pod "api-7c9d_shop(4b1e)" failed - error: command \'/bin/sh -c /app/warmup.sh\' exited with 126',
      'Warning  FailedPreStopHook  kubelet  HTTP lifecycle hook (/drain) for Container "web" in Pod "web-5f_default(9a)" failed - error: Get "http://10.0.3.7:8080/drain": dial tcp 10.0.3.7:8080: connect: connection refused',
    ],
    nearMiss: [
      "lifecycle:\n  preStop:\n    exec:\n      command: [/bin/sh, -c, sleep 5]",
      "postStart hook completed in 120ms",
    ],
    subject: "[/bin/sh -c /app/warmup.sh]",
  },
  "image-pull-rate-limited": {
    match: [
      'Failed to pull image "redis:7.2": failed to pull and unpack image "docker.io/library/redis:7.2": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/redis/manifests/sha256:abc: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
    ],
    nearMiss: [
      'Successfully pulled image "redis:7.2" in 1.2s (1.2s including waiting)',
      "imagePullPolicy: IfNotPresent",
    ],
  },
};
