import type { AlertRule } from "./alert-rule.js";

const NODE = "node-exporter-mixin";
const FS = ["instance", "device", "mountpoint"];
const AWESOME = "awesome-prometheus-alerts";

/** node-exporter mixin alerts, and the common Postgres, Redis, Kafka and nginx exporters' rules. */
export const HOST_SERVICE_ALERTS: AlertRule[] = [
  {
    name: "NodeFilesystemAlmostOutOfSpace",
    aliases: ["HostOutOfDiskSpace"],
    ruleSet: NODE,
    patternId: "disk-full",
    meaning: "A filesystem has less than 5% (warning) or 3% (critical) space left.",
    subjectLabels: FS,
    lookAt:
      "`df -h {mountpoint}` on {instance} and the largest recent growth under it (`du -xh --max-depth=2`)",
  },
  {
    name: "NodeFilesystemSpaceFillingUp",
    aliases: ["HostDiskWillFillIn24Hours"],
    ruleSet: NODE,
    patternId: "disk-full",
    meaning:
      "A filesystem is predicted to run out of space within 24 hours (or 4 hours) at the current write rate.",
    subjectLabels: FS,
    lookAt:
      "what writes to {mountpoint} on {instance} (logs, dumps, WAL) and whether rotation or retention stopped",
  },
  {
    name: "NodeFilesystemAlmostOutOfFiles",
    aliases: ["NodeFilesystemFilesFillingUp", "HostOutOfInodes"],
    ruleSet: NODE,
    patternId: "inodes-exhausted",
    meaning: "A filesystem has less than 5% (or 3%) of its inodes left, or will run out soon.",
    subjectLabels: FS,
    lookAt: "`df -i {mountpoint}` on {instance} and the directory with the most files",
  },
  {
    name: "NodeFileDescriptorLimit",
    ruleSet: NODE,
    patternId: "too-many-open-files",
    meaning: "The kernel's allocated file descriptors are above 70% (90%) of fs.file-max.",
    subjectLabels: ["instance"],
    lookAt: "which processes on {instance} hold most descriptors (`ls /proc/*/fd | wc -l` per process)",
  },
  {
    name: "NodeHighNumberConntrackEntriesUsed",
    aliases: ["HostConntrackLimit"],
    ruleSet: NODE,
    patternId: "conntrack-table-full",
    meaning:
      "The host's connection-tracking table is over 75% (80%) of nf_conntrack_max: when it fills, the kernel drops new connections' packets.",
    subjectLabels: ["instance"],
    lookAt:
      "`sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max` and `conntrack -S` (drops) on {instance}, and which peers hold most entries (`conntrack -L | awk '{print $5}' | sort | uniq -c | sort -rn | head`)",
  },
  {
    name: "NodeRAIDDiskFailure",
    aliases: ["NodeRAIDDegraded", "HostRaidDiskFailure", "HostRaidArrayGotInactive"],
    ruleSet: NODE,
    patternId: "disk-io-error",
    meaning:
      "A device of a software RAID array on the host failed (or the array runs degraded without spares).",
    subjectLabels: ["instance", "device"],
    lookAt:
      "`cat /proc/mdstat` and `mdadm --detail /dev/{device}` on {instance}, and the kernel's I/O errors for the failed member (`dmesg -T | grep -i error`)",
  },
  {
    name: "NodeClockSkewDetected",
    aliases: ["HostClockSkew"],
    ruleSet: NODE,
    patternId: "clock-skew",
    meaning: "The host's clock is more than 0.05 s off and not converging.",
    subjectLabels: ["instance"],
    lookAt: "`chronyc tracking` / `timedatectl` on {instance}: offset and whether a time source is reachable",
  },
  {
    name: "NodeClockNotSynchronising",
    aliases: ["HostClockNotSynchronising"],
    ruleSet: NODE,
    patternId: "clock-skew",
    meaning: "The host's clock is not synchronising with any time source.",
    subjectLabels: ["instance"],
    lookAt: "the NTP/chrony service on {instance} and its reachable sources",
  },
  {
    name: "NodeMemoryHighUtilization",
    aliases: ["HostOutOfMemory"],
    ruleSet: NODE,
    patternId: "oom-kernel",
    meaning: "Less than 10% of the host's memory is available.",
    subjectLabels: ["instance"],
    lookAt: "the processes using most memory on {instance} and the kernel log for oom-kill lines",
  },
  {
    name: "NodeSystemdServiceFailed",
    ruleSet: NODE,
    patternId: "crash-loop",
    meaning: "A systemd unit on the host is in the failed state.",
    subjectLabels: ["instance", "name"],
    lookAt:
      "`systemctl status {name}` and `journalctl -u {name}` on {instance}: the last lines before it failed",
  },
  {
    name: "PostgreSQLMaxConnectionsReached",
    aliases: ["PostgresqlTooManyConnections", "PostgreSQLHighConnections", "PostgresTooManyConnections"],
    ruleSet: "postgres-exporter-mixin",
    patternId: "db-server-connection-limit",
    meaning: "Postgres is at (or near) max_connections minus the superuser-reserved slots.",
    subjectLabels: ["instance"],
    lookAt:
      "pg_stat_activity on {instance} grouped by application and state: which client holds the connections",
  },
  {
    name: "PostgresqlDeadLocks",
    aliases: ["PostgresDeadlocks"],
    ruleSet: AWESOME,
    patternId: "deadlock",
    meaning: "pg_stat_database_deadlocks increased: transactions are aborted by deadlock detection.",
    subjectLabels: ["instance", "datname"],
    lookAt:
      "the Postgres log on {instance} for `deadlock detected` with its DETAIL lines naming the two statements",
  },
  {
    name: "PostgreSQLSlowQueries",
    ruleSet: "postgres-exporter-mixin",
    patternId: "slow-query",
    meaning: "Queries on the database take longer than the rule's threshold on average.",
    subjectLabels: ["instance", "datname"],
    lookAt: "pg_stat_statements on {instance} ordered by mean time, and EXPLAIN of the slowest",
  },
  {
    name: "PostgresqlReplicationLag",
    aliases: ["PostgresReplicationLagHigh"],
    ruleSet: AWESOME,
    patternId: "replication-lag",
    meaning: "A replica is behind the primary by more than the rule's threshold.",
    subjectLabels: ["instance"],
    lookAt: "pg_stat_replication on the primary (replay lag per replica) and the replica {instance}'s log",
  },
  {
    name: "RedisOutOfConfiguredMaxmemory",
    aliases: ["RedisOutOfMemory"],
    ruleSet: "redis-exporter",
    patternId: "redis-oom",
    meaning: "Redis uses more than 90% of its configured maxmemory.",
    subjectLabels: ["instance"],
    lookAt:
      "`INFO memory` and `CONFIG GET maxmemory-policy` on {instance}; clients' `OOM command not allowed` errors",
  },
  {
    name: "KafkaConsumersGroup",
    aliases: ["KafkaConsumersGroupLag", "KafkaConsumerGroupLag", "KafkaConsumerLag"],
    ruleSet: "kafka-exporter",
    patternId: "kafka-rebalance",
    meaning: "A consumer group's lag is above the rule's threshold: consumers fall behind the producers.",
    subjectLabels: ["consumergroup", "topic"],
    lookAt:
      "the consumers of group {consumergroup}: poll-timeout and rebalance lines in their logs, and processing time per batch",
  },
  {
    name: "NginxHighHttp5xxErrorRate",
    aliases: ["NGINXTooMany500s"],
    ruleSet: "nginx-exporter",
    patternId: "upstream-5xx-storm",
    meaning: "More than 5% of requests through nginx end with a 5xx status.",
    subjectLabels: ["instance", "host", "ingress"],
    lookAt: "the upstream behind {host}: its own errors and restarts at the time the 5xx began",
  },
  {
    name: "NginxLatencyHigh",
    ruleSet: "nginx-exporter",
    patternId: "slow-requests",
    meaning: "The p99 request latency through nginx is above the rule's threshold.",
    subjectLabels: ["instance", "host"],
    lookAt: "upstream response times by route for {host}, and the upstream's database and CPU saturation",
  },
  {
    name: "NGINXCertificateExpiry",
    aliases: ["SSLCertExpiringSoon", "BlackboxSslCertificateWillExpireSoon"],
    ruleSet: "ingress-nginx",
    patternId: "tls-cert-expired",
    meaning: "A certificate served by the ingress expires within the rule's window (or has expired).",
    subjectLabels: ["host", "instance"],
    lookAt: "the notAfter of the certificate served for {host} and whether cert-manager renewal is failing",
  },
];
