import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  MONITORING_SOURCES
} from "./chunk-ETXEAIJJ.js";
import {
  applyPatch,
  createTwoFilesPatch,
  parsePatch
} from "./chunk-JH6YQ4PQ.js";
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

// src/llm/offline/conversation.ts
function pastCalls(messages) {
  const calls = /* @__PURE__ */ new Map();
  for (const message of messages) {
    for (const block of message.content) {
      if (block.type === "tool_use" && block.name !== SUBMIT_TOOL) {
        calls.set(block.id, { id: block.id, name: block.name, input: block.input });
      } else if (block.type === "tool_result") {
        const call = calls.get(block.toolUseId);
        if (call) call.result = { content: block.content, isError: block.isError };
      }
    }
  }
  return [...calls.values()];
}
function inputString(call, key) {
  const input = call.input;
  if (typeof input !== "object" || input === null || !(key in input)) return void 0;
  const value = input[key];
  return typeof value === "string" ? value : void 0;
}
function hasTool(request, name) {
  return request.tools.some((t) => t.name === name);
}
function toolTurn(request, calls, why) {
  const turn = request.messages.length;
  const content = [{ type: "text", text: why }];
  calls.forEach((call, index) => {
    content.push({
      type: "tool_use",
      id: `toolu_offline_${turn}_${index}`,
      name: call.name,
      input: call.input
    });
  });
  return { content, stopReason: "tool_use", model: "offline", usage: ZERO_USAGE };
}
function submitTurn(request, output, why) {
  return toolTurn(request, [{ name: SUBMIT_TOOL, input: output }], why);
}
function parseGrepOutput(output) {
  const hits = [];
  for (const row of output.split("\n")) {
    const m = /^(.+?):(\d+):\s?(.*)$/.exec(row);
    if (m?.[1] && m[2]) hits.push({ file: m[1], line: Number(m[2]), text: m[3] ?? "" });
  }
  return hits;
}

// src/llm/offline/signatures/locators.ts
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

