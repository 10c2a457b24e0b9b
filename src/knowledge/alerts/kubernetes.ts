import type { AlertRule } from "./alert-rule.js";

const MIXIN = "kubernetes-mixin";
const POD = ["namespace", "pod", "container"];

/** kube-prometheus / kubernetes-mixin alerts (apps, resources, storage, kubelet), plus common aliases. */
export const KUBERNETES_ALERTS: AlertRule[] = [
  {
    name: "KubePodCrashLooping",
    aliases: ["KubernetesPodCrashLooping"],
    ruleSet: MIXIN,
    patternId: "crash-loop",
    meaning:
      "A container is waiting in CrashLoopBackOff: it keeps exiting and the kubelet backs off restarting it.",
    subjectLabels: POD,
    lookAt:
      "the last state of container {container} of pod {namespace}/{pod} (`kubectl describe pod`: Last State, Reason, Exit Code) and `kubectl logs --previous`",
  },
  {
    name: "KubernetesContainerOomKiller",
    aliases: ["KubeContainerOOMKilled", "ContainerOOMKilled"],
    ruleSet: "awesome-prometheus-alerts",
    patternId: "oom-container",
    meaning: "A container restarted after being OOMKilled (its last terminated reason is OOMKilled).",
    subjectLabels: POD,
    lookAt:
      "container {container} of pod {namespace}/{pod}: Last State OOMKilled with exit code 137, its memory limit, and container_memory_working_set_bytes before the kill (a climb or a spike)",
  },
  {
    name: "KubePodNotReady",
    aliases: ["KubernetesPodNotHealthy"],
    ruleSet: MIXIN,
    patternId: "probe-readiness-failed",
    meaning: "A pod has been in a non-ready state for more than 15 minutes.",
    subjectLabels: ["namespace", "pod"],
    lookAt:
      "the Unhealthy events and conditions of pod {namespace}/{pod} (`kubectl describe pod`): which probe fails and why",
  },
  {
    name: "KubeJobFailed",
    aliases: ["KubernetesJobFailed"],
    ruleSet: MIXIN,
    patternId: "job-backoff-limit",
    meaning: "A Job failed to complete: its pods failed as often as backoffLimit allows.",
    subjectLabels: ["namespace", "job_name"],
    lookAt:
      "the Job {namespace}/{job_name}'s condition reason and the exit codes and logs of its failed pods",
  },
  {
    name: "KubeJobNotCompleted",
    aliases: ["KubeJobCompletion"],
    ruleSet: MIXIN,
    patternId: "job-deadline-exceeded",
    meaning: "A Job has been running longer than expected without completing.",
    subjectLabels: ["namespace", "job_name"],
    lookAt:
      "how long Job {namespace}/{job_name} usually runs against now, and whether its pods are Pending or slow",
  },
  {
    name: "KubeCPUOvercommit",
    aliases: ["KubernetesOutOfCapacity"],
    ruleSet: MIXIN,
    patternId: "sched-insufficient-resources",
    meaning: "The cluster's CPU requests exceed what it can lose a node and still schedule.",
    subjectLabels: ["cluster"],
    lookAt:
      "Pending pods with FailedScheduling `Insufficient cpu` events, and requests against allocatable per node",
  },
  {
    name: "KubeMemoryOvercommit",
    ruleSet: MIXIN,
    patternId: "sched-insufficient-resources",
    meaning: "The cluster's memory requests exceed what it can lose a node and still schedule.",
    subjectLabels: ["cluster"],
    lookAt:
      "Pending pods with FailedScheduling `Insufficient memory` events, and requests against allocatable per node",
  },
  {
    name: "CPUThrottlingHigh",
    ruleSet: MIXIN,
    patternId: "cpu-throttling",
    meaning: "A container spends a high share of CPU periods throttled by its CPU limit.",
    subjectLabels: POD,
    lookAt:
      "container_cpu_cfs_throttled_periods_total of container {container} in pod {namespace}/{pod} against its CPU limit, and its latency over the same window",
  },
  {
    name: "KubePersistentVolumeFillingUp",
    aliases: ["KubernetesVolumeOutOfDiskSpace"],
    ruleSet: MIXIN,
    patternId: "disk-full",
    meaning: "A PersistentVolume is almost full, or will fill within four days at the current rate.",
    subjectLabels: ["namespace", "persistentvolumeclaim"],
    lookAt:
      "kubelet_volume_stats_available_bytes of claim {namespace}/{persistentvolumeclaim} and what writes to it",
  },
  {
    name: "KubePersistentVolumeInodesFillingUp",
    ruleSet: MIXIN,
    patternId: "inodes-exhausted",
    meaning: "A PersistentVolume is running out of inodes.",
    subjectLabels: ["namespace", "persistentvolumeclaim"],
    lookAt:
      "kubelet_volume_stats_inodes_free of claim {namespace}/{persistentvolumeclaim} and the directory with most files",
  },
  {
    name: "KubePersistentVolumeErrors",
    aliases: ["KubernetesPersistentvolumeError", "KubernetesPersistentvolumeclaimPending"],
    ruleSet: MIXIN,
    patternId: "pvc-provisioning-failed",
    meaning: "A PersistentVolume is in phase Failed or Pending.",
    subjectLabels: ["persistentvolume"],
    lookAt:
      "the events of volume {persistentvolume} and its claim (`kubectl describe pv,pvc`): the provisioner's error",
  },
  {
    name: "KubeNodeNotReady",
    aliases: ["KubernetesNodeNotReady", "KubernetesNodeReady"],
    ruleSet: MIXIN,
    patternId: "node-not-ready",
    meaning: "A node has not been Ready for more than 15 minutes.",
    subjectLabels: ["node"],
    lookAt:
      "the conditions of node {node} (`kubectl describe node`) and its kubelet and container runtime logs",
  },
  {
    name: "KubeNodeUnreachable",
    ruleSet: MIXIN,
    patternId: "node-not-ready",
    meaning: "A node is unreachable: it carries the unreachable taint and some workloads may be rescheduled.",
    subjectLabels: ["node"],
    lookAt: "whether node {node} is up and its kubelet can reach the API server",
  },
  {
    name: "KubeNodeReadinessFlapping",
    ruleSet: MIXIN,
    patternId: "node-not-ready",
    meaning: "A node's readiness status changed several times in 15 minutes.",
    subjectLabels: ["node"],
    lookAt: "the kubelet log of node {node} around each NotReady transition (PLEG, runtime, network)",
  },
  {
    name: "KubeletDown",
    ruleSet: MIXIN,
    patternId: "node-not-ready",
    meaning: "Prometheus cannot scrape a kubelet: it is down or unreachable.",
    subjectLabels: ["node", "instance"],
    lookAt: "the kubelet service on {instance} (`systemctl status kubelet`, `journalctl -u kubelet`)",
  },
  {
    name: "KubeletTooManyPods",
    ruleSet: MIXIN,
    patternId: "sched-too-many-pods",
    meaning: "A kubelet runs close to its pod capacity.",
    subjectLabels: ["node"],
    lookAt: "pods on node {node} against its allocatable pods, and FailedScheduling `Too many pods` events",
  },
  {
    name: "KubeletClientCertificateExpiration",
    aliases: ["KubeletServerCertificateExpiration", "KubeClientCertificateExpiration"],
    ruleSet: MIXIN,
    patternId: "tls-cert-expired",
    meaning: "A Kubernetes client or kubelet certificate expires soon (or has expired).",
    subjectLabels: ["node", "instance", "job"],
    lookAt:
      "the certificate's notAfter on {instance} and whether certificate rotation is enabled and working",
  },
  {
    name: "KubernetesDiskPressure",
    ruleSet: "awesome-prometheus-alerts",
    patternId: "disk-full",
    meaning: "A node reports the DiskPressure condition.",
    subjectLabels: ["node"],
    lookAt: "`df -h` and `df -i` on node {node}, image and log usage under /var/lib",
  },
  {
    name: "KubernetesMemoryPressure",
    ruleSet: "awesome-prometheus-alerts",
    patternId: "evicted-memory-pressure",
    meaning: "A node reports the MemoryPressure condition; the kubelet evicts pods.",
    subjectLabels: ["node"],
    lookAt: "Evicted pods on node {node} and the pods whose memory grew there",
  },
  {
    name: "KubeDeploymentRolloutStuck",
    aliases: ["KubernetesDeploymentRolloutStuck"],
    ruleSet: MIXIN,
    patternId: "rollout-stuck",
    meaning:
      "A Deployment's Progressing condition is False (ProgressDeadlineExceeded) for 15 minutes: its new pods did not become available.",
    subjectLabels: ["namespace", "deployment"],
    lookAt:
      "`kubectl rollout status deploy/{deployment} -n {namespace}`, then the newest ReplicaSet's pods: `kubectl describe pod` (events, Last State) on one that is not Ready",
  },
  {
    name: "KubeDeploymentReplicasMismatch",
    aliases: ["KubernetesDeploymentReplicasMismatch"],
    ruleSet: MIXIN,
    patternId: "rollout-stuck",
    meaning:
      "A Deployment has had fewer available replicas than desired for 15 minutes, and no rollout is making progress.",
    subjectLabels: ["namespace", "deployment"],
    lookAt:
      "`kubectl get pods -n {namespace}` for the Deployment {deployment}: the pods that are not Ready or Pending, and why (`kubectl describe pod`: events, Last State)",
  },
  {
    name: "KubeQuotaExceeded",
    aliases: ["KubeQuotaFullyUsed", "KubernetesQuotaExceeded"],
    ruleSet: MIXIN,
    patternId: "k8s-quota-exceeded",
    meaning:
      "A namespace uses all (or more than) its ResourceQuota for a resource: new pods that need it are refused.",
    subjectLabels: ["namespace", "resource", "resourcequota"],
    lookAt:
      "`kubectl describe resourcequota {resourcequota} -n {namespace}` (used against hard for {resource}) and FailedCreate events `exceeded quota` on the namespace's ReplicaSets",
  },
  {
    name: "etcdDatabaseQuotaLowSpace",
    ruleSet: "etcd-mixin",
    patternId: "etcd-space-exceeded",
    meaning:
      "etcd's database is close to (or at) its backend quota: at the quota etcd raises the NOSPACE alarm and refuses writes.",
    subjectLabels: ["instance", "job"],
    lookAt:
      "`etcdctl endpoint status` (DB size against --quota-backend-bytes) and `etcdctl alarm list` on {instance}; what writes most (object counts per resource)",
  },
];
