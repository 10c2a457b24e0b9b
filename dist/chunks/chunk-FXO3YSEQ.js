import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-Z34A77QH.js";

// src/core/usage.ts
var UsageSchema = external_exports.object({
  inputTokens: external_exports.number().int().nonnegative(),
  outputTokens: external_exports.number().int().nonnegative(),
  cacheReadTokens: external_exports.number().int().nonnegative(),
  cacheWriteTokens: external_exports.number().int().nonnegative(),
  costUsd: external_exports.number().nonnegative()
});
var ZERO_USAGE = {
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costUsd: 0
};
function addUsage(a, b) {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
    costUsd: a.costUsd + b.costUsd
  };
}

// src/llm/provider.ts
var SUBMIT_TOOL = "submit_result";

// src/knowledge/patterns/locators.ts
var MANIFESTS = /(^|\/)(k8s|kubernetes|deploy|manifests|helm|charts)\/.*\.ya?ml$|(^|\/)[\w.-]*(deployment|statefulset|daemonset|values|pod)[\w.-]*\.ya?ml$/i;
var COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/i;
var SYSTEMD = /\.(service|conf)$/;
var NGINX = /(^|\/)(nginx[\w.-]*\.conf|[\w.-]+\.conf)$|(^|\/)(nginx|sites-available|sites-enabled|conf\.d)\//i;
var CONFIG = /\.(ya?ml|json|toml|ini|properties|env|conf|cfg)$|(^|\/)\.env(\.[\w-]+)?$|(^|\/)(Dockerfile|Procfile)$|\.service$/i;
var CODE = /\.(js|mjs|cjs|ts|py|go|java|rb|kt|rs)$/;
var MEMORY_LIMIT = [
  {
    grep: 'memory:\\s*"?\\d+(Mi|Gi|M|G|m|g)"?\\s*$',
    files: new RegExp(`${MANIFESTS.source}|${COMPOSE.source}`, "i"),
    fix: "raise-memory-limit",
    what: "the container's memory limit"
  },
  {
    grep: "mem_limit:\\s*\\d+",
    files: COMPOSE,
    fix: "raise-memory-limit",
    what: "the container's memory limit"
  },
  {
    grep: "^Memory(Max|Limit)=\\d+",
    files: SYSTEMD,
    fix: "raise-memory-limit",
    what: "the unit's memory limit"
  }
];
var NODE_HEAP = [
  {
    grep: "--max-old-space-size=\\d+",
    files: CONFIG,
    fix: "raise-node-heap",
    what: "Node's heap limit (--max-old-space-size)"
  },
  { grep: "--max-old-space-size=\\d+", files: MANIFESTS, fix: "raise-node-heap", what: "Node's heap limit" },
  ...MEMORY_LIMIT
];
var JVM_HEAP = [
  { grep: "-Xmx\\d+[mMgG]", files: CONFIG, fix: "raise-jvm-heap", what: "the JVM's maximum heap (-Xmx)" },
  { grep: "-Xmx\\d+[mMgG]", files: MANIFESTS, fix: "raise-jvm-heap", what: "the JVM's maximum heap (-Xmx)" },
  ...MEMORY_LIMIT
];
var NOFILE = [
  { grep: "^LimitNOFILE=\\d+", files: SYSTEMD, fix: "raise-nofile", what: "the unit's open-file limit" },
  {
    grep: "worker_rlimit_nofile\\s+\\d+",
    files: NGINX,
    fix: "raise-nofile",
    what: "nginx's open-file limit per worker"
  },
  { grep: "ulimit -n \\d+", files: CONFIG, fix: "raise-nofile", what: "the open-file ulimit" }
];
var WORKER_CONNECTIONS = [
  {
    grep: "worker_connections\\s+\\d+",
    files: NGINX,
    fix: "raise-worker-connections",
    what: "nginx's worker_connections"
  }
];
var BODY_SIZE = [
  {
    grep: "client_max_body_size\\s+\\d+[kKmMgG]?\\s*;",
    files: NGINX,
    fix: "raise-body-size",
    what: "nginx's client_max_body_size"
  }
];
var POOL_SIZE = [
  {
    grep: '(maximum-pool-size|maximumPoolSize|max_pool_size|pool_size|poolSize|POOL_SIZE|POOL_MAX|pool_max)\\s*[:=]\\s*"?\\d+',
    files: CONFIG,
    fix: "raise-pool-size",
    what: "the database connection pool size"
  },
  {
    grep: "(poolSize|pool_size|maxPoolSize|POOL_SIZE)\\s*[:=]\\s*\\d+",
    files: CODE,
    fix: "raise-pool-size",
    what: "the database connection pool size"
  }
];
var DEPENDENCY_MANIFEST = [
  {
    grep: '"{subject}"\\s*:',
    files: /(^|\/)package\.json$/,
    fix: "move-dev-dependency",
    what: "the package's declaration in package.json"
  },
  {
    grep: "^{subject}\\b",
    files: /requirements[\w.-]*\.txt$|pyproject\.toml$/,
    what: "the Python requirement"
  }
];
var SUBJECT_IN_CONFIG = [
  { grep: "{subject}", files: CONFIG, what: "where it is configured" }
];
var SUBJECT_IN_CONFIG_OR_CODE = [
  { grep: "{subject}", files: CONFIG, what: "where it is configured" },
  { grep: "{subject}", files: CODE, what: "where the code reads it" }
];
var STACK_FRAME = [
  {
    grep: "",
    fromStackTrace: true,
    files: CODE,
    fix: "guard-property-access",
    what: "the line the stack trace names"
  }
];

