import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/knowledge/alerts/hosts-services.ts
var NODE = "node-exporter-mixin";
var FS = ["instance", "device", "mountpoint"];
var AWESOME = "awesome-prometheus-alerts";
var HOST_SERVICE_ALERTS = [
  {
    name: "NodeFilesystemAlmostOutOfSpace",
    aliases: ["HostOutOfDiskSpace"],
    ruleSet: NODE,
    patternId: "disk-full",
    meaning: "A filesystem has less than 5% (warning) or 3% (critical) space left.",
    subjectLabels: FS,
    lookAt: "`df -h {mountpoint}` on {instance} and the largest recent growth under it (`du -xh --max-depth=2`)"
  },
  {
    name: "NodeFilesystemSpaceFillingUp",
    aliases: ["HostDiskWillFillIn24Hours"],
    ruleSet: NODE,
    patternId: "disk-full",
    meaning: "A filesystem is predicted to run out of space within 24 hours (or 4 hours) at the current write rate.",
    subjectLabels: FS,
    lookAt: "what writes to {mountpoint} on {instance} (logs, dumps, WAL) and whether rotation or retention stopped"
  },
  {
    name: "NodeFilesystemAlmostOutOfFiles",
    aliases: ["NodeFilesystemFilesFillingUp", "HostOutOfInodes"],
    ruleSet: NODE,
    patternId: "inodes-exhausted",
    meaning: "A filesystem has less than 5% (or 3%) of its inodes left, or will run out soon.",
    subjectLabels: FS,
    lookAt: "`df -i {mountpoint}` on {instance} and the directory with the most files"
  },
  {
    name: "NodeFileDescriptorLimit",
    ruleSet: NODE,
    patternId: "too-many-open-files",
    meaning: "The kernel's allocated file descriptors are above 70% (90%) of fs.file-max.",
    subjectLabels: ["instance"],
    lookAt: "which processes on {instance} hold most descriptors (`ls /proc/*/fd | wc -l` per process)"
  },
  {
    name: "NodeClockSkewDetected",
    aliases: ["HostClockSkew"],
    ruleSet: NODE,
    patternId: "clock-skew",
    meaning: "The host's clock is more than 0.05 s off and not converging.",
    subjectLabels: ["instance"],
    lookAt: "`chronyc tracking` / `timedatectl` on {instance}: offset and whether a time source is reachable"
  },
  {
    name: "NodeClockNotSynchronising",
    aliases: ["HostClockNotSynchronising"],
    ruleSet: NODE,
    patternId: "clock-skew",
    meaning: "The host's clock is not synchronising with any time source.",
    subjectLabels: ["instance"],
    lookAt: "the NTP/chrony service on {instance} and its reachable sources"
  },
  {
    name: "NodeMemoryHighUtilization",
    aliases: ["HostOutOfMemory"],
    ruleSet: NODE,
    patternId: "oom-kernel",
    meaning: "Less than 10% of the host's memory is available.",
    subjectLabels: ["instance"],
    lookAt: "the processes using most memory on {instance} and the kernel log for oom-kill lines"
  },
  {
    name: "NodeSystemdServiceFailed",
    ruleSet: NODE,
    patternId: "crash-loop",
    meaning: "A systemd unit on the host is in the failed state.",
    subjectLabels: ["instance", "name"],
    lookAt: "`systemctl status {name}` and `journalctl -u {name}` on {instance}: the last lines before it failed"
  },
  {
    name: "PostgreSQLMaxConnectionsReached",
    aliases: ["PostgresqlTooManyConnections", "PostgreSQLHighConnections", "PostgresTooManyConnections"],
    ruleSet: "postgres-exporter-mixin",
    patternId: "db-server-connection-limit",
    meaning: "Postgres is at (or near) max_connections minus the superuser-reserved slots.",
    subjectLabels: ["instance"],
    lookAt: "pg_stat_activity on {instance} grouped by application and state: which client holds the connections"
  },
  {
    name: "PostgresqlDeadLocks",
    aliases: ["PostgresDeadlocks"],
    ruleSet: AWESOME,
    patternId: "deadlock",
    meaning: "pg_stat_database_deadlocks increased: transactions are aborted by deadlock detection.",
    subjectLabels: ["instance", "datname"],
    lookAt: "the Postgres log on {instance} for `deadlock detected` with its DETAIL lines naming the two statements"
  },
  {
    name: "PostgreSQLSlowQueries",
    ruleSet: "postgres-exporter-mixin",
    patternId: "slow-query",
    meaning: "Queries on the database take longer than the rule's threshold on average.",
    subjectLabels: ["instance", "datname"],
    lookAt: "pg_stat_statements on {instance} ordered by mean time, and EXPLAIN of the slowest"
  },
  {
    name: "PostgresqlReplicationLag",
    aliases: ["PostgresReplicationLagHigh"],
    ruleSet: AWESOME,
    patternId: "replication-lag",
    meaning: "A replica is behind the primary by more than the rule's threshold.",
    subjectLabels: ["instance"],
    lookAt: "pg_stat_replication on the primary (replay lag per replica) and the replica {instance}'s log"
  },
  {
    name: "RedisOutOfConfiguredMaxmemory",
    aliases: ["RedisOutOfMemory"],
    ruleSet: "redis-exporter",
    patternId: "redis-oom",
    meaning: "Redis uses more than 90% of its configured maxmemory.",
    subjectLabels: ["instance"],
    lookAt: "`INFO memory` and `CONFIG GET maxmemory-policy` on {instance}; clients' `OOM command not allowed` errors"
  },
  {
    name: "KafkaConsumersGroup",
    aliases: ["KafkaConsumersGroupLag", "KafkaConsumerGroupLag", "KafkaConsumerLag"],
    ruleSet: "kafka-exporter",
    patternId: "kafka-rebalance",
    meaning: "A consumer group's lag is above the rule's threshold: consumers fall behind the producers.",
    subjectLabels: ["consumergroup", "topic"],
    lookAt: "the consumers of group {consumergroup}: poll-timeout and rebalance lines in their logs, and processing time per batch"
  },
  {
    name: "NginxHighHttp5xxErrorRate",
    aliases: ["NGINXTooMany500s"],
    ruleSet: "nginx-exporter",
    patternId: "upstream-5xx-storm",
    meaning: "More than 5% of requests through nginx end with a 5xx status.",
    subjectLabels: ["instance", "host", "ingress"],
    lookAt: "the upstream behind {host}: its own errors and restarts at the time the 5xx began"
  },
  {
    name: "NginxLatencyHigh",
    ruleSet: "nginx-exporter",
    patternId: "slow-requests",
    meaning: "The p99 request latency through nginx is above the rule's threshold.",
    subjectLabels: ["instance", "host"],
    lookAt: "upstream response times by route for {host}, and the upstream's database and CPU saturation"
  },
  {
    name: "NGINXCertificateExpiry",
    aliases: ["SSLCertExpiringSoon", "BlackboxSslCertificateWillExpireSoon"],
    ruleSet: "ingress-nginx",
    patternId: "tls-cert-expired",
    meaning: "A certificate served by the ingress expires within the rule's window (or has expired).",
    subjectLabels: ["host", "instance"],
    lookAt: "the notAfter of the certificate served for {host} and whether cert-manager renewal is failing"
  }
];

