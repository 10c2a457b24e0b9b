import type { FailurePattern } from "../failure-pattern.js";
import { DB_ENDPOINT } from "./locators-settings.js";

/** Data stores whose own settings stop them: a database that is not there, memory they are told to take, kernel limits they check, replicas they require. */
export const STORE_SETTING_PATTERNS: FailurePattern[] = [
  {
    id: "db-target-missing",
    title: "The database or role the service connects as does not exist",
    category: "configuration",
    severity: "P1",
    rank: 16,
    keywords: ["does not exist", "unknown database"],
    matchers: [
      /FATAL:\s+(?:database|role) "(?<subject>[^"]+)" does not exist/,
      /\bUnknown database '(?<subject>[^']+)'/,
    ],
    sources: [
      'postgres/postgres src/backend/utils/init/postinit.c (FATAL "database \\"%s\\" does not exist"; "role \\"%s\\" does not exist")',
      "https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1049 ER_BAD_DB_ERROR \"Unknown database '%s'\")",
    ],
    fixability: 0.2,
    cause:
      "The service's connection string names a database or role the server does not have: a new environment whose database was never created, a name changed in config but not on the server, or the service pointed at another server.",
    actions: [
      "List what the server has (`\\l` and `\\du` in psql, `SHOW DATABASES` in MySQL) and compare with the name in the connection string.",
      "Create the database or role through the migration or provisioning step that should have, or correct the name in the config.",
    ],
    confirm: ["The server's catalog lacks the name the error quotes."],
    ruleOut: [
      "The name exists on the server the DBA looks at: the service connects to another server (check the host).",
    ],
    repo: DB_ENDPOINT,
  },
  {
    id: "db-memory-settings-too-large",
    title: "Database cannot allocate the memory its settings ask for",
    category: "out_of_memory",
    severity: "P1",
    rank: 11,
    keywords: ["buffer pool", "anonymous shared memory", "shared memory segment"],
    matchers: [
      /Cannot allocate memory for the buffer pool/,
      /could not map anonymous shared memory: Cannot allocate memory/,
      /could not create shared memory segment: (?:Cannot allocate memory|No space left on device|Invalid argument)/,
    ],
    sources: [
      'mysql/mysql-server storage/innobase/buf/buf0buf.cc ("Cannot allocate memory for the buffer pool")',
      'postgres/postgres src/backend/port/sysv_shmem.c ("could not map anonymous shared memory: %m"; "could not create shared memory segment: %m")',
    ],
    fixability: 0.2,
    cause:
      "The database asks at start-up for more memory than the machine or container gives it (innodb_buffer_pool_size, shared_buffers or huge pages set for a bigger host), so it refuses to start.",
    actions: [
      "Compare innodb_buffer_pool_size / shared_buffers (and huge_pages) with the container's memory limit or the host's free memory; keep the buffer well under the limit.",
      "After moving to a smaller instance or a lower limit, lower the setting to match.",
    ],
    confirm: ["The configured buffer is near or above the memory limit the server runs under."],
    ruleOut: ["The setting is small and memory is free: another process holds the memory."],
  },
  {
    id: "redis-fork-failed",
    title: "Redis cannot fork to save: not enough memory to copy (overcommit)",
    category: "out_of_memory",
    severity: "P2",
    rank: 12,
    keywords: [
      "can't save in background",
      "fork: cannot allocate memory",
      "can't rewrite append only file in background",
    ],
    matchers: [
      /Can't save in background: fork: Cannot allocate memory/,
      /Can't rewrite append only file in background: fork: Cannot allocate memory/,
    ],
    sources: [
      'redis/redis src/rdb.c ("Can\'t save in background: fork: %s") and src/aof.c ("Can\'t rewrite append only file in background: fork: %s")',
    ],
    fixability: 0.2,
    cause:
      "Redis forks to write its snapshot or rewrite its AOF, and the kernel refuses the fork: with vm.overcommit_memory=0 a large dataset cannot be mapped twice. Saves stop, and with stop-writes-on-bgsave-error writes are refused next (MISCONF).",
    actions: [
      "Set vm.overcommit_memory=1 on the host (Redis prints this advice at start), or give the instance more memory headroom.",
      "Check used_memory against the host's memory: a dataset near the host's size needs a bigger host, not only the sysctl.",
    ],
    confirm: ["`sysctl vm.overcommit_memory` is 0 and INFO persistence shows rdb_last_bgsave_status:err."],
    ruleOut: ["The fork succeeds and the save fails on write: disk or permissions (redis-misconf)."],
  },
  {
    id: "es-bootstrap-checks",
    title: "Elasticsearch refuses to start: bootstrap checks failed (kernel limits)",
    category: "configuration",
    severity: "P1",
    rank: 12,
    keywords: [
      "bootstrap checks failed",
      "bootstrap check failure",
      "vm.max_map_count",
      "for elasticsearch process",
    ],
    matchers: [
      /bootstrap checks? failed/,
      /max virtual memory areas vm\.max_map_count \[\d+\] is too low/,
      /max file descriptors \[\d+\] for elasticsearch process is too low/,
      /memory locking requested for elasticsearch process but memory is not locked/,
    ],
    sources: [
      'elastic/elasticsearch server/src/main/java/org/elasticsearch/bootstrap/BootstrapChecks.java ("max virtual memory areas vm.max_map_count [%d] is too low, increase to at least [%d]", "bootstrap checks failed")',
    ],
    fixability: 0.3,
    cause:
      "Elasticsearch in production mode checks the host's limits at start and exits when one fails: vm.max_map_count below 262144, too few file descriptors, or memory locking requested but not allowed.",
    actions: [
      "On the host (or a privileged init container on Kubernetes): `sysctl -w vm.max_map_count=262144` and persist it; raise nofile to 65535; allow memlock where bootstrap.memory_lock is set.",
    ],
    confirm: ["`sysctl vm.max_map_count` on the node is below what the message asks."],
    ruleOut: ["The checks pass and the node exits later: another cause in its log."],
  },
  {
    id: "kafka-not-enough-replicas",
    title: "Kafka rejects writes: fewer in-sync replicas than min.insync.replicas",
    category: "connectivity",
    severity: "P1",
    rank: 19,
    keywords: [
      "notenoughreplicas",
      "fewer in-sync replicas",
      "not_enough_replicas",
      "insufficient to satisfy the min.isr",
    ],
    matchers: [
      /NotEnoughReplicas(?:AfterAppend)?Exception/,
      /Messages are (?:rejected|written to the log, but to fewer in-sync replicas) (?:since there are fewer in-sync replicas than required|than required)/,
      /\bNOT_ENOUGH_REPLICAS\b/,
    ],
    minCount: 3,
    sources: [
      'apache/kafka clients/src/main/java/org/apache/kafka/common/errors/NotEnoughReplicasException.java and Errors.java (NOT_ENOUGH_REPLICAS "Messages are rejected since there are fewer in-sync replicas than required.")',
      'apache/kafka core/src/main/scala/kafka/cluster/Partition.scala ("The size of the current ISR %s is insufficient to satisfy the min.isr requirement of %d for partition %s")',
    ],
    fixability: 0.05,
    cause:
      "A partition's in-sync replica set shrank below min.insync.replicas, so producers with acks=all are refused: a broker is down or lagging (slow disk, GC pauses, network), or replicas were never reassigned after a broker was replaced.",
    actions: [
      "`kafka-topics.sh --describe --under-min-isr-partitions` (or --under-replicated-partitions) to see which brokers fell out; check those brokers' health and logs.",
      "Bring the broker back or reassign the partitions; lowering min.insync.replicas trades durability for availability and is a person's call.",
    ],
    confirm: ["The partition's ISR lists fewer brokers than min.insync.replicas."],
    ruleOut: ["ISR is full: the client's acks setting or a misread error."],
  },
  {
    id: "pg-lock-table-full",
    title: "PostgreSQL runs out of lock slots (max_locks_per_transaction)",
    category: "resource_limits",
    severity: "P2",
    rank: 18,
    keywords: ["out of shared memory", "max_locks_per_transaction"],
    matchers: [
      /ERROR:\s+out of shared memory[\s\S]{0,120}max_locks_per_transaction/,
      /You might need to increase max_locks_per_transaction/,
    ],
    sources: [
      'postgres/postgres src/backend/storage/lmgr/lock.c (ereport "out of shared memory", errhint "You might need to increase max_locks_per_transaction.")',
    ],
    fixability: 0.2,
    cause:
      "Transactions take more locks than PostgreSQL's shared lock table holds (max_locks_per_transaction × max_connections): one transaction touching thousands of tables or partitions (a partitioned table queried without pruning, a dump, a migration over many tables), or many at once.",
    actions: [
      "Find the transactions holding most locks (`SELECT pid, count(*) FROM pg_locks GROUP BY pid ORDER BY 2 DESC`).",
      "Raise max_locks_per_transaction (a restart is needed) or split the work so one transaction touches fewer relations; make queries on partitioned tables prune.",
    ],
    confirm: [
      "pg_locks holds a count near max_locks_per_transaction × (max_connections + max_prepared_transactions).",
    ],
    ruleOut: [
      "`out of shared memory` without the max_locks hint: another shared memory area (predicate locks, dynamic shared memory).",
    ],
  },
];