// src/knowledge/patterns/application.ts
var APPLICATION_PATTERNS = [
  {
    id: "permission-denied",
    title: "Permission denied",
    category: "permissions",
    severity: "P2",
    rank: 20,
    keywords: ["eacces", "permission denied", "eperm", "operation not permitted"],
    matchers: [
      /EACCES: permission denied, \w+ '(?<subject>[^']+)'/,
      /\bEACCES\b/,
      /[Pp]ermission denied/,
      /\bEPERM\b/,
      /Operation not permitted/
    ],
    // Failed SSH logins from the internet are noise on every public host, not this incident.
    exclude: [/Permission denied \(publickey/, /sshd\[\d+\]/],
    fixability: 0.2,
    cause: "The process is not allowed to open a file, socket or directory it needs.",
    actions: [
      "Check owner and mode of the path (`ls -l`, `namei -l PATH`) against the user the service runs as.",
      "Ports below 1024 need CAP_NET_BIND_SERVICE; SELinux/AppArmor denials show in the audit log."
    ]
  },
  {
    id: "missing-config",
    title: "Missing environment variable or configuration key",
    category: "configuration",
    severity: "P2",
    rank: 16,
    keywords: [
      "environment variable",
      "keyerror",
      "not set",
      "missing required",
      "missing config",
      "configurationerror"
    ],
    matchers: [
      /[Mm]issing required environment variable:? "?(?<subject>[A-Z][A-Z0-9_]{2,})/,
      /[Ee]nvironment variable "?(?<subject>[A-Z][A-Z0-9_]{2,})"? (is )?(not set|required|missing|undefined)/,
      /KeyError: '(?<subject>[A-Z][A-Z0-9_]{2,})'/,
      /\b(?<subject>[A-Z][A-Z0-9_]{2,}) (is )?not set\b/,
      /[Mm]issing (required )?config(uration)? (key|value|option):? "?(?<subject>[\w.-]+)/,
      /ConfigurationError/
    ],
    fixability: 0.3,
    cause: "The service starts without a setting it requires (an environment variable or configuration key).",
    actions: [
      "Set the variable in the deployment (manifest env, secret, or .env), then restart.",
      "Make the service list every missing setting at startup, not only the first."
    ],
    repo: SUBJECT_IN_CONFIG_OR_CODE
  },
  {
    id: "module-not-found",
    title: "Module or dependency not found",
    category: "dependency",
    severity: "P2",
    rank: 16,
    keywords: [
      "cannot find module",
      "cannot find package",
      "err_module_not_found",
      "no module named",
      "classnotfoundexception",
      "noclassdeffounderror"
    ],
    matchers: [
      /Cannot find (module|package) '(?<subject>[^'./][^']*)'/,
      /Cannot find (module|package) '[^']+'/,
      /ERR_MODULE_NOT_FOUND/,
      /No module named '?(?<subject>[\w-]+)/,
      /ClassNotFoundException: (?<subject>[\w.$]+)/,
      /NoClassDefFoundError/
    ],
    fixability: 0.6,
    cause: "The service imports a package that is not installed in the image it runs from.",
    actions: [
      "Declare the package as a runtime dependency (a devDependency is not installed by `npm ci --omit=dev`).",
      "Rebuild the image from a clean install and run it once before deploying."
    ],
    repo: DEPENDENCY_MANIFEST
  },
  {
    id: "segfault",
    title: "Segmentation fault",
    category: "crash",
    severity: "P1",
    rank: 26,
    keywords: ["segfault", "segmentation fault", "sigsegv", "core dumped", "signal 11"],
    matchers: [
      /segfault at [0-9a-f]+/,
      /Segmentation fault/,
      /\bSIGSEGV\b/,
      /\(core dumped\)/,
      /signal 11\b/
    ],
    fixability: 0.05,
    cause: "A process crashed with a segmentation fault (invalid memory access), usually in native code.",
    actions: [
      "Get the core dump (`coredumpctl info`) and the exact binary and library versions.",
      "Roll back a recently upgraded native module, image or library."
    ]
  },
  {
    id: "deadlock",
    title: "Database deadlock or lock timeout",
    category: "concurrency",
    severity: "P2",
    rank: 24,
    keywords: ["deadlock", "lock wait timeout", "could not obtain lock", "lockacquisition"],
    matchers: [
      /deadlock detected/,
      /Deadlock found when trying to get lock/,
      /Lock wait timeout exceeded/,
      /could not obtain lock/,
      /LockAcquisitionException/
    ],
    exclude: [/deadlock_timeout\s*=/, /\bno deadlock/i],
    fixability: 0.1,
    cause: "Transactions wait on each other's row locks: the database aborted some (deadlock) or they timed out.",
    actions: [
      "Read the database's deadlock report for the two statements involved.",
      "Take locks in one consistent order, keep transactions short, and retry aborted ones."
    ]
  },
  {
    id: "unhandled-exception",
    title: "Unhandled exception",
    category: "application_error",
    severity: "P2",
    rank: 30,
    keywords: [
      "unhandled",
      "uncaught",
      "traceback",
      "typeerror",
      "referenceerror",
      "rangeerror",
      "exception in thread",
      "panic:",
      "nullpointerexception"
    ],
    matchers: [
      /Unhandled (promise )?rejection/i,
      /uncaughtException/,
      /Traceback \(most recent call last\)/,
      /\b(TypeError|ReferenceError|RangeError): /,
      /Exception in thread "/,
      /(^|\s)panic: /,
      /\bNullPointerException\b/
    ],
    fixability: 0.4,
    cause: "The service throws an exception it does not handle.",
    actions: [
      "Open the frame the stack trace names in the repository and handle the failing case.",
      "Add a test that reproduces the request that failed."
    ],
    repo: STACK_FRAME
  },
  {
    id: "crash-loop",
    title: "Crash loop",
    category: "crash",
    severity: "P1",
    rank: 60,
    keywords: ["crashloopbackoff", "back-off restarting", "start request repeated", "main process exited"],
    matchers: [
      /CrashLoopBackOff/,
      /Back-off restarting failed container/,
      /Start request repeated too quickly/,
      /Main process exited, code=(exited|killed|dumped), status=(?!0\/)/
    ],
    fixability: 0.1,
    cause: "The service keeps exiting and being restarted; the reason is in what it logged just before exiting.",
    actions: [
      "Read the last lines the service logged before each exit (`kubectl logs --previous`, `journalctl -u`)."
    ]
  },
  {
    id: "health-check-failed",
    title: "Health checks failing",
    category: "health_check",
    severity: "P2",
    rank: 62,
    keywords: ["probe failed", "health check", "healthcheck", "unhealthy"],
    matchers: [
      /(Liveness|Readiness|Startup) probe failed/,
      /health ?check (has )?failed/i,
      /\bis unhealthy\b/i,
      /health_status: unhealthy/
    ],
    minCount: 3,
    fixability: 0.1,
    cause: "The service fails its health checks, so it is taken out of rotation or restarted.",
    actions: [
      "Call the health endpoint by hand and read what it checks; a failing dependency often fails it.",
      "Give slow starts a startupProbe rather than a longer liveness timeout."
    ]
  }
];