// src/knowledge/alerts/kubernetes.ts
var MIXIN = "kubernetes-mixin";
var POD = ["namespace", "pod", "container"];
var KUBERNETES_ALERTS = [
  {
    name: "KubePodCrashLooping",
    aliases: ["KubernetesPodCrashLooping"],
    ruleSet: MIXIN,
    patternId: "crash-loop",
    meaning: "A container is waiting in CrashLoopBackOff: it keeps exiting and the kubelet backs off restarting it.",
    subjectLabels: POD,
    lookAt: "the last state of container {container} of pod {namespace}/{pod} (`kubectl describe pod`: Last State, Reason, Exit Code) and `kubectl logs --previous`"
  },
  {
    name: "KubernetesContainerOomKiller",
    aliases: ["KubeContainerOOMKilled", "ContainerOOMKilled"],
    ruleSet: "awesome-prometheus-alerts",
    patternId: "oom-container",
    meaning: "A container restarted after being OOMKilled (its last terminated reason is OOMKilled).",
    subjectLabels: POD,
    lookAt: "container {container} of pod {namespace}/{pod}: Last State OOMKilled with exit code 137, its memory limit, and container_memory_working_set_bytes before the kill (a climb or a spike)"
  },
  {
    name: "KubePodNotReady",
    aliases: ["KubernetesPodNotHealthy"],
    ruleSet: MIXIN,
    patternId: "probe-readiness-failed",
    meaning: "A pod has been in a non-ready state for more than 15 minutes.",
    subjectLabels: ["namespace", "pod"],
    lookAt: "the Unhealthy events and conditions of pod {namespace}/{pod} (`kubectl describe pod`): which probe fails and why"
  },
  {
    name: "KubeJobFailed",
    aliases: ["KubernetesJobFailed"],
    ruleSet: MIXIN,
    patternId: "job-backoff-limit",
    meaning: "A Job failed to complete: its pods failed as often as backoffLimit allows.",
    subjectLabels: ["namespace", "job_name"],
    lookAt: "the Job {namespace}/{job_name}'s condition reason and the exit codes and logs of its failed pods"
  },
  {
    name: "KubeJobNotCompleted",
    aliases: ["KubeJobCompletion"],
    ruleSet: MIXIN,
    patternId: "job-deadline-exceeded",
    meaning: "A Job has been running longer than expected without completing.",
    subjectLabels: ["namespace", "job_name"],
    lookAt: "how long Job {namespace}/{job_name} usually runs against now, and whether its pods are Pending or slow"
  },
  {
    name: "KubeCPUOvercommit",
    aliases: ["KubernetesOutOfCapacity"],
    ruleSet: MIXIN,
    patternId: "sched-insufficient-resources",
    meaning: "The cluster's CPU requests exceed what it can lose a node and still schedule.",
    subjectLabels: ["cluster"],
    lookAt: "Pending pods with FailedScheduling `Insufficient cpu` events, and requests against allocatable per node"
  },
  {
    name: "KubeMemoryOvercommit",
    ruleSet: MIXIN,
    patternId: "sched-insufficient-resources",
    meaning: "The cluster's memory requests exceed what it can lose a node and still schedule.",
    subjectLabels: ["cluster"],
    lookAt: "Pending pods with FailedScheduling `Insufficient memory` events, and requests against allocatable per node"
  },
  {
    name: "CPUThrottlingHigh",
    ruleSet: MIXIN,
    patternId: "cpu-throttling",
    meaning: "A container spends a high share of CPU periods throttled by its CPU limit.",
    subjectLabels: POD,
    lookAt: "container_cpu_cfs_throttled_periods_total of container {container} in pod {namespace}/{pod} against its CPU limit, and its latency over the same window"
  },
  {
    name: "KubePersistentVolumeFillingUp",
    aliases: ["KubernetesVolumeOutOfDiskSpace"],
    ruleSet: MIXIN,
    patternId: "disk-full",
    meaning: "A PersistentVolume is almost full, or will fill within four days at the current rate.",
    subjectLabels: ["namespace", "persistentvolumeclaim"],
    lookAt: "kubelet_volume_stats_available_bytes of claim {namespace}/{persistentvolumeclaim} and what writes to it"
  },
  {
    name: "KubePersistentVolumeInodesFillingUp",
    ruleSet: MIXIN,
    patternId: "inodes-exhausted",
    meaning: "A PersistentVolume is running out of inodes.",
    subjectLabels: ["namespace", "persistentvolumeclaim"],
    lookAt: "kubelet_volume_stats_inodes_free of claim {namespace}/{persistentvolumeclaim} and the directory with most files"
  },
  {
    name: "KubePersistentVolumeErrors",
    aliases: ["KubernetesPersistentvolumeError", "KubernetesPersistentvolumeclaimPending"],
    ruleSet: MIXIN,
    patternId: "pvc-provisioning-failed",
    meaning: "A PersistentVolume is in phase Failed or Pending.",
    subjectLabels: ["persistentvolume"],
    lookAt: "the events of volume {persistentvolume} and its claim (`kubectl describe pv,pvc`): the provisioner's error"
  },
  {
    name: "KubeNodeNotReady",
    aliases: ["KubernetesNodeNotReady", "KubernetesNodeReady"],
    ruleSet: MIXIN,
    patternId: "node-not-ready",
    meaning: "A node has not been Ready for more than 15 minutes.",
    subjectLabels: ["node"],
    lookAt: "the conditions of node {node} (`kubectl describe node`) and its kubelet and container runtime logs"
  },
  {
    name: "KubeNodeUnreachable",
    ruleSet: MIXIN,
    patternId: "node-not-ready",
    meaning: "A node is unreachable: it carries the unreachable taint and some workloads may be rescheduled.",
    subjectLabels: ["node"],
    lookAt: "whether node {node} is up and its kubelet can reach the API server"
  },
  {
    name: "KubeNodeReadinessFlapping",
    ruleSet: MIXIN,
    patternId: "node-not-ready",
    meaning: "A node's readiness status changed several times in 15 minutes.",
    subjectLabels: ["node"],
    lookAt: "the kubelet log of node {node} around each NotReady transition (PLEG, runtime, network)"
  },
  {
    name: "KubeletDown",
    ruleSet: MIXIN,
    patternId: "node-not-ready",
    meaning: "Prometheus cannot scrape a kubelet: it is down or unreachable.",
    subjectLabels: ["node", "instance"],
    lookAt: "the kubelet service on {instance} (`systemctl status kubelet`, `journalctl -u kubelet`)"
  },
  {
    name: "KubeletTooManyPods",
    ruleSet: MIXIN,
    patternId: "sched-too-many-pods",
    meaning: "A kubelet runs close to its pod capacity.",
    subjectLabels: ["node"],
    lookAt: "pods on node {node} against its allocatable pods, and FailedScheduling `Too many pods` events"
  },
  {
    name: "KubeletClientCertificateExpiration",
    aliases: ["KubeletServerCertificateExpiration", "KubeClientCertificateExpiration"],
    ruleSet: MIXIN,
    patternId: "tls-cert-expired",
    meaning: "A Kubernetes client or kubelet certificate expires soon (or has expired).",
    subjectLabels: ["node", "instance", "job"],
    lookAt: "the certificate's notAfter on {instance} and whether certificate rotation is enabled and working"
  },
  {
    name: "KubernetesDiskPressure",
    ruleSet: "awesome-prometheus-alerts",
    patternId: "disk-full",
    meaning: "A node reports the DiskPressure condition.",
    subjectLabels: ["node"],
    lookAt: "`df -h` and `df -i` on node {node}, image and log usage under /var/lib"
  },
  {
    name: "KubernetesMemoryPressure",
    ruleSet: "awesome-prometheus-alerts",
    patternId: "evicted-memory-pressure",
    meaning: "A node reports the MemoryPressure condition; the kubelet evicts pods.",
    subjectLabels: ["node"],
    lookAt: "Evicted pods on node {node} and the pods whose memory grew there"
  }
];