// src/llm/offline/signatures/application.ts
var APPLICATION_SIGNATURES = [
  {
    id: "permission-denied",
    title: "Permission denied",
    category: "permissions",
    severity: "P2",
    rank: 20,
    keywords: ["eacces", "permission denied", "eperm", "operation not permitted"],
    patterns: [
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
    patterns: [
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
    patterns: [
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
    patterns: [
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
    patterns: [
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
    patterns: [
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
    patterns: [
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
    patterns: [
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

// src/llm/offline/signatures/network.ts
var NETWORK_SIGNATURES = [
  {
    id: "port-in-use",
    title: "Port already in use",
    category: "port_conflict",
    severity: "P2",
    rank: 18,
    keywords: ["eaddrinuse", "address already in use", "already allocated", "failed (98"],
    patterns: [
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
    patterns: [
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
    patterns: [
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
    patterns: [
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
    patterns: [
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
    patterns: [
      /\bE(SOCKET)?TIMEDOUT\b/,
      /upstream timed out/,
      /[Cc]onnect(ion)? timed out/,
      /context deadline exceeded/,
      /Read timed out/,
      /SocketTimeoutException/
    ],
    // Waiting for a pooled connection or a row lock is its own signature.
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
    patterns: [
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
    patterns: [/" 429 \d+/, /Too Many Requests/i, /rate limit(ed| exceeded)/i, /\bstatus[=:]\s*"?429\b/],
    minCount: 10,
    fixability: 0.2,
    cause: "Calls are being rejected with 429 Too Many Requests: a rate limit is being hit.",
    actions: [
      "Honour Retry-After with exponential backoff and jitter; spread batch jobs out.",
      "Ask for a higher quota, or cache responses to cut the call rate."
    ]
  }
];

// src/llm/offline/signatures/resources.ts
var RESOURCE_SIGNATURES = [
  {
    id: "oom-node-heap",
    title: "Node.js ran out of heap",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["javascript heap", "reached heap limit"],
    patterns: [/JavaScript heap out of memory/, /Reached heap limit/, /Allocation failed - JavaScript heap/],
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
    patterns: [/java\.lang\.OutOfMemoryError/, /OutOfMemoryError: (Java heap space|GC overhead|Metaspace)/],
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
    patterns: [
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
    patterns: [/OOMKilled/, /Exit Code:\s+137\b/, /exit(ed with)? code:? 137\b/i],
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
    patterns: [
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
    patterns: [/\bEMFILE\b/, /Too many open files/i],
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
    patterns: [/worker_connections are not enough/],
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
    patterns: [
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
    patterns: [
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

// src/llm/offline/signatures/index.ts
var SIGNATURES = [
  ...RESOURCE_SIGNATURES,
  ...NETWORK_SIGNATURES,
  ...APPLICATION_SIGNATURES
].sort((a, b) => a.rank - b.rank);
function signatureById(id) {
  return SIGNATURES.find((s) => s.id === id);
}

// src/llm/offline/signature-scanner.ts
var MAX_EVIDENCE = 5;
var MAX_EXCERPT = 1500;
var FRAME_WINDOW = 40;
var FRAME_LINE = /^\s+at\s|^\s*File "[^"]+", line \d+|^\s+\/\S+\.go:\d+/;
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function buildPrefilter(signatures) {
  const words = [...new Set(signatures.flatMap((s) => s.keywords))];
  return new RegExp(words.map(escapeRegExp).join("|"), "i");
}
function matchSignature(signature, text) {
  if (signature.exclude?.some((re) => re.test(text))) return void 0;
  let matched;
  for (const pattern of signature.patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const subject = m.groups?.subject;
    if (subject) return { subject };
    matched ??= {};
  }
  return matched;
}
function createSignatureScanner(signatures = SIGNATURES) {
  const prefilter = buildPrefilter(signatures);
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
  function consider(file, line, text) {
    if (!prefilter.test(text)) return;
    const lower = text.toLowerCase();
    for (const signature of signatures) {
      if (!signature.keywords.some((k) => lower.includes(k))) continue;
      const match = matchSignature(signature, text);
      if (!match) continue;
      let tally = tallies.get(signature.id);
      if (!tally) {
        tally = { signature, count: 0, evidence: [] };
        tallies.set(signature.id, tally);
      }
      tally.count += 1;
      tally.subject ??= match.subject;
      if (tally.evidence.length < MAX_EVIDENCE) {
        const entry = { file, line, excerpt: text.slice(0, MAX_EXCERPT) };
        tally.evidence.push(entry);
        if (signature.repo?.some((l) => l.fromStackTrace))
          openTrace = { entry, file, until: line + FRAME_WINDOW };
      }
    }
  }
  return {
    onRecord(record) {
      foldFrame(record);
      consider(record.file, record.line, record.text);
    },
    scanText(file, text) {
      text.split("\n").forEach((line, index) => {
        consider(file, index + 1, line);
      });
    },
    findings() {
      return [...tallies.values()].filter((t) => t.count >= (t.signature.minCount ?? 1)).sort((a, b) => a.signature.rank - b.signature.rank || b.count - a.count).map((t) => ({
        signatureId: t.signature.id,
        title: t.signature.title,
        category: t.signature.category,
        severity: t.signature.severity,
        rank: t.signature.rank,
        count: t.count,
        evidence: t.evidence.map((e) => ({ ...e })),
        ...t.subject ? { subject: t.subject } : {}
      }));
    }
  };
}

// src/llm/offline/findings.ts
function countOf(hint) {
  return "count" in hint && typeof hint.count === "number" ? hint.count : void 0;
}
function subjectOf(signature, hint) {
  for (const e of hint.evidence) {
    const subject = matchSignature(signature, e.excerpt)?.subject;
    if (subject) return subject;
  }
  return void 0;
}
function findingsOf(context) {
  let hints = context.hints;
  if (hints.length === 0) {
    const scanner = createSignatureScanner();
    scanner.scanText("alert", [context.incident.title, context.incident.description ?? ""].join("\n"));
    hints = scanner.findings();
  }
  const findings = [];
  for (const hint of hints) {
    const signature = signatureById(hint.signatureId);
    if (!signature) continue;
    const subject = subjectOf(signature, hint);
    findings.push({
      hint,
      signature,
      count: countOf(hint) ?? hint.evidence.length,
      ...subject ? { subject } : {}
    });
  }
  return findings.sort((a, b) => a.signature.rank - b.signature.rank || b.count - a.count);
}
var SEVERITY_ORDER = ["P1", "P2", "P3", "P4"];
function moreSevere(a, b) {
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}
var ALERT_SOURCES = new Set(MONITORING_SOURCES);
function isAlert(context) {
  return ALERT_SOURCES.has(context.incident.source) && context.incident.status === "firing";
}
function errorTemplates(context) {
  return (context.logSummary?.kept ?? []).filter((t) => t.level === "ERROR" || t.level === "FATAL");
}
var UNEXPLAINED_ERRORS = 20;
function verdictOf(context) {
  const [primary, ...others] = findingsOf(context);
  if (primary) return { kind: "finding", primary, others };
  const errors = errorTemplates(context).reduce((sum, t) => sum + t.count, 0);
  return isAlert(context) || errors >= UNEXPLAINED_ERRORS ? { kind: "unknown" } : { kind: "none" };
}

// src/llm/offline/diagnosis-builder.ts
var MAX_LOG_EVIDENCE = 5;
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function hintEvidence(finding, limit, note) {
  return finding.hint.evidence.slice(0, limit).map((e, index) => ({
    kind: e.file === "alert" ? "alert" : "log",
    file: e.file,
    line: e.line,
    excerpt: clip(e.excerpt, 2e3),
    ...index === 0 && note ? { note: clip(note, 500) } : {}
  }));
}
function where(finding) {
  const first = finding.hint.evidence[0];
  return first ? `${first.file}:${first.line}` : "the alert";
}
function findingDiagnosis(context, primary, others, cause) {
  const sig = primary.signature;
  const lines = `${primary.count} matching log line${primary.count === 1 ? "" : "s"}, first at ${where(primary)}`;
  const subject = primary.subject ? ` (${primary.subject})` : "";
  const evidence = hintEvidence(
    primary,
    MAX_LOG_EVIDENCE,
    `${sig.title}: ${primary.count} matching`
  );
  if (cause) {
    evidence.push({
      kind: "repo",
      file: cause.file,
      line: cause.line,
      excerpt: clip(cause.text, 2e3),
      note: clip(cause.change ? `${cause.locator.what}; proposed: ${cause.change}` : cause.locator.what, 500)
    });
  }
  for (const other of others) {
    evidence.push(...hintEvidence(other, 1, `also seen: ${other.signature.title} (${other.count}×)`));
  }
  const consequences = others.map((o) => `${o.signature.title.toLowerCase()} (${o.count}×)`);
  const repoText = cause ? ` In the repository, ${cause.locator.what} is at ${cause.file}:${cause.line}: \`${clip(cause.text.trim(), 200)}\`.` : "";
  const fixable = cause?.change !== void 0;
  const confidence = Math.min(0.95, 0.6 + (primary.count >= 3 ? 0.1 : 0) + (cause ? 0.2 : 0));
  return {
    severity: moreSevere(sig.severity, context.incident.severity),
    category: sig.category,
    summary: clip(
      `${sig.title}${subject}: ${lines}.${cause ? ` Cause located at ${cause.file}:${cause.line}.` : ""}`,
      2e3
    ),
    rootCause: clip(
      `${sig.cause}${subject ? ` Named in the logs: ${primary.subject}.` : ""}${repoText}` + (consequences.length ? ` Also seen, most likely consequences: ${consequences.join(", ")}.` : ""),
      4e3
    ),
    evidence: evidence.slice(0, 50),
    confidence,
    // Only a change the Surgeon can actually make earns a proposal; otherwise a person takes it from here.
    fixability: fixable ? sig.fixability : Math.min(sig.fixability, 0.3),
    recommendedActions: [
      ...fixable && cause ? [`Change ${cause.file}:${cause.line}: ${cause.change}.`] : [],
      ...sig.actions
    ].slice(0, 20),
    signatures: [sig.id, ...others.map((o) => o.signature.id)]
  };
}
function noFindingDiagnosis(context, kind) {
  const summary = context.logSummary;
  const records = summary?.totalRecords ?? 0;
  const files = summary?.files.map((f) => f.file).join(", ") || "no logs";
  const errors = errorTemplates(context);
  const errorCount = errors.reduce((sum, t) => sum + t.count, 0);
  const checked = `None of the ${SIGNATURES.length} known incident signatures matched ${records} log records (${files})`;
  const evidence = errors.slice(0, 5).map((t) => ({
    kind: "log",
    file: t.firstSeen.file,
    line: t.firstSeen.line,
    excerpt: clip(t.examples[0]?.text ?? t.template, 2e3),
    note: `${t.count}× at level ${t.level}; no known signature`
  }));
  if (kind === "none") {
    return {
      severity: "P4",
      category: "none",
      summary: `Nothing looks wrong. ${checked}; ${errorCount} error-level records.`,
      rootCause: "",
      evidence,
      confidence: records > 0 ? 0.7 : 0.4,
      fixability: 0,
      recommendedActions: [],
      signatures: []
    };
  }
  return {
    severity: context.incident.severity,
    category: "unknown",
    summary: `No cause established. ${checked}, yet ${isFiring(context) ? "the alert is firing" : `${errorCount} error-level records are present`}.`,
    rootCause: "Unknown: the offline diagnoser does not recognise this failure, and it does not guess.",
    evidence,
    confidence: 0.1,
    fixability: 0,
    recommendedActions: [
      "Read the error lines cited above in full, and the service's logs around the alert's start time.",
      "Run again with a model provider (set ANTHROPIC_API_KEY) for a deeper analysis."
    ],
    signatures: []
  };
}
function isFiring(context) {
  return context.incident.status === "firing" && context.incident.source !== "logs" && context.incident.source !== "cli";
}

// src/llm/offline/read-output.ts
var CUT_NOTE = /\n\[output cut: showing \d+ of \d+ characters;[^\]]*\]$/;
function fileText(output) {
  const cut = CUT_NOTE.exec(output);
  return cut ? { text: output.slice(0, cut.index), complete: false } : { text: output, complete: true };
}

// src/llm/offline/repo-fixes.ts
var NUMBER_RULES = {
  "raise-memory-limit": {
    pattern: /((?:memory|mem_limit):\s*"?|^Memory(?:Max|Limit)=)(\d+)(Mi|Gi|M|G|m|g)?/,
    scale: (v) => v * 2
  },
  "raise-node-heap": { pattern: /(--max-old-space-size=)(\d+)()/, scale: (v) => v * 2 },
  "raise-jvm-heap": { pattern: /(-Xmx)(\d+)([mMgG])/, scale: (v) => v * 2 },
  "raise-nofile": {
    pattern: /(LimitNOFILE=|worker_rlimit_nofile\s+|ulimit -n\s+)(\d+)()/,
    scale: (v) => v < 65536 ? 65536 : v * 2
  },
  "raise-worker-connections": { pattern: /(worker_connections\s+)(\d+)()/, scale: (v) => v * 4 },
  "raise-pool-size": {
    pattern: /((?:maximum-pool-size|maximumPoolSize|max_pool_size|maxPoolSize|pool_size|poolSize|POOL_SIZE|POOL_MAX|pool_max)\s*[:=]\s*"?)(\d+)()/,
    scale: (v) => v * 2
  }
};
function splitLines(content) {
  return content.split("\n");
}
function applyFix(kind, input) {
  const rule = NUMBER_RULES[kind];
  if (rule) return scaleNumber(rule, input);
  if (kind === "move-dev-dependency") return moveDevDependency(input);
  if (kind === "raise-body-size") return raiseBodySize(input);
  if (kind === "guard-property-access") return guardPropertyAccess(input);
  return void 0;
}
function replaceLine(content, line, text) {
  const lines = splitLines(content);
  lines[line - 1] = text;
  return lines.join("\n");
}
function scaleNumber(rule, input) {
  const old = splitLines(input.content)[input.line - 1];
  if (old === void 0 || /^\s*(#|\/\/)/.test(old)) return void 0;
  const m = rule.pattern.exec(old);
  if (!m || m.index === void 0) return void 0;
  const [whole, prefix = "", digits = "", unit = ""] = m;
  const next = rule.scale(Number(digits));
  if (!Number.isSafeInteger(next) || next <= Number(digits)) return void 0;
  const text = old.slice(0, m.index) + prefix + String(next) + unit + old.slice(m.index + whole.length);
  return {
    content: replaceLine(input.content, input.line, text),
    change: `${prefix.replace(/[\s"=:]+$/, "").trim()} ${digits}${unit} → ${next}${unit}`
  };
}
var UNIT_BYTES = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function raiseBodySize(input) {
  const old = splitLines(input.content)[input.line - 1];
  const m = old === void 0 ? null : /(client_max_body_size\s+)(\d+)([kKmMgG]?)(\s*;)/.exec(old);
  if (!old || !m || m.index === void 0 || /^\s*#/.test(old)) return void 0;
  const [whole, prefix = "", digits = "", unit = "", end = ""] = m;
  const current = Number(digits) * (UNIT_BYTES[unit.toLowerCase()] ?? 1);
  const refused = Number(input.subject ?? 0);
  let mib = 1;
  while (mib * 1024 ** 2 < Math.max(current * 2, refused)) mib *= 2;
  const text = `${old.slice(0, m.index)}${prefix}${mib}m${end}${old.slice(m.index + whole.length)}`;
  return {
    content: replaceLine(input.content, input.line, text),
    change: `client_max_body_size ${digits}${unit} → ${mib}m`
  };
}
function blockRange(lines, key) {
  const open = lines.findIndex((l) => new RegExp(`^(\\s*)"${key}"\\s*:\\s*\\{\\s*$`).test(l));
  if (open < 0) return void 0;
  const indent = /^(\s*)/.exec(lines[open] ?? "")?.[1] ?? "";
  for (let i = open + 1; i < lines.length; i += 1) {
    if (new RegExp(`^${indent}\\}`).test(lines[i] ?? "")) return { open, close: i };
  }
  return void 0;
}
function moveDevDependency(input) {
  const name = input.subject;
  if (!name) return void 0;
  let manifest;
  try {
    manifest = JSON.parse(input.content);
  } catch {
    return void 0;
  }
  if (typeof manifest !== "object" || manifest === null) return void 0;
  const deps = manifest.dependencies;
  const devDeps = manifest.devDependencies;
  if (!devDeps || !(name in devDeps) || deps && name in deps) return void 0;
  const lines = splitLines(input.content);
  const dev = blockRange(lines, "devDependencies");
  const prod = blockRange(lines, "dependencies");
  if (!dev || !prod) return void 0;
  const at = lines.findIndex(
    (l, i) => i > dev.open && i < dev.close && l.trimStart().startsWith(`"${name}"`)
  );
  if (at < 0) return void 0;
  const entry = (lines[at] ?? "").replace(/,\s*$/, "");
  const without = [...lines];
  without.splice(at, 1);
  if (at === dev.close - 1 && at - 1 > dev.open)
    without[at - 1] = (without[at - 1] ?? "").replace(/,\s*$/, "");
  const target = blockRange(without, "dependencies");
  if (!target) return void 0;
  const members = without.slice(target.open + 1, target.close);
  let index = members.findIndex((l) => (/"([^"]+)"/.exec(l)?.[1] ?? "") > name);
  if (index < 0) index = members.length;
  const isLast = index === members.length;
  const insertAt = target.open + 1 + index;
  if (isLast && members.length > 0) {
    without[insertAt - 1] = `${(without[insertAt - 1] ?? "").replace(/,\s*$/, "")},`;
  }
  without.splice(insertAt, 0, isLast ? entry : `${entry},`);
  const content = without.join("\n");
  return isJson(content) ? { content, change: `${name}: devDependencies → dependencies` } : void 0;
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function guardPropertyAccess(input) {
  const property = input.subject;
  if (!property || !/^[A-Za-z_$][\w$]*$/.test(property)) return void 0;
  const old = splitLines(input.content)[input.line - 1];
  if (old === void 0) return void 0;
  const access = new RegExp(
    `([\\w$\\])]+)(?<!\\?)\\.${property.replace(/\$/g, "\\$")}(?![\\w$])(?!\\s*=[^=>])`,
    "g"
  );
  const matches = [...old.matchAll(access)];
  const first = matches[0];
  if (!first || matches.length !== 1 || first.index === void 0) return void 0;
  const at = first.index + (first[1]?.length ?? 0);
  const text = `${old.slice(0, at)}?${old.slice(at)}`;
  return {
    content: replaceLine(input.content, input.line, text),
    change: `${first[0].trim()} → ${first[0].trim().replace(`.${property}`, `?.${property}`)}`
  };
}

// src/llm/offline/stack-frames.ts
var FRAME_PATTERNS = [
  // Node: "at handler (/app/src/orders.js:42:18)", "at /app/src/x.js:3:9", file:// URLs.
  /\bat (?:.*? \()?(?:file:\/\/)?(?<path>[^\s()]+?):(?<line>\d+):(?<column>\d+)\)?\s*$/,
  // Python: File "/app/app/views.py", line 42, in handler
  /File "(?<path>[^"]+)", line (?<line>\d+)/,
  // Go: "\t/app/internal/store.go:42 +0x1d"
  /^\s*(?<path>\/[^\s:]+\.go):(?<line>\d+)(?:\s|$)/,
  // Java: "at com.acme.orders.OrderService.place(OrderService.java:42)"
  /\bat (?<pkg>[\w$.]+)\.[\w$<>]+\((?<path>[\w$]+\.(?:java|kt|scala)):(?<line>\d+)\)/
];
var FOREIGN = /node_modules\/|^node:|\/site-packages\/|\/dist-packages\/|^internal\/|\/usr\/lib\//;
function toRepoPath(path, pkg, repoFiles) {
  if (FOREIGN.test(path)) return void 0;
  const wanted = pkg ? `${pkg.split(".").slice(0, -1).join("/")}/${path}` : path.replace(/\\/g, "/");
  let best;
  for (const file of repoFiles) {
    const same = wanted === file || (pkg ? file.endsWith(`/${wanted}`) : wanted.endsWith(`/${file}`));
    if (same && file.length > (best?.length ?? 0)) best = file;
  }
  return best;
}
function repoFrames(trace, repoFiles) {
  const frames = [];
  for (const row of trace.split("\n")) {
    for (const pattern of FRAME_PATTERNS) {
      const g = pattern.exec(row)?.groups;
      if (!g?.path || !g.line) continue;
      const file = toRepoPath(g.path, g.pkg, repoFiles);
      if (file)
        frames.push({ file, line: Number(g.line), ...g.column ? { column: Number(g.column) } : {} });
      break;
    }
  }
  return /Traceback \(most recent call last\)/.test(trace) ? frames.reverse() : frames;
}
function unreadableProperty(trace) {
  return /Cannot read propert(?:y|ies) of (?:undefined|null) \(reading '([^']+)'\)/.exec(trace)?.[1] ?? /Cannot read property '([^']+)' of (?:undefined|null)/.exec(trace)?.[1];
}

// src/llm/offline/repo-targets.ts
var MAX_FILE_SEARCHES = 4;
function commonDir(files) {
  const parts = files.map((f) => f.split("/").slice(0, -1));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n += 1;
  return first.slice(0, n).join("/");
}
var MAX_DIRECT_READS = 4;
function firstLook(targets, tools) {
  const greps = targets.flatMap((t) => t.kind === "grep" ? [t] : []);
  const frames = targets.flatMap((t) => t.kind === "frame" ? [t.file] : []);
  const candidates = [...new Set(greps.flatMap((t) => t.candidates))];
  const reads = tools.read ? frames : [];
  if (candidates.length === 0) return { reads: [...new Set(reads)], searches: [] };
  if (tools.read && (candidates.length <= MAX_DIRECT_READS || !tools.grep)) {
    return { reads: [.../* @__PURE__ */ new Set([...reads, ...candidates.slice(0, MAX_DIRECT_READS)])], searches: [] };
  }
  if (!tools.grep) return { reads: [...new Set(reads)], searches: [] };
  const pattern = [...new Set(greps.map((t) => t.pattern))].map((p) => `(?:${p})`).join("|");
  const dir = commonDir(candidates);
  const searches = dir ? [{ pattern, path: dir }] : candidates.length <= MAX_FILE_SEARCHES ? candidates.map((path) => ({ pattern, path })) : [{ pattern }];
  return { reads: [...new Set(reads)], searches };
}
function escapeRegExp2(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function traceOf(finding) {
  return finding.hint.evidence.map((e) => e.excerpt).join("\n");
}
function repoTargets(finding, repoFiles) {
  const targets = [];
  for (const locator of finding.signature.repo ?? []) {
    if (locator.fromStackTrace) {
      const trace = traceOf(finding);
      const frame = repoFrames(trace, repoFiles)[0];
      const subject = unreadableProperty(trace);
      if (frame) targets.push({ kind: "frame", locator, ...frame, ...subject ? { subject } : {} });
      continue;
    }
    if (locator.grep.includes("{subject}") && !finding.subject) continue;
    const pattern = locator.grep.replaceAll("{subject}", escapeRegExp2(finding.subject ?? ""));
    const candidates = repoFiles.filter((f) => locator.files.test(f));
    if (candidates.length > 0) targets.push({ kind: "grep", locator, pattern, candidates });
  }
  return targets;
}
function suspectFiles(finding, repoFiles) {
  const targets = repoTargets(finding, repoFiles);
  const framed = targets.flatMap((t) => t.kind === "frame" ? [t.file] : []);
  const located = repoFiles.filter((f) => targets.some((t) => t.kind === "grep" && t.locator.files.test(f)));
  return [.../* @__PURE__ */ new Set([...framed, ...located])].slice(0, 10);
}
function underLimits(lines, line) {
  return lines.slice(Math.max(0, line - 4), line - 1).some((l) => /^\s*limits:\s*$/.test(l));
}
function locateCause(finding, hits, contentOf) {
  let fallback;
  const ranked = [...hits].sort((a, b) => {
    const la = (contentOf(a.file) ?? "").split("\n");
    const lb = (contentOf(b.file) ?? "").split("\n");
    return Number(underLimits(lb, b.line)) - Number(underLimits(la, a.line));
  });
  const ordered = ranked.sort((a, b) => order(finding, a.target.locator) - order(finding, b.target.locator));
  for (const hit of ordered) {
    const content = contentOf(hit.file);
    if (content === void 0) continue;
    const text = content.split("\n")[hit.line - 1];
    if (text === void 0) continue;
    const locator = hit.target.locator;
    const cause = { file: hit.file, line: hit.line, text, locator };
    if (!locator.fix) {
      fallback ??= cause;
      continue;
    }
    const subject = hit.target.kind === "frame" ? hit.target.subject : finding.subject;
    const fixed = applyFix(locator.fix, { content, line: hit.line, ...subject ? { subject } : {} });
    if (fixed) return { ...cause, change: fixed.change };
    fallback ??= cause;
  }
  return fallback;
}
function order(finding, locator) {
  return (finding.signature.repo ?? []).indexOf(locator);
}

// src/llm/offline/detective.ts
var MAX_FILES = 4;
function detectiveTurn(request) {
  const { context } = request;
  const verdict2 = verdictOf(context);
  if (verdict2.kind !== "finding") {
    return submitTurn(request, noFindingDiagnosis(context, verdict2.kind), "No known signature matched.");
  }
  const { primary, others } = verdict2;
  const repoFiles = context.repoFiles ?? [];
  const targets = repoFiles.length > 0 ? repoTargets(primary, repoFiles) : [];
  const past = pastCalls(request.messages);
  const requested = new Set(past.filter((c) => c.name === "read_file").map((c) => inputString(c, "path")));
  if (past.length === 0) {
    const calls = firstCalls(request, targets);
    if (calls.length > 0)
      return toolTurn(
        request,
        calls,
        `Looking for where ${primary.signature.title.toLowerCase()} comes from in the repository.`
      );
  }
  const contentOf = (file) => {
    const read = past.find((c) => c.name === "read_file" && inputString(c, "path") === file);
    return read?.result && !read.result.isError ? fileText(read.result.content).text : void 0;
  };
  const inRepo = new Set(repoFiles);
  const grepHits = past.filter((c) => c.name === "grep_search" && c.result && !c.result.isError).flatMap((c) => parseGrepOutput(c.result?.content ?? ""));
  const hits = targets.flatMap((target) => {
    if (target.kind === "frame") return [{ target, file: target.file, line: target.line }];
    const own = new RegExp(target.pattern);
    const searched = grepHits.filter(
      (h) => inRepo.has(h.file) && target.locator.files.test(h.file) && own.test(h.text)
    );
    const readWhole = target.candidates.flatMap(
      (file) => (contentOf(file)?.split("\n") ?? []).flatMap(
        (text, i) => own.test(text) ? [{ file, line: i + 1, text }] : []
      )
    );
    const unique = new Map([...searched, ...readWhole].map((h) => [`${h.file}:${h.line}`, h]));
    return [...unique.values()].map((h) => ({ target, file: h.file, line: h.line }));
  });
  const unread = [...new Set(hits.map((h) => h.file))].filter((f) => !requested.has(f)).slice(0, MAX_FILES);
  if (unread.length > 0 && hasTool(request, "read_file")) {
    return toolTurn(
      request,
      unread.map((path) => ({ name: "read_file", input: { path } })),
      "Reading the files that hold the setting."
    );
  }
  const cause = locateCause(primary, hits, contentOf);
  return submitTurn(
    request,
    findingDiagnosis(context, primary, others, cause),
    "Diagnosis from the signature table."
  );
}
function firstCalls(request, targets) {
  const look = firstLook(targets, {
    read: hasTool(request, "read_file"),
    grep: hasTool(request, "grep_search")
  });
  return [
    ...look.searches.map((input) => ({ name: "grep_search", input })),
    ...look.reads.map((path) => ({ name: "read_file", input: { path } }))
  ];
}

// src/llm/offline/surgeon.ts
function planPatch(request) {
  const { context } = request;
  const diagnosis = context.diagnosis;
  if (!diagnosis) return { ok: false, reason: "no diagnosis to act on" };
  const signature = signatureById(diagnosis.signatures[0] ?? "");
  if (!signature) return { ok: false, reason: "the diagnosis matched no known signature" };
  const cited = diagnosis.evidence.find(
    (e) => e.kind === "repo" && e.line !== void 0
  );
  if (!cited)
    return {
      ok: false,
      reason: `the repository holds no setting to change for ${signature.title.toLowerCase()}; ${signature.actions[0] ?? ""}`
    };
  const locator = signature.repo?.find((l) => l.fix && l.files.test(cited.file));
  if (!locator?.fix)
    return {
      ok: false,
      reason: `${cited.file}:${cited.line} is cited, but no safe automatic change is known for it; ${signature.actions[0] ?? ""}`
    };
  const file = context.evidenceFiles?.find((f) => f.path === cited.file);
  if (!file)
    return {
      ok: false,
      reason: `the content of ${cited.file} was not handed on, so no exact diff can be written`
    };
  const read = fileText(file.content);
  if (!read.complete)
    return {
      ok: false,
      reason: `${cited.file} is too large to be handed on whole, so no exact diff can be written`
    };
  const old = read.text;
  const finding = findingsOf(context).find((f) => f.signature.id === signature.id);
  const subject = locator.fromStackTrace ? unreadableProperty(finding?.hint.evidence.map((e) => e.excerpt).join("\n") ?? diagnosis.rootCause) : finding?.subject;
  const fixed = applyFix(locator.fix, { content: old, line: cited.line, ...subject ? { subject } : {} });
  if (!fixed)
    return { ok: false, reason: `${cited.file}:${cited.line} no longer looks as diagnosed; nothing changed` };
  const diff = createTwoFilesPatch(
    `a/${cited.file}`,
    `b/${cited.file}`,
    old,
    fixed.content,
    void 0,
    void 0,
    { context: 3 }
  );
  return { ok: true, path: cited.file, diff, change: fixed.change, fix: locator.fix };
}
function riskOf(fix) {
  return fix === "guard-property-access" || fix === "move-dev-dependency" ? "medium" : "low";
}
function surgeonTurn(request) {
  const plan = planPatch(request);
  if (!plan.ok) return submitTurn(request, { noFix: plan.reason }, "Nothing safe to change.");
  const tried = pastCalls(request.messages).find(
    (c) => c.name === "apply_patch" && inputString(c, "diff") === plan.diff
  );
  if (!tried) {
    if (!hasTool(request, "apply_patch"))
      return submitTurn(request, { noFix: "apply_patch is not available to this agent" }, "No patch tool.");
    return toolTurn(
      request,
      [{ name: "apply_patch", input: { diff: plan.diff } }],
      `Proposing ${plan.change} in ${plan.path}.`
    );
  }
  if (!tried.result || tried.result.isError) {
    return submitTurn(
      request,
      { noFix: `the patch to ${plan.path} was refused: ${tried.result?.content ?? "no result"}` },
      "Patch refused."
    );
  }
  const applied = /\bapplied\b/i.test(tried.result.content) && !/not (been )?(written|applied)/i.test(tried.result.content);
  const proposal = {
    patch: plan.diff,
    rationale: `${plan.path}: ${plan.change}. ${request.context.diagnosis?.rootCause ?? ""}`.slice(0, 4e3),
    risk: riskOf(plan.fix),
    applied
  };
  return submitTurn(request, proposal, "Proposal ready.");
}

// src/llm/offline/triage.ts
function triageTurn(request) {
  const { context } = request;
  const verdict2 = verdictOf(context);
  let triage;
  if (verdict2.kind === "finding") {
    const { primary, others } = verdict2;
    const also = others.length ? `; also ${others.map((o) => o.signature.title.toLowerCase()).join(", ")}` : "";
    triage = {
      severity: moreSevere(primary.signature.severity, context.incident.severity),
      suspectedCategory: primary.signature.category,
      summary: `${primary.signature.title} (${primary.count}× in the logs)${also}.`,
      needsDiagnosis: true,
      suspectFiles: suspectFiles(primary, context.repoFiles ?? [])
    };
  } else {
    triage = {
      severity: verdict2.kind === "none" ? "P4" : context.incident.severity,
      suspectedCategory: verdict2.kind,
      summary: verdict2.kind === "none" ? "No known incident signature in the logs; the Detective confirms before closing." : "Something is wrong but no known signature matches.",
      // Even "nothing wrong" goes to the Detective, so the run ends with a diagnosis that says so and why.
      needsDiagnosis: true,
      suspectFiles: []
    };
  }
  return submitTurn(request, triage, "Triage from the signature scan.");
}

// src/llm/offline/validator.ts
function logLookup(request) {
  const diagnosis = request.context.diagnosis;
  const signature = signatureById(diagnosis?.signatures[0] ?? "");
  const first = diagnosis?.evidence.find((e) => e.kind === "log");
  if (!signature || !first) return void 0;
  if (first.line !== void 0 && hasTool(request, "read_file")) {
    return { name: "read_file", input: { path: first.file, startLine: first.line, endLine: first.line } };
  }
  const pattern = signature.patterns.find((p) => p.test(first.excerpt))?.source.replace(/\(\?<\w+>/g, "(");
  return pattern && hasTool(request, "grep_search") ? { name: "grep_search", input: { pattern, path: first.file } } : void 0;
}
function citedRepo(request) {
  return request.context.diagnosis?.evidence.find(
    (e) => e.kind === "repo" && e.line !== void 0
  );
}
function validatorTurn(request) {
  const past = pastCalls(request.messages);
  const cited = citedRepo(request);
  const lookup = logLookup(request);
  if (past.length === 0) {
    const calls = [];
    if (cited && hasTool(request, "read_file"))
      calls.push({ name: "read_file", input: { path: cited.file } });
    if (lookup) calls.push(lookup);
    if (calls.length > 0)
      return toolTurn(request, calls, "Re-reading the cited file and the cited log line.");
  }
  const read = past.find(
    (c) => c.name === "read_file" && cited && JSON.stringify(c.input) === JSON.stringify({ path: cited.file })
  );
  const logged = past.find(
    (c) => lookup && c.name === lookup.name && JSON.stringify(c.input) === JSON.stringify(lookup.input)
  );
  const checks = [
    patchTargetCheck(request, cited),
    fileCheck(request, cited, read?.result),
    logCheck(request, logged)
  ];
  return submitTurn(request, verdict(checks), "Verification done.");
}
function patchTargetCheck(request, cited) {
  const patch = request.context.proposal?.patch;
  if (!patch)
    return { name: "patch targets the cited file", outcome: "skipped", detail: "no patch was proposed" };
  const files = parsePatch(patch).map((p) => (p.newFileName ?? "").replace(/^b\//, ""));
  if (!cited)
    return {
      name: "patch targets the cited file",
      outcome: "fail",
      detail: `the patch touches ${files.join(", ")}, but the diagnosis cites no repository line`
    };
  const ok = files.length === 1 && files[0] === cited.file;
  return {
    name: "patch targets the cited file",
    outcome: ok ? "pass" : "fail",
    detail: ok ? `only ${cited.file} changes` : `the patch touches ${files.join(", ")}, the diagnosis cites ${cited.file}`
  };
}
function fileCheck(request, cited, result) {
  const name = "cited line holds what was diagnosed, and the patch applies to it";
  if (!cited) return { name, outcome: "skipped", detail: "no repository line was cited" };
  if (!result || result.isError)
    return {
      name,
      outcome: "skipped",
      detail: `could not re-read ${cited.file}${result ? `: ${result.content}` : ""}`
    };
  const content = fileText(result.content).text;
  const proposal = request.context.proposal;
  if (proposal?.applied && proposal.patch) {
    const lines = new Set(content.split("\n"));
    const added = parsePatch(proposal.patch).flatMap(
      (p) => p.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1)))
    );
    const missing = added.filter((l) => !lines.has(l));
    return {
      name: "the patch is in the file",
      outcome: missing.length === 0 && added.length > 0 ? "pass" : "fail",
      detail: missing.length === 0 ? `${cited.file} now holds the ${added.length} added line(s)` : `${cited.file} lacks ${missing.length} added line(s), e.g. ${missing[0]}`
    };
  }
  const line = content.split("\n")[cited.line - 1];
  if (line !== cited.excerpt)
    return { name, outcome: "fail", detail: `${cited.file}:${cited.line} changed since the diagnosis` };
  if (!proposal?.patch)
    return { name, outcome: "pass", detail: `${cited.file}:${cited.line} still reads as diagnosed` };
  const applied = applyPatch(content, proposal.patch);
  return applied === false ? { name, outcome: "fail", detail: `the patch does not apply to ${cited.file} as it is now` } : {
    name,
    outcome: "pass",
    detail: `${cited.file}:${cited.line} reads as diagnosed and the patch applies to it without fuzz`
  };
}
function logCheck(request, call) {
  const name = "log evidence found again";
  const result = call?.result;
  if (!call || !result || result.isError)
    return {
      name,
      outcome: "skipped",
      detail: result ? result.content.slice(0, 300) : "no log lookup was possible"
    };
  const first = request.context.diagnosis?.evidence.find((e) => e.kind === "log");
  if (call.name === "read_file" && first) {
    const pieces = (first.excerpt.split("\n")[0] ?? "").split(/\[REDACTED[^\]]*\]/).filter((p) => p.length > 0);
    const ok = pieces.length > 0 && pieces.every((p) => result.content.includes(p));
    return {
      name,
      outcome: ok ? "pass" : "fail",
      detail: ok ? `${first.file}:${first.line} reads as cited` : `${first.file}:${first.line} does not read as cited`
    };
  }
  const logs = new Set(request.context.logSummary?.files.map((f) => f.file) ?? []);
  const hits = parseGrepOutput(result.content).filter((h) => logs.size === 0 || logs.has(h.file));
  return hits.length > 0 ? {
    name,
    outcome: "pass",
    detail: `${hits.length} matching log line(s), e.g. ${hits[0]?.file}:${hits[0]?.line}`
  } : { name, outcome: "fail", detail: "the cited log evidence was not found again" };
}
function verdict(checks) {
  const failed = checks.filter((c) => c.outcome === "fail");
  const passed = checks.filter((c) => c.outcome === "pass");
  const outcome = failed.length > 0 ? "failed" : passed.length > 0 ? "passed" : "inconclusive";
  return {
    checks,
    outcome,
    summary: `${passed.length} passed, ${failed.length} failed, ${checks.length - passed.length - failed.length} skipped${failed[0] ? `: ${failed[0].detail}` : ""}`.slice(
      0,
      2e3
    )
  };
}

// src/llm/offline/offline-provider.ts
var PLAYBOOKS = {
  triage: triageTurn,
  detective: detectiveTurn,
  surgeon: surgeonTurn,
  validator: validatorTurn
};
function createOfflineProvider() {
  return {
    name: "offline",
    async complete(request) {
      const playbook = PLAYBOOKS[request.agent];
      if (!playbook) {
        return {
          content: [
            { type: "text", text: `The offline provider has no playbook for the ${request.agent} role.` }
          ],
          stopReason: "end_turn",
          model: "offline",
          usage: ZERO_USAGE
        };
      }
      return playbook(request);
    }
  };
}

export {
  UsageSchema,
  ZERO_USAGE,
  addUsage,
  SUBMIT_TOOL,
  SIGNATURES,
  signatureById,
  buildPrefilter,
  matchSignature,
  createSignatureScanner,
  createOfflineProvider
};
