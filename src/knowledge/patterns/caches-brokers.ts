import type { FailurePattern } from "../failure-pattern.js";
import { SUBJECT_IN_CONFIG } from "./locators.js";
import { FORWARDED_PORT, KAFKA_POLL, REDIS_MAXMEMORY } from "./locators-settings.js";

/** Caches, brokers and search stores: memory policy, persistence, consumer groups, brokers, disk watermarks. */
export const CACHE_BROKER_PATTERNS: FailurePattern[] = [
  {
    id: "redis-oom",
    title: "Redis at maxmemory with noeviction: writes rejected",
    category: "out_of_memory",
    severity: "P1",
    rank: 12,
    keywords: ["oom command not allowed"],
    matchers: [/OOM command not allowed when used memory > 'maxmemory'/],
    sources: [
      "redis/redis src/server.c (shared.oomerr: \"-OOM command not allowed when used memory > 'maxmemory'.\")",
    ],
    fixability: 0.3,
    cause:
      "Redis reached maxmemory and its policy is noeviction, so every write is refused: keys without TTLs filled it, or maxmemory is too small.",
    actions: [
      "`INFO memory` and `CONFIG GET maxmemory-policy`; use allkeys-lru for a cache, or raise maxmemory for a store.",
      "Find big or TTL-less keys (`redis-cli --bigkeys`).",
    ],
    confirm: ["used_memory ≥ maxmemory and maxmemory-policy is noeviction."],
    ruleOut: ["used_memory is far below maxmemory: the client talks to another instance."],
    repo: REDIS_MAXMEMORY,
  },
  {
    id: "redis-misconf",
    title: "Redis cannot persist to disk (MISCONF)",
    category: "disk_full",
    severity: "P1",
    rank: 11,
    keywords: ["misconf", "background saving error"],
    matchers: [/MISCONF Redis is configured to save RDB snapshots/, /Background saving error/],
    sources: [
      'redis/redis src/server.c (shared.bgsaveerr: "-MISCONF Redis is configured to save RDB snapshots, but it\'s currently unable to persist to disk…")',
      'redis/redis src/rdb.c (serverLog "Background saving error")',
    ],
    fixability: 0.1,
    cause:
      "Redis's background save fails (disk full or no permission), and with stop-writes-on-bgsave-error it refuses writes.",
    actions: ["Read the Redis log for the fork or write error; free disk or fix the dir's permissions."],
    confirm: ["rdb_last_bgsave_status:err in INFO persistence."],
    ruleOut: ["Saves succeed (rdb_last_bgsave_status:ok)."],
  },
  {
    id: "kafka-rebalance",
    title: "Kafka consumer group rebalancing: max.poll.interval.ms exceeded",
    category: "latency",
    severity: "P2",
    rank: 21,
    keywords: [
      "max.poll.interval.ms",
      "rebalanc",
      "poll timeout has expired",
      "maximum poll interval",
      "member is not known",
      "unknown member",
      "not aware of this member",
    ],
    // A rebalance on its own is routine (deploys, scaling); these say the member was thrown out mid-work.
    matchers: [
      /longer than the configured max\.poll\.interval\.ms/,
      /consumer poll timeout has expired/,
      /Commit cannot be completed since the group has already rebalanced/,
      /Attempt to heartbeat failed since group is rebalancing/,
      /Application maximum poll interval \(\d+ms\) exceeded/,
      /The provided member is not known in the current generation/,
      /Broker: Unknown member\b/,
      /The coordinator is not aware of this member/,
    ],
    minCount: 2,
    sources: [
      'apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractCoordinator.java ("consumer poll timeout has expired…"; "Attempt to heartbeat failed since group is rebalancing" before 3.0, commit 2387d191fcb)',
      "apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/CommitFailedException.java",
      'confluentinc/librdkafka src/rdkafka_cgrp.c ("Application maximum poll interval (%dms) exceeded by %dms"); rd_kafka_err2str "Broker: Unknown member"',
      'IBM/sarama errors.go (ErrUnknownMemberId: "kafka server: The provided member is not known in the current generation")',
      'tulios/kafkajs src/consumer/runner.js ("The coordinator is not aware of this member, re-joining the group")',
    ],
    fixability: 0.3,
    cause:
      "Consumers take longer than max.poll.interval.ms to process a batch, so they are thrown out of the group; every rejoin rebalances the group and commits fail (a rebalance storm).",
    actions: [
      "Lower max.poll.records or speed up processing; raise max.poll.interval.ms only to the real batch time.",
      "Look for a slow downstream call inside the poll loop.",
    ],
    confirm: ["Consumer lag grows while the group's generation id keeps increasing."],
    ruleOut: ["Rebalances follow deploys or scale events only."],
    repo: KAFKA_POLL,
  },
  {
    id: "kafka-broker-unavailable",
    title: "Kafka broker unreachable",
    category: "connectivity",
    severity: "P2",
    rank: 39,
    keywords: ["may not be available", "could not be established"],
    // Kafka clients before 3.7 say "Broker may not be available", later ones "Node may not be available".
    matchers: [
      /Connection to node -?\d+ \((?<subject>[^)]+)\) could not be established\. (Broker|Node) may not be available/,
    ],
    minCount: 3,
    sources: [
      'apache/kafka clients/src/main/java/org/apache/kafka/clients/NetworkClient.java ("Connection to node {} ({}) could not be established. Node may not be available."; "Broker may not be available." before 3.7, commit fcac880fd54)',
    ],
    fixability: 0.1,
    subjectKind: "host",
    cause:
      "The client cannot connect to a Kafka broker: it is down, or the advertised listener address is wrong for this client.",
    actions: ["Check the brokers are up and that advertised.listeners resolve and route from the client."],
    confirm: ["The broker is down or its advertised host is unreachable from the client's network."],
    ruleOut: ["Other clients in the same network produce to it."],
    repo: [...SUBJECT_IN_CONFIG, ...FORWARDED_PORT],
  },
  {
    id: "es-flood-stage",
    title: "Elasticsearch disk watermark: indices read-only",
    category: "disk_full",
    severity: "P1",
    rank: 11,
    keywords: [
      "flood stage disk watermark",
      "read-only-allow-delete",
      "allow delete (api)",
      "high disk watermark",
    ],
    matchers: [
      /flood stage disk watermark \[[^\]]+\] exceeded/,
      /index read-only \/ allow delete \(api\)/,
      /read-only-allow-delete/,
      /high disk watermark \[[^\]]+\] exceeded/,
    ],
    sources: [
      'elastic/elasticsearch server/src/main/java/org/elasticsearch/cluster/routing/allocation/DiskThresholdMonitor.java ("flood stage disk watermark [{}] exceeded on {}, all indices on this node will be marked read-only", "high disk watermark [{}] exceeded on {}")',
      'elastic/elasticsearch server/src/main/java/org/elasticsearch/cluster/metadata/IndexMetadata.java (INDEX_READ_ONLY_ALLOW_DELETE_BLOCK "index read-only / allow delete (api)")',
    ],
    fixability: 0.1,
    cause:
      "A data node's disk passed the flood-stage watermark, so Elasticsearch made its indices read-only and writes fail.",
    actions: [
      "Free disk (delete old indices / ILM) or add nodes; the block lifts when usage drops below the high watermark.",
    ],
    confirm: ["`GET _cat/allocation?v` shows disk.percent above the flood stage."],
    ruleOut: ["Disk use is below the watermarks."],
  },
  {
    id: "rabbitmq-memory-alarm",
    title: "RabbitMQ memory alarm: publishers blocked",
    category: "resource_limits",
    severity: "P1",
    rank: 13,
    keywords: ["memory resource limit alarm set", "vm_memory_high_watermark set"],
    matchers: [
      /memory resource limit alarm set on node (?<subject>\S+?)\.?$/m,
      /vm_memory_high_watermark set\. Memory used:\d+ allowed:\d+/,
    ],
    sources: [
      'rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_alarm.erl ("~s resource limit alarm set on node ~p." then "*** Publishers will be blocked until this alarm clears ***")',
      'rabbitmq/rabbitmq-server deps/rabbit/src/vm_memory_monitor.erl ("vm_memory_high_watermark set. Memory used:~p allowed:~p")',
    ],
    fixability: 0.1,
    cause:
      "The RabbitMQ node used more memory than its high watermark (vm_memory_high_watermark, 40% of RAM by default) and blocks every publishing connection until memory falls: producers hang or time out while consumers keep draining. Usually messages pile up in queues faster than consumers take them (a slow or stopped consumer), or a few huge messages or many connections.",
    actions: [
      "Find the queues that grew (`rabbitmqctl list_queues name messages memory`) and the consumer that stopped or slowed; get it consuming again.",
      "Use lazy or quorum queues for backlogs; raise the watermark only with the node's memory, not past it.",
    ],
    confirm: ["`rabbitmq-diagnostics alarms` lists the memory alarm; queue depth rose before it."],
    ruleOut: ["The alarm is the disk alarm: free disk space, not memory."],
    repo: [
      {
        grep: "vm_memory_high_watermark|memoryHighWatermark",
        files: /rabbitmq[\w.-]*\.conf$|advanced\.config$|\.ya?ml$/i,
        what: "RabbitMQ's memory watermark",
      },
    ],
  },
  {
    id: "rabbitmq-disk-alarm",
    title: "RabbitMQ disk alarm: free disk below the limit, publishers blocked",
    category: "disk_full",
    severity: "P1",
    rank: 11,
    keywords: ["disk resource limit alarm set", "free disk space is insufficient"],
    matchers: [
      /disk resource limit alarm set on node (?<subject>\S+?)\.?$/m,
      /Free disk space is insufficient\. Free bytes: ?\d+\. Limit: ?\d+/,
    ],
    sources: [
      'rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_alarm.erl ("~s resource limit alarm set on node ~p.")',
      'rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_disk_monitor.erl ("Free disk space is insufficient. Free bytes: ~b. Limit: ~b")',
    ],
    fixability: 0.1,
    cause:
      "Free disk space on the RabbitMQ node fell below disk_free_limit: the node blocks every publisher so it cannot fill the disk with persistent messages. Queues holding a backlog on disk, or something else on the same volume (logs), took the space.",
    actions: [
      "Free space or grow the volume; find what holds it (`du` on the data directory, queue backlogs paged to disk).",
      "Drain the backlog (restore the consumer) rather than lowering disk_free_limit.",
    ],
    confirm: ["`rabbitmq-diagnostics alarms` lists the disk alarm and `df` shows the data volume near full."],
    ruleOut: ["Free space is well above the limit: the alarm is stale or the limit is set far too high."],
    repo: [
      {
        grep: "disk_free_limit|diskFreeLimit",
        files: /rabbitmq[\w.-]*\.conf$|advanced\.config$|\.ya?ml$/i,
        what: "RabbitMQ's disk free limit",
      },
    ],
  },
];