// src/knowledge/alerts/index.ts
var ALERT_RULES = [...KUBERNETES_ALERTS, ...HOST_SERVICE_ALERTS];
function normalizeAlertName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
var BY_NAME = /* @__PURE__ */ new Map();
for (const rule of ALERT_RULES)
  for (const name of [rule.name, ...rule.aliases ?? []]) BY_NAME.set(normalizeAlertName(name), rule);
var NAME_WORDS = [
  {
    words: /oom|outofmemory/i,
    patternId: "oom-container",
    meaning: "The alert's name says a process ran out of memory.",
    lookAt: "the container's last state (OOMKilled, exit code 137) and its memory against its limit"
  },
  {
    words: /crashloop/i,
    patternId: "crash-loop",
    meaning: "The alert's name says a container keeps restarting.",
    lookAt: "the last state of the restarting container and its previous logs"
  },
  {
    words: /deadlock/i,
    patternId: "deadlock",
    meaning: "The alert's name says the database reports deadlocks.",
    lookAt: "the database log's deadlock reports naming the statements involved"
  },
  {
    words: /(outof|low)(disk)?space|diskfull|filesystemfull|diskusage/i,
    patternId: "disk-full",
    meaning: "The alert's name says a disk is (nearly) full.",
    lookAt: "`df -h` on the named host and mount, and what grew"
  },
  {
    words: /cert(ificate)?expir/i,
    patternId: "tls-cert-expired",
    meaning: "The alert's name says a certificate expires or has expired.",
    lookAt: "the served certificate's notAfter and the renewal job"
  },
  {
    words: /5xx|http5\d\d|servererror/i,
    patternId: "upstream-5xx-storm",
    meaning: "The alert's name says requests fail with 5xx responses.",
    lookAt: "the upstream's own errors at the time the 5xx began"
  },
  {
    words: /latency|slowrequest|responsetime/i,
    patternId: "slow-requests",
    meaning: "The alert's name says responses are slower than their objective.",
    lookAt: "latency by route and by dependency (database, pool wait, CPU throttling) for the window"
  }
];
function alertRuleFor(name) {
  const rule = BY_NAME.get(normalizeAlertName(name));
  if (rule) return rule;
  const byWords = NAME_WORDS.find((w) => w.words.test(name));
  if (!byWords) return void 0;
  return {
    name,
    ruleSet: "alert name",
    patternId: byWords.patternId,
    meaning: byWords.meaning,
    subjectLabels: [],
    lookAt: byWords.lookAt
  };
}
function alertNameOf(incident) {
  const label = incident.labels.alertname?.trim();
  if (label) return label;
  return /^([A-Z][A-Za-z0-9]+)(:|\s|$)/.exec(incident.title.trim())?.[1];
}
function lookAtFor(rule, labels) {
  return rule.lookAt.replace(/\{(\w+)\}/g, (_, label) => labels[label] ?? `<${label}>`);
}

export {
  ALERT_RULES,
  alertRuleFor,
  alertNameOf,
  lookAtFor
};
