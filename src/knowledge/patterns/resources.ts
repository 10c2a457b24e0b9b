import type { FailurePattern } from "../failure-pattern.js";
import {
  BODY_SIZE,
  HOST_MEMORY_RESERVATIONS,
  JVM_HEAP,
  MEMORY_LIMIT,
  NODE_HEAP,
  NOFILE,
  POOL_SIZE,
  WORKER_CONNECTIONS,
} from "./locators.js";
import { CONTAINER_LOG_ROTATION } from "./service-config.js";

/** Memory, disk, file descriptors, connections: limits that something ran into. */
export const RESOURCE_PATTERNS: FailurePattern[] = [
  {
    id: "oom-node-heap",
    title: "Node.js ran out of heap",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["javascript heap", "reached heap limit"],
    matchers: [/JavaScript heap out of memory/, /Reached heap limit/, /Allocation failed - JavaScript heap/],
    sources: [
      'nodejs/node doc/api/cli.md (--heapsnapshot-near-heap-limit: "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory")',
    ],
    fixability: 0.7,
    confirm: [
      "Heap used (process.memoryUsage / --trace-gc) climbs to the --max-old-space-size limit before the abort.",
    ],
    ruleOut: [
      "The container was OOMKilled without V8's `heap out of memory` message: the limit is the cgroup's.",
    ],
    cause: "The Node.js process exceeded its V8 heap limit and aborted.",
    actions: [
      "Raise --max-old-space-size (keep it about 75% of the container's memory limit).",
      "Take a heap snapshot under load to rule out a leak before raising limits again.",
    ],
    repo: NODE_HEAP,
  },
  {
    id: "oom-jvm",
    title: "JVM ran out of heap",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["outofmemoryerror"],
    matchers: [/java\.lang\.OutOfMemoryError/, /OutOfMemoryError: (Java heap space|GC overhead|Metaspace)/],
    sources: [
      'openjdk/jdk src/hotspot/share/memory/universe.cpp (OutOfMemoryError messages "Java heap space", "GC overhead limit exceeded", "Requested array size exceeds VM limit")',
    ],
    fixability: 0.6,
    confirm: [
      "GC logs show full GCs reclaiming little right before the error; a heap dump shows what fills it.",
    ],
    ruleOut: ["The message names Metaspace or native threads: a different limit."],
    cause: "The JVM exhausted its heap (java.lang.OutOfMemoryError).",
    actions: [
      "Raise -Xmx (and the container limit with it), or find the allocation that grows with a heap dump.",
      "Add -XX:+HeapDumpOnOutOfMemoryError to capture the next occurrence.",
    ],
    repo: JVM_HEAP,
  },
  {
    id: "oom-kernel",
    title: "Kernel OOM killer killed a process",
    category: "out_of_memory",
    severity: "P1",
    rank: 10,
    keywords: ["out of memory", "oom-kill", "oom_kill", "oom-killer"],
    matchers: [
      /Out of memory: Kill(ed)? process/,
      /invoked oom-killer/,
      /oom-kill:/,
      /Memory cgroup out of memory/,
      // systemd's words in the unit's own journal (src/core/unit.c, service.c), where -u finds them.
      /A process of this unit has been killed by the OOM killer/,
      /Failed with result 'oom-kill'/,
    ],
    exclude: [/JavaScript heap out of memory/, /OOM command not allowed/],
    sources: [
      'torvalds/linux mm/oom_kill.c ("%s invoked oom-killer: gfp_mask=%#x(%pGg), order=%d, oom_score_adj=%hd", "oom-kill:constraint=…", "%s: Killed process %d (%s) total-vm:%lukB, anon-rss:%lukB…" with "Out of memory" or "Memory cgroup out of memory")',
    ],
    fixability: 0.6,
    confirm: ["The kernel log names the killed process and its cgroup, with anon-rss near the limit."],
    ruleOut: ["The process exited on its own (an exit code other than 137, no oom-kill line)."],
    cause:
      "The kernel's OOM killer terminated the process: it used more memory than its cgroup or host allows.",
    actions: [
      "Raise the memory limit of the service, or reduce its memory use.",
      "Check the memory graph for steady growth (a leak) versus a spike (a burst of work).",
    ],
    repo: [...MEMORY_LIMIT, ...HOST_MEMORY_RESERVATIONS],
  },
  {
    id: "oom-container",
    title: "Container OOMKilled",
    category: "out_of_memory",
    severity: "P1",
    rank: 11,
    keywords: ["oomkilled", "exit code", "exited with code"],
    matchers: [/OOMKilled/, /Exit Code:\s+137\b/, /exit(ed with)? code:? 137\b/i],
    sources: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/ (lastState terminated reason "OOMKilled")',
      'kubernetes/kubectl pkg/describe/describe.go (container state "Exit Code:    %d", 137 = 128 + SIGKILL)',
    ],
    fixability: 0.6,
    confirm: ["`kubectl describe pod` shows Last State: Terminated, Reason: OOMKilled, Exit Code 137."],
    ruleOut: [
      "Exit code 137 without OOMKilled: a SIGKILL from elsewhere (liveness probe, preemption, a person).",
    ],
    cause: "The container was killed for exceeding its memory limit (OOMKilled, exit code 137).",
    actions: [
      "Raise the container's memory limit (resources.limits.memory), or reduce the service's memory use.",
      "Compare requests and limits with actual usage (kubectl top pod) before changing them.",
    ],
    repo: MEMORY_LIMIT,
  },
  {
    id: "disk-full",
    title: "Disk full",
    category: "disk_full",
    severity: "P1",
    rank: 10,
    keywords: [
      "no space left",
      "enospc",
      "disk full",
      "disk is full",
      "could not extend file",
      "diskpressure",
      "garbage collect required amount of images",
    ],
    matchers: [
      /No space left on device/i,
      /\bENOSPC\b/,
      /\bdisk (is )?full\b/i,
      /could not extend file/,
      /database or disk is full/,
      /\bDiskPressure\b/,
      // The kubelet's image GC could not free enough of the node's disk (FreeDiskSpaceFailed / ImageGCFailed).
      /[Ff]ailed to garbage collect required amount of images/,
    ],
    // ENOSPC from inotify means the watch limit was reached, not that the disk is full.
    exclude: [/file watchers/i, /inotify/i, /DiskPressure\s+False/, /\bno disk pressure\b/i, /inode/i],
    fields: [
      { kind: "k8s-condition", fields: { type: /^DiskPressure$/, status: /^True$/ } },
      {
        kind: "k8s-event",
        fields: {
          reason: /^(FreeDiskSpaceFailed|ImageGCFailed)$/,
          message: /garbage collect required amount of images/,
        },
      },
    ],
    sources: [
      'https://man7.org/linux/man-pages/man3/errno.3.html (ENOSPC "No space left on device")',
      'postgres/postgres src/backend/storage/smgr/md.c ("could not extend file \\"%s\\": %m")',
      'sqlite/sqlite src/main.c (SQLITE_FULL "database or disk is full")',
      'kubernetes/kubernetes pkg/kubelet/images/image_gc_manager.go (fmt.Errorf("failed to garbage collect required amount of images. Wanted to free %d bytes, but freed %d bytes" …), events FreeDiskSpaceFailed / ImageGCFailed from pkg/kubelet/events/event.go; current wording "Attempted to free %d bytes, but only found %d bytes eligible to free.")',
    ],
    fixability: 0.1,
    confirm: ["`df -h` on the named mount shows 100% used."],
    ruleOut: ["`df -h` has free space: check `df -i` (inodes) or a quota."],
    cause: "A filesystem ran out of space, so writes fail.",
    actions: [
      "Free space now: `df -h`, then `du -xh --max-depth=1 /var | sort -h` to find what grew.",
      "Rotate and cap logs (logrotate, Docker's max-size), prune old data, or grow the volume.",
    ],
    repo: CONTAINER_LOG_ROTATION,
  },
  {
    id: "too-many-open-files",
    title: "Too many open files",
    category: "resource_limits",
    severity: "P2",
    rank: 12,
    keywords: ["emfile", "too many open files"],
    matchers: [/\bEMFILE\b/, /Too many open files/i],
    sources: [
      'nginx/nginx src/event/ngx_event_accept.c ("accept4() failed" with errno 24, strerror "Too many open files")',
    ],
    fixability: 0.7,
    confirm: ["`ls /proc/PID/fd | wc -l` equals the soft limit in /proc/PID/limits."],
    ruleOut: ["Descriptor count is far below the limit: the EMFILE came from another process."],
    cause: "The process hit its open-file-descriptor limit (EMFILE), so new connections and files fail.",
    actions: [
      "Raise the descriptor limit (LimitNOFILE in the systemd unit, worker_rlimit_nofile for nginx).",
      "Check for a descriptor leak: `ls /proc/PID/fd | wc -l` over time.",
    ],
    repo: NOFILE,
  },
  {
    id: "nginx-worker-connections",
    title: "nginx worker_connections exhausted",
    category: "resource_limits",
    severity: "P2",
    rank: 12,
    keywords: ["worker_connections"],
    matchers: [/worker_connections are not enough/],
    sources: ['nginx/nginx src/core/ngx_connection.c ("%ui worker_connections are not enough")'],
    fixability: 0.8,
    confirm: ["Active connections (stub_status) reach worker_processes × worker_connections."],
    ruleOut: ["Connections are far below the limit: the alert line came from a test or reload."],
    cause:
      "nginx ran out of worker connections: each worker accepts at most worker_connections clients and upstreams.",
    actions: [
      "Raise worker_connections in the events block (and worker_rlimit_nofile to at least twice it).",
      "Check for slow upstreams holding connections open.",
    ],
    repo: WORKER_CONNECTIONS,
  },
  {
    id: "connection-pool-exhausted",
    title: "Database connection pool exhausted",
    category: "connection_pool",
    severity: "P2",
    rank: 18,
    keywords: [
      "connection is not available",
      "resourcerequest timed out",
      "queuepool limit",
      "pool exhausted",
      "timeout acquiring a connection",
      "unable to acquire",
    ],
    matchers: [
      /Connection is not available, request timed out after \d+ms/,
      /ResourceRequest timed out/,
      /QueuePool limit of size \d+ overflow \d+ reached/,
      /(connection )?pool (is )?exhausted/i,
      /Timeout acquiring a connection/,
      /Unable to acquire JDBC Connection/,
    ],
    sources: [
      'brettwooldridge/HikariCP src/main/java/com/zaxxer/hikari/pool/HikariPool.java ("Connection is not available, request timed out after …ms")',
      'sqlalchemy/sqlalchemy lib/sqlalchemy/pool/impl.py ("QueuePool limit of size %d overflow %d reached")',
      'knex/knex lib/client.js ("Knex: Timeout acquiring a connection. The pool is probably full.")',
    ],
    fixability: 0.7,
    confirm: [
      "Pool metrics: active = max and pending > 0 (hikaricp_connections_pending) while the DB has free slots.",
    ],
    ruleOut: ["The database itself refuses (too many clients): the server limit, not the pool."],
    cause:
      "Requests wait for a database connection and time out: the connection pool is too small for the load, or connections are held too long.",
    actions: [
      "Raise the pool size, keeping pool size × replicas below the database's max_connections.",
      "Look for slow queries or transactions that hold connections (pg_stat_activity).",
    ],
    repo: POOL_SIZE,
  },
  {
    id: "request-body-too-large",
    title: "Request bodies larger than the proxy allows (413)",
    category: "configuration",
    severity: "P3",
    rank: 17,
    keywords: ["too large body", "request entity too large"],
    matchers: [
      /client intended to send too large body: (?<subject>\d+) bytes/,
      /413 Request Entity Too Large/,
    ],
    sources: [
      'nginx/nginx src/http/ngx_http_core_module.c and src/http/ngx_http_request.c ("client intended to send too large body: %O bytes")',
    ],
    fixability: 0.7,
    confirm: [
      "413 responses in the access log for the upload route, with client_max_body_size below the body size.",
    ],
    ruleOut: ["The 413 comes from the application, not the proxy (check the response's Server header)."],
    cause:
      "The proxy rejects uploads larger than its client_max_body_size with 413 before they reach the service.",
    actions: [
      "Raise client_max_body_size to the largest upload the service accepts (and no further).",
      "Check the service's own upload limit matches, or it will reject what the proxy now lets through.",
    ],
    repo: BODY_SIZE,
  },
];