// src/knowledge/patterns/network.ts
var NETWORK_PATTERNS = [
  {
    id: "port-in-use",
    title: "Port already in use",
    category: "port_conflict",
    severity: "P2",
    rank: 18,
    keywords: ["eaddrinuse", "address already in use", "already allocated", "failed (98"],
    matchers: [
      /EADDRINUSE:? address already in use \S*?:(?<subject>\d{2,5})\b/,
      /\bEADDRINUSE\b/,
      /bind\(\) to \S*?:(?<subject>\d{2,5}) failed \(98/,
      /[Aa]ddress already in use/,
      /port (is )?already allocated/
    ],
    fixability: 0.2,
    cause: "The service cannot listen: another process already holds its port.",
    actions: [
      "Find the holder: `ss -ltnp 'sport = :PORT'`; stop the stale instance or change one of the ports.",
      "If two services are configured with the same port, give one a free port."
    ],
    repo: SUBJECT_IN_CONFIG
  },
  {
    id: "dns-failure",
    title: "DNS resolution failure",
    category: "dns",
    severity: "P2",
    rank: 22,
    keywords: [
      "enotfound",
      "eai_again",
      "name or service not known",
      "name resolution",
      "no such host",
      "unknownhostexception",
      "could not resolve"
    ],
    matchers: [
      /getaddrinfo (ENOTFOUND|EAI_AGAIN) (?<subject>[\w.-]+)/,
      /\b(ENOTFOUND|EAI_AGAIN)\b/,
      /Name or service not known/,
      /Temporary failure in name resolution/,
      /lookup (?<subject>[\w.-]+)( on [\d.:]+)?: no such host/,
      /UnknownHostException: (?<subject>[\w.-]+)/,
      /[Cc]ould not resolve host:? (?<subject>[\w.-]+)/
    ],
    // A resolver logging the answers it gives is normal noise.
    exclude: [/dnsmasq\[\d+\]/, /\bquery\[/],
    minCount: 2,
    fixability: 0.2,
    cause: "A dependency's host name does not resolve, so every call to it fails before connecting.",
    actions: [
      "Check the host name in the configuration for a typo or a renamed service (`getent hosts NAME`).",
      "Check the resolver: CoreDNS/kube-dns health, /etc/resolv.conf, network policies on port 53."
    ],
    repo: SUBJECT_IN_CONFIG
  },
  {
    id: "tls-cert-expired",
    title: "TLS certificate expired",
    category: "tls",
    severity: "P1",
    rank: 14,
    keywords: ["expired"],
    matchers: [
      /certificate has expired/i,
      /CERT_HAS_EXPIRED/,
      /x509: certificate has expired/,
      /\bcertificate expired\b/i,
      /SSL routines.*certificate expired/
    ],
    exclude: [/will expire/i, /expires in/i, /expiring/i, /\bsession\b.*expired/i, /token.*expired/i],
    fixability: 0.1,
    cause: "A TLS certificate in the chain is past its notAfter date, so handshakes fail.",
    actions: [
      "Check the dates: `openssl s_client -connect HOST:443 -servername HOST </dev/null | openssl x509 -noout -dates`.",
      "Renew it (certbot renew / cert-manager) and reload the server; then alert on expiry 14 days ahead."
    ]
  },
  {
    id: "tls-untrusted",
    title: "TLS certificate not trusted",
    category: "tls",
    severity: "P2",
    rank: 15,
    keywords: ["certificate", "self signed", "self-signed", "unable_to_verify"],
    matchers: [
      /unable to verify the first certificate/,
      /self[- ]signed certificate/,
      /UNABLE_TO_VERIFY_LEAF_SIGNATURE/,
      /certificate verify failed/,
      /x509: certificate signed by unknown authority/,
      /DEPTH_ZERO_SELF_SIGNED_CERT/
    ],
    fixability: 0.1,
    cause: "A TLS peer presents a certificate that is not trusted (self-signed, unknown CA or incomplete chain).",
    actions: [
      "Serve the full chain (leaf + intermediates), or add the issuing CA to the client's trust store.",
      "Never disable verification as a fix."
    ]
  },
  {
    id: "connection-refused",
    title: "Connection refused by a dependency",
    category: "connectivity",
    severity: "P2",
    rank: 40,
    keywords: ["econnrefused", "connection refused", "failed (111"],
    matchers: [
      /ECONNREFUSED (?<subject>[\w.-]+:\d+)/,
      /\bECONNREFUSED\b/,
      /[Cc]onnection refused/,
      /connect\(\) failed \(111/
    ],
    minCount: 3,
    fixability: 0.2,
    cause: "A dependency refuses connections: nothing listens on that address and port (down, restarting, or wrong port).",
    actions: [
      "Check the dependency is up and listening on the configured port (`ss -ltn`, its own logs).",
      "Compare the host:port in the error with the configuration."
    ],
    repo: SUBJECT_IN_CONFIG
  },
  {
    id: "dependency-timeout",
    title: "Timeouts calling a dependency",
    category: "connectivity",
    severity: "P2",
    rank: 42,
    keywords: ["etimedout", "timed out", "deadline exceeded", "timeoutexception", "esockettimedout"],
    matchers: [
      /\bE(SOCKET)?TIMEDOUT\b/,
      /upstream timed out/,
      /[Cc]onnect(ion)? timed out/,
      /context deadline exceeded/,
      /Read timed out/,
      /SocketTimeoutException/
    ],
    // Waiting for a pooled connection or a row lock is its own pattern.
    exclude: [
      /Connection is not available, request timed out/,
      /ResourceRequest timed out/,
      /Lock wait timeout/
    ],
    minCount: 3,
    fixability: 0.2,
    cause: "Calls to a dependency time out: it is slow, overloaded or unreachable.",
    actions: [
      "Check the dependency's latency and saturation; look for what changed there first.",
      "Make sure client timeouts are shorter than the caller's and retries have backoff."
    ]
  },
  {
    id: "upstream-5xx-storm",
    title: "Storm of upstream 5xx responses",
    category: "upstream_errors",
    severity: "P2",
    rank: 52,
    keywords: [
      '" 502 ',
      '" 503 ',
      '" 504 ',
      "status=50",
      'status":50',
      "no live upstreams",
      "upstream prematurely"
    ],
    matchers: [
      /" 50[234] \d+/,
      /\bstatus[=:]\s*"?50[234]\b/,
      /"status":\s*50[234]\b/,
      /no live upstreams/,
      /upstream prematurely closed connection/
    ],
    minCount: 20,
    fixability: 0.1,
    cause: "Many requests fail with 502/503/504: the upstream behind the proxy is failing or unavailable.",
    actions: [
      "Find the upstream's own error in its logs at the same time: the 5xx are the symptom.",
      "Check upstream health, recent deploys, and the proxy's upstream timeouts."
    ]
  },
  {
    id: "rate-limited",
    title: "Rate limited (429 storm)",
    category: "upstream_errors",
    severity: "P3",
    rank: 50,
    keywords: ['" 429 ', "too many requests", "rate limit", "status=429", 'status":429'],
    matchers: [/" 429 \d+/, /Too Many Requests/i, /rate limit(ed| exceeded)/i, /\bstatus[=:]\s*"?429\b/],
    minCount: 10,
    fixability: 0.2,
    cause: "Calls are being rejected with 429 Too Many Requests: a rate limit is being hit.",
    actions: [
      "Honour Retry-After with exponential backoff and jitter; spread batch jobs out.",
      "Ask for a higher quota, or cache responses to cut the call rate."
    ]
  }
];

// src/knowledge/patterns/resources.ts
var RESOURCE_PATTERNS = [
  {
    id: "oom-node-heap",
    title: "Node.js ran out of heap",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["javascript heap", "reached heap limit"],
    matchers: [/JavaScript heap out of memory/, /Reached heap limit/, /Allocation failed - JavaScript heap/],
    fixability: 0.7,
    cause: "The Node.js process exceeded its V8 heap limit and aborted.",
    actions: [
      "Raise --max-old-space-size (keep it about 75% of the container's memory limit).",
      "Take a heap snapshot under load to rule out a leak before raising limits again."
    ],
    repo: NODE_HEAP
  },
  {
    id: "oom-jvm",
    title: "JVM ran out of heap",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["outofmemoryerror"],
    matchers: [/java\.lang\.OutOfMemoryError/, /OutOfMemoryError: (Java heap space|GC overhead|Metaspace)/],
    fixability: 0.6,
    cause: "The JVM exhausted its heap (java.lang.OutOfMemoryError).",
    actions: [
      "Raise -Xmx (and the container limit with it), or find the allocation that grows with a heap dump.",
      "Add -XX:+HeapDumpOnOutOfMemoryError to capture the next occurrence."
    ],
    repo: JVM_HEAP
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
      /Memory cgroup out of memory/
    ],
    exclude: [/JavaScript heap out of memory/],
    fixability: 0.6,
    cause: "The kernel's OOM killer terminated the process: it used more memory than its cgroup or host allows.",
    actions: [
      "Raise the memory limit of the service, or reduce its memory use.",
      "Check the memory graph for steady growth (a leak) versus a spike (a burst of work)."
    ],
    repo: MEMORY_LIMIT
  },
  {
    id: "oom-container",
    title: "Container OOMKilled",
    category: "out_of_memory",
    severity: "P1",
    rank: 11,
    keywords: ["oomkilled", "exit code", "exited with code"],
    matchers: [/OOMKilled/, /Exit Code:\s+137\b/, /exit(ed with)? code:? 137\b/i],
    fixability: 0.6,
    cause: "The container was killed for exceeding its memory limit (OOMKilled, exit code 137).",
    actions: [
      "Raise the container's memory limit (resources.limits.memory), or reduce the service's memory use.",
      "Compare requests and limits with actual usage (kubectl top pod) before changing them."
    ],
    repo: MEMORY_LIMIT
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
      "diskpressure"
    ],
    matchers: [
      /No space left on device/i,
      /\bENOSPC\b/,
      /\bdisk (is )?full\b/i,
      /could not extend file/,
      /database or disk is full/,
      /\bDiskPressure\b/
    ],
    // ENOSPC from inotify means the watch limit was reached, not that the disk is full.
    exclude: [/file watchers/i, /inotify/i],
    fixability: 0.1,
    cause: "A filesystem ran out of space, so writes fail.",
    actions: [
      "Free space now: `df -h`, then `du -xh --max-depth=1 /var | sort -h` to find what grew.",
      "Rotate and cap logs (logrotate, Docker's max-size), prune old data, or grow the volume."
    ]
  },
  {
    id: "too-many-open-files",
    title: "Too many open files",
    category: "resource_limits",
    severity: "P2",
    rank: 12,
    keywords: ["emfile", "too many open files"],
    matchers: [/\bEMFILE\b/, /Too many open files/i],
    fixability: 0.7,
    cause: "The process hit its open-file-descriptor limit (EMFILE), so new connections and files fail.",
    actions: [
      "Raise the descriptor limit (LimitNOFILE in the systemd unit, worker_rlimit_nofile for nginx).",
      "Check for a descriptor leak: `ls /proc/PID/fd | wc -l` over time."
    ],
    repo: NOFILE
  },
  {
    id: "nginx-worker-connections",
    title: "nginx worker_connections exhausted",
    category: "resource_limits",
    severity: "P2",
    rank: 12,
    keywords: ["worker_connections"],
    matchers: [/worker_connections are not enough/],
    fixability: 0.8,
    cause: "nginx ran out of worker connections: each worker accepts at most worker_connections clients and upstreams.",
    actions: [
      "Raise worker_connections in the events block (and worker_rlimit_nofile to at least twice it).",
      "Check for slow upstreams holding connections open."
    ],
    repo: WORKER_CONNECTIONS
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
      "too many clients",
      "remaining connection slots",
      "pool exhausted",
      "timeout acquiring a connection",
      "unable to acquire"
    ],
    matchers: [
      /Connection is not available, request timed out after \d+ms/,
      /ResourceRequest timed out/,
      /QueuePool limit of size \d+ overflow \d+ reached/,
      /sorry, too many clients already/,
      /remaining connection slots are reserved/,
      /(connection )?pool (is )?exhausted/i,
      /Timeout acquiring a connection/,
      /Unable to acquire JDBC Connection/
    ],
    fixability: 0.7,
    cause: "Requests wait for a database connection and time out: the connection pool is too small for the load, or connections are held too long.",
    actions: [
      "Raise the pool size, keeping pool size × replicas below the database's max_connections.",
      "Look for slow queries or transactions that hold connections (pg_stat_activity)."
    ],
    repo: POOL_SIZE
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
      /413 Request Entity Too Large/
    ],
    fixability: 0.7,
    cause: "The proxy rejects uploads larger than its client_max_body_size with 413 before they reach the service.",
    actions: [
      "Raise client_max_body_size to the largest upload the service accepts (and no further).",
      "Check the service's own upload limit matches, or it will reject what the proxy now lets through."
    ],
    repo: BODY_SIZE
  }
];

