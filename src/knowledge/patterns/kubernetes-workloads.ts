import type { FailurePattern } from "../failure-pattern.js";
import { SUBJECT_IN_CONFIG } from "./locators.js";
import {
  CONFIG_REFERENCE,
  CPU_LIMIT,
  EPHEMERAL_STORAGE,
  IMAGE_ARCH,
  JOB_BACKOFF,
  JOB_DEADLINE,
  MEMORY_REQUEST,
} from "./locators-kubernetes.js";

/** Pods that were placed but fail to run: evictions, jobs, container config, nodes, CPU quota. */
export const WORKLOAD_PATTERNS: FailurePattern[] = [
  {
    id: "evicted-ephemeral-storage",
    title: "Pod evicted: ephemeral storage",
    category: "disk_full",
    severity: "P2",
    rank: 7,
    keywords: ["ephemeral-storage", "ephemeral local storage", "ephemeral storage"],
    matchers: [
      /low on resource: ephemeral-storage/,
      /Pod ephemeral local storage usage exceeds the total limit/,
      /exceeded its local ephemeral storage limit/,
    ],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/eviction/helpers.go (nodeLowMessageFmt "The node was low on resource: %v. ") and eviction_manager.go ("Container %s exceeded its local ephemeral storage limit %q. ", "Pod ephemeral local storage usage exceeds the total limit of containers %s.")',
    ],
    fixability: 0.2,
    cause:
      "The pod wrote more to its node-local disk (logs, emptyDir, the writable layer) than its ephemeral-storage limit or the node allows, and was evicted.",
    actions: [
      "Find what writes to local disk (log files in the container, emptyDir caches) and cap or move it.",
      "Set an ephemeral-storage request and limit that match real use.",
    ],
    confirm: ["The pod's status is Failed with reason Evicted and a message naming ephemeral-storage."],
    ruleOut: ["The eviction message names memory or the node condition is only MemoryPressure."],
    repo: EPHEMERAL_STORAGE,
  },
  {
    id: "evicted-memory-pressure",
    title: "Pod evicted: the node ran low on memory",
    category: "out_of_memory",
    severity: "P2",
    rank: 8,
    keywords: ["low on resource: memory", "memorypressure", "evicted"],
    matchers: [
      /The node was low on resource: memory/,
      /The node had condition: \[MemoryPressure\]/,
      /\bEvicted\b.*\bmemory\b/,
    ],
    exclude: [/MemoryPressure\s+False/, /has sufficient memory/],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/eviction/helpers.go (nodeLowMessageFmt, nodeConditionMessageFmt "The node had condition: %v. ")',
    ],
    fixability: 0.2,
    cause:
      "The node ran short of memory and the kubelet evicted pods, starting with those using most above their requests.",
    actions: [
      "Set memory requests close to real use so the scheduler does not overcommit the node.",
      "Find the pod whose usage grew (`kubectl top pods --sort-by=memory`) on that node.",
    ],
    confirm: ["Evicted pods whose message says `The node was low on resource: memory`."],
    ruleOut: ["The container itself was OOMKilled by its own limit (Last State: OOMKilled)."],
    repo: MEMORY_REQUEST,
  },
  {
    id: "job-deadline-exceeded",
    title: "Job exceeded its activeDeadlineSeconds",
    category: "latency",
    severity: "P3",
    rank: 20,
    keywords: ["deadlineexceeded", "active longer than specified deadline"],
    matchers: [/Job was active longer than specified deadline/, /\bDeadlineExceeded\b/],
    // gRPC's status code of the same name is a call's deadline, not a Job's.
    exclude: [/code = DeadlineExceeded|DEADLINE_EXCEEDED|context deadline exceeded/],
    fields: [{ kind: "k8s-event", fields: { reason: /^DeadlineExceeded$/ } }],
    sources: [
      'kubernetes/kubernetes pkg/controller/job/job_controller.go (condition Failed, reason DeadlineExceeded, "Job was active longer than specified deadline")',
    ],
    fixability: 0.2,
    cause:
      "The Job ran longer than its activeDeadlineSeconds, so Kubernetes terminated its pods and marked it failed.",
    actions: [
      "Compare the job's usual duration with the deadline; find what made this run slow (data volume, a dependency).",
      "Raise activeDeadlineSeconds only if the longer run is expected.",
    ],
    confirm: ["The Job's condition Failed with reason DeadlineExceeded."],
    ruleOut: ["The job failed with BackoffLimitExceeded: its pods exited with errors instead."],
    repo: JOB_DEADLINE,
  },
  {
    id: "job-backoff-limit",
    title: "Job failed: backoff limit reached",
    category: "crash",
    severity: "P3",
    rank: 55,
    keywords: ["backofflimitexceeded", "backoff limit"],
    matchers: [/Job has reached the specified backoff limit/, /\bBackoffLimitExceeded\b/],
    fields: [{ kind: "k8s-event", fields: { reason: /^BackoffLimitExceeded$/ } }],
    sources: [
      'kubernetes/kubernetes pkg/controller/job/job_controller.go (condition Failed, reason "BackoffLimitExceeded", message "Job has reached the specified backoff limit")',
    ],
    fixability: 0.1,
    consequenceOf: [
      "oom-container",
      "missing-config",
      "module-not-found",
      "unhandled-exception",
      "config-file-missing",
    ],
    cause:
      "The Job's pods failed as many times as backoffLimit allows; the reason is in the failed pods' logs and exit codes.",
    actions: ["Read the failed pods' logs (`kubectl logs job/NAME --previous`) and their exit codes."],
    confirm: [
      "The Job's condition Failed with reason BackoffLimitExceeded, failed pods with non-zero exits.",
    ],
    ruleOut: ["The pods ran out of time rather than failing (DeadlineExceeded)."],
    repo: JOB_BACKOFF,
  },
  {
    id: "container-config-error",
    title: "Container cannot be created: a referenced Secret or ConfigMap is missing",
    category: "configuration",
    severity: "P2",
    rank: 5,
    keywords: ["createcontainerconfigerror", 'error: secret "', 'error: configmap "', "couldn't find key"],
    matchers: [
      /Error: (secret|configmap) "(?<subject>[\w.-]+)" not found/,
      /couldn't find key (?<subject>[\w.-]+) in (Secret|ConfigMap)/,
      /\bCreateContainerConfigError\b/,
    ],
    sources: ['kubernetes/kubernetes pkg/kubelet/kubelet_pods.go ("couldn\'t find key %v in Secret %v/%v")'],
    fixability: 0.3,
    subjectKind: "env-var",
    cause:
      "The pod's env or envFrom references a Secret, ConfigMap or key that does not exist in its namespace, so the container is never created.",
    actions: [
      "Create the Secret/ConfigMap (or key) in the pod's namespace, or fix the name in the manifest.",
      "Deploy configuration before the workload that reads it.",
    ],
    confirm: ["The container is Waiting with CreateContainerConfigError; `kubectl get secret NAME` fails."],
    ruleOut: ["The object exists with the key: look at RBAC or a typo in the namespace."],
    repo: CONFIG_REFERENCE,
  },
  {
    id: "container-start-error",
    title: "Container cannot start: entrypoint missing or built for another platform",
    category: "configuration",
    severity: "P2",
    rank: 5,
    keywords: ["executable file not found", "exec format error", "no such file or directory: unknown"],
    matchers: [
      // Also inside JSON (docker inspect's health log, an escaped `exec: \"curl\"`).
      /exec: \\?"(?<subject>[^"\\]+)\\?": executable file not found in \$PATH/,
      /exec format error/,
      /exec: "(?<subject>[^"]+)": stat [^:]+: no such file or directory/,
    ],
    sources: [
      'golang/go src/os/exec/exec.go and lp_unix.go ("exec: " + strconv.Quote(name) + ": executable file not found in $PATH"), as runc reports it when the image lacks the entrypoint',
      'golang/go src/syscall/zerrors_linux_amd64.go (ENOEXEC "exec format error", an image built for another CPU architecture)',
    ],
    fixability: 0.2,
    subjectKind: "file-path",
    cause:
      "The runtime cannot execute the container's command: the binary is not in the image, or the image was built for another CPU architecture.",
    actions: [
      "Check the command/entrypoint against the image (`docker run --entrypoint sh IMAGE -c 'ls -l PATH'`).",
      "For exec format error, build the image for the node's architecture (buildx --platform).",
    ],
    confirm: ["The container's Last State is Terminated with reason StartError / ContainerCannotRun."],
    ruleOut: ["The process started and logged output before exiting."],
    repo: [...SUBJECT_IN_CONFIG, ...IMAGE_ARCH],
  },
  {
    id: "pod-sandbox-network",
    title: "Pod sandbox cannot be created: the CNI network plugin fails",
    category: "connectivity",
    severity: "P2",
    rank: 5,
    keywords: [
      "failedcreatepodsandbox",
      "failed to setup network for sandbox",
      "failed to set up sandbox container",
      "failed (add)",
      "networkpluginnotready",
      "network is not ready",
    ],
    matchers: [
      /plugin type="(?<subject>[\w.-]+)"(?: name="[^"]*")? failed \(add\)/,
      /failed to setup network for sandbox/,
      /NetworkPlugin cni failed to set up pod/i,
      /network is not ready: container runtime network not ready/,
      /NetworkReady=false reason:NetworkPluginNotReady/,
    ],
    fields: [
      {
        kind: "k8s-event",
        fields: { reason: /^FailedCreatePodSandBox$/, message: /network|NetworkPlugin|plugin type=|cni/i },
      },
      { kind: "k8s-event", fields: { reason: /^NetworkNotReady$/ } },
    ],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/events/event.go (FailedCreatePodSandBox = "FailedCreatePodSandBox", NetworkNotReady = "NetworkNotReady") and pkg/kubelet/kuberuntime/kuberuntime_manager.go (Eventf(… events.FailedCreatePodSandBox, "Failed to create pod sandbox: %v", err))',
      'containerd/containerd pkg/cri/server/sandbox_run.go (errors.Wrapf(err, "failed to setup network for sandbox %q", id)) and containernetworking/cni libcni/api.go (fmt.Errorf("plugin %s failed (add): %w", pluginDescription(net.Network), err) → plugin type="calico" failed (add))',
      'kubernetes/kubernetes pkg/kubelet/kubelet.go (Eventf(pod, …, events.NetworkNotReady, "network is not ready: %v", rs)) and pkg/kubelet/dockershim/network/plugins.go (fmt.Errorf("NetworkPlugin %s failed to set up pod %q network: %v", …); "networkPlugin" in later releases)',
    ],
    fixability: 0.05,
    cause:
      "The kubelet cannot give the pod a network: the CNI plugin (calico, cilium, flannel, the cloud's VPC CNI) fails or is not installed, so the sandbox is never created and the pod stays in ContainerCreating.",
    actions: [
      "Read the plugin's error in the event (no IPs left, agent unreachable, missing /run/flannel/subnet.env, unauthorized).",
      "Check the CNI pods on that node (`kubectl -n kube-system get pods -o wide | grep NODE`) and their logs.",
      "IP exhaustion: free addresses (delete stuck pods) or grow the pod CIDR / subnet.",
    ],
    confirm: [
      "FailedCreatePodSandBox events naming the CNI plugin, on pods of one node or all nodes, while the CNI's own pods are not Ready.",
    ],
    ruleOut: [
      "The sandbox error names the runtime (pause image pull, RuntimeClass, cgroups) rather than the network.",
    ],
  },
  {
    id: "node-not-ready",
    title: "Node NotReady",
    category: "crash",
    severity: "P1",
    rank: 6,
    keywords: ["nodenotready", "stopped posting node status", "notready"],
    matchers: [
      /status is now: NodeNotReady/,
      /Kubelet stopped posting node status/,
      /\bNodeNotReady\b/,
      /\bReady\s+(False|Unknown)\b.*\b(KubeletNotReady|NodeStatusUnknown)\b/,
    ],
    // A pod's Ready condition is False whenever its container is: only a node's condition means the node.
    exclude: [/^\s*Ready\s+(False|Unknown)\s*$/],
    fields: [
      { kind: "k8s-condition", fields: { type: /^Ready$/, status: /^(False|Unknown)$/ }, notAbout: ["pod"] },
    ],
    sources: [
      'kubernetes/kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go (Ready Unknown, reason NodeStatusUnknown, "Kubelet stopped posting node status.")',
      'kubernetes/kubernetes pkg/controller/util/node/controller_utils.go (RecordNodeStatusChange: "Node %s status is now: %s", e.g. NodeNotReady)',
    ],
    fixability: 0.05,
    subjectKind: "host",
    cause:
      "A node stopped reporting Ready (kubelet down, out of resources, or cut off from the API server); its pods are evicted after the grace period.",
    actions: [
      "Check the node: `kubectl describe node` conditions, then kubelet and container runtime logs on it.",
      "Drain and replace the node if it does not recover.",
    ],
    confirm: ["The node's Ready condition is False/Unknown with the time it changed."],
    ruleOut: ["The node is Ready and only pods on it fail."],
  },
  {
    id: "cpu-throttling",
    title: "CPU throttling",
    category: "resource_limits",
    severity: "P3",
    rank: 35,
    keywords: ["throttling of cpu", "cputhrottlinghigh", "nr_throttled", "throttled"],
    matchers: [
      /throttling of CPU in namespace (?<subject>\S+)/,
      /\bCPUThrottlingHigh\b/,
      /nr_throttled \d*[1-9]\d*/,
    ],
    sources: [
      'kubernetes-monitoring/kubernetes-mixin alerts/resource_alerts.libsonnet (CPUThrottlingHigh: "{{ $value | humanizePercentage }} throttling of CPU in namespace {{ $labels.namespace }} for container …")',
      "https://docs.kernel.org/scheduler/sched-bwc.html (cpu.stat nr_periods, nr_throttled, throttled_time)",
    ],
    fixability: 0.3,
    cause:
      "The container uses its whole CPU quota each period and is throttled, so requests slow down even though the node has idle CPU.",
    actions: [
      "Raise (or remove) the CPU limit, or set GOMAXPROCS / thread pools to the quota.",
      "Compare p99 latency with container_cpu_cfs_throttled_periods_total over the same window.",
    ],
    confirm: ["container_cpu_cfs_throttled_periods_total / _periods_total above 25% for the container."],
    ruleOut: ["Throttled periods are near zero while latency is high: the slowness is elsewhere."],
    repo: CPU_LIMIT,
  },
];