// src/knowledge/patterns/index.ts
var FAILURE_PATTERNS = [
  ...RESOURCE_PATTERNS,
  ...NETWORK_PATTERNS,
  ...APPLICATION_PATTERNS
].sort((a, b) => a.rank - b.rank);
function patternById(id) {
  return FAILURE_PATTERNS.find((s) => s.id === id);
}

// src/knowledge/pattern-scanner.ts
var MAX_EVIDENCE = 5;
var MAX_EXCERPT = 1500;
var MAX_PHRASE = 200;
var FRAME_WINDOW = 40;
var FRAME_LINE = /^\s+at\s|^\s*File "[^"]+", line \d+|^\s+\/\S+\.go:\d+/;
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function buildPrefilter(patterns) {
  const words = [...new Set(patterns.flatMap((s) => s.keywords))];
  return new RegExp(words.map(escapeRegExp).join("|"), "i");
}
function matchPattern(pattern, text) {
  if (pattern.exclude?.some((re) => re.test(text))) return void 0;
  let matched;
  for (const matcher of pattern.matchers) {
    const m = matcher.exec(text);
    if (!m) continue;
    const phrase = matched?.phrase ?? m[0];
    const subject = m.groups?.subject;
    if (subject) return { subject, phrase };
    matched ??= { phrase };
  }
  return matched;
}
function messageText(record) {
  if (record.message === void 0) return void 0;
  const newline = record.text.indexOf("\n");
  return newline < 0 ? record.message : `${record.message}${record.text.slice(newline)}`;
}
function createPatternScanner(patterns = FAILURE_PATTERNS) {
  const prefilter = buildPrefilter(patterns);
  const tallies = /* @__PURE__ */ new Map();
  let openTrace;
  function foldFrame(record) {
    if (!openTrace) return;
    if (record.file !== openTrace.file || record.line > openTrace.until) {
      openTrace = void 0;
      return;
    }
    if (FRAME_LINE.test(record.text) && openTrace.entry.excerpt.length < MAX_EXCERPT) {
      openTrace.entry.excerpt = `${openTrace.entry.excerpt}
${record.text}`.slice(0, MAX_EXCERPT);
    }
  }
  function consider(file, line, text, alternative) {
    const both = alternative === void 0 ? text : `${text}
${alternative}`;
    if (!prefilter.test(both)) return;
    const lower = both.toLowerCase();
    for (const pattern of patterns) {
      if (!pattern.keywords.some((k) => lower.includes(k))) continue;
      const match = matchPattern(pattern, text) ?? (alternative === void 0 ? void 0 : matchPattern(pattern, alternative));
      if (!match) continue;
      let tally = tallies.get(pattern.id);
      if (!tally) {
        tally = { pattern, count: 0, evidence: [] };
        tallies.set(pattern.id, tally);
      }
      tally.count += 1;
      tally.subject ??= match.subject;
      if (tally.evidence.length < MAX_EVIDENCE) {
        const phrase = match.phrase.slice(0, MAX_PHRASE);
        const entry = {
          file,
          line,
          excerpt: text.slice(0, MAX_EXCERPT),
          ...phrase ? { match: phrase } : {}
        };
        tally.evidence.push(entry);
        if (pattern.repo?.some((l) => l.fromStackTrace))
          openTrace = { entry, file, until: line + FRAME_WINDOW };
      }
    }
  }
  return {
    onRecord(record) {
      foldFrame(record);
      consider(record.file, record.line, record.text, messageText(record));
    },
    scanText(file, text) {
      text.split("\n").forEach((line, index) => {
        consider(file, index + 1, line);
      });
    },
    findings() {
      return [...tallies.values()].filter((t) => t.count >= (t.pattern.minCount ?? 1)).sort((a, b) => a.pattern.rank - b.pattern.rank || b.count - a.count).map((t) => ({
        patternId: t.pattern.id,
        title: t.pattern.title,
        category: t.pattern.category,
        severity: t.pattern.severity,
        rank: t.pattern.rank,
        count: t.count,
        evidence: t.evidence.map((e) => ({ ...e })),
        ...t.subject ? { subject: t.subject } : {}
      }));
    }
  };
}

export {
  UsageSchema,
  ZERO_USAGE,
  addUsage,
  SUBMIT_TOOL,
  FAILURE_PATTERNS,
  patternById,
  matchPattern,
  createPatternScanner
};
