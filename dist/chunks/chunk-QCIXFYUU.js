import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

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
var GLOBAL_OOM = /CONSTRAINT_NONE|global_oom/;
var HOST_MEMORY_RESERVATIONS = [
  {
    grep: "-Xm[xs]\\d+[mMgG]",
    files: CONFIG,
    when: GLOBAL_OOM,
    what: "the JVM heap reserved on the host, part of what the host's processes reserve together"
  },
  {
    grep: "^\\s*shared_buffers\\s*=\\s*'?\\d+",
    files: /(^|\/)postgresql[\w.-]*\.conf$/,
    when: GLOBAL_OOM,
    what: "Postgres shared_buffers, reserved on the same host"
  },
  {
    grep: "^\\s*maxmemory\\s+\\d+",
    files: /(^|\/)redis[\w.-]*\.conf$/,
    when: GLOBAL_OOM,
    what: "Redis maxmemory, reserved on the same host"
  },
  {
    grep: "--max-old-space-size=\\d+",
    files: CONFIG,
    when: GLOBAL_OOM,
    what: "Node's heap limit on the host, part of what the host's processes reserve together"
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
var POOL_SIZE_CITE_ONLY = POOL_SIZE.map(({ fix: _fix, ...locator }) => ({
  ...locator,
  what: "a client connection pool size (pool × replicas must fit under the server's max_connections)"
}));
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
var STACK_FRAME_CITE = [
  {
    grep: "",
    fromStackTrace: true,
    files: CODE,
    what: "the statement the stack trace names (no automatic change: lock order is a design decision)"
  }
];
var MIGRATION_DDL = [
  {
    grep: "\\b(add_index|add_column|change_column|add_reference|add_foreign_key|rename_column|change_column_null)\\b|\\b(CREATE\\s+(UNIQUE\\s+)?INDEX|ALTER\\s+TABLE)\\b|\\b(AddField|AlterField|AddIndex|AddConstraint|RenameField|create_index|add_column|alter_column|addColumn|addIndex|changeColumn)\\(",
    files: /(^|\/)(db\/migrate|migrations?|alembic\/versions|db\/changelog|flyway)\/|(^|\/)V\d+(_\d+)*__\w+\.sql$/,
    when: /still waiting for \w*Lock|Process holding the lock|lock timeout|Lock wait timeout|waiting for (table )?metadata lock/i,
    what: "the schema change that held the table's lock (cited only: an applied migration is not edited)"
  }
];

// src/knowledge/patterns/access-state.ts
var READ_ONLY_ROOT = [
  {
    grep: "readOnlyRootFilesystem:\\s*true",
    files: MANIFESTS,
    within: "securityContext",
    what: "the container's read-only root filesystem"
  },
  {
    grep: "read_only:\\s*true",
    files: /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/i,
    what: "the service's read-only root"
  }
];
var MIGRATIONS = [
  {
    grep: "{subject}",
    files: /(^|\/)(migrations?|db\/migrate|alembic|flyway|liquibase|schema)\/|\.sql$/i,
    what: "the migration that names it"
  },
  { grep: "{subject}", files: CODE, what: "the code that queries it" }
];
var BLOCKED_FRAME = STACK_FRAME.map(({ fix: _fix, ...locator }) => ({
  ...locator,
  what: "the blocked line the goroutine dump names"
}));
var RBAC_RULES = [
  {
    grep: "kind:\\s*(Cluster)?Role\\b",
    files: MANIFESTS,
    what: "the role that grants the service account's rights"
  }
];
var ACCESS_STATE_PATTERNS = [
  {
    id: "db-auth-failed",
    title: "A data store refused the service's login",
    category: "permissions",
    severity: "P1",
    rank: 14,
    keywords: [
      "password authentication failed",
      "pg_hba.conf",
      "access denied for user",
      "noauth",
      "wrongpass"
    ],
    matchers: [
      /password authentication failed for user "(?<subject>[^"]+)"/,
      /no pg_hba\.conf entry for host "[^"]*", user "(?<subject>[^"]+)"/,
      /Access denied for user '(?<subject>[^']+)'@'[^']*' \(using password: (?:YES|NO)\)/,
      /NOAUTH Authentication required/,
      /WRONGPASS invalid username-password pair/
    ],
    sources: [
      'postgres/postgres src/backend/libpq/auth.c (auth_failed: "password authentication failed for user \\"%s\\""; ClientAuthentication: "no pg_hba.conf entry for host \\"%s\\", user \\"%s\\", database \\"%s\\", %s")',
      `mysql/mysql-server share/messages_to_clients.txt (ER_ACCESS_DENIED_ERROR 28000: "Access denied for user '%-.48s'@'%-.64s' (using password: %s)")`,
      'redis/redis src/server.c (shared.noautherr "-NOAUTH Authentication required."; acl.c "-WRONGPASS invalid username-password pair or user is disabled.")'
    ],
    subjectKind: "user",
    fixability: 0.1,
    cause: "The database or cache refused the service's login: the password (or user) the service sends is not the one the server has, or the server does not allow this client at all (pg_hba.conf, a Redis password the client does not send). Usually a rotated secret that one side did not pick up.",
    actions: [
      "Compare the credential the service is given (its Secret / env file) with the server's: was one side rotated without the other?",
      "For `no pg_hba.conf entry`: add a rule for the client's address and database, or connect through the allowed network.",
      "Restart the service after the Secret changes if it reads credentials only at start-up."
    ],
    confirm: [
      "The server's own log shows the same failed logins from the service's address.",
      "Logging in by hand with the service's credential fails the same way."
    ],
    ruleOut: [
      "Logins with the service's credential succeed by hand: the service reads another Secret or env file."
    ],
    repo: SUBJECT_IN_CONFIG
  },
  {
    id: "cloud-access-denied",
    title: "A cloud API denied the service's identity",
    category: "permissions",
    severity: "P2",
    rank: 20,
    keywords: ["when calling the", "is not authorized to perform", "does not have", "authorizationfailed"],
    matchers: [
      /An error occurred \((?:AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthorizationError|InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|UnrecognizedClientException)\) when calling the (?<subject>\w+) operation/,
      /is not authorized to perform: (?<subject>[\w-]+:[\w*-]+)/,
      /does not have (?<subject>[a-z]+(?:\.[a-zA-Z]+){2,}) access to/,
      /\(AuthorizationFailed\)[^\n]*does not have authorization to perform action '(?<subject>[^']+)'/,
      /does not have authorization to perform action '(?<subject>[^']+)'/
    ],
    sources: [
      'boto/botocore botocore/exceptions.py (ClientError.MSG_TEMPLATE: "An error occurred ({error_code}) when calling the {operation_name} operation: {error_message}")',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html ("User: arn:aws:iam::…:user/… is not authorized to perform: …")',
      `https://cloud.google.com/storage/docs/troubleshooting ("… does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).")`,
      `https://learn.microsoft.com/en-us/azure/role-based-access-control/troubleshooting (AuthorizationFailed: "The client '…' with object id '…' does not have authorization to perform action '…' over scope '…'")`
    ],
    fixability: 0.1,
    cause: "The cloud provider refused a call because the identity the service runs as (IAM role, service account, managed identity) lacks the permission the call needs, or its keys are wrong or expired.",
    actions: [
      "Name the identity the service really runs as (the role in the error, `aws sts get-caller-identity`, the pod's service account annotation) and grant the one permission the error names on the one resource.",
      "With InvalidAccessKeyId, SignatureDoesNotMatch or ExpiredToken the keys themselves are wrong or stale, not the policy."
    ],
    confirm: [
      "The provider's audit log (CloudTrail, Cloud Audit Logs, Activity Log) shows the denied call with the same identity."
    ],
    ruleOut: [
      "The same call succeeds with the service's identity from a shell: the service runs as another identity."
    ],
    repo: SUBJECT_IN_CONFIG
  },
  {
    id: "k8s-rbac-forbidden",
    title: "The Kubernetes API forbade the service account",
    category: "permissions",
    severity: "P2",
    rank: 19,
    keywords: ["in api group"],
    matchers: [
      /User "(?<subject>[^"]+)" cannot (?:get|list|watch|create|update|patch|delete|deletecollection|impersonate|use|bind|escalate) resource "[^"]+" in API group "[^"]*"/
    ],
    sources: [
      'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/errors.go (forbiddenMessage: "User %q cannot %s resource %q in API group %q in the namespace %q" / "… at the cluster scope")'
    ],
    subjectKind: "user",
    fixability: 0.1,
    cause: "The service calls the Kubernetes API with a service account that no Role or ClusterRole binding allows to do this verb on this resource (a new controller, an operator upgrade that watches more, a binding in another namespace).",
    actions: [
      "`kubectl auth can-i VERB RESOURCE --as=USER -n NAMESPACE` with the user the error names.",
      "Add the verb and resource to the Role bound to that service account (in its namespace), not cluster-admin."
    ],
    confirm: ["`kubectl auth can-i` answers no for the verb and resource in the error."],
    ruleOut: [
      "`kubectl auth can-i` answers yes: the pod runs with another service account than the one bound."
    ],
    repo: RBAC_RULES
  },
  {
    id: "read-only-filesystem",
    title: "Writes to a read-only filesystem",
    category: "storage",
    severity: "P2",
    rank: 15,
    keywords: ["read-only file system", "erofs", "remounting filesystem read-only"],
    matchers: [
      /EROFS: read-only file system(?:, \w+ '(?<subject>[^']+)')?/,
      /\[Errno 30\] Read-only file system(?:: '(?<subject>[^']+)')?/,
      /\b[a-z]+ (?<subject>\/[^\s:]+): read-only file system/,
      /FileSystemException: (?<subject>\/[^\s:]+): Read-only file system/,
      /Remounting filesystem read-only/
    ],
    sources: [
      `https://man7.org/linux/man-pages/man3/errno.3.html (EROFS "Read-only filesystem"); nodejs/node lib/internal/errors.js (uvException "EROFS: read-only file system, open '%s'")`,
      'python/cpython (OSError strerror for errno 30: "[Errno 30] Read-only file system"); golang/go src/syscall/zerrors_linux_amd64.go (EROFS "read-only file system")',
      'torvalds/linux fs/ext4/super.c (ext4_handle_error: "Remounting filesystem read-only")'
    ],
    subjectKind: "file-path",
    fixability: 0.1,
    consequenceOf: ["disk-io-error"],
    cause: "The service writes to a path mounted read-only: a container with a read-only root filesystem and no writable volume for its cache or temp files, a volume mounted readOnly, or a host filesystem the kernel remounted read-only after I/O errors.",
    actions: [
      "If the pod sets readOnlyRootFilesystem, mount an emptyDir at the path the error names (keep the root read-only).",
      "If the kernel remounted the disk (`Remounting filesystem read-only`), the disk is failing: move the workload and run fsck; do not remount it read-write."
    ],
    confirm: ["`mount` inside the container shows the path on a ro mount."],
    ruleOut: ["The mount is rw and the error is EACCES: a permission problem, not a read-only filesystem."],
    repo: READ_ONLY_ROOT
  },
  {
    id: "schema-missing",
    title: "The code queries a table or column the database does not have",
    category: "configuration",
    severity: "P2",
    rank: 16,
    keywords: ["does not exist", "doesn't exist", "no such table", "no such column", "unknown column"],
    matchers: [
      /relation "(?<subject>[^"]+)" does not exist/,
      /column "(?<subject>[^"]+)"(?: of relation "[^"]+")? does not exist/,
      /Table '(?<subject>[^']+)' doesn't exist/,
      /Unknown column '(?<subject>[^']+)' in '[^']+'/,
      /no such (?:table|column): (?<subject>[\w.]+)/
    ],
    // DDL run with IF EXISTS says the same words as a notice, and it is not a failure.
    exclude: [/NOTICE:/, /, skipping/],
    sources: [
      'postgres/postgres src/backend/parser/parse_relation.c (ERRCODE_UNDEFINED_TABLE "relation \\"%s\\" does not exist"; ERRCODE_UNDEFINED_COLUMN "column \\"%s\\" of relation \\"%s\\" does not exist")',
      `mysql/mysql-server share/messages_to_clients.txt (ER_NO_SUCH_TABLE "Table '%-.192s.%-.192s' doesn't exist"; ER_BAD_FIELD_ERROR "Unknown column '%-.192s' in '%-.192s'")`,
      'sqlite/sqlite src/build.c and src/resolve.c ("no such table: %s", "no such column: %s")'
    ],
    subjectKind: "query",
    fixability: 0.1,
    cause: "The code that is running expects a table or column that the database does not have: the release's migration did not run (or ran against another database), or the code was deployed before the migration that creates it.",
    actions: [
      "Check the migration status (`SELECT * FROM schema_migrations` / `flyway info` / `alembic current`) against the release.",
      "Run the pending migration before the code that needs it, or roll the code back; never create the table by hand in production."
    ],
    confirm: [
      "The migration that creates the name is in the repository but not in the database's migration table."
    ],
    ruleOut: ["The table exists in another schema: the service's search_path or database name is wrong."],
    repo: MIGRATIONS
  },
  {
    id: "go-deadlock",
    title: "Go program deadlocked: every goroutine is blocked",
    category: "concurrency",
    severity: "P1",
    rank: 23,
    keywords: ["goroutines are asleep"],
    matchers: [/fatal error: all goroutines are asleep - deadlock!/],
    sources: ['golang/go src/runtime/proc.go (checkdead: fatal("all goroutines are asleep - deadlock!"))'],
    fixability: 0.1,
    cause: "Every goroutine waits on another (a channel nobody sends on, a WaitGroup never done, a mutex taken twice), so the runtime stops the program.",
    actions: [
      "Read the goroutine dump under the message: the blocked receive, send, Wait or Lock and the line it names.",
      "Look for a WaitGroup.Add without its Done on an error path, or a send on an unbuffered channel with no reader."
    ],
    confirm: [
      "The dump shows goroutine 1 blocked in `chan receive`, `semacquire` or `sync.(*Mutex).Lock` at a repository line."
    ],
    ruleOut: ["Only some goroutines are blocked and the program keeps serving: a leak, not this deadlock."],
    repo: BLOCKED_FRAME
  }
];

// src/knowledge/patterns/app-servers.ts
var START_FILES = new RegExp(`${CONFIG.source}|${MANIFESTS.source}|${COMPOSE.source}|\\.sh$`, "i");
var REQUEST_TIMEOUT = [
  {
    grep: "^\\s*timeout\\s*=\\s*\\d+",
    files: /(^|\/)gunicorn[\w.-]*\.py$/,
    what: "gunicorn's worker timeout"
  },
  { grep: "--timeout[= ]\\d+", files: START_FILES, what: "gunicorn's --timeout" },
  { grep: "^\\s*harakiri\\s*=\\s*\\d+", files: /\.ini$/, what: "uWSGI's harakiri" },
  { grep: "^\\s*worker_timeout\\s+\\d+", files: /(^|\/)puma[\w.-]*\.rb$/, what: "Puma's worker_timeout" },
  { grep: "^\\s*timeout\\s+\\d+", files: /(^|\/)unicorn[\w.-]*\.rb$/, what: "Unicorn's timeout" },
  {
    grep: "^\\s*request_terminate_timeout\\s*=",
    files: /\.conf$/,
    what: "PHP-FPM's request_terminate_timeout"
  },
  {
    grep: "\\b(task_)?time_limit\\s*[:=]\\s*\\d+",
    files: new RegExp(`${CODE.source}|${CONFIG.source}`, "i"),
    what: "Celery's task time limit"
  }
];
var WORKER_COUNT = [
  { grep: "^\\s*workers\\s*=\\s*\\S+", files: /(^|\/)gunicorn[\w.-]*\.py$/, what: "gunicorn's worker count" },
  { grep: "(--workers|-w)[= ]\\d+|WEB_CONCURRENCY", files: START_FILES, what: "the server's worker count" },
  { grep: "^\\s*(processes|workers)\\s*=\\s*\\d+", files: /\.ini$/, what: "uWSGI's worker processes" },
  { grep: "^\\s*pm\\.max_children\\s*=\\s*\\d+", files: /\.conf$/, what: "PHP-FPM's pm.max_children" },
  {
    grep: "--concurrency[= ]\\d+|worker_concurrency",
    files: START_FILES,
    what: "Celery's worker concurrency"
  }
];
var GUNICORN_ARBITER = "benoitc/gunicorn gunicorn/arbiter.py";
var APP_SERVER_PATTERNS = [
  {
    id: "worker-killed-sigkill",
    title: "Application server worker killed by SIGKILL (usually the OOM killer)",
    category: "out_of_memory",
    severity: "P1",
    // After the kernel's and the container's own words, which name the limit that was hit.
    rank: 12,
    keywords: ["sigkill", "killed by signal 9", "signal 9"],
    matchers: [
      /Worker \(pid:\s?\d+\) was sent SIGKILL!/,
      /Worker with pid \d+ was terminated due to signal 9\b/,
      /DAMN ! worker \d+ \(pid: \d+\) (?:died, |MYSTERIOUSLY )killed by signal 9\b/,
      /exited with 'signal 9 \(SIGKILL\)'/,
      /Worker exited prematurely: signal 9 \(SIGKILL\)/,
      /child \d+ exited on signal 9 \(SIGKILL\)/
    ],
    sources: [
      `${GUNICORN_ARBITER} (reap_workers: "Worker (pid:{}) was sent {}!" + " Perhaps out of memory?" for SIGKILL; "Worker with pid %s was terminated due to signal %s")`,
      'unbit/uwsgi core/master_utils.c ("DAMN ! worker %d (pid: %d) died, killed by signal %d :( trying respawn ...")',
      `celery/billiard billiard/pool.py ("Process %r pid:%r exited with %r", exitcode 'signal 9 (SIGKILL)'; WorkerLostError "Worker exited prematurely: %s")`,
      'php/php-src sapi/fpm/fpm/fpm_children.c ("[pool %s] child %d exited on signal %d (%s%s) after %ld.%06d seconds from start")'
    ],
    consequenceOf: ["oom-kernel", "oom-container", "heroku-memory-quota", "worker-request-timeout"],
    fixability: 0.4,
    cause: "A worker process of the application server was killed with SIGKILL, which it cannot catch: almost always the kernel's OOM killer, because the workers together (each holds its own copy of the application) outgrew the memory of the container or host. The master starts a new worker, so the service stays up while the requests in flight fail.",
    actions: [
      "Compare the workers' memory (ps -o rss per worker, or the container's working set) with the limit; run fewer workers, or threads instead of processes, or give the container more memory.",
      "If one request type grows a worker far past the others (a big export, loading a whole table), fix that request; recycle workers with max_requests to contain a slow leak."
    ],
    confirm: [
      "The kernel log (dmesg, journalctl -k) has an `Out of memory: Killed process` line for the same pid at the same second."
    ],
    ruleOut: [
      "A `WORKER TIMEOUT` or harakiri line for the same pid just before: the server killed it for a slow request, not for memory.",
      "Memory stays far below the limit: something else sent SIGKILL (a supervisor, a person, a liveness probe)."
    ],
    repo: [...WORKER_COUNT, ...MEMORY_LIMIT]
  },
  {
    id: "worker-request-timeout",
    title: "Application server killed a worker whose request ran past its timeout",
    category: "latency",
    severity: "P2",
    rank: 36,
    keywords: [
      "worker timeout",
      "harakiri",
      "timed out worker",
      "timeout (",
      "execution timed out",
      "hard time limit",
      "handle_abort"
    ],
    matchers: [
      /\bWORKER TIMEOUT \(pid:\s?\d+\)/,
      /\bHARAKIRI ON WORKER \d+ \(pid: \d+/,
      /! Terminating timed out worker\b/,
      /worker=\d+ PID:\d+ timeout \(\d+(?:\.\d+)?s > (?<subject>\d+)s\), killing/,
      /execution timed out \(\d+\.\d+ sec\), terminating/,
      /Hard time limit \((?<subject>\d+(?:\.\d+)?)s\) exceeded for /,
      // gunicorn aborts a timed-out sync worker with SIGABRT: its handler's traceback shows where the request was.
      /gunicorn\/workers\/base\.py", line \d+, in handle_abort/
    ],
    sources: [
      `${GUNICORN_ARBITER} (murder_workers: self.log.critical("WORKER TIMEOUT (pid:%s)", pid), then SIGABRT)`,
      "benoitc/gunicorn gunicorn/workers/base.py (handle_abort: sys.exit(1) on SIGABRT)",
      'unbit/uwsgi core/master_checks.c (trigger_harakiri: "*** HARAKIRI ON WORKER %d (pid: %d, try: %d) ***")',
      'puma/puma lib/puma/cluster.rb ("! Terminating timed out worker #{details}: #{w.pid}")',
      'defunkt/unicorn lib/unicorn/http_server.rb ("worker=#{worker.nr} PID:#{wpid} timeout (#{diff}s > #{@timeout}s), killing")',
      `php/php-src sapi/fpm/fpm/fpm_request.c ("[pool %s] child %d, script '%s' (request: \\"%s %s%s%s\\") execution timed out (%d.%06d sec), terminating")`,
      'celery/celery celery/worker/request.py (on_timeout: "Hard time limit (%ss) exceeded for %s[%s]")'
    ],
    subjectKind: "timeout",
    consequenceOf: ["slow-query", "seq-scan", "lock-wait-timeout", "deadlock", "dependency-timeout"],
    fixability: 0.2,
    cause: "A request held a worker longer than the application server allows (gunicorn --timeout, uWSGI harakiri, Puma worker_timeout, PHP-FPM request_terminate_timeout, a Celery hard time limit), so the server killed the worker: the client got an error and every other request queued behind that worker waited. The request is slow or blocked on something (a query, a call to another service, a lock), or the worker cannot answer its master while it works (a sync worker doing long CPU work).",
    actions: [
      "Find the request each killed worker was serving (the traceback or the access log line with the same pid) and what it waits on; fix that first.",
      "Only for work that is legitimately long: move it to a background job, or use threaded/async workers; raise the timeout last, with the proxy's timeout above it."
    ],
    confirm: [
      "The access log shows the same endpoint taking close to the timeout on the requests that did finish."
    ],
    ruleOut: ["The worker was killed with SIGKILL without a timeout line first: that is memory, not time."],
    repo: [
      {
        grep: "",
        fromStackTrace: true,
        files: CODE,
        what: "the line the request was running when its worker was killed"
      },
      ...REQUEST_TIMEOUT
    ]
  },
  {
    id: "worker-pool-exhausted",
    title: "Application server out of workers: every worker busy, requests queue",
    category: "resource_limits",
    severity: "P2",
    rank: 35,
    keywords: [
      "pm.max_children",
      "max_children setting",
      "maxrequestworkers",
      "scoreboard is full",
      "listen queue of socket"
    ],
    matchers: [
      /server reached (?:pm\.)?max_children setting \((?<subject>\d+)\)/,
      /server reached MaxRequestWorkers setting/,
      /scoreboard is full, not at MaxRequestWorkers/,
      /uWSGI listen queue of socket .{1,80} full !!!/
    ],
    sources: [
      'php/php-src sapi/fpm/fpm/fpm_process_ctl.c ("[pool %s] server reached pm.max_children setting (%d), consider raising it"; ondemand: "server reached max_children setting (%d), consider raising it")',
      'apache/httpd server/mpm/event/event.c and prefork/prefork.c (AH00484 / AH00161 "server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting"; AH03490 "scoreboard is full, not at MaxRequestWorkers")',
      'unbit/uwsgi core/master_checks.c ("*** uWSGI listen queue of socket \\"%s\\" (fd: %d) full !!! (%llu/%llu) ***")'
    ],
    subjectKind: "limit",
    consequenceOf: [
      "slow-query",
      "query-timeout",
      "dependency-timeout",
      "lock-wait-timeout",
      "connection-pool-exhausted"
    ],
    fixability: 0.2,
    cause: "Every worker of the application server (PHP-FPM pm.max_children, Apache MaxRequestWorkers, uWSGI processes) is busy, so new requests wait in the listen queue and time out at the proxy: either requests got slower (each holds a worker longer, usually waiting on a database or another service) or traffic grew past what the workers can serve.",
    actions: [
      "Check whether requests got slower before raising anything (the slow log, request durations): a slow dependency fills any number of workers.",
      "If the load is legitimate, raise the worker count only as far as memory allows (workers × memory per worker below the limit)."
    ],
    confirm: [
      "Request durations rose (or traffic did) when the warnings started; the status page shows every worker busy."
    ],
    ruleOut: [
      "Durations and traffic are flat: a few requests hang (look for the worker stuck on one request)."
    ],
    repo: WORKER_COUNT
  }
];

// src/knowledge/patterns/app-wiring.ts
var DECLARED_TYPE = [
  {
    grep: "\\b(class|interface)\\s+{subject}\\b",
    files: CODE,
    what: "where the missing bean's type is declared"
  }
];
var APP_WIRING_PATTERNS = [
  {
    id: "spring-bean-missing",
    title: "Spring cannot start: a required bean is missing",
    category: "configuration",
    severity: "P1",
    rank: 20,
    keywords: ["required a bean of type", "no qualifying bean of type"],
    matchers: [
      /required a bean of type '(?:[\w$]+\.)*(?<subject>[\w$]+)' that could not be found/,
      /NoSuchBeanDefinitionException: No qualifying bean of type '(?:[\w$]+\.)*(?<subject>[\w$]+)'/
    ],
    sources: [
      `spring-projects/spring-boot …/diagnostics/analyzer/NoSuchBeanDefinitionFailureAnalyzer.java ("%s required a bean of type '%s' that could not be found.")`,
      `spring-projects/spring-framework …/beans/factory/NoSuchBeanDefinitionException.java ("No qualifying bean of type '%s' available")`
    ],
    subjectKind: "service",
    fixability: 0.2,
    cause: "The application context cannot be built: a class asks for a bean nobody defines (a @Component or @Configuration not scanned after a package move, a bean behind a @Profile or @ConditionalOn… that is off in this environment, a starter dependency dropped), so the service exits at start-up.",
    actions: [
      "Find the type the message names: is it annotated (@Component, @Service) or defined by a @Bean, and is its package under the @SpringBootApplication's scan?",
      "Check the profiles and conditions active in this environment (`--debug` prints the conditions report)."
    ],
    confirm: ["No bean definition of that type is active under the profiles the service starts with."],
    ruleOut: [
      "Several beans of the type exist (NoUniqueBeanDefinitionException): a qualifier is missing instead."
    ],
    repo: DECLARED_TYPE
  },
  {
    id: "upstream-html-not-json",
    title: "A dependency answered with HTML (an error or login page) where JSON was expected",
    category: "upstream_errors",
    severity: "P2",
    rank: 46,
    keywords: [
      "not valid json",
      "unexpected token <",
      "in json at position 0",
      "expecting value: line 1 column 1",
      "unexpected character ('<'",
      "invalid character '<'"
    ],
    matchers: [
      /Unexpected token '?<'?,? (?:"<(?:!DOCTYPE|html)|in JSON at position 0)/i,
      /JSONDecodeError: Expecting value: line 1 column 1 \(char 0\)/,
      /Unexpected character \('<' \(code 60\)\)/,
      /invalid character '<' looking for beginning of value/
    ],
    minCount: 2,
    sources: [
      `nodejs/node (V8 JSON.parse: "Unexpected token '<', \\"<!DOCTYPE \\"... is not valid JSON"; before Node 20 "Unexpected token < in JSON at position 0")`,
      'python/cpython Lib/json/decoder.py ("Expecting value: line 1 column 1 (char 0)"); psf/requests JSONDecodeError',
      `FasterXML/jackson-core JsonParseException ("Unexpected character ('<' (code 60))"); golang/go encoding/json ("invalid character '<' looking for beginning of value")`
    ],
    fixability: 0.1,
    cause: "A call the service makes expects JSON and gets an HTML page instead: the dependency (or a proxy or gateway in front of it) answered with an error page (502/503, a maintenance page, a WAF block) or a login redirect, and the client parses the body without checking the status or content type.",
    actions: [
      "Log the status and the first bytes of the body where the response is parsed; reproduce the call with `curl -i` to see who answered (the Server header, a proxy's error page).",
      "Fix the dependency or route it answers from, and make the client check status and Content-Type before parsing."
    ],
    confirm: ["The raw response for those calls is an HTML page with a non-2xx status."],
    ruleOut: [
      "The body is JSON and the parser fails later in it: a schema or encoding change, not an error page."
    ]
  },
  {
    id: "executor-saturated",
    title: "Thread pool saturated: work is rejected or queued behind busy threads",
    category: "resource_limits",
    severity: "P2",
    rank: 23,
    keywords: ["rejectedexecutionexception", "are currently busy, waiting"],
    matchers: [
      /RejectedExecutionException: Task .{1,200}? rejected from .{0,120}?ThreadPoolExecutor@\w+\[Running, pool size = (?<subject>\d+), active threads = \d+/,
      /All threads \((?<subject>\d+)\) are currently busy, waiting\. Increase maxThreads/
    ],
    sources: [
      'openjdk/jdk java.base/java/util/concurrent/ThreadPoolExecutor.java (AbortPolicy: "Task " + r + " rejected from " + executor, toString "[Running, pool size = …, active threads = …, queued tasks = …]")',
      'apache/tomcat java/org/apache/tomcat/util/net/AbstractEndpoint.java (endpoint.allThreadsBusy: "All threads ({0}) are currently busy, waiting. Increase maxThreads ({1}) or check the servlet status")'
    ],
    subjectKind: "limit",
    consequenceOf: [
      "slow-query",
      "dependency-timeout",
      "lock-wait-timeout",
      "connection-pool-exhausted",
      "deadlock"
    ],
    fixability: 0.1,
    cause: "Every thread of the pool is busy and its queue is full, so new work is rejected (or requests wait for a thread): the threads are blocked on something slow (a dependency, a database, a lock) more often than the pool is too small.",
    actions: [
      "Take a thread dump (`jcmd PID Thread.print`) and see what the busy threads wait on; that wait is the cause.",
      "Give the slow calls timeouts shorter than the request's; raise the pool (maxThreads, the executor's size) only for real concurrency the host can serve."
    ],
    confirm: [
      "A thread dump shows the pool's threads all in one wait (a socket read, a pool checkout, a lock)."
    ],
    ruleOut: ["Threads are busy computing (high CPU): the pool matches the host and load exceeds capacity."]
  }
];

// src/knowledge/patterns/locators-kubernetes.ts
var QUANTITY = '"?[\\d.]+[a-zA-Z]*"?\\s*(#.*)?$';
var MANIFESTS_OR_COMPOSE = new RegExp(`${MANIFESTS.source}|${COMPOSE.source}`, "i");
var SCHEDULING_REQUEST = [
  {
    grep: `^\\s*"?{subject}"?:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "requests",
    what: "the container's resource request, which no node can fit"
  },
  {
    // Extended resources such as GPUs are often set as limits only; the request then equals the limit.
    grep: `^\\s*"?{subject}"?:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "limits",
    what: "the container's resource limit (the request defaults to it), which no node can fit"
  }
];
var NODE_SELECTOR = [
  {
    grep: '^\\s*"?[\\w./-]+"?:\\s*"?[\\w.-]+"?\\s*(#.*)?$',
    files: MANIFESTS,
    within: "nodeSelector",
    what: "the nodeSelector label no node carries"
  },
  {
    grep: "^\\s*-?\\s*key:\\s*\\S+",
    files: MANIFESTS,
    within: "nodeAffinity",
    what: "the node affinity term no node satisfies"
  }
];
var TOLERATIONS = [
  { grep: "^\\s*-?\\s*key:\\s*\\S+", files: MANIFESTS, within: "tolerations", what: "the pod's toleration" },
  {
    grep: `^\\s*"?[\\w.-]+/gpu"?:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "limits",
    what: "the GPU the pod asks for, whose nodes are tainted and not tolerated"
  },
  {
    grep: "^\\s*nodeSelector:",
    files: MANIFESTS,
    what: "the node selector steering the pod to tainted nodes"
  }
];
var MAX_PODS = [
  { grep: "^\\s*maxPods:\\s*\\d+", files: /\.ya?ml$/, what: "the kubelet's maxPods" },
  { grep: "--max-pods[= ]\\d+", files: /\.(ya?ml|sh|tf|json|conf)$/, what: "the kubelet's --max-pods" }
];
var IMAGE_REF = [
  {
    grep: '^\\s*-?\\s*image:\\s*"?{subject}"?\\s*(#.*)?$',
    files: MANIFESTS_OR_COMPOSE,
    what: "the image reference the registry does not have"
  },
  { grep: "^\\s*newTag:\\s*\\S+", files: MANIFESTS, within: "images", what: "the Kustomize image tag" },
  { grep: "^\\s*tag:\\s*\\S+", files: MANIFESTS, within: "image", what: "the chart's image tag" },
  { grep: "^\\s*-?\\s*image:\\s*\\S+", files: MANIFESTS_OR_COMPOSE, what: "the image reference" }
];
var IMAGE_PULL_SECRET = [
  {
    grep: "^\\s*-?\\s*name:\\s*\\S+",
    files: MANIFESTS,
    within: "imagePullSecrets",
    what: "the image pull secret the pod names"
  }
];
var IMAGE_PULL_DENIED = IMAGE_PULL_SECRET.map((locator) => ({
  ...locator,
  when: /unauthorized|failed to authorize|authentication required|access denied|denied:|403 Forbidden/i
}));
var IMAGE_ARCH = [
  {
    grep: "^FROM\\s+--platform=\\S+",
    files: /(^|\/)Dockerfile[\w.-]*$/,
    what: "the platform the image is built for"
  },
  {
    grep: "--platform[= ]\\S+",
    files: /\.(ya?ml|sh)$|Makefile$/,
    what: "the platform the image is built for"
  },
  { grep: "^\\s*-?\\s*image:\\s*\\S+", files: MANIFESTS_OR_COMPOSE, what: "the image the node cannot run" }
];
var STORAGE_CLASS = [
  {
    grep: '^\\s*storageClassName:\\s*"?{subject}"?\\s*(#.*)?$',
    files: MANIFESTS,
    what: "the storage class the cluster does not have"
  },
  { grep: "^\\s*storageClassName:\\s*\\S+", files: MANIFESTS, what: "the claim's storage class" }
];
var CLAIM = [
  { grep: '^\\s*claimName:\\s*"?{subject}"?\\s*$', files: MANIFESTS, what: "the claim the pod names" },
  ...STORAGE_CLASS.slice(1)
];
var CONFIG_REFERENCE = [
  {
    grep: '^\\s*-?\\s*(name|secretName|key):\\s*"?{subject}"?\\s*(#.*)?$',
    files: MANIFESTS,
    what: "the reference to the ConfigMap, Secret or key that does not exist"
  },
  {
    grep: "^\\s*name:\\s*\\S+",
    files: MANIFESTS,
    within: "configMap",
    when: /configmap "[^"]+" not found/i,
    what: "the ConfigMap a volume names"
  },
  {
    grep: "^\\s*secretName:\\s*\\S+",
    files: MANIFESTS,
    when: /secrets? "[^"]+" not found/i,
    what: "the Secret a volume names"
  },
  {
    grep: "^\\s*-?\\s*key:\\s*\\S+",
    files: MANIFESTS,
    within: "secretKeyRef",
    when: /couldn't find key \\S+ in Secret/i,
    what: "the Secret key the pod reads"
  },
  {
    grep: "^\\s*-?\\s*key:\\s*\\S+",
    files: MANIFESTS,
    within: "configMapKeyRef",
    when: /couldn't find key \\S+ in ConfigMap/i,
    what: "the ConfigMap key the pod reads"
  }
];
var MULTI_ATTACH = [
  {
    grep: "^\\s*type:\\s*RollingUpdate",
    files: MANIFESTS,
    within: "strategy",
    what: "the rolling update that starts a second pod on the ReadWriteOnce claim"
  },
  {
    grep: "^\\s*-\\s*ReadWriteOnce\\s*$",
    files: MANIFESTS,
    within: "accessModes",
    what: "the claim's access mode"
  }
];
var VOLUME_MOUNT = [...CONFIG_REFERENCE.slice(1, 3), ...MULTI_ATTACH];
var RUN_AS = [
  { grep: "^\\s*runAsUser:\\s*\\d+", files: MANIFESTS, what: "the user the pod runs as" },
  { grep: "^\\s*fsGroup:\\s*\\d+", files: MANIFESTS, what: "the group the volume is given" },
  { grep: '^\\s*user:\\s*"?[\\w:-]+"?\\s*$', files: COMPOSE, what: "the user the service runs as" }
];
var EPHEMERAL_STORAGE = [
  {
    grep: `^\\s*ephemeral-storage:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "limits",
    when: /exceeds the (total )?limit|exceeds its limit/i,
    what: "the ephemeral-storage limit"
  },
  { grep: `^\\s*sizeLimit:\\s*${QUANTITY}`, files: MANIFESTS, what: "the emptyDir's size limit" },
  { grep: "^\\s*emptyDir:", files: MANIFESTS, what: "the emptyDir written to the node's disk" }
];
var MEMORY_REQUEST = [
  {
    grep: `^\\s*memory:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "requests",
    what: "the container's memory request"
  },
  ...MEMORY_LIMIT.map(({ fix: _fix, ...locator }) => locator)
];
var CPU_LIMIT = [
  { grep: `^\\s*cpu:\\s*${QUANTITY}`, files: MANIFESTS, within: "limits", what: "the container's CPU limit" },
  { grep: "^\\s*cpus:\\s*\\S+", files: COMPOSE, what: "the service's CPU limit" },
  { grep: "^CPUQuota=\\d+", files: /\.service$/, what: "the unit's CPU quota" }
];
function probe(kind) {
  const at = { files: MANIFESTS, within: kind };
  return [
    { grep: "^\\s*port:\\s*\\S+", ...at, when: /connection refused/i, what: `the ${kind}'s port` },
    { grep: "^\\s*path:\\s*\\S+", ...at, when: /statuscode: 404\b/, what: `the ${kind}'s path` },
    {
      grep: "^\\s*initialDelaySeconds:\\s*\\d+",
      ...at,
      // Only a liveness probe kills a slow start; a readiness probe's delay only holds traffic back.
      ...kind === "livenessProbe" ? { fix: "raise-probe-delay" } : {},
      what: `the ${kind}'s initial delay`
    },
    { grep: "^\\s*failureThreshold:\\s*\\d+", ...at, what: `the ${kind}'s failure threshold` },
    { grep: "^\\s*timeoutSeconds:\\s*\\d+", ...at, what: `the ${kind}'s timeout` },
    { grep: `^\\s*${kind}:`, files: MANIFESTS, what: `the ${kind}` }
  ];
}
var LIVENESS_PROBE = probe("livenessProbe");
var READINESS_PROBE = probe("readinessProbe");
var JOB_DEADLINE = [
  {
    grep: "^\\s*activeDeadlineSeconds:\\s*\\d+",
    files: MANIFESTS,
    fix: "raise-job-deadline",
    what: "the Job's deadline"
  }
];
var JOB_BACKOFF = [
  { grep: "^\\s*-?\\s*(command|args):", files: MANIFESTS, what: "the command the Job runs" },
  { grep: "^\\s*backoffLimit:\\s*\\d+", files: MANIFESTS, what: "the Job's backoff limit" }
];

// src/knowledge/patterns/locators-settings.ts
var CONFIG_OR_MANIFESTS = new RegExp(`${CONFIG.source}|${MANIFESTS.source}`, "i");
var DOCKERFILE = /(^|\/)Dockerfile[\w.-]*$/;
var METASPACE = [
  {
    grep: "-XX:MaxMetaspaceSize=\\d+[kKmMgG]?",
    files: CONFIG_OR_MANIFESTS,
    what: "the JVM's metaspace limit"
  }
];
var DIRECT_MEMORY = [
  {
    grep: "-XX:MaxDirectMemorySize=\\d+[kKmMgG]?",
    files: CONFIG_OR_MANIFESTS,
    what: "the JVM's direct memory limit"
  },
  {
    grep: "-Dio\\.netty\\.maxDirectMemory=-?\\d+",
    files: CONFIG_OR_MANIFESTS,
    what: "Netty's direct memory limit"
  }
];
var THREAD_STACK = [
  { grep: "-Xss\\d+[kKmMgG]?", files: CONFIG_OR_MANIFESTS, what: "the JVM's thread stack size (-Xss)" }
];
var PIDS_LIMIT = [
  { grep: "^\\s*pids_limit:\\s*\\d+", files: COMPOSE, what: "the service's pids limit" },
  { grep: "^\\s*pids:\\s*\\d+", files: COMPOSE, within: "limits", what: "the service's pids limit" },
  { grep: "^TasksMax=\\S+", files: SYSTEMD, what: "the unit's task limit" },
  { grep: "--pids-limit[= ]\\d+", files: /\.(ya?ml|sh)$|Makefile$/, what: "the container's pids limit" },
  { grep: "^\\s*podPidsLimit:\\s*\\d+", files: /\.ya?ml$/, what: "the kubelet's pod pids limit" }
];
var REDIS_CONF = /(^|\/)redis[\w.-]*\.conf$|\.ya?ml$/i;
var REDIS_MAXMEMORY = [
  { grep: "^\\s*maxmemory-policy\\s+\\S+", files: REDIS_CONF, what: "Redis's eviction policy" },
  { grep: "--maxmemory-policy[= ]\\S+", files: CONFIG_OR_MANIFESTS, what: "Redis's eviction policy" },
  { grep: "^\\s*maxmemory\\s+\\S+", files: REDIS_CONF, what: "Redis's memory limit" },
  { grep: "--maxmemory[= ]\\S+", files: CONFIG_OR_MANIFESTS, what: "Redis's memory limit" }
];
var KAFKA_POLL = [
  {
    grep: "max[._-]poll[._-]interval([._-]ms)?\\s*[:=]",
    files: /\.(ya?ml|properties|json|toml|conf|env|ini)$|(^|\/)\.env/i,
    fix: "raise-timeout",
    what: "the consumer's max.poll.interval.ms"
  },
  {
    grep: "max[._-]poll[._-]records\\s*[:=]",
    files: /\.(ya?ml|properties|json|toml|conf|env|ini)$|(^|\/)\.env/i,
    what: "the consumer's max.poll.records"
  },
  {
    grep: "MAX_POLL_(INTERVAL_MS|RECORDS)",
    files: CONFIG_OR_MANIFESTS,
    what: "the consumer's poll settings"
  },
  {
    grep: "(maxPollIntervalMs|max_poll_interval_ms|maxPollRecords|max_poll_records)\\s*[:=]",
    files: CODE,
    what: "the consumer's poll settings"
  }
];
var SERVER_CONNECTIONS = [
  {
    grep: "^\\s*max_connections\\s*=\\s*\\d+",
    files: /(^|\/)(postgresql[\w.-]*\.conf|my[\w.-]*\.cnf|mysqld?[\w.-]*\.cnf)$|\.conf$/,
    what: "the database's max_connections"
  },
  { grep: "max_connections[= ]\\d+", files: CONFIG_OR_MANIFESTS, what: "the database's max_connections" },
  ...POOL_SIZE_CITE_ONLY,
  {
    grep: '^\\s*-\\s*name:\\s*"?[A-Z_]*POOL[A-Z_]*"?\\s*$',
    files: MANIFESTS,
    what: "a client pool size set in the pod's environment (pool × replicas must fit under max_connections)"
  }
];
var TIMEOUTS = [
  {
    grep: "^\\s*proxy_read_timeout\\s+\\S+;",
    files: NGINX,
    fix: "raise-timeout",
    what: "nginx's proxy_read_timeout"
  },
  { grep: "^\\s*proxy_(connect|send)_timeout\\s+\\S+;", files: NGINX, what: "nginx's proxy timeout" },
  {
    grep: "^\\s*timeout\\s+(server|client|connect)\\s+\\S+",
    files: /haproxy[\w.-]*\.cfg$/,
    fix: "raise-timeout",
    what: "HAProxy's timeout"
  },
  {
    grep: '^\\s*-?\\s*"?[A-Z][A-Z0-9_]*TIMEOUT[A-Z0-9_]*"?\\s*[:=]\\s*"?[\\d.]+',
    files: new RegExp(`${CONFIG_OR_MANIFESTS.source}|${CODE.source}`, "i"),
    fix: "raise-timeout",
    what: "a client timeout setting"
  },
  {
    // An application's own config: `timeout: 2s`, `read_timeout = 5`, `"requestTimeoutMs": 2000`,
    // `feign.client.config.default.readTimeout=2000`.
    grep: '^\\s*"?[\\w.-]*[tT]imeout[\\w-]*"?\\s*[:=]\\s*"?[\\d.]+(ms|s|m)?"?\\s*,?\\s*(#.*)?$',
    files: CONFIG,
    fix: "raise-timeout",
    what: "a timeout in the application's config"
  },
  {
    grep: "\\b(read_?)?[tT]imeout(Ms|_ms|Seconds|_seconds)?\\s*[:=]\\s*\\(?[\\d.]+",
    files: CODE,
    fix: "raise-timeout",
    what: "a client timeout in code"
  }
];
var CA_BUNDLE = [
  {
    grep: '^\\s*value:\\s*"?/[\\w./-]+\\.(pem|crt|cer)"?\\s*$',
    files: MANIFESTS,
    what: "the CA bundle path the pod is given"
  },
  {
    grep: "(SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|NODE_EXTRA_CA_CERTS)\\b",
    files: CONFIG_OR_MANIFESTS,
    what: "where the process is told its CA bundle is"
  },
  {
    grep: "^FROM\\s+(--platform=\\S+\\s+)?scratch\\b",
    files: DOCKERFILE,
    what: "a base image with no CA bundle"
  }
  // Not distroless/static: it ships the public CA bundle (/etc/ssl/certs/ca-certificates.crt), so citing it as
  // bundle-less would name a cause the image does not have; a private CA is missing there, not every CA.
];
var NO_PROXY = [
  {
    grep: '^\\s*-?\\s*"?(export\\s+)?(NO_PROXY|no_proxy)"?\\s*[:=]',
    files: CONFIG_OR_MANIFESTS,
    what: "the hosts that bypass the proxy"
  },
  {
    grep: '^\\s*-\\s*name:\\s*"?(NO_PROXY|no_proxy)"?\\s*$',
    files: MANIFESTS,
    what: "the hosts that bypass the proxy"
  }
];
var ENVIRONMENT_FILE = [
  { grep: "^EnvironmentFile=-?\\S+", files: SYSTEMD, what: "the unit's EnvironmentFile=" }
];
var MODULE_IMPORT = [
  { grep: "^\\s*(import|from)\\s+{subject}\\b", files: /\.py$/, what: "where the code imports the module" },
  {
    grep: `(require\\(|from\\s+|import\\s+)["']{subject}["'/]`,
    files: /\.(js|mjs|cjs|ts|tsx|jsx)$/,
    what: "where the code imports the package"
  },
  { grep: "^\\s*(require\\s+)?\\S*{subject}\\s+v\\d", files: /(^|\/)go\.mod$/, what: "the module in go.mod" }
];
var FORWARDED_PORT = [
  { grep: "^\\s*targetPort:\\s*\\S+", files: MANIFESTS, what: "the port the Service forwards to" },
  { grep: "^\\s*server\\s+[\\w.-]+:\\d+[\\s;]", files: NGINX, what: "the upstream server nginx forwards to" },
  { grep: "^\\s*proxy_pass\\s+https?://[\\w.-]+:\\d+", files: NGINX, what: "the address nginx forwards to" }
];
var KEEPALIVE = [
  { grep: "keepAliveTimeout\\s*=\\s*\\d+", files: CODE, what: "the server's keep-alive timeout" },
  { grep: "^\\s*keepalive_timeout\\s+\\S+;", files: NGINX, what: "nginx's keep-alive timeout" },
  {
    grep: "^\\s*timeout\\s+http-keep-alive\\s+\\S+",
    files: /haproxy[\w.-]*\.cfg$/,
    what: "HAProxy's keep-alive timeout"
  },
  {
    grep: "--keep-alive[= ]\\d+|keepalive\\s*=\\s*\\d+",
    files: CONFIG,
    what: "the server's keep-alive timeout"
  }
];
var PROXY_UPSTREAM = [
  ...KEEPALIVE.map((l) => ({ ...l, when: /prematurely closed|reset by peer|ECONNRESET/ })),
  ...FORWARDED_PORT.map((l) => ({ ...l, when: /Connection refused|connect\(\) failed \(111/ })),
  ...TIMEOUTS.slice(0, 2).map((l) => ({ ...l, when: /upstream timed out/ }))
];
var DB_ENDPOINT = [
  {
    grep: "(postgres(ql)?|mysql|mongodb(\\+srv)?)://|DATABASE_URL|DB_(HOST|URL)|jdbc:|readPreference|replicaSet=|-ro\\.|reader",
    files: CONFIG_OR_MANIFESTS,
    what: "where the service is told which database node to connect to"
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
    sources: [
      'https://man7.org/linux/man-pages/man3/errno.3.html (EACCES "Permission denied", EPERM "Operation not permitted")',
      `nodejs/node lib/internal/errors.js (uvException: "EACCES: permission denied, open '%s'")`
    ],
    fixability: 0.2,
    confirm: ["`namei -l PATH` shows a directory or file the service's user cannot access."],
    ruleOut: ["The user owns the path: check SELinux/AppArmor denials or a read-only mount."],
    cause: "The process is not allowed to open a file, socket or directory it needs.",
    actions: [
      "Check owner and mode of the path (`ls -l`, `namei -l PATH`) against the user the service runs as.",
      "Ports below 1024 need CAP_NET_BIND_SERVICE; SELinux/AppArmor denials show in the audit log."
    ],
    repo: [...RUN_AS, ...SUBJECT_IN_CONFIG_OR_CODE]
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
      "key not found",
      "missing required",
      "missing env",
      "could not resolve placeholder",
      "unbound variable",
      "parameter null or not set",
      "parameter not set",
      "failed to configure a datasource"
    ],
    matchers: [
      /[Mm]issing (required )?env(ironment)? var(iable)?:? "?(?<subject>[A-Z][A-Z0-9_]{2,})/,
      /KeyError: '(?<subject>[A-Z][A-Z0-9_]{2,})'/,
      // Ruby's ENV.fetch: `key not found: "REDIS_URL" (KeyError)`.
      /key not found: "(?<subject>[A-Z][A-Z0-9_]{2,})" \(KeyError\)/,
      // Elixir's System.fetch_env!: `could not fetch environment variable "DATABASE_URL" because it is not set`.
      /could not fetch environment variable "(?<subject>[A-Z][A-Z0-9_]{2,})" because it is not set/,
      /Environment variable not found: (?<subject>[A-Z][A-Z0-9_]{2,})/,
      /Could not resolve placeholder '(?<subject>[A-Z][A-Z0-9_]{2,})'/,
      /\b(?<subject>[A-Z][A-Z0-9_]{2,}): (unbound variable|parameter null or not set|parameter not set)/,
      // Spring Boot started without spring.datasource.url (SPRING_DATASOURCE_URL unset in that environment).
      /Failed to configure a DataSource: 'url' attribute is not specified/
    ],
    sources: [
      `python/cpython Lib/os.py (_Environ.__getitem__: raise KeyError(key) from None → "KeyError: 'DATABASE_URL'")`,
      'deankerr/orchid convex/lib/utils.ts and fwouts/previewjs loader/src/env.ts (the common app idiom: "Missing required environment variable: NAME", "Missing environment variable: NAME")',
      'ruby/ruby hash.c (rb_key_err_raise "key not found: %p" from ENV.fetch → `key not found: "REDIS_URL" (KeyError)`)',
      'elixir-lang/elixir lib/elixir/lib/system.ex (System.EnvError: "could not fetch environment variable #{inspect(env)} because it is not set")',
      'prisma/prisma (error P1012 "error: Environment variable not found: DATABASE_URL.", PrismaClientInitializationError), as quoted in real reports',
      `spring-projects/spring-framework spring-core/src/main/java/org/springframework/util/PropertyPlaceholderHelper.java ("Could not resolve placeholder '" + placeholder + "'" + " in value "" + value + """)`,
      'bminor/bash subst.c (report_error (_("%s: parameter null or not set"), name), "%s: parameter not set") and error.c (err_unboundvar "%s: unbound variable"), from the VAR:? expansion and set -u in entrypoint scripts',
      `spring-projects/spring-boot DataSourceBeanCreationFailureAnalyzer ("Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured."), as printed under APPLICATION FAILED TO START`
    ],
    fixability: 0.3,
    confirm: ["The variable is absent from the running process's environment (`kubectl exec … env`)."],
    ruleOut: ["The variable is set: the code reads a different name (a rename)."],
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
    sources: [
      `nodejs/node lib/internal/modules/cjs/loader.js ("Cannot find module '%s'" with "Require stack:") and lib/internal/modules/esm/resolve.js (ERR_MODULE_NOT_FOUND "Cannot find package '%s' imported from %s")`,
      'python/cpython Python/import.c (ModuleNotFoundError "No module named %R")'
    ],
    fixability: 0.6,
    confirm: [
      "The package is missing from node_modules / site-packages in the image, or listed only as a dev dependency."
    ],
    ruleOut: ["The package is installed: a wrong import path or case."],
    cause: "The service imports a package that is not installed in the image it runs from.",
    actions: [
      "Declare the package as a runtime dependency (a devDependency is not installed by `npm ci --omit=dev`).",
      "Rebuild the image from a clean install and run it once before deploying."
    ],
    repo: [...DEPENDENCY_MANIFEST, ...MODULE_IMPORT]
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
    sources: [
      'torvalds/linux arch/x86/mm/fault.c (show_signal_msg: "%s[%d]: segfault at %lx ip %px sp %px error %lx")',
      'https://www.gnu.org/software/bash/manual/bash.html (a job killed by SIGSEGV is reported "Segmentation fault (core dumped)")'
    ],
    fixability: 0.05,
    confirm: ["A core dump's backtrace points at a native library."],
    ruleOut: ["The crash is an OOM kill (signal 9), not signal 11."],
    cause: "A process crashed with a segmentation fault (invalid memory access), usually in native code.",
    actions: [
      "Get the core dump (`coredumpctl info`) and the exact binary and library versions.",
      "Roll back a recently upgraded native module, image or library."
    ]
  },
  {
    id: "deadlock",
    title: "PostgreSQL deadlock",
    category: "concurrency",
    severity: "P2",
    rank: 24,
    keywords: ["deadlock", "lockacquisition"],
    matchers: [/deadlock detected/, /DeadlockLoserDataAccessException/, /LockAcquisitionException/],
    exclude: [/deadlock_timeout\s*=/, /\bno deadlock/i],
    sources: [
      'postgres/postgres src/backend/storage/lmgr/deadlock.c (ereport ERROR "deadlock detected")',
      "spring-projects/spring-framework spring-tx/src/main/java/org/springframework/dao/DeadlockLoserDataAccessException.java"
    ],
    repo: STACK_FRAME_CITE,
    fixability: 0.1,
    confirm: ["The database's deadlock report names the two statements and the locks they held."],
    ruleOut: ["Only lock timeouts appear: a long-running transaction, not a deadlock."],
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
    // A traceback that ends in SystemExit is an exit someone asked for (sys.exit, a server's signal handler).
    exclude: [/\nSystemExit(: [^\n]*)?\s*$/],
    sources: [
      'python/cpython Lib/traceback.py ("Traceback (most recent call last):")',
      'openjdk/jdk src/java.base/share/classes/java/lang/ThreadGroup.java ("Exception in thread \\"%s\\" ")',
      "nodejs/node lib/internal/process/execution.js (uncaughtException)"
    ],
    fixability: 0.4,
    confirm: ["The trace's top application frame, read in the repository, fails on this input."],
    ruleOut: ["The exception is caught and answered (a 4xx) and the service keeps serving."],
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
    sources: [
      'kubernetes/kubernetes pkg/kubelet/kuberuntime/kuberuntime_manager.go (event BackOff "Back-off restarting failed container %s in pod %s"; waiting reason CrashLoopBackOff)',
      'systemd/systemd src/core/service.c ("Start request repeated too quickly.", "Main process exited, code=%s, status=%i/%s")'
    ],
    fixability: 0.1,
    consequenceOf: [
      "oom-container",
      "oom-kernel",
      "missing-config",
      "module-not-found",
      "config-file-missing",
      "bad-flag",
      "port-in-use",
      "probe-liveness-failed"
    ],
    confirm: ["RESTARTS grows and `kubectl logs --previous` ends with the error that killed it."],
    ruleOut: ["The restarts are deploys or scale events (the pod names change, restart counts do not)."],
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
      /Startup probe failed/,
      /health ?check (has )?failed/i,
      /\bis unhealthy\b/i,
      /health_status: unhealthy/
    ],
    minCount: 3,
    sources: [
      'kubernetes/kubernetes pkg/kubelet/prober/prober.go (event Unhealthy "%s probe failed: %s" with probe type Startup/Liveness/Readiness)',
      'moby/moby daemon/health.go (LogContainerEvent ActionHealthStatus + ": " + status → "health_status: unhealthy" after the configured retries)',
      'docker/compose pkg/compose/convergence.go ("container %s is unhealthy", reported as "dependency failed to start: …")'
    ],
    fixability: 0.1,
    confirm: ["The health endpoint fails when called by hand with the checker's timeout."],
    ruleOut: ["The endpoint answers 200 by hand: the checker targets the wrong port or path."],
    cause: "The service fails its health checks, so it is taken out of rotation or restarted.",
    actions: [
      "Call the health endpoint by hand and read what it checks; a failing dependency often fails it.",
      "Give slow starts a startupProbe rather than a longer liveness timeout."
    ]
  }
];

// src/knowledge/patterns/caches-brokers.ts
var CACHE_BROKER_PATTERNS = [
  {
    id: "redis-oom",
    title: "Redis at maxmemory with noeviction: writes rejected",
    category: "out_of_memory",
    severity: "P1",
    rank: 12,
    keywords: ["oom command not allowed"],
    matchers: [/OOM command not allowed when used memory > 'maxmemory'/],
    sources: [
      `redis/redis src/server.c (shared.oomerr: "-OOM command not allowed when used memory > 'maxmemory'.")`
    ],
    fixability: 0.3,
    cause: "Redis reached maxmemory and its policy is noeviction, so every write is refused: keys without TTLs filled it, or maxmemory is too small.",
    actions: [
      "`INFO memory` and `CONFIG GET maxmemory-policy`; use allkeys-lru for a cache, or raise maxmemory for a store.",
      "Find big or TTL-less keys (`redis-cli --bigkeys`)."
    ],
    confirm: ["used_memory ≥ maxmemory and maxmemory-policy is noeviction."],
    ruleOut: ["used_memory is far below maxmemory: the client talks to another instance."],
    repo: REDIS_MAXMEMORY
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
      `redis/redis src/server.c (shared.bgsaveerr: "-MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk…")`,
      'redis/redis src/rdb.c (serverLog "Background saving error")'
    ],
    fixability: 0.1,
    cause: "Redis's background save fails (disk full or no permission), and with stop-writes-on-bgsave-error it refuses writes.",
    actions: ["Read the Redis log for the fork or write error; free disk or fix the dir's permissions."],
    confirm: ["rdb_last_bgsave_status:err in INFO persistence."],
    ruleOut: ["Saves succeed (rdb_last_bgsave_status:ok)."]
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
      "not aware of this member"
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
      /The coordinator is not aware of this member/
    ],
    minCount: 2,
    sources: [
      'apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractCoordinator.java ("consumer poll timeout has expired…"; "Attempt to heartbeat failed since group is rebalancing" before 3.0, commit 2387d191fcb)',
      "apache/kafka clients/src/main/java/org/apache/kafka/clients/consumer/CommitFailedException.java",
      'confluentinc/librdkafka src/rdkafka_cgrp.c ("Application maximum poll interval (%dms) exceeded by %dms"); rd_kafka_err2str "Broker: Unknown member"',
      'IBM/sarama errors.go (ErrUnknownMemberId: "kafka server: The provided member is not known in the current generation")',
      'tulios/kafkajs src/consumer/runner.js ("The coordinator is not aware of this member, re-joining the group")'
    ],
    fixability: 0.3,
    cause: "Consumers take longer than max.poll.interval.ms to process a batch, so they are thrown out of the group; every rejoin rebalances the group and commits fail (a rebalance storm).",
    actions: [
      "Lower max.poll.records or speed up processing; raise max.poll.interval.ms only to the real batch time.",
      "Look for a slow downstream call inside the poll loop."
    ],
    confirm: ["Consumer lag grows while the group's generation id keeps increasing."],
    ruleOut: ["Rebalances follow deploys or scale events only."],
    repo: KAFKA_POLL
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
      /Connection to node -?\d+ \((?<subject>[^)]+)\) could not be established\. (Broker|Node) may not be available/
    ],
    minCount: 3,
    sources: [
      'apache/kafka clients/src/main/java/org/apache/kafka/clients/NetworkClient.java ("Connection to node {} ({}) could not be established. Node may not be available."; "Broker may not be available." before 3.7, commit fcac880fd54)'
    ],
    fixability: 0.1,
    subjectKind: "host",
    cause: "The client cannot connect to a Kafka broker: it is down, or the advertised listener address is wrong for this client.",
    actions: ["Check the brokers are up and that advertised.listeners resolve and route from the client."],
    confirm: ["The broker is down or its advertised host is unreachable from the client's network."],
    ruleOut: ["Other clients in the same network produce to it."],
    repo: [...SUBJECT_IN_CONFIG, ...FORWARDED_PORT]
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
      "high disk watermark"
    ],
    matchers: [
      /flood stage disk watermark \[[^\]]+\] exceeded/,
      /index read-only \/ allow delete \(api\)/,
      /read-only-allow-delete/,
      /high disk watermark \[[^\]]+\] exceeded/
    ],
    sources: [
      'elastic/elasticsearch server/src/main/java/org/elasticsearch/cluster/routing/allocation/DiskThresholdMonitor.java ("flood stage disk watermark [{}] exceeded on {}, all indices on this node will be marked read-only", "high disk watermark [{}] exceeded on {}")',
      'elastic/elasticsearch server/src/main/java/org/elasticsearch/cluster/metadata/IndexMetadata.java (INDEX_READ_ONLY_ALLOW_DELETE_BLOCK "index read-only / allow delete (api)")'
    ],
    fixability: 0.1,
    cause: "A data node's disk passed the flood-stage watermark, so Elasticsearch made its indices read-only and writes fail.",
    actions: [
      "Free disk (delete old indices / ILM) or add nodes; the block lifts when usage drops below the high watermark."
    ],
    confirm: ["`GET _cat/allocation?v` shows disk.percent above the flood stage."],
    ruleOut: ["Disk use is below the watermarks."]
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
      /vm_memory_high_watermark set\. Memory used:\d+ allowed:\d+/
    ],
    sources: [
      'rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_alarm.erl ("~s resource limit alarm set on node ~p." then "*** Publishers will be blocked until this alarm clears ***")',
      'rabbitmq/rabbitmq-server deps/rabbit/src/vm_memory_monitor.erl ("vm_memory_high_watermark set. Memory used:~p allowed:~p")'
    ],
    fixability: 0.1,
    cause: "The RabbitMQ node used more memory than its high watermark (vm_memory_high_watermark, 40% of RAM by default) and blocks every publishing connection until memory falls: producers hang or time out while consumers keep draining. Usually messages pile up in queues faster than consumers take them (a slow or stopped consumer), or a few huge messages or many connections.",
    actions: [
      "Find the queues that grew (`rabbitmqctl list_queues name messages memory`) and the consumer that stopped or slowed; get it consuming again.",
      "Use lazy or quorum queues for backlogs; raise the watermark only with the node's memory, not past it."
    ],
    confirm: ["`rabbitmq-diagnostics alarms` lists the memory alarm; queue depth rose before it."],
    ruleOut: ["The alarm is the disk alarm: free disk space, not memory."],
    repo: [
      {
        grep: "vm_memory_high_watermark|memoryHighWatermark",
        files: /rabbitmq[\w.-]*\.conf$|advanced\.config$|\.ya?ml$/i,
        what: "RabbitMQ's memory watermark"
      }
    ]
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
      /Free disk space is insufficient\. Free bytes: ?\d+\. Limit: ?\d+/
    ],
    sources: [
      'rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_alarm.erl ("~s resource limit alarm set on node ~p.")',
      'rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_disk_monitor.erl ("Free disk space is insufficient. Free bytes: ~b. Limit: ~b")'
    ],
    fixability: 0.1,
    cause: "Free disk space on the RabbitMQ node fell below disk_free_limit: the node blocks every publisher so it cannot fill the disk with persistent messages. Queues holding a backlog on disk, or something else on the same volume (logs), took the space.",
    actions: [
      "Free space or grow the volume; find what holds it (`du` on the data directory, queue backlogs paged to disk).",
      "Drain the backlog (restore the consumer) rather than lowering disk_free_limit."
    ],
    confirm: ["`rabbitmq-diagnostics alarms` lists the disk alarm and `df` shows the data volume near full."],
    ruleOut: ["Free space is well above the limit: the alarm is stale or the limit is set far too high."],
    repo: [
      {
        grep: "disk_free_limit|diskFreeLimit",
        files: /rabbitmq[\w.-]*\.conf$|advanced\.config$|\.ya?ml$/i,
        what: "RabbitMQ's disk free limit"
      }
    ]
  }
];

// src/knowledge/patterns/cluster-operations.ts
var PDB_SETTINGS = [
  {
    grep: "^\\s*(minAvailable|maxUnavailable):\\s*\\S+",
    files: MANIFESTS,
    within: "spec",
    what: "the PodDisruptionBudget's allowance"
  }
];
var SUBPATH_MOUNTS = [
  { grep: "^\\s*subPath:\\s*\\S+", files: MANIFESTS, what: "the volume mount's subPath" }
];
var CLUSTER_OPERATION_PATTERNS = [
  {
    id: "coredns-forward-loop",
    title: "CoreDNS detected a forwarding loop and exits",
    category: "dns",
    severity: "P1",
    rank: 12,
    keywords: ["plugin/loop"],
    matchers: [/plugin\/loop: Loop \([\d.:[\]a-f]+ -> :\d+\) detected for zone/],
    sources: [
      'coredns/coredns plugin/loop/loop.go ("Loop (%s -> %s) detected for zone %q, see https://coredns.io/plugins/loop#troubleshooting. Query: \\"HINFO %s\\"")'
    ],
    fixability: 0.1,
    cause: "CoreDNS forwards queries to the node's resolver, which points back at CoreDNS (systemd-resolved's local stub listener named in /etc/resolv.conf, or a resolver that forwards to the cluster DNS), so the loop plugin stops it: CoreDNS crash-loops and name resolution fails cluster-wide.",
    actions: [
      "Point the kubelet's --resolv-conf at the real upstream file (/run/systemd/resolve/resolv.conf on systemd-resolved hosts), or set `forward . UPSTREAM_IP` in the Corefile instead of /etc/resolv.conf."
    ],
    confirm: ["The node's /etc/resolv.conf names systemd-resolved's local stub or the cluster DNS address."],
    ruleOut: ["CoreDNS runs and only upstream lookups time out: an upstream resolver problem."]
  },
  {
    id: "pdb-blocks-eviction",
    title: "Node drain blocked: a PodDisruptionBudget allows no eviction",
    category: "configuration",
    severity: "P3",
    rank: 30,
    keywords: ["violate the pod's disruption budget", "disruption budget"],
    matchers: [/Cannot evict pod as it would violate the pod's disruption budget/],
    minCount: 3,
    sources: [
      `kubernetes/kubernetes pkg/registry/core/pod/storage/eviction.go ("Cannot evict pod as it would violate the pod's disruption budget.")`
    ],
    fixability: 0.1,
    cause: "A drain (a node upgrade, the cluster autoscaler, a spot interruption handler) keeps retrying because a PodDisruptionBudget allows zero disruptions: minAvailable equals the replica count, maxUnavailable is 0, or the budget's pods are already unhealthy, so nothing may be evicted and the node never empties.",
    actions: [
      "`kubectl get pdb -A` and look for ALLOWED DISRUPTIONS 0; compare minAvailable/maxUnavailable with the workload's replicas and how many are Ready.",
      "Scale the workload up or relax the budget so one pod may go; if its pods are unhealthy, fix them first (an unhealthy pod still counts against the budget)."
    ],
    confirm: ["The budget covering the pod shows 0 allowed disruptions."],
    ruleOut: ["The budget allows disruptions and the eviction fails otherwise (a webhook, the API server)."],
    repo: PDB_SETTINGS
  },
  {
    id: "container-mount-type-mismatch",
    title: "Container cannot start: a mount puts a file on a directory (or the reverse)",
    category: "configuration",
    severity: "P2",
    rank: 6,
    keywords: ["not a directory", "mount a directory onto a file", "is a directory"],
    matchers: [
      /error mounting "[^"]+" to rootfs at "(?<subject>[^"]+)":[^\n]*(?:not a directory|is a directory)/,
      /are you trying to mount a directory onto a file \(or vice-versa\)\?/
    ],
    sources: [
      'opencontainers/runc libcontainer/rootfs_linux.go (error mounting %q to rootfs at %q: %w, with ENOTDIR "not a directory")',
      'moby/moby daemon (hint appended to ENOTDIR: "Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type")'
    ],
    subjectKind: "file-path",
    fixability: 0.2,
    cause: "The runtime cannot set up a volume mount because the source and the target differ in type: a ConfigMap or Secret key mounted with subPath onto a path that is a directory in the image, a hostPath or bind mount whose host path does not exist yet (created as a directory) while the target is a file.",
    actions: [
      "Compare the mount's target path with what the image has there (`docker run --entrypoint ls IMAGE -ld PATH`) and the source's type.",
      "Mount the key onto a file path (subPath: KEY, mountPath: /dir/KEY), or mount the whole volume on a directory; create host paths before binding them."
    ],
    confirm: ["The image holds a directory where the mount targets a file, or the reverse."],
    ruleOut: ["Types match and the error names permissions: a SELinux or read-only mount problem."],
    repo: SUBPATH_MOUNTS
  }
];

// src/knowledge/patterns/config-deploy.ts
var CONFIG_DEPLOY_PATTERNS = [
  {
    id: "systemd-env-file",
    title: "systemd cannot load the unit's EnvironmentFile",
    category: "configuration",
    severity: "P2",
    rank: 15,
    keywords: ["failed to load environment files", "' task: no such file or directory"],
    matchers: [
      /Failed to load environment files: (?<subject>[^\n]+)/,
      /Failed to load environment files/,
      /[Ff]ailed to run '(start|start-pre|start-post|stop)' task: No such file or directory/
    ],
    sources: [
      'systemd/systemd src/core/execute.c (log_unit_error_errno(…, "Failed to load environment files: %m"))',
      `https://github.com/coreos/fleet/issues/1121 (older systemd: "ingestion.service failed to run 'start-pre' task: No such file or directory")`,
      `https://github.com/random-archer/mkinitcpio-systemd-tool/issues/1 ("Failed to run 'start' task: No such file or directory")`,
      `https://github.com/mchehab/rasdaemon/issues/57 and https://github.com/christgau/wsdd/issues/193 ("wsdd.service: Failed to load environment files: No such file or directory", "Failed to run 'start' task: No such file or directory", "Failed with result 'resources'")`
    ],
    fixability: 0.2,
    subjectKind: "file-path",
    repo: [...SUBJECT_IN_CONFIG, ...ENVIRONMENT_FILE],
    cause: "The unit's EnvironmentFile= points at a file that does not exist (renamed or not deployed), so systemd will not start the service.",
    actions: [
      "`systemctl cat UNIT` shows the EnvironmentFile path; deploy the file or prefix the path with `-` if optional."
    ],
    confirm: ["The path in EnvironmentFile= is missing on the host."],
    ruleOut: ["The file exists and is readable by root."]
  },
  {
    id: "config-file-missing",
    title: "Configuration file or path not found",
    category: "configuration",
    severity: "P2",
    rank: 16,
    keywords: ["enoent", "no such file or directory", "filenotfounderror"],
    matchers: [
      /ENOENT: no such file or directory, (open|stat|scandir) '(?<subject>[^']+)'/,
      /FileNotFoundError: \[Errno 2\] No such file or directory: '(?<subject>[^']+)'/,
      /can't open file '(?<subject>\/[^']+)': \[Errno 2\] No such file or directory/,
      /open (?<subject>\/[\w./-]+\.(ya?ml|json|toml|conf|ini|env|properties|pem|key|crt)): no such file or directory/,
      /java\.io\.FileNotFoundException: (?<subject>\S+) \(No such file or directory\)/,
      /\[emerg\] [^\n]*open\(\) "(?<subject>[^"]+)" failed \(2: No such file or directory\)/
    ],
    exclude: [/\.(map|ico|png|jpg|css)\b/],
    sources: [
      `nodejs/node lib/internal/errors.js (uvException: "ENOENT: no such file or directory, open '%s'")`,
      `python/cpython Objects/exceptions.c (FileNotFoundError "[Errno 2] No such file or directory: '%s'")`,
      `python/cpython Modules/main.c (pymain_run_file: "%ls: can't open file %R: [Errno %d] %s")`,
      'nginx/nginx src/core/ngx_conf_file.c (ngx_conf_parse: "open() \\"%s\\" failed" with errno 2)'
    ],
    fixability: 0.2,
    subjectKind: "file-path",
    repo: SUBJECT_IN_CONFIG_OR_CODE,
    cause: "The service opens a file that is not where it looks: a renamed or unmounted config file, a wrong working directory, or a path that differs between environments.",
    actions: [
      "Compare the path in the error with the volume mounts and the working directory of the deployment.",
      "Make the path a setting and fail at startup with its name."
    ],
    confirm: ["The path is absent in the running container (`kubectl exec … ls -l PATH`)."],
    ruleOut: ["The file exists at that path with read permission for the service's user."]
  },
  {
    id: "bad-flag",
    title: "Unknown command-line flag or option",
    category: "configuration",
    severity: "P2",
    rank: 15,
    keywords: [
      "flag provided but not defined",
      "unknown option",
      "unrecognized arguments",
      "unrecognized option",
      "unrecognized vm option"
    ],
    matchers: [
      /flag provided but not defined: (?<subject>-[\w.-]+)/,
      /error: unknown option '(?<subject>-[\w-]+)'/,
      /unrecognized arguments: (?<subject>-[\w-]+)/,
      /Unrecognized (VM )?option '?(?<subject>[-\w:+=]+)/
    ],
    sources: [
      'golang/go src/flag/flag.go ("flag provided but not defined: -%s")',
      `tj/commander.js lib/command.js ("error: unknown option '%s'")`,
      'python/cpython Lib/argparse.py ("unrecognized arguments: %s")',
      `openjdk/jdk src/hotspot/share/runtime/arguments.cpp ("Unrecognized VM option '%s'")`
    ],
    fixability: 0.3,
    subjectKind: "limit",
    repo: SUBJECT_IN_CONFIG,
    cause: "The process is started with a flag its version does not know (renamed or removed in an upgrade, or a typo), so it exits at once.",
    actions: ["Compare the command line in the manifest/unit with the binary's --help for this version."],
    confirm: ["The flag is absent from `BINARY --help` of the deployed version."],
    ruleOut: ["The flag is listed for the running version: look at how the args are quoted."]
  },
  {
    id: "config-syntax",
    title: "Configuration file does not parse",
    category: "configuration",
    severity: "P2",
    rank: 14,
    keywords: [
      "[emerg]",
      "test failed",
      "mapping values are not allowed",
      "did not find expected",
      "unknown directive",
      "while parsing a",
      "yaml.parser",
      "yaml.scanner",
      "but found",
      "are not allowed here",
      "could not find expected",
      "cannot start any token"
    ],
    matchers: [
      /\[emerg\] [^\n]*(unknown directive|unexpected|invalid|directive is not allowed here)[^\n]* in (?<subject>\S+):\d+/,
      /configuration file (?<subject>\S+) test failed/,
      /yaml: line \d+: (mapping values are not allowed in this context|did not find expected [\w ]+)/,
      /while parsing a block mapping/,
      /yaml\.(parser\.ParserError|scanner\.ScannerError)/,
      // PyYAML's problem line and mark, printed below the exception line (a record of its own).
      /^(?:expected [^\n]*, but (?:found|got) |mapping values are not allowed here|could not find expected ':'|found character [^\n]* that cannot start any token)[^\n]*\n\s+in "[^"]+", line \d+, column \d+/
    ],
    sources: [
      'nginx/nginx src/core/ngx_conf_file.c ("unknown directive \\"%s\\"") and src/core/nginx.c ("configuration file %s test failed")',
      `yaml/pyyaml lib/yaml/parser.py ("expected <block end>, but found %r"), lib/yaml/scanner.py ("mapping values are not allowed here", "found character %r that cannot start any token") and lib/yaml/error.py (Mark: '  in "%s", line %d, column %d')`
    ],
    fixability: 0.2,
    subjectKind: "file-path",
    repo: [{ grep: "", fromConfigError: true, files: /.*/, what: "the line the parser's error names" }],
    cause: "A configuration file has a syntax error, so the program refuses to start or reload with it.",
    actions: [
      "Run the program's config test (`nginx -t`, a YAML linter) on the deployed file and fix the named line."
    ],
    confirm: ["The config test fails on the named file and line."],
    ruleOut: ["The config test passes on the deployed file."]
  },
  {
    id: "jwt-not-before",
    title: "JWT rejected as issued in the future (clock skew)",
    category: "clock_skew",
    severity: "P2",
    rank: 12,
    keywords: ["token used before issued", "not yet valid", "jwt not active", "immaturesignature"],
    matchers: [
      /[Tt]oken used before issued/,
      /NotBeforeError: jwt not active/,
      /ImmatureSignatureError/,
      /The token is not yet valid \((iat|nbf)\)/
    ],
    sources: [
      'golang-jwt/jwt map_claims.go v4 ("Token used before issued") and errors.go v5 ("token used before issued")',
      'jpadilla/pyjwt jwt/api_jwt.py (ImmatureSignatureError("The token is not yet valid (iat)"))',
      "auth0/node-jsonwebtoken README.md (NotBeforeError, message 'jwt not active')"
    ],
    fixability: 0.2,
    cause: "The verifying host's clock is behind the issuer's, so fresh tokens look issued in the future; the tokens are fine.",
    actions: [
      "Compare both hosts' clocks (`chronyc tracking`, `timedatectl`) and fix NTP on the one that drifted.",
      "Allow a small leeway (30–60 s) for iat/nbf in the verifier."
    ],
    confirm: ["The verifier's clock is seconds to minutes behind the issuer's."],
    ruleOut: ["Both clocks agree: then the issuer sets iat in the future."]
  },
  {
    id: "clock-skew",
    title: "Host clock out of sync",
    category: "clock_skew",
    severity: "P3",
    rank: 13,
    keywords: ["clock skew", "clock wrong by", "clock was stepped by", "time reset", "clock drift"],
    matchers: [
      /clock skew detected on mon\./,
      /mon\.[\w.-]+ clock skew [\d.]+s > max [\d.]+s/,
      // Only a second or more: chronyd and ntpd also log the millisecond corrections of a healthy clock.
      /System clock wrong by -?[1-9]\d*\.\d+ seconds/,
      /System clock was stepped by -?[1-9]\d*\.\d+ seconds/,
      /ntpd\[\d+\]: time reset [+-]?[1-9]\d*\.\d+ s\b/,
      /prober found high clock drift/,
      /Clock skew too great/
    ],
    sources: [
      'https://docs.ceph.com/en/latest/rados/operations/health-checks/ (MON_CLOCK_SKEW: "clock skew detected on mon.b"; detail "mon.b clock skew 0.143182s > max 0.05s (latency …)"), as `ceph status` prints it in rook-ceph reports',
      'mlichvar/chrony reference.c (LOG(LOGS_WARN, "System clock wrong by %.6f seconds, adjustment started", …)) and local.c (LOG(LOGS_WARN, "System clock was stepped by %.6f seconds", correction))',
      'ntp-project/ntp ntpd/ntp_loopfilter.c (msyslog(LOG_NOTICE, "time reset %+.6f s", fp_offset))',
      'etcd-io/etcd server/etcdserver/api/rafthttp/probing_status.go (lg.Warn("prober found high clock drift", … "clock-drift" …) when ClockDiff() > time.Second)',
      'krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (KRB5KRB_AP_ERR_SKEW "Clock skew too great"), as Java prints it: "LoginException: Clock skew too great (37)"'
    ],
    fixability: 0.1,
    cause: "A host's clock drifted from the others: tokens, certificates, leases and consensus protocols that compare times start failing.",
    actions: ["Fix time sync on the drifting host (chronyd/ntpd running, reachable servers)."],
    confirm: ["`chronyc tracking` shows a large offset or no reachable source."],
    ruleOut: ["All hosts' offsets are within milliseconds."]
  },
  {
    id: "inodes-exhausted",
    title: "Filesystem out of inodes",
    category: "disk_full",
    severity: "P1",
    rank: 10,
    keywords: ["inode"],
    matchers: [
      /low on resource: inodes/,
      /[Aa]ttempting to reclaim"? (resourceName="inodes"|inodes\b)/,
      // node-exporter mixin's NodeFilesystemFilesFillingUp / AlmostOutOfFiles description, when an alert is logged.
      /has only [\d.]+% available inodes left/
    ],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/eviction/eviction_manager.go ("Eviction manager: attempting to reclaim" resourceName; event EvictionThresholdMet "Attempting to reclaim %s") and helpers.go (nodeLowMessageFmt "The node was low on resource: %v. "), as quoted in real evictions ("Pod is in Failed phase due to Evicted: The node was low on resource: inodes.")',
      'prometheus/node_exporter docs/node-mixin/alerts/alerts.libsonnet (description "Filesystem on {{ $labels.device }}, mounted on {{ $labels.mountpoint }}, at {{ $labels.instance }} has only {{ printf "%.2f" $value }}% available inodes left…")'
    ],
    fixability: 0.1,
    cause: "The filesystem has free bytes but no free inodes: millions of small files (sessions, cache entries, mail) used them all, so creating files fails with ENOSPC.",
    actions: [
      "`df -i` to confirm, then find the directory with most files (`du --inodes -x / | sort -n | tail`)."
    ],
    confirm: ["`df -i` shows IUse% at 100% while `df -h` shows free space."],
    ruleOut: ["`df -i` has free inodes: the disk is full by bytes."]
  },
  {
    id: "slow-requests",
    title: "Requests slower than their objective",
    category: "latency",
    severity: "P3",
    rank: 36,
    keywords: ["ok in", "completed ", "worker timeout", "slow request", "latency"],
    matchers: [
      /Completed \d{3} [\w ]+? in (?<subject>\d{4,})(\.\d+)?ms/,
      /\[CRITICAL\] WORKER TIMEOUT \(pid:\d+\)/,
      /\bslow request\b/i
    ],
    // A request that failed slowly (a 504 after the proxy's timeout) belongs to the 5xx storm, not to latency.
    fields: [
      { kind: "access", fields: { status: /^[1-4]\d\d$/ }, atLeast: { field: "durationMs", value: 1e3 } }
    ],
    minCount: 10,
    // A few slow requests are the tail of every healthy service; an objective is breached by a share of them.
    minShare: 0.1,
    sources: [
      'rails/rails actionpack/lib/action_controller/log_subscriber.rb ("Completed #{status} #{Rack::Utils::HTTP_STATUS_CODES[status]} in #{event.duration.round}ms")',
      'benoitc/gunicorn gunicorn/arbiter.py (self.log.critical("WORKER TIMEOUT (pid:%s)", pid))',
      'ceph/ceph src/common/TrackedOp.cc (ss << "slow request " << age << " seconds old, received at " …), and the "slow request %s" idiom of application middleware'
    ],
    fixability: 0.1,
    subjectKind: "timeout",
    consequenceOf: [
      "slow-query",
      "seq-scan",
      "cpu-throttling",
      "connection-pool-exhausted",
      "lock-wait-timeout"
    ],
    cause: "Requests take seconds: the service waits on something (a database, a pool, CPU quota, a downstream call) or does too much work per request.",
    actions: [
      "Break the latency down by route and dependency (traces, upstream_response_time) to find where the time goes.",
      "Check CPU throttling and pool wait time for the same window."
    ],
    confirm: ["p95/p99 duration rises for the service while the request rate is steady."],
    ruleOut: ["Only a few outlier requests are slow; the percentile stays within the objective."],
    repo: TIMEOUTS
  }
];

// src/knowledge/patterns/coordination.ts
var COORDINATION_PATTERNS = [
  {
    id: "zookeeper-session-expired",
    title: "ZooKeeper session expired: ephemeral nodes, locks and leadership lost",
    category: "dependency",
    severity: "P1",
    rank: 20,
    keywords: [
      "session expired",
      "zookeeper service, session",
      "received expired from zookeeper",
      "zookeeper session",
      "state change: lost",
      "zookeeperclientexpiredexception",
      "zookeeper state changed (expired)"
    ],
    matchers: [
      /KeeperErrorCode = Session expired/,
      /Unable to reconnect to ZooKeeper service, session 0x[0-9a-f]+ has expired/,
      /received expired from ZooKeeper/,
      /Our previous ZooKeeper session was expired/,
      /Coordination::Exception: (?:Coordination error: )?Session expired/,
      /ZooKeeper session has (?:been )?expired/i,
      /zookeeper state changed \(Expired\)/,
      /\[ZooKeeperClient[^\]\n]*\] Session expired/,
      /ZooKeeperClientExpiredException: Session expired/,
      /Zookeeper session lost, state: EXPIRED_SESSION/i,
      /ConnectionStateManager\b[^\n]*State change: LOST/,
      // Applications' own words around Curator's LOST or kazoo's LOST state.
      /\bZoo[Kk]eeper session\b[^\n]{0,40}?\b(?:lost|LOST|expired)\b/
    ],
    // kazoo says "session lost, state: CLOSED" when the application closes its client on purpose.
    exclude: [/session lost, state: CLOSED/i],
    sources: [
      'apache/zookeeper zookeeper-server/src/main/java/org/apache/zookeeper/ClientCnxn.java (onConnected: "Unable to reconnect to ZooKeeper service, session 0x%s has expired"; KeeperException.SessionExpiredException "KeeperErrorCode = Session expired for …")',
      'apache/hbase hbase-zookeeper/src/main/java/org/apache/hadoop/hbase/zookeeper/ZKWatcher.java (connectionEvent Expired: identifier + " received expired from ZooKeeper, aborting")',
      'apache/solr solr/solrj-zookeeper/src/java/org/apache/solr/common/cloud/ConnectionManager.java ("Our previous ZooKeeper session was expired. Attempting to reconnect to recover relationship with ZooKeeper...")',
      'apache/kafka core/src/main/scala/kafka/zookeeper/ZooKeeperClient.scala (scheduleSessionExpiryHandler: info("Session expired."), logged with the "[ZooKeeperClient Kafka server] " prefix; ZooKeeperClientExpiredException "Session expired either before or while waiting for connection")',
      'ClickHouse/ClickHouse src/Storages/MergeTree/ReplicatedMergeTreeRestartingThread.cpp ("ZooKeeper session has expired. Switching to a new session."); Coordination::Exception "Session expired" (KEEPER_EXCEPTION, code 999)',
      'python-zk/kazoo kazoo/client.py (_session_callback: "Zookeeper session lost, state: %s" with EXPIRED_SESSION, AUTH_FAILED or CLOSED)',
      'apache/curator curator-framework/src/main/java/org/apache/curator/framework/state/ConnectionStateManager.java (postState: "State change: " + state)'
    ],
    consequenceOf: ["oom-jvm", "oom-jvm-gc-overhead"],
    fixability: 0.1,
    cause: "A ZooKeeper client's session expired: the ensemble heard nothing from it for longer than the session timeout, so it deleted the client's ephemeral nodes (broker or region-server registrations, locks, leader latches) and the client must start over. A Kafka broker drops out of the cluster and the controller moves its partitions, an HBase region server aborts, Solr disables updates, ClickHouse replicated tables go read-only. The usual causes are a long stop-the-world GC pause or a stalled VM on the client, a network partition to the ensemble, or an overloaded ZooKeeper (slow fsync on its transaction log, lost quorum).",
    actions: [
      "Look at the client just before the expiry: GC logs for a pause longer than the session timeout (and heap pressure), CPU steal or throttling, a host freeze.",
      "Check the ensemble at that time: `echo mntr | nc zk 2181` (zk_avg_latency, zk_outstanding_requests), `fsync-ing the write ahead log … took` warnings, leader elections, and the network between client and ensemble.",
      "Raise the session timeout (zookeeper.session.timeout.ms, zookeeper.session.timeout, Curator sessionTimeoutMs) only once the pause itself is understood; it must stay within the server's maxSessionTimeout."
    ],
    confirm: [
      "`Client session timed out, have not heard from server in Nms` on the client precedes the expiry, with a GC pause or network gap of that length."
    ],
    ruleOut: [
      "The session was closed on purpose (a shutdown, `Session: 0x… closed`): a restart, not an expiry.",
      "Only the ZooKeeper server logs `Expiring session … timeout … exceeded` for clients that were stopped: routine clean-up."
    ],
    repo: [
      {
        grep: "zookeeper\\.session\\.timeout(\\.ms)?\\s*[=:]\\s*\\d+|sessionTimeoutMs|session_timeout_ms",
        files: /\.(properties|ya?ml|xml|conf|cfg|json)$/i,
        what: "the ZooKeeper session timeout"
      }
    ]
  },
  {
    id: "zookeeper-connection-loss",
    title: "ZooKeeper unreachable: connection lost, coordinated writes refused",
    category: "dependency",
    severity: "P2",
    rank: 38,
    keywords: [
      "connectionloss",
      "connection loss",
      "client session timed out",
      "cannot talk to zookeeper",
      "table is in readonly mode",
      "state change: suspended"
    ],
    matchers: [
      /KeeperErrorCode = ConnectionLoss/,
      /Coordination::Exception: (?:Coordination error: )?Connection loss/,
      /Client session timed out, have not heard from server in \d+ms for session ?id 0x[0-9a-f]+/,
      /Cannot talk to ZooKeeper - Updates are disabled/,
      // ClickHouse's replicated table without a live Keeper session (not the shutdown or metadata variants).
      /Table is in readonly mode \(replica path: /,
      /ConnectionStateManager\b[^\n]*State change: SUSPENDED/
    ],
    minCount: 3,
    incidental: true,
    sources: [
      'apache/zookeeper zookeeper-server/src/main/java/org/apache/zookeeper/ClientCnxn.java (SessionTimeoutException "Client session timed out, have not heard from server in %dms for session id 0x%s"; KeeperException.ConnectionLossException "KeeperErrorCode = ConnectionLoss")',
      'apache/solr solr/core/src/java/org/apache/solr/update/processor/DistributedZkUpdateProcessor.java (SERVICE_UNAVAILABLE "Cannot talk to ZooKeeper - Updates are disabled.")',
      'ClickHouse/ClickHouse src/Storages/StorageReplicatedMergeTree.cpp (TABLE_IS_READ_ONLY, code 242: "Table is in readonly mode (replica path: {})"); Coordination::Exception "Connection loss"',
      'apache/curator curator-framework/src/main/java/org/apache/curator/framework/state/ConnectionStateManager.java (postState: "State change: SUSPENDED")'
    ],
    consequenceOf: ["zookeeper-session-expired", "oom-jvm", "oom-jvm-gc-overhead"],
    fixability: 0.1,
    cause: "Clients keep losing their connection to ZooKeeper (ConnectionLoss, sessions timing out), and the services that need it for coordination refuse writes meanwhile (Solr disables updates, ClickHouse replicated tables are read-only): the ensemble is down, has lost quorum or is overloaded, the network to it drops, or the client pauses (GC) longer than its timeouts.",
    actions: [
      "Check the ensemble: `echo ruok | nc zk 2181` and `echo mntr | nc zk 2181` on each server (zk_server_state, zk_avg_latency, quorum), and its log for elections or slow fsync.",
      "Compare the client's GC pauses and network errors with the moments of connection loss."
    ],
    confirm: ["The ZooKeeper servers were unreachable, electing a leader or slow at the same moments."],
    ruleOut: ["Reconnects succeed within a second and nothing refuses writes: a blip, not the incident."]
  }
];

// src/knowledge/patterns/credentials.ts
var CLOUD_IDENTITY = [
  {
    grep: "eks\\.amazonaws\\.com/role-arn|iam\\.gke\\.io/gcp-service-account|azure\\.workload\\.identity|serviceAccountName:|AWS_(PROFILE|ROLE_ARN|WEB_IDENTITY_TOKEN_FILE|ACCESS_KEY_ID)|GOOGLE_APPLICATION_CREDENTIALS|AZURE_(CLIENT_ID|TENANT_ID)",
    files: CONFIG_OR_MANIFESTS,
    what: "where the workload is given its cloud identity"
  }
];
var SMTP_SETTINGS = [
  {
    grep: "SMTP_(USER|USERNAME|PASS|PASSWORD|HOST)|smtp[_.-]?(user|username|password|host)|MAIL_(USERNAME|PASSWORD|HOST)",
    files: CONFIG_OR_MANIFESTS,
    what: "the SMTP login the service uses"
  }
];
var CREDENTIAL_PATTERNS = [
  {
    id: "cloud-credentials-unavailable",
    title: "Cloud SDK finds no usable credentials, or they expired",
    category: "permissions",
    severity: "P1",
    rank: 13,
    keywords: [
      "unable to locate credentials",
      "could not load credentials",
      "unable to load aws credentials",
      "unable to load credentials",
      "nocredentialproviders",
      "expiredtoken",
      "token included in the request is expired",
      "defaultcredentialserror",
      "defaultazurecredential failed",
      "webidentityerr"
    ],
    matchers: [
      /NoCredentialsError: Unable to locate credentials/,
      /Could not load credentials from any providers/,
      /Unable to load (?:AWS )?credentials from any (?:provider in the chain|of the providers in the chain)/,
      /NoCredentialProviders: no valid providers in chain/,
      /\bWebIdentityErr: failed to retrieve credentials/,
      /\bExpiredToken(?:Exception)?\b[^\n]{0,80}: The (?:provided token has expired|security token included in the request is expired)/,
      /DefaultCredentialsError: (?:Could not automatically determine credentials|Your default credentials were not found)/,
      /DefaultAzureCredential failed to retrieve a token from the included credentials/
    ],
    sources: [
      'boto/botocore botocore/exceptions.py (NoCredentialsError "Unable to locate credentials"); aws/aws-sdk-js-v3 packages/credential-provider-node ("Could not load credentials from any providers")',
      'aws/aws-sdk-java (SdkClientException "Unable to load AWS credentials from any provider in the chain"; v2: "Unable to load credentials from any of the providers in the chain"); aws/aws-sdk-go aws/credentials (ErrNoValidProvidersFoundInChain "NoCredentialProviders: no valid providers in chain", WebIdentityErr)',
      'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (ExpiredToken / ExpiredTokenException "The security token included in the request is expired")',
      'googleapis/google-auth-library-python google/auth/_default.py (DefaultCredentialsError "Your default credentials were not found…"; before 2.x "Could not automatically determine credentials")',
      'Azure/azure-sdk-for-net sdk/identity (CredentialUnavailableException "DefaultAzureCredential failed to retrieve a token from the included credentials")'
    ],
    fixability: 0.1,
    cause: "The service finds no cloud credentials it can use, or the ones it has expired: the pod lost its workload identity (service account without the role annotation, IRSA or Workload Identity not set up on a new cluster or namespace), the instance metadata endpoint is blocked (hop limit, network policy), or a session token was not refreshed. Every call to the cloud API fails before it is authorised.",
    actions: [
      "Check which identity the pod should have: its service account's role annotation (eks.amazonaws.com/role-arn, iam.gke.io/gcp-service-account, azure.workload.identity/client-id) and the env vars the SDK reads.",
      "From the pod, ask who it is (`aws sts get-caller-identity`, `gcloud auth list`); for expired tokens, make the client refresh (long-lived SDK clients, not a token copied at start-up)."
    ],
    confirm: ["`aws sts get-caller-identity` (or the cloud's equivalent) fails inside the pod."],
    ruleOut: [
      "The identity resolves and calls are refused with AccessDenied: a permission the role lacks (cloud-access-denied)."
    ],
    repo: CLOUD_IDENTITY
  },
  {
    id: "smtp-auth-failed",
    title: "Mail server refuses the service's SMTP login",
    category: "permissions",
    severity: "P2",
    rank: 20,
    keywords: ["smtpauthenticationerror", "535", "invalid login", "authentication unsuccessful"],
    matchers: [
      /SMTPAuthenticationError/,
      /\b535[ -]5\.7\.(?:8|3|139|0)\b/,
      /Invalid login: 535\b/,
      /\b535 Authentication (?:credentials invalid|failed|unsuccessful)/
    ],
    sources: [
      "python/cpython Lib/smtplib.py (SMTPAuthenticationError, raised on reply code 535)",
      `https://www.rfc-editor.org/rfc/rfc4954 (535 5.7.8 "Authentication credentials invalid"); nodemailer/nodemailer lib/smtp-connection ("Invalid login: " + the server's reply)`
    ],
    fixability: 0.1,
    cause: "The mail server rejects the service's SMTP credentials, so no mail (password resets, receipts, alerts) goes out: the password was rotated or revoked, the provider disabled basic authentication (Gmail and Microsoft 365 now require app passwords or OAuth), or the account is locked.",
    actions: [
      "Test the login the service uses from the same host (`swaks --auth-user USER --server HOST:587 --tls`).",
      "Rotate the secret the deployment reads, or move to the provider's supported method (app password, OAuth, an API key for a mail service)."
    ],
    confirm: ["The provider's sign-in log shows the failed logins for that account."],
    ruleOut: [
      "The same login works from another host: a network or TLS problem on this one, not the credentials."
    ],
    repo: SMTP_SETTINGS
  },
  {
    id: "db-server-unreachable",
    title: "Database server unreachable (the driver cannot connect at all)",
    category: "connectivity",
    severity: "P1",
    rank: 30,
    keywords: [
      "communications link failure",
      "can't connect to mysql server",
      "can't connect to local mysql server",
      "can't connect to server on",
      "network-related or instance-specific error",
      "tns:"
    ],
    matchers: [
      /Communications link failure\s+The last packet sent successfully to the server was 0 milliseconds ago/,
      /Communications link failure$/m,
      /Can't connect to (?:MySQL )?server on '?(?<subject>[\w.-]+)(?::\d+)?'? \((?:110|111|113|115|10060|10061)\)/,
      /Can't connect to local (?:MySQL )?server through socket '[^']+'/,
      /A network-related or instance-specific error occurred while establishing a connection to SQL Server/,
      /ORA-12541: TNS:no listener|ORA-12170: TNS:Connect timeout occurred|ORA-12543: TNS:destination host unreachable/
    ],
    sources: [
      'mysql/mysql-connector-j src/main/user-impl/java/com/mysql/cj/exceptions/ExceptionFactory.java (CommunicationsException "Communications link failure" with "The last packet sent successfully to the server was 0 milliseconds ago")',
      `mysql/mysql-server libmysql/errmsg.cc (CR_CONN_HOST_ERROR 2003 "Can't connect to MySQL server on '%-.100s:%u' (%d)", CR_CONNECTION_ERROR 2002 "Can't connect to local MySQL server through socket '%-.100s' (%d)")`,
      'dotnet/SqlClient Strings.resx (SQL_NetworkRelatedErrorOccurred-style message "A network-related or instance-specific error occurred while establishing a connection to SQL Server")',
      "https://docs.oracle.com/en/database/oracle/oracle-database/19/errmg/ (ORA-12541 TNS:no listener, ORA-12170 TNS:Connect timeout occurred, ORA-12543 TNS:destination host unreachable)"
    ],
    subjectKind: "host",
    fixability: 0.2,
    cause: "The service cannot open any connection to its database server: the server is down or restarting, nothing listens at the host and port it is configured with, or a firewall, security group or network policy drops the traffic.",
    actions: [
      "From the service's host or pod, try the configured address (`nc -vz HOST PORT`); check the database's own status and logs for a restart.",
      "Compare the host and port in the service's connection string with where the database listens now (a failover or migration may have moved it)."
    ],
    confirm: [
      "The database port does not answer from the service's network, or the server was down at that time."
    ],
    ruleOut: [
      "Connections open and are then dropped mid-use: idle timeouts or a proxy (db-connection-lost), not reachability."
    ],
    repo: DB_ENDPOINT
  }
];

// src/knowledge/patterns/data-paths.ts
var SETTINGS = new RegExp(`${CONFIG.source}|${MANIFESTS.source}|${CODE.source}|\\.cs$`, "i");
var REDIS_ENDPOINT = [
  {
    grep: "rediss?://|REDIS_(URL|HOST|ADDR)|redis[_.-]?host|sentinel",
    files: new RegExp(`${CONFIG.source}|${MANIFESTS.source}`, "i"),
    what: "where the service is told which Redis to write to"
  }
];
var KAFKA_SIZE_LIMITS = [
  {
    grep: "max[._-]request[._-]size|message[._-]max[._-]bytes|max[._-]message[._-]bytes|maxRequestSize",
    files: SETTINGS,
    what: "a Kafka message size limit"
  }
];
var POOL_LIFETIME = [
  {
    grep: "pool_recycle|pool_pre_ping|max[-_]?[Ll]ifetime|[Cc]onnMaxLifetime|[Cc]onnMaxIdleTime|idle[-_]?[Tt]imeout|wait_timeout|idle_session_timeout|idle_in_transaction_session_timeout",
    files: SETTINGS,
    what: "how long the pool keeps a connection, or the server's idle timeout"
  }
];
var DATA_PATH_PATTERNS = [
  {
    id: "redis-readonly-replica",
    title: "Writes sent to a read-only Redis replica",
    category: "connectivity",
    severity: "P1",
    rank: 20,
    keywords: ["readonly you can't write against a read only"],
    matchers: [/READONLY You can't write against a read only (?:replica|slave)/],
    sources: [
      `redis/redis src/server.c (shared.roslaveerr: "-READONLY You can't write against a read only replica."; "slave" before Redis 5)`
    ],
    fixability: 0.2,
    cause: "The service sends writes to a Redis replica, which refuses them (READONLY): after a failover the old primary became a replica and the client still holds connections to it, or the service is configured with a replica's or a reader endpoint's address.",
    actions: [
      "Point writes at the primary: connect through Sentinel or the cluster's primary endpoint (not a reader endpoint), and have the client reconnect when it sees READONLY.",
      "Check `INFO replication` on the address the service uses: `role:slave` confirms it."
    ],
    confirm: [
      "`redis-cli -h ADDRESS INFO replication` shows role:slave for the address the service writes to."
    ],
    ruleOut: ["That address reports role:master: a proxy in between routes writes to a replica."],
    repo: REDIS_ENDPOINT
  },
  {
    id: "db-write-to-replica",
    title: "Writes sent to a database replica (read-only or not primary)",
    category: "connectivity",
    severity: "P1",
    rank: 20,
    keywords: [
      "read-only transaction",
      "--read-only option",
      "--super-read-only",
      "not primary",
      "notwritableprimary",
      "not master"
    ],
    matchers: [
      /cannot execute (?:INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|COPY FROM|nextval\(\))\b.{0,40}\bin a read-only transaction/,
      /running with the --(?:super-)?read-only option so it cannot execute this statement/,
      /\bNotWritablePrimary\b|\bNotPrimaryNoSecondaryOk\b|\bnot primary and secondaryOk=false|\bnot master and slaveOk=false/,
      /(?:MongoServerError|MongoError|MongoWriteException|Command failed with error \d+)\b.{0,40}'?not (?:primary|master)\b/
    ],
    minCount: 3,
    sources: [
      'postgres/postgres src/backend/tcop/utility.c PreventCommandIfReadOnly ("cannot execute %s in a read-only transaction", SQLSTATE 25006), raised on a hot standby',
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1290 ER_OPTION_PREVENTS_STATEMENT: "The MySQL server is running with the %s option so it cannot execute this statement")',
      'mongodb/mongo src/mongo/base/error_codes.yml (10107 NotWritablePrimary, 13435 NotPrimaryNoSecondaryOk; "not master" before 4.4)'
    ],
    fixability: 0.2,
    cause: "The service sends writes (or primary-only reads) to a database node that is not the primary: after a failover the old primary became a replica and the client still holds connections to it, or the service is configured with a reader endpoint or a replica's address.",
    actions: [
      "Point writes at the primary: the cluster's writer endpoint (not a reader endpoint), a replica-set connection string (MongoDB), or the proxy that follows the leader (Patroni/HAProxy, ProxySQL).",
      "Make the pool drop connections when the node turns read-only (validate on borrow, max lifetime) so a failover is followed within seconds."
    ],
    confirm: [
      "On the address the service uses: `SELECT pg_is_in_recovery()` is true, `SELECT @@read_only` is 1, or `rs.hello().isWritablePrimary` is false."
    ],
    ruleOut: [
      "The node is the primary and the session itself is read-only (default_transaction_read_only, a read-only transaction the code opened): a code or role setting."
    ],
    repo: DB_ENDPOINT
  },
  {
    id: "grpc-message-too-large",
    title: "gRPC messages larger than the receiver's limit",
    category: "configuration",
    severity: "P2",
    rank: 22,
    keywords: ["message larger than max", "grpc message exceeds maximum size"],
    matchers: [
      /grpc: (?:received|trying to send) message larger than max \((?<subject>\d+) vs\. \d+\)/,
      /gRPC message exceeds maximum size (?<subject>\d+)/
    ],
    sources: [
      'grpc/grpc-go rpc_util.go ("grpc: received message larger than max (%d vs. %d)", "grpc: trying to send message larger than max (%d vs. %d)")',
      'grpc/grpc-java core/src/main/java/io/grpc/internal/MessageDeframer.java ("gRPC message exceeds maximum size %d: %d")'
    ],
    subjectKind: "limit",
    fixability: 0.2,
    cause: "A call's message is bigger than the receiving side's maximum (4 MiB by default in gRPC), so it fails with RESOURCE_EXHAUSTED: a response that grew with the data (an unpaginated list), or a client and server configured with different limits.",
    actions: [
      "Find the method and the message size the error gives; paginate or stream the response rather than return it whole.",
      "Raise the limit on the receiving side only to a bounded size (grpc.MaxCallRecvMsgSize / maxInboundMessageSize), on every client that calls it."
    ],
    confirm: ["The failing calls' responses exceed the receiver's configured maximum."],
    ruleOut: ["Messages are small and RESOURCE_EXHAUSTED is a quota or rate limit instead."]
  },
  {
    id: "kafka-record-too-large",
    title: "Kafka records rejected as larger than the size limit",
    category: "configuration",
    severity: "P2",
    rank: 24,
    keywords: ["recordtoolargeexception", "larger than the max message size", "message size too large"],
    matchers: [
      /RecordTooLargeException/,
      /The request included a message larger than the max message size the server will accept/,
      // librdkafka (confluent-kafka-python, -go, node-rdkafka): RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE.
      /Broker: Message size too large/
    ],
    sources: [
      'apache/kafka clients/src/main/java/org/apache/kafka/clients/producer/KafkaProducer.java (ensureValidRecordSize: "The message is %d bytes when serialized which is larger than %d, which is the value of the max.request.size configuration.")',
      'apache/kafka clients/src/main/java/org/apache/kafka/common/protocol/Errors.java (MESSAGE_TOO_LARGE: "The request included a message larger than the max message size the server will accept.")',
      'confluentinc/librdkafka src/rdkafka.c (RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE: "Broker: Message size too large")'
    ],
    fixability: 0.2,
    cause: "Producers send records bigger than a size limit on their way: the producer's max.request.size (checked before sending), the broker's message.max.bytes or the topic's max.message.bytes. Those records are rejected, so the messages are lost unless the producer keeps them.",
    actions: [
      "Find what made the records big (a payload that grew, a batch of items sent as one record); compress (compression.type) or send large payloads by reference.",
      "Raise the limits only together and only for a legitimate size: producer max.request.size, topic max.message.bytes, and the consumers' max.partition.fetch.bytes."
    ],
    confirm: ["The rejected sizes in the errors sit just above the limit the message names."],
    ruleOut: [
      "The sizes are far above any limit: a bug produces the records (a whole table serialised), not the limit."
    ],
    repo: KAFKA_SIZE_LIMITS
  },
  {
    id: "db-connection-lost",
    title: "Database connections closed under the service (gone away, lost, idle timeout)",
    category: "connectivity",
    severity: "P2",
    rank: 41,
    keywords: [
      "server has gone away",
      "lost connection to mysql server",
      "server closed the connection unexpectedly",
      "terminating connection due to idle",
      "terminating connection due to administrator command"
    ],
    matchers: [
      /MySQL server has gone away/,
      /Lost connection to MySQL server (?:during query|at '[^']*')/,
      /server closed the connection unexpectedly/,
      /terminating connection due to idle[- ](?:session|in-transaction) timeout/,
      // A fast shutdown (a restart, a failover) or pg_terminate_backend ends every session this way.
      /terminating connection due to administrator command/
    ],
    minCount: 3,
    incidental: true,
    sources: [
      'mysql/mysql-server libmysql/errmsg.cc (CR_SERVER_GONE_ERROR 2006 "MySQL server has gone away", CR_SERVER_LOST 2013 "Lost connection to MySQL server during query")',
      'postgres/postgres src/interfaces/libpq/fe-misc.c ("server closed the connection unexpectedly\\n\\tThis probably means the server terminated abnormally\\n\\tbefore or while processing the request.")',
      'postgres/postgres src/backend/tcop/postgres.c ("terminating connection due to idle-in-transaction timeout", "terminating connection due to idle-session timeout")'
    ],
    consequenceOf: ["oom-kernel", "oom-container", "disk-full"],
    fixability: 0.2,
    cause: "The database closed connections the service still held, and the service used them: an idle timeout on the server (MySQL wait_timeout, PostgreSQL idle_session_timeout or idle_in_transaction_session_timeout) or a proxy or load balancer in between drops idle connections sooner than the pool retires them, or the database restarted or failed over.",
    actions: [
      "Make the pool retire connections before the shortest idle timeout on the path and check them on checkout (SQLAlchemy pool_recycle and pool_pre_ping, HikariCP maxLifetime, Go SetConnMaxLifetime).",
      "If every instance saw it at the same moment, read the database's own log at that time for a restart, a crash or a failover."
    ],
    confirm: [
      "The errors follow idle periods, and the server's wait_timeout (or the proxy's idle timeout) is below the pool's connection lifetime."
    ],
    ruleOut: [
      "The database log shows a restart or crash at that moment: that is the incident, the lost connections its echo."
    ],
    repo: POOL_LIFETIME
  },
  {
    id: "db-crash-recovery",
    title: "PostgreSQL restarted after a server process crashed: connections refused during recovery",
    category: "crash",
    severity: "P1",
    rank: 14,
    keywords: [
      "database system is in recovery mode",
      "was terminated by signal",
      "reinitializing",
      "crash of another server process"
    ],
    matchers: [
      /server process \(PID \d+\) was terminated by signal (?<subject>\d+)/,
      /all server processes terminated; reinitializing/,
      /terminating connection because of crash of another server process/,
      /the database system is in recovery mode/
    ],
    sources: [
      'postgres/postgres src/backend/postmaster/postmaster.c (LogChildExit: "%s (PID %d) was terminated by signal %d: %s"; "all server processes terminated; reinitializing")',
      'postgres/postgres src/backend/tcop/postgres.c ("terminating connection because of crash of another server process") and src/backend/postmaster/postmaster.c (CAC_RECOVERY: "the database system is in recovery mode")'
    ],
    consequenceOf: ["oom-kernel", "oom-container", "disk-full", "segfault"],
    fixability: 0.1,
    cause: "A PostgreSQL server process died (killed by a signal, most often the kernel's OOM killer, or a crash), so the postmaster ended every connection and replayed the WAL: while it recovers it refuses connections (in recovery mode), and every client sees its queries fail at once.",
    actions: [
      "Read the server log just before `was terminated by signal`: the signal (9 is usually the OOM killer; check dmesg) and the query it ran.",
      "If it was memory: lower work_mem, max_connections or shared_buffers to fit, or give the server more memory; set vm.overcommit_memory=2 on a dedicated host."
    ],
    confirm: [
      "dmesg shows an OOM kill of a postgres process at that moment, or the log names a crashing query."
    ],
    ruleOut: [
      "The log shows a requested shutdown (`received fast shutdown request`): a planned restart, not a crash."
    ]
  }
];

// src/knowledge/patterns/locators-code.ts
var RETRY_LOOP = [
  {
    grep: "^\\s*(for|while)\\b.*([Aa]ttempt|[Rr]etr(y|ies)|[Tt]ries|ATTEMPT|RETR)",
    files: CODE,
    fix: "backoff-retry",
    when: /\b429\b|Too Many Requests|rate.?limit/i,
    what: "the retry loop around the rate-limited call (it retries without waiting)"
  }
];
var MAP_LOCK = [
  {
    grep: "",
    fromStackTrace: true,
    files: /\.go$/,
    fix: "lock-shared-map",
    what: "the map access the trace names (the map is shared by goroutines without a lock)"
  }
];
var INDEX_MIGRATION = [
  {
    grep: "CREATE\\s+(UNIQUE\\s+)?INDEX|CREATE\\s+TABLE|add_index\\s+:|create_table\\s+:",
    files: /(^|\/)(db\/migrate|migrations?|db\/migration|sql\/migrations?|flyway)\/[^/]+\.(sql|rb)$|(^|\/)V\d+(_\d+)*__\w+\.sql$/i,
    fix: "index-migration",
    when: /Seq Scan on /,
    what: "the schema of the table the plan reads whole (no index the filter can use)"
  }
];
var SLOW_TABLE_MIGRATION = [
  {
    grep: `CREATE\\s+TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?("?\\w+"?\\.)?"?{subject}"?\\s*\\(|create_table\\s+[:"]{subject}\\b|createTable\\(\\s*["']{subject}["']`,
    // Prisma keeps each migration in its own folder (`prisma/migrations/<stamp>_x/migration.sql`); Knex writes JS/TS.
    files: /(^|\/)(db\/migrate|migrations?|db\/migration|sql\/migrations?|flyway)\/([^/]+\/)?[^/]+\.(sql|rb|[cm]?[jt]s)$|(^|\/)V\d+(_\d+)*__\w+\.sql$|(^|\/)(schema|structure)\.(sql|rb)$/i,
    what: "the migration creating the table the slow statement filters (check EXPLAIN for a Seq Scan on its WHERE columns before adding an index there)"
  }
];

// src/knowledge/patterns/datastores.ts
var DATASTORE_PATTERNS = [
  {
    id: "db-server-connection-limit",
    title: "Database server refuses connections: max_connections reached",
    category: "connection_pool",
    severity: "P1",
    rank: 17,
    keywords: [
      "too many clients",
      "remaining connection slots",
      "too many connections",
      "max number of clients reached",
      "too many open connections"
    ],
    matchers: [
      /sorry, too many clients already/,
      /remaining connection slots are reserved for/,
      /(ERROR 1040|Data source rejected establishment of connection).*Too many connections/,
      /\bToo many connections\b/,
      /ERR max number of clients reached/,
      /[Cc]onnection refused because too many open connections/
    ],
    sources: [
      'postgres/postgres src/backend/utils/init/postinit.c ("remaining connection slots are reserved for roles with the %s attribute" from 16, "… for non-replication superuser connections" before) and src/backend/storage/lmgr/proc.c ("sorry, too many clients already")',
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1040 ER_CON_COUNT_ERROR: "Too many connections")',
      'redis/redis src/networking.c ("-ERR max number of clients reached", past maxclients)',
      'mongodb/mongo src/mongo/transport/session_manager_common.cpp (LOGV2 22942 "Connection refused because too many open connections", past net.maxIncomingConnections)'
    ],
    fixability: 0.5,
    cause: "The database server is at max_connections: the sum of every client's pool (pool size × replicas) exceeds what the server accepts, or connections leak.",
    actions: [
      "Count connections by client (`SELECT usename, application_name, count(*) FROM pg_stat_activity GROUP BY 1,2`).",
      "Lower pool sizes so pool × replicas fits under max_connections, or put PgBouncer in front.",
      "Redis: `INFO clients` (connected_clients against maxclients) and `CLIENT LIST` by addr; MongoDB: `db.serverStatus().connections`."
    ],
    confirm: ["pg_stat_activity (or SHOW PROCESSLIST) holds max_connections sessions, many idle."],
    ruleOut: ["The server has free slots while the app waits: the app's own pool is the limit."],
    repo: SERVER_CONNECTIONS
  },
  {
    id: "driver-no-host-available",
    title: "Database driver: all hosts tried, no connection available",
    category: "connection_pool",
    severity: "P2",
    rank: 19,
    keywords: [
      "all host(s) tried",
      "nohostavailableexception",
      "no available connection",
      "pool is busy",
      "node(s) tried for the query failed",
      "nonodeavailableexception"
    ],
    matchers: [
      /All host\(s\) tried for query failed/,
      /NoHostAvailableException/,
      // Driver 4.x (com.datastax.oss): AllNodesFailedException and NoNodeAvailableException.
      /All \d+ node\(s\) tried for the query failed/,
      /\bNoNodeAvailableException\b/,
      /Pool is busy \(no available connection/,
      /no available connection and the queue has reached its max size/
    ],
    sources: [
      'apache/cassandra-java-driver driver-core/src/main/java/com/datastax/driver/core/exceptions/NoHostAvailableException.java (3.x: "All host(s) tried for query failed (tried: %s)") and BusyPoolException.java ("Pool is busy (no available connection and the queue has reached its max size %d)")',
      'apache/cassandra-java-driver core/src/main/java/com/datastax/oss/driver/api/core/AllNodesFailedException.java (4.x: "All %d node(s) tried for the query failed")'
    ],
    fixability: 0.3,
    cause: "The driver found no usable connection on any host: its per-host pools are full (requests queue beyond the limit) or every node is down or unreachable.",
    actions: [
      "Read the per-host reasons in the exception: BusyPoolException means the client pool, TransportException the network.",
      "Raise connections/requests per host or cut request concurrency; check the nodes' health (nodetool status)."
    ],
    confirm: ["The nested exceptions name BusyPoolException, or every host as unreachable."],
    ruleOut: ["The cluster reports all nodes UN and idle pools: then look at the driver's contact points."]
  },
  {
    id: "mysql-deadlock",
    title: "MySQL InnoDB deadlock",
    category: "concurrency",
    severity: "P2",
    rank: 23,
    keywords: ["deadlock found", "latest detected deadlock", "we roll back transaction"],
    matchers: [
      /Deadlock found when trying to get lock; try restarting transaction/,
      /LATEST DETECTED DEADLOCK/,
      /\*\*\* WE ROLL BACK TRANSACTION \(\d+\)/
    ],
    sources: [
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1213 ER_LOCK_DEADLOCK: "Deadlock found when trying to get lock; try restarting transaction")',
      'https://dev.mysql.com/doc/refman/8.0/en/innodb-deadlock-example.html (SHOW ENGINE INNODB STATUS: "LATEST DETECTED DEADLOCK", "*** WE ROLL BACK TRANSACTION (2)")'
    ],
    repo: STACK_FRAME_CITE,
    fixability: 0.1,
    cause: "Two InnoDB transactions lock the same rows in opposite orders; InnoDB rolls one back (error 1213).",
    actions: [
      "Read `SHOW ENGINE INNODB STATUS` (LATEST DETECTED DEADLOCK) for the two statements and indexes.",
      "Lock rows in one order, index the columns the updates filter on, retry on 1213."
    ],
    confirm: ["SHOW ENGINE INNODB STATUS names the two transactions and the index record they fought over."],
    ruleOut: ["Only lock wait timeouts (1205) appear: a long transaction, not a deadlock."]
  },
  {
    id: "lock-wait-timeout",
    title: "Lock wait timeout: a long transaction holds the rows",
    category: "concurrency",
    severity: "P2",
    rank: 25,
    keywords: ["lock wait timeout", "lock timeout", "could not obtain lock"],
    matchers: [
      /Lock wait timeout exceeded; try restarting transaction/,
      /canceling statement due to lock timeout/,
      /could not obtain lock on (row|relation)/
    ],
    sources: [
      'postgres/postgres src/backend/access/heap/heapam.c (errmsg("could not obtain lock on row in relation \\"%s\\""), ERRCODE_LOCK_NOT_AVAILABLE)',
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1205 ER_LOCK_WAIT_TIMEOUT: "Lock wait timeout exceeded; try restarting transaction")'
    ],
    repo: [...MIGRATION_DDL, ...STACK_FRAME_CITE],
    fixability: 0.1,
    cause: "Statements wait for row or table locks longer than the lock timeout: another transaction holds them (a long batch, an idle-in-transaction session, a migration).",
    actions: [
      "Find the blocker (pg_blocking_pids / information_schema.innodb_lock_waits) and what it runs.",
      "Keep transactions short; run migrations that lock tables outside peak hours."
    ],
    confirm: ["A blocking session holding the lock for the whole window."],
    ruleOut: ["Deadlock reports instead: two transactions waiting on each other."]
  },
  {
    id: "replication-lag",
    title: "Replica lagging behind the primary",
    category: "dependency",
    severity: "P2",
    rank: 30,
    keywords: ["conflict with recovery", "seconds_behind_master", "seconds_behind_source"],
    matchers: [
      /canceling statement due to conflict with recovery/,
      /Seconds_Behind_(Master|Source):\s*[1-9]\d{1,}/
    ],
    sources: [
      'https://www.postgresql.org/docs/current/hot-standby.html ("canceling statement due to conflict with recovery")',
      "https://dev.mysql.com/doc/refman/8.0/en/show-replica-status.html (Seconds_Behind_Source, formerly Seconds_Behind_Master)"
    ],
    fixability: 0.1,
    cause: "A read replica applies changes late (or cancels queries that conflict with replay), so reads are stale or fail.",
    actions: [
      "Compare replay lag (pg_stat_replication, Seconds_Behind_Source) with the write rate on the primary.",
      "Move long queries off hot-standby replicas, or set hot_standby_feedback / max_standby_streaming_delay."
    ],
    confirm: ["Lag metrics rise over the incident window."],
    ruleOut: ["Lag stays near zero: stale reads come from a cache instead."]
  },
  {
    id: "slow-query",
    title: "Slow database queries",
    category: "latency",
    severity: "P3",
    rank: 34,
    keywords: ["ms  statement", "ms  execute", "query_time", "slow query"],
    matchers: [
      // A SELECT filtering one table (no join before its WHERE) names that table: its migration is cited.
      /LOG:\s+duration: \d{4,}(?:\.\d+)? ms\s+(?:statement|execute\b[^:]*):\s*SELECT\b.*?\bFROM\s+(?:"?\w+"?\.)?"?(?<subject>[A-Za-z_]\w*)"?(?:\s+(?:AS\s+)?"?\w+"?)?\s+WHERE\b/i,
      /LOG:\s+duration: (?<subject>\d{4,}(\.\d+)?) ms\s+(statement|execute)/,
      /# Query_time: (?<subject>(\d{2,}|[2-9])\.\d+)\s+Lock_time/,
      /\bSlow query\b/i
    ],
    minCount: 3,
    sources: [
      'https://www.postgresql.org/docs/current/runtime-config-logging.html (log_min_duration_statement: "LOG:  duration: %.3f ms  statement: …")',
      'https://dev.mysql.com/doc/refman/8.0/en/slow-query-log.html ("# Query_time: N  Lock_time: N Rows_sent: N  Rows_examined: N")',
      'mongodb/mongo src/mongo/db/curop.cpp (LOGV2 id 51803 "Slow query"), as mongod 4.4+ logs it: {"c":"COMMAND","id":51803,"msg":"Slow query",…}'
    ],
    fixability: 0.1,
    repo: SLOW_TABLE_MIGRATION,
    subjectKind: "query",
    cause: "Queries take seconds: a missing index, a plan change, or lock and I/O contention on the database.",
    actions: [
      "EXPLAIN (ANALYZE, BUFFERS) the slowest statement; look for sequential scans on large tables.",
      "Check pg_stat_statements for what got slower and when."
    ],
    confirm: ["The same statement's mean time rose in pg_stat_statements / the slow log."],
    ruleOut: ["Queries are fast in the database's own timing: the delay is in the pool or network."]
  },
  {
    id: "query-timeout",
    title: "Database queries cancelled by their timeout",
    category: "latency",
    severity: "P2",
    // Before slow-query: the database or driver says outright that the statement ran out of time.
    rank: 33,
    keywords: [
      "statement timeout",
      "statement execution time exceeded",
      "execution timeout expired",
      "sqltimeoutexception",
      "querytimeoutexception",
      "exceeded time limit",
      "maxtimemsexpired"
    ],
    matchers: [
      /canceling statement due to statement timeout/,
      /maximum statement execution time exceeded/,
      /Execution Timeout Expired\.\s+The timeout period elapsed prior to completion of the operation/,
      /\b(SQLTimeoutException|QueryTimeoutException)\b/,
      /\boperation exceeded time limit\b|\bMaxTimeMSExpired\b/
    ],
    minCount: 2,
    sources: [
      'postgres/postgres src/backend/tcop/postgres.c (ProcessInterrupts: "canceling statement due to statement timeout")',
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (ER_QUERY_TIMEOUT 3024: "Query execution was interrupted, maximum statement execution time exceeded")',
      'dotnet/SqlClient Strings.resx SQL_Timeout_Execution ("Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.")',
      'mongodb/mongo src/mongo/base/error_codes.yml (MaxTimeMSExpired, code 50: "operation exceeded time limit")'
    ],
    consequenceOf: ["lock-wait-timeout", "deadlock", "db-server-connection-limit"],
    fixability: 0.1,
    repo: [
      {
        grep: "statement_timeout|max_execution_time|[Cc]ommand_?[Tt]imeout|[Qq]uery_?[Tt]imeout|maxTimeMS",
        files: /\.(ya?ml|json|toml|ini|properties|env|conf|cfg|js|ts|py|go|java|rb|cs|kt)$|(^|\/)\.env/i,
        what: "the query timeout (cited, not raised: the query is what to fix)"
      }
    ],
    cause: "Queries run longer than the timeout set for them (the server's statement_timeout or max_execution_time, or the driver's command timeout) and are cancelled: a missing index or a plan gone bad on a grown table, or rows locked by another transaction. Every cancelled query is a failed request.",
    actions: [
      "Find the statement (the log line after the error, or pg_stat_activity / the slow log at that time) and EXPLAIN (ANALYZE) it; add the index it lacks.",
      "Check for a long transaction holding locks at the same time (pg_locks, SHOW ENGINE INNODB STATUS); raise the timeout only for work that is legitimately long."
    ],
    confirm: ["The same statement runs for about the timeout in the slow log or pg_stat_statements."],
    ruleOut: [
      "The statement is fast when run by hand and nothing locks its rows: look at the connection pool."
    ]
  },
  {
    id: "seq-scan",
    title: "Sequential scan on a large table",
    category: "latency",
    severity: "P3",
    rank: 33,
    keywords: ["seq scan on", "rows removed by filter"],
    matchers: [/Seq Scan on (?<subject>[\w.]+)/, /Rows Removed by Filter: \d{5,}/],
    sources: [
      'https://www.postgresql.org/docs/current/using-explain.html (plan nodes "Seq Scan on tenk1", "Rows Removed by Filter: N")'
    ],
    // A new migration with the index is a proposal; the builder caps it at 0.3 when none is written.
    fixability: 0.4,
    repo: INDEX_MIGRATION,
    subjectKind: "query",
    cause: "The planner reads a whole table for a query that should use an index: the index is missing or unusable.",
    actions: [
      "Create an index on the filter columns (CREATE INDEX CONCURRENTLY) and check EXPLAIN again.",
      "ANALYZE the table if statistics are stale."
    ],
    confirm: ["EXPLAIN shows Seq Scan with many rows removed by filter on the hot query."],
    ruleOut: ["The table is small: a sequential scan is the right plan there."]
  }
];

// src/knowledge/patterns/host-kernel.ts
var HOST_KERNEL_PATTERNS = [
  {
    id: "disk-io-error",
    title: "Disk I/O errors: the block device or its filesystem is failing",
    category: "storage",
    severity: "P1",
    rank: 9,
    keywords: [
      "i/o error",
      "ext4-fs error",
      "xfs",
      "medium error",
      "failed command",
      "critical medium error",
      "unrecovered read error",
      " qid "
    ],
    matchers: [
      /\bI\/O error, dev (?<subject>[\w-]+), sector \d+/,
      /\bBuffer I\/O error on dev(?:ice)? (?<subject>[\w-]+)/,
      /\bEXT4-fs error \(device (?<subject>[\w-]+)\)/,
      /\bXFS \((?<subject>[\w-]+)\): (?:metadata I\/O error|Corruption of in-memory data detected|log I\/O error)/,
      /\bcritical (?:medium|target) error, dev (?<subject>[\w-]+)/,
      /\bSense Key : Medium Error\b|\bUnrecovered read error\b/,
      /\bata\d+(?:\.\d+)?: failed command: (?:READ|WRITE)/,
      /\bnvme\d+: I\/O \d+ QID \d+ timeout, (?:aborting|reset controller)/
    ],
    sources: [
      'torvalds/linux block/blk-core.c (print_req_error: "%s error, dev %s, sector %llu op 0x%x:(%s) flags 0x%x phys_seg %u prio class %u"; "blk_update_request: I/O error" before 5.x)',
      'torvalds/linux fs/buffer.c ("Buffer I/O error on dev %pg, logical block %llu"), fs/ext4/super.c ("EXT4-fs error (device %s): %s:%d: "), fs/xfs/xfs_message.c',
      'torvalds/linux drivers/ata/libata-eh.c ("failed command: %s"), drivers/nvme/host/pci.c ("I/O %d QID %d timeout, aborting")'
    ],
    fixability: 0.05,
    cause: "The disk under the service returns I/O errors (failing media, a detached cloud volume, a controller timing out): writes are lost, and the kernel remounts the filesystem read-only to protect it, so everything writing there fails next.",
    actions: [
      "Move the workload off this host or volume now (fail over the database to a replica); do not remount read-write.",
      "Check the device: `dmesg -T | grep -i 'error'`, `smartctl -a /dev/DEVICE` or the cloud volume's status, then fsck from a rescue system before reuse."
    ],
    confirm: [
      "`dmesg` shows the errors on one device; SMART or the cloud console reports it degraded or detached."
    ],
    ruleOut: [
      "No kernel I/O errors and the mount was read-only from the start: a read-only mount by configuration."
    ]
  },
  {
    id: "conntrack-table-full",
    title: "Connection tracking table full: the kernel drops packets",
    category: "resource_limits",
    severity: "P1",
    rank: 14,
    keywords: ["conntrack: table full"],
    matchers: [/nf_conntrack: table full, dropping packet/, /ip_conntrack: table full, dropping packet/],
    sources: [
      'torvalds/linux net/netfilter/nf_conntrack_core.c (net_warn_ratelimited("nf_conntrack: table full, dropping packet\\n"))'
    ],
    fixability: 0.2,
    cause: "The host's netfilter connection-tracking table is at nf_conntrack_max, so new connections' packets are dropped: clients see timeouts and resets although every service is up. Many short connections (no keep-alive, NodePort or kube-proxy traffic, a connection flood) fill it.",
    actions: [
      "Compare `sysctl net.netfilter.nf_conntrack_count` with `net.netfilter.nf_conntrack_max`; `conntrack -S` shows drops.",
      "Raise nf_conntrack_max (kube-proxy's --conntrack-max-per-core on Kubernetes nodes) and lower nf_conntrack_tcp_timeout_time_wait; make clients reuse connections."
    ],
    confirm: ["nf_conntrack_count equals nf_conntrack_max while the drops are logged."],
    ruleOut: ["The count stays far below the maximum: the drops come from a firewall rule, not the table."]
  },
  {
    id: "storage-stalled",
    title: "Storage stopped answering: NFS server not responding, tasks blocked on I/O",
    category: "storage",
    severity: "P1",
    rank: 10,
    keywords: ["not responding", "blocked for more than"],
    matchers: [
      /\bnfs: server (?<subject>[\w.-]+) not responding, (?:still trying|timed out)/,
      /\bINFO: task [^\s:]+:\d+ blocked for more than \d+ seconds/
    ],
    // The kernel prints "nfs: server X OK" when the server answers again.
    exclude: [/\bnfs: server [\w.-]+ OK\b/],
    sources: [
      'torvalds/linux fs/nfs/client.c and net/sunrpc/clnt.c ("%s: server %s not responding, still trying" / "timed out"; "%s: server %s OK")',
      'torvalds/linux kernel/hung_task.c ("INFO: task %s:%d blocked for more than %ld seconds.")'
    ],
    subjectKind: "host",
    fixability: 0.05,
    cause: "The storage the service reads and writes stopped answering (an NFS server, a network block device, a disk that hangs): processes wait in uninterruptible I/O, so requests hang without errors and the service looks frozen rather than failed.",
    actions: [
      "Check the storage server named in the kernel log (its load, its network path, `showmount -e` / `rpcinfo -p` for NFS) and `ps -eo pid,stat,wchan:32,cmd | awk '$2 ~ /D/'` for the blocked processes.",
      "If the server is gone for good, fail the workload over; a hard NFS mount keeps processes blocked until it returns."
    ],
    confirm: [
      "Processes in state D waiting on nfs or the block device; the storage server unreachable or saturated."
    ],
    ruleOut: [
      "`nfs: server … OK` follows soon after and nothing failed: a brief stall the service rode out."
    ]
  }
];

// src/knowledge/patterns/host-pressure.ts
var HOST_PRESSURE_PATTERNS = [
  {
    id: "jvm-gc-thrashing",
    title: "JVM stalls in long garbage collections: the heap is nearly full",
    category: "out_of_memory",
    severity: "P2",
    rank: 13,
    keywords: ["to-space exhausted", "pause full", "full gc"],
    matchers: [
      /\bTo-space exhausted\b/,
      // Unified logging (JDK 9+): a full pause of a second or more that freed little.
      /Pause Full \([^)]*\) \d+M->\d+M\(\d+M\) \d{4,}\.\d+ms/,
      // JDK 8 -XX:+PrintGCDetails: a full collection whose wall time is a second or more.
      /\[Full GC \([^)]*\)[^\n]*\breal=[1-9]\d*\.\d+ secs\]/
    ],
    minCount: 2,
    sources: [
      'openjdk/jdk src/hotspot/share/gc/g1/g1YoungGCPostEvacuateTasks.cpp and g1Trace ("To-space exhausted"); unified logging gc "Pause Full (%s) %uM->%uM(%uM) %.3fms"',
      "https://docs.oracle.com/javase/8/docs/technotes/guides/vm/gctuning/ (PrintGCDetails: [Full GC (cause) … [Times: user=… sys=…, real=… secs])"
    ],
    fixability: 0.2,
    cause: "The heap is nearly full of live objects, so the JVM runs full collections back to back that free little and stop every thread for seconds: requests time out and health checks fail long before an OutOfMemoryError (a leak, a cache without a bound, or a heap too small for the load).",
    actions: [
      "Compare heap after each full GC with the maximum: if it stays near the max and grows, take a heap dump (`jcmd PID GC.heap_dump`) and find what holds it.",
      "Raise -Xmx (and the container limit with it) only if live data is legitimately that large."
    ],
    confirm: ["Heap occupancy after full GCs stays above ~90% of the maximum."],
    ruleOut: ["Full GCs free most of the heap: allocation bursts, not a full heap."],
    repo: JVM_HEAP
  },
  {
    id: "process-stalled",
    title: "The process stalls: its threads do not run for seconds (starvation, GC or a paused VM)",
    category: "latency",
    severity: "P2",
    rank: 35,
    keywords: ["thread starvation or clock leap detected"],
    matchers: [/Thread starvation or clock leap detected \(housekeeper delta=(?<subject>[\w.µ]+)\)/],
    minCount: 2,
    sources: [
      'brettwooldridge/HikariCP src/main/java/com/zaxxer/hikari/pool/HikariPool.java (HouseKeeper: "{} - Thread starvation or clock leap detected (housekeeper delta={}).")'
    ],
    subjectKind: "timeout",
    consequenceOf: ["jvm-gc-thrashing", "cpu-throttling", "oom-jvm"],
    fixability: 0.1,
    cause: "A thread that should run every 30 seconds ran late by the delta shown: the whole JVM was stalled (stop-the-world GC, CPU throttling or starvation on an overcommitted host, swapping, a paused or migrated VM). Requests stall with it; connections time out on both sides.",
    actions: [
      "Line the deltas up with GC logs (long pauses), the container's CPU throttling (container_cpu_cfs_throttled_periods_total) and the host's swap and steal time."
    ],
    confirm: ["GC pauses, throttled periods or swap activity at the times of the warnings."],
    ruleOut: [
      "A single warning after a host resumed from sleep or a checkpoint restore: a clock leap, harmless."
    ]
  },
  {
    id: "pids-exhausted",
    title: "No more processes or threads: fork fails (PID or task limit reached)",
    category: "resource_limits",
    severity: "P1",
    rank: 12,
    keywords: ["resource temporarily unavailable", "can't start new thread", "pthread_create failed"],
    matchers: [
      /\bfork(?:\/exec [^:\n]+)?: (?:retry: )?[Rr]esource temporarily unavailable/,
      /pthread_create failed: Resource temporarily unavailable/,
      /RuntimeError: can't start new thread/
    ],
    sources: [
      'https://man7.org/linux/man-pages/man2/fork.2.html (EAGAIN "Resource temporarily unavailable": RLIMIT_NPROC, the cgroup pids.max, or kernel.threads-max reached)',
      `golang/go src/runtime/cgo/gcc_libinit.c ("runtime/cgo: pthread_create failed: %s"); python/cpython Modules/_threadmodule.c ("can't start new thread")`
    ],
    fixability: 0.2,
    cause: "The process (or its container) cannot create another process or thread: it hit its PID limit (the cgroup's pids.max from Docker --pids-limit, Kubernetes podPidsLimit, systemd TasksMax) or the user's nproc limit, usually because something leaks threads or spawns children without reaping them.",
    actions: [
      "Count threads and processes: `cat /sys/fs/cgroup/pids.current pids.max` in the container, `ps -eLf | wc -l`; find who holds most (`ps -eo nlwp,pid,cmd --sort=-nlwp | head`).",
      "Fix the leak (unbounded thread pools, zombie children); raise the limit only for real concurrency."
    ],
    confirm: ["pids.current equals pids.max (or nproc's limit) when the errors start."],
    ruleOut: ["Few threads and processes: EAGAIN from memory (fork needs memory too) instead."],
    repo: PIDS_LIMIT
  },
  {
    id: "node-pressure",
    title: "Node under memory, disk or PID pressure",
    category: "resource_limits",
    severity: "P2",
    rank: 50,
    keywords: ["pressure"],
    matchers: [/\b(?:MemoryPressure|DiskPressure|PIDPressure)\s+True\b/],
    fields: [
      {
        kind: "k8s-condition",
        fields: { type: /^(?:MemoryPressure|DiskPressure|PIDPressure)$/, status: /^True$/ }
      }
    ],
    sources: [
      "kubernetes/kubernetes pkg/kubelet/nodestatus/setters.go (conditions MemoryPressure, DiskPressure, PIDPressure with reasons KubeletHasInsufficientMemory, KubeletHasDiskPressure, KubeletHasInsufficientPID)"
    ],
    consequenceOf: [
      "oom-kernel",
      "disk-full",
      "pids-exhausted",
      "evicted-memory-pressure",
      "evicted-ephemeral-storage"
    ],
    fixability: 0.1,
    cause: "The kubelet reports the node short of memory, disk or PIDs: it taints the node so no new pods land there and evicts running pods (lowest priority and most over their requests first) until the pressure clears.",
    actions: [
      "`kubectl describe node NODE` (Conditions, Allocated resources) and `kubectl top pods -A --sort-by=memory` for that node's pods; for disk, `crictl images` and container logs on the node.",
      "Set requests close to real use so the scheduler stops overcommitting the node; clean images and logs, or give the node more disk."
    ],
    confirm: ["The condition is True in `kubectl describe node` and evictions or taints follow."],
    ruleOut: ["The condition is False: the node recovered; look at the pods' own limits."]
  }
];

// src/knowledge/patterns/kubernetes-images.ts
var IMAGE_PATTERNS = [
  {
    id: "image-not-found",
    title: "Image cannot be pulled: the tag or repository does not exist",
    category: "image_pull",
    severity: "P2",
    rank: 3,
    keywords: [
      "manifest unknown",
      "failed to resolve reference",
      "repository does not exist",
      "manifest for"
    ],
    matchers: [
      /manifest for (?<subject>\S+) not found: manifest unknown/,
      /failed to resolve reference "(?<subject>[^"]+)": \S+ not found/,
      /repository does not exist or may require 'docker login'/,
      /\bmanifest unknown\b/
    ],
    sources: [
      `moby/moby distribution/errors.go ("manifest for %s not found: %v" and "pull access denied for %s, repository does not exist or may require 'docker login'")`,
      'containerd/containerd remotes/docker/resolver.go ("%s: not found", wrapped by the CRI plugin as "failed to pull and unpack image %q: failed to resolve reference %q: …")'
    ],
    fixability: 0.3,
    subjectKind: "service",
    cause: "The image reference points at a tag or repository the registry does not have (a typo, a tag never pushed, or a build that failed).",
    actions: [
      "Check the image reference in the manifest against the registry's tags.",
      "Roll back to the last image that exists, then fix the pipeline that should have pushed it."
    ],
    confirm: ["`crane manifest IMAGE` / `docker manifest inspect IMAGE` fails with not found."],
    ruleOut: ["The tag exists and other nodes pull it: then look at registry credentials or network."],
    repo: IMAGE_REF
  },
  {
    id: "image-pull-unauthorized",
    // Not ending in "credentials": "credentials: 3 matching" in a summary reads as an assigned secret and is redacted.
    title: "Image cannot be pulled: the registry rejects the pull as unauthorized",
    category: "image_pull",
    severity: "P2",
    rank: 3,
    keywords: [
      "unauthorized",
      "pull access denied",
      "no basic auth credentials",
      "denied:",
      "unable to retrieve pull secret"
    ],
    matchers: [
      /pull access denied for (?<subject>[\w./:-]+)/,
      /unauthorized: authentication required/,
      /no basic auth credentials/,
      /401 Unauthorized/,
      /denied: requested access to the resource is denied/,
      // The kubelet pulls without the secret it names: the registry then answers 401 to an anonymous pull.
      /Unable to retrieve pull secret[^\n]*?secret \\*"(?<subject>[\w.-]+)\\*" not found/
    ],
    // An HTTP access log's 401 is not a pull; containerd's own token request ("GET request to") is.
    exclude: [
      /\b(?:GET|POST)\b(?![^\n]*?(?:request to https?:\/\/[^\s"]*\/(?:token|v2\/)|pull(?:ing)? (?:and unpack )?image))/
    ],
    sources: [
      'distribution/distribution registry/api/errcode/register.go (ErrorCodeUnauthorized "authentication required", ErrorCodeDenied "requested access to the resource is denied")',
      'distribution/distribution registry/client/auth/session.go (ErrNoBasicAuthCredentials "no basic auth credentials", when no credentials are configured for the registry)'
    ],
    fixability: 0.1,
    subjectKind: "service",
    cause: "The registry rejects the pull: the pod has no imagePullSecret for it, or the secret's token expired or lacks access.",
    actions: [
      "Check the pod's imagePullSecrets and that the secret's registry host matches the image's.",
      "Refresh the token (ECR tokens expire after 12 hours) and retry the pull."
    ],
    confirm: ["Failed events say unauthorized / pull access denied for the image."],
    ruleOut: ["The same credentials pull the image by hand: look at the tag or the network."],
    repo: [...IMAGE_PULL_SECRET, ...IMAGE_REF]
  },
  {
    id: "image-pull-backoff",
    title: "Image pull failing (ErrImagePull / ImagePullBackOff)",
    category: "image_pull",
    severity: "P2",
    rank: 6,
    keywords: ["imagepullbackoff", "errimagepull", "back-off pulling image", "failed to pull image"],
    matchers: [
      /Failed to pull image "(?<subject>[^"]+)"/,
      /Back-off pulling image "(?<subject>[^"]+)"/,
      /\b(ErrImagePull|ImagePullBackOff)\b/
    ],
    fields: [{ kind: "k8s-object", fields: { status: /^(ErrImagePull|ImagePullBackOff)$/ } }],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/images/image_manager.go ("Back-off pulling image %q", event BackOff; ErrImagePullBackOff)'
    ],
    fixability: 0.2,
    subjectKind: "service",
    consequenceOf: [
      "image-not-found",
      "image-pull-unauthorized",
      "image-platform-missing",
      "dns-failure",
      "dependency-timeout"
    ],
    cause: "The kubelet cannot pull the container image, so the pod never starts; the pull error says whether the tag, the credentials or the registry's reachability is at fault.",
    actions: [
      "Read the Failed event's message (`kubectl describe pod`): not found, unauthorized, or a timeout.",
      "Pull the exact reference by hand from a node to reproduce it."
    ],
    confirm: ["The pod's container is Waiting with reason ErrImagePull or ImagePullBackOff."],
    ruleOut: ["The image is present on the node (`crictl images`) and the container started."],
    repo: [...IMAGE_PULL_DENIED, ...IMAGE_REF, ...IMAGE_PULL_SECRET]
  },
  {
    id: "image-pull-rate-limited",
    title: "Image cannot be pulled: the registry's pull rate limit is reached",
    category: "image_pull",
    severity: "P2",
    rank: 3,
    keywords: ["toomanyrequests"],
    matchers: [
      /toomanyrequests: You have reached your pull rate limit/,
      /toomanyrequests: Too Many Requests/i
    ],
    sources: [
      'https://docs.docker.com/docker-hub/usage/pulls/ ("ERROR: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit")',
      'distribution/distribution registry/api/errcode/register.go (ErrorCodeTooManyRequests "toomanyrequests")'
    ],
    fixability: 0.1,
    cause: "The registry refuses pulls because a rate limit was reached: Docker Hub limits anonymous pulls per source IP (every node behind one NAT shares it) and authenticated pulls per account, so scale-ups and rollouts that pull many images at once start failing.",
    actions: [
      "Pull authenticated (an imagePullSecret for Docker Hub on the pods or the namespace's default service account), or mirror the images into your own registry or a pull-through cache.",
      "Pin images by digest and use imagePullPolicy: IfNotPresent so nodes do not re-pull on every start."
    ],
    confirm: [
      "The failing images all come from the same registry (docker.io), and pulls of other registries work."
    ],
    ruleOut: ["The error says unauthorized or not found: that is credentials or the tag, not a rate limit."],
    repo: [...IMAGE_PULL_SECRET, ...IMAGE_REF]
  }
];

// src/knowledge/patterns/kubernetes-placement.ts
var PLACEMENT_PATTERNS = [
  {
    id: "sched-insufficient-resources",
    title: "Pod unschedulable: not enough CPU, memory or GPUs on any node",
    category: "scheduling",
    severity: "P2",
    rank: 4,
    keywords: ["insufficient", "failedscheduling"],
    matchers: [
      /nodes are available:.*?Insufficient (?<subject>[\w-]+(?:\.[\w-]+)*(?:\/[\w-]+)?)/,
      /\bInsufficient (?<subject>cpu|memory|ephemeral-storage|pods|nvidia\.com\/gpu|[\w.-]+\/gpu)\b/
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^FailedScheduling$/, message: /Insufficient / } }],
    sources: [
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/noderesources/fit.go ("Insufficient cpu", "Insufficient memory", "Insufficient ephemeral-storage", fmt.Sprintf("Insufficient %v", rName) for extended resources such as nvidia.com/gpu)',
      'kubernetes/kubernetes pkg/scheduler/framework/types.go (FitError: "0/%v nodes are available: %v.")'
    ],
    fixability: 0.2,
    subjectKind: "limit",
    cause: "No node has enough unreserved CPU, memory or GPUs for the pod's requests, so the scheduler leaves it Pending.",
    actions: [
      "Compare the pod's requests with `kubectl describe nodes` (Allocated resources); lower requests that are padded.",
      "Add capacity (a node pool with the resource, cluster-autoscaler) or free it by scaling something down."
    ],
    confirm: [
      "The pod is Pending with a FailedScheduling event naming Insufficient <resource>.",
      "Allocatable minus allocated on every node is below the pod's request for that resource."
    ],
    ruleOut: [
      "Nodes with room exist but are excluded by selectors or taints (the event names those instead)."
    ],
    repo: SCHEDULING_REQUEST
  },
  {
    id: "sched-selector-affinity",
    title: "Pod unschedulable: no node matches its selector or affinity",
    category: "scheduling",
    severity: "P2",
    rank: 4,
    keywords: ["didn't match", "did not match"],
    matchers: [
      /node\(s\) didn't match (Pod's )?node (affinity\/)?selector/,
      /node\(s\) didn't match pod (anti-)?affinity rules/,
      /node\(s\) didn't match pod topology spread constraints/
    ],
    sources: [
      `kubernetes/kubernetes pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go (ErrReasonPod "node(s) didn't match Pod's node affinity/selector")`,
      `kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go ("node(s) didn't match pod affinity rules", "node(s) didn't match pod anti-affinity rules")`,
      `kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go (ErrReasonConstraintsNotMatch "node(s) didn't match pod topology spread constraints")`
    ],
    fixability: 0.2,
    cause: "The pod's nodeSelector or (anti-)affinity rules exclude every node, often after a label changed or a node pool was replaced.",
    actions: [
      "Compare the pod's nodeSelector/affinity with `kubectl get nodes --show-labels`.",
      "Fix the label on the nodes or the selector in the manifest; anti-affinity needs as many nodes as replicas."
    ],
    confirm: ["FailedScheduling events say `didn't match Pod's node affinity/selector` for every node."],
    ruleOut: ["A node carries every label the selector asks for and has room: then look at taints."],
    repo: NODE_SELECTOR
  },
  {
    id: "sched-taints",
    title: "Pod unschedulable: nodes have taints it does not tolerate",
    category: "scheduling",
    severity: "P2",
    rank: 4,
    keywords: ["taint"],
    matchers: [
      /node\(s\) had (untolerated )?taints? \{(?<subject>[^}]+)\}/,
      /had taint \{[^}]+\}, that the pod didn't tolerate/,
      // Current schedulers no longer name the taint in the event.
      /node\(s\) had untolerated taint\(s\)/
    ],
    sources: [
      `kubernetes/kubernetes pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go ("node(s) had untolerated taint {%s: %s}"; current releases fwk.NewStatus(fwk.UnschedulableAndUnresolvable, "node(s) had untolerated taint(s)"); before 1.25 "node(s) had taint {%s: %s}, that the pod didn't tolerate")`
    ],
    fixability: 0.2,
    subjectKind: "limit",
    cause: "Every node that could run the pod carries a taint the pod has no toleration for (a dedicated pool, or a condition taint such as disk-pressure or not-ready).",
    actions: [
      "Read the taint: a condition taint (node.kubernetes.io/…) means the node is unhealthy, fix the node.",
      "For a dedicated pool, add the matching toleration to the pod spec."
    ],
    confirm: ["`kubectl describe node` lists the taint named in the FailedScheduling event."],
    ruleOut: ["Untainted nodes exist and are rejected for another reason named in the same event."],
    repo: TOLERATIONS
  },
  {
    id: "sched-too-many-pods",
    title: "Pod unschedulable: nodes are at their pod limit",
    category: "scheduling",
    severity: "P2",
    rank: 4,
    keywords: ["too many pods"],
    matchers: [/nodes are available:.*\bToo many pods\b/, /\b\d+ Too many pods\b/],
    sources: [
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/noderesources/fit.go ("Too many pods" when len(nodeInfo.Pods())+1 > AllowedPodNumber)'
    ],
    fixability: 0.1,
    cause: "Every node already runs its maximum number of pods (kubelet maxPods, or the IPs its network plugin can hand out).",
    actions: [
      "Add nodes, or raise maxPods where the CNI has addresses for them.",
      "Clean up completed or evicted pods that still count against the limit."
    ],
    confirm: ["Pods per node (`kubectl get pods -A -o wide`) equals the node's allocatable pods."],
    ruleOut: ["Nodes are below their pod capacity: another reason blocks scheduling."],
    repo: MAX_PODS
  },
  {
    id: "sched-unbound-pvc",
    title: "Pod unschedulable: its PersistentVolumeClaim is not bound",
    category: "storage",
    severity: "P2",
    rank: 3,
    keywords: ["unbound", "volume node affinity", "persistentvolumeclaim"],
    matchers: [
      /pod has unbound immediate PersistentVolumeClaims/,
      /node\(s\) had volume node affinity conflict/,
      /persistentvolumeclaim "(?<subject>[\w.-]+)" not found/
    ],
    sources: [
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/volumebinding/volume_binding.go ("pod has unbound immediate PersistentVolumeClaims", ErrReasonNodeConflict "node(s) had volume node affinity conflict")'
    ],
    fixability: 0.1,
    subjectKind: "service",
    consequenceOf: ["pvc-provisioning-failed"],
    cause: "The pod needs a volume claim that is not bound to a volume (none provisioned yet, the claim is missing, or the volume sits in another zone).",
    actions: [
      "`kubectl describe pvc` says why it is Pending: a missing StorageClass, a provisioner error or a zone.",
      "Create the claim or fix its storageClassName; for zone conflicts use WaitForFirstConsumer binding."
    ],
    confirm: ["`kubectl get pvc` shows the claim Pending (or absent), with a ProvisioningFailed event."],
    ruleOut: ["The claim is Bound: the scheduling failure is about something else."],
    repo: CLAIM
  },
  {
    id: "pvc-provisioning-failed",
    title: "Volume provisioning failed (StorageClass missing or provisioner error)",
    category: "storage",
    severity: "P2",
    rank: 2,
    keywords: ["provisioningfailed", "storageclass", "failed to provision"],
    matchers: [
      /storageclass\.storage\.k8s\.io "(?<subject>[\w.-]+)" not found/,
      /[Ff]ailed to provision volume with StorageClass "(?<subject>[\w.-]+)"/,
      /\bProvisioningFailed\b/
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^ProvisioningFailed$/ } }],
    sources: [
      'kubernetes-sigs/sig-storage-lib-external-provisioner controller/controller.go (event ProvisioningFailed "failed to provision volume with StorageClass %q: %v")',
      `kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go (in-tree plugins: "Failed to provision volume with StorageClass %q: %v"; ProvisioningFailed with the API's NotFound text: storageclass.storage.k8s.io "%s" not found)`
    ],
    fixability: 0.3,
    subjectKind: "service",
    cause: "The claim names a StorageClass that does not exist, or the class's provisioner cannot create the volume (quota, permissions, zone).",
    actions: [
      "`kubectl get storageclass`: use an existing class name in the claim, or install the class.",
      "For provisioner errors, read the CSI controller's logs for the cloud API error."
    ],
    confirm: ["A ProvisioningFailed event on the claim naming the class or the provisioner's error."],
    ruleOut: ["`kubectl get storageclass` lists the class and other claims with it bind."],
    repo: STORAGE_CLASS
  },
  {
    id: "volume-mount-failed",
    title: "Volume cannot be attached or mounted",
    category: "storage",
    severity: "P2",
    rank: 5,
    keywords: ["mountvolume", "unable to attach or mount", "multi-attach", "failedmount"],
    matchers: [
      /MountVolume\.\w+ failed for volume "(?<subject>[\w.-]+)"/,
      /Unable to attach or mount volumes/,
      /Multi-Attach error for volume "(?<subject>[\w.-]+)"/,
      /\bFailedMount\b/
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^(FailedMount|FailedAttachVolume)$/ } }],
    sources: [
      `kubernetes/kubernetes pkg/volume/util/operationexecutor/operation_generator.go (GenerateError("MountVolume.SetUp failed", …) → 'MountVolume.SetUp failed for volume "%s" : …')`,
      'kubernetes/kubernetes pkg/kubelet/kubelet.go (event FailedMount "Unable to attach or mount volumes: %v") and pkg/kubelet/volumemanager/volume_manager.go ("unmounted volumes=%v, unattached volumes=%v…")',
      `kubernetes/kubernetes pkg/controller/volume/attachdetach/reconciler/reconciler.go (FailedAttachVolume "Multi-Attach error for volume %q Volume is already exclusively attached to one node and can't be attached to another")`
    ],
    fixability: 0.2,
    subjectKind: "service",
    cause: "The kubelet cannot mount a volume the pod declares: a missing ConfigMap or Secret, a volume still attached to another node, or a storage backend error.",
    actions: [
      "Read the FailedMount message: a missing ConfigMap/Secret must be created in the pod's namespace.",
      "Multi-Attach: the old pod on another node still holds a ReadWriteOnce volume; wait or delete it."
    ],
    confirm: ["FailedMount / FailedAttachVolume events on the pod naming the volume."],
    ruleOut: ["The pod's volumes are mounted (it reached Running): look at the container instead."],
    repo: VOLUME_MOUNT
  }
];

// src/knowledge/patterns/kubernetes-probes.ts
var PROBE_PATTERNS = [
  {
    id: "probe-liveness-failed",
    title: "Liveness probe failing: the kubelet restarts the container",
    category: "health_check",
    severity: "P2",
    rank: 58,
    keywords: ["liveness probe", "failed liveness probe", 'probetype="liveness"'],
    matchers: [
      /Liveness probe failed: HTTP probe failed with statuscode: (?<subject>\d{3})/,
      /Liveness probe failed: Get "(?<subject>[^"]+)"/,
      // The kubelet's own structured log (prober.go), with the probed URL in `output`.
      /"Probe failed" probeType="Liveness".*output="Get \\"(?<subject>[^"\\]+)/,
      /"Probe failed" probeType="Liveness"/,
      /Liveness probe failed/,
      // A named port no containerPort declares: the kubelet falls back to a number (prober.go, util.go).
      /Liveness probe errored(?: and resulted in unknown state)?: strconv\.Atoi: parsing \\?"[\w-]+\\?": invalid syntax/,
      /failed liveness probe, will be restarted/
    ],
    minCount: 2,
    sources: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/ (events "Liveness probe failed: …", "Container liveness failed liveness probe, will be restarted")',
      'kubernetes/kubernetes pkg/probe/http/http.go ("HTTP probe failed with statuscode: %d")',
      'https://github.com/kubernetes/kubernetes/issues/139283 (a missing named port: "Liveness probe errored and resulted in unknown state: strconv.Atoi: parsing "controller": invalid syntax")'
    ],
    fixability: 0.2,
    subjectKind: "url-path",
    consequenceOf: ["oom-container", "oom-kernel", "connection-pool-exhausted", "deadlock"],
    cause: "The container does not answer its liveness probe (wrong path or port, too short a timeout, or a hung process), so the kubelet kills and restarts it.",
    actions: [
      "Compare the probe's path and port with what the app serves (`kubectl exec … curl localhost:PORT/PATH`).",
      "A slow start needs a startupProbe, not a shorter liveness timeout; a hung app needs its own fix."
    ],
    confirm: [
      "Unhealthy events `Liveness probe failed` followed by `Killing … failed liveness probe`.",
      "A 404 or connection refused on the probed path/port while the app is otherwise serving."
    ],
    ruleOut: ["The container was OOMKilled or exited on its own before the probe failed (read Last State)."],
    repo: LIVENESS_PROBE
  },
  {
    id: "probe-readiness-failed",
    title: "Readiness probe failing: the pod is taken out of the Service",
    category: "health_check",
    severity: "P2",
    rank: 59,
    keywords: ["readiness probe", 'probetype="readiness"'],
    matchers: [
      /Readiness probe failed: HTTP probe failed with statuscode: (?<subject>\d{3})/,
      /Readiness probe failed: Get "(?<subject>[^"]+)"/,
      // The kubelet's own structured log (prober.go), with the probed URL in `output`.
      /"Probe failed" probeType="Readiness".*output="Get \\"(?<subject>[^"\\]+)/,
      /"Probe failed" probeType="Readiness"/,
      /Readiness probe failed/,
      // A named port no containerPort declares: the kubelet falls back to a number (prober.go, util.go).
      /Readiness probe errored(?: and resulted in unknown state)?: strconv\.Atoi: parsing \\?"[\w-]+\\?": invalid syntax/
    ],
    minCount: 2,
    sources: [
      'kubernetes/kubernetes pkg/probe/http/http.go ("HTTP probe failed with statuscode: %d"), reported as "Readiness probe failed: …"'
    ],
    fixability: 0.2,
    subjectKind: "url-path",
    consequenceOf: ["connection-pool-exhausted", "dns-failure", "connection-refused", "dependency-timeout"],
    cause: "The pod fails its readiness probe, so it receives no traffic: the endpoint is wrong, or it reports a dependency as down.",
    actions: [
      "Call the readiness endpoint from inside the pod and read what it checks.",
      "If it reports a dependency, the dependency's failure is the incident; fix that first."
    ],
    confirm: [
      "Unhealthy events `Readiness probe failed`; the pod is 0/1 READY and missing from the Endpoints."
    ],
    ruleOut: ["The endpoint returns 200 from inside the pod with the probe's own timeout."],
    repo: READINESS_PROBE
  },
  {
    id: "lifecycle-hook-failed",
    title: "Container lifecycle hook failing (postStart / preStop)",
    category: "health_check",
    severity: "P3",
    rank: 30,
    keywords: ["failedpoststarthook", "failedprestophook", "lifecycle hook"],
    matchers: [
      /(Exec|HTTP|Http) lifecycle hook \((?<subject>[^)]*)\) for Container "[^"]+" in Pod "[^"]+" failed - error:/,
      /\bFailedPostStartHook\b/,
      /\bFailedPreStopHook\b/
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^(FailedPostStartHook|FailedPreStopHook)$/ } }],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/events/event.go (FailedPostStartHook = "FailedPostStartHook", FailedPreStopHook = "FailedPreStopHook")',
      'kubernetes/kubernetes pkg/kubelet/lifecycle/handlers.go (fmt.Sprintf("Exec lifecycle hook (%s) for Container %q in Pod %q failed - error: %v, message: %q", …) and "HTTP lifecycle hook (%s) for Container %q in Pod %q failed - error: %v")',
      "kubernetes/kubernetes pkg/kubelet/kuberuntime/kuberuntime_container.go (postStart failure: recordContainerEvent(… events.FailedPostStartHook, msg), then killContainer)"
    ],
    fixability: 0.2,
    cause: "A postStart or preStop hook fails: a failing postStart kills the container (it restarts as if it crashed); a failing preStop means shutdown skips its drain.",
    actions: [
      "Run the hook's command by hand in the container (`kubectl exec POD -- CMD`) and read its exit message.",
      "Check the hook's binary exists in the image and finishes within terminationGracePeriodSeconds."
    ],
    confirm: ["FailedPostStartHook / FailedPreStopHook events on the pod with the hook's error message."],
    ruleOut: ["The container exits on its own before the hook runs (its own logs show the error)."]
  }
];

// src/knowledge/patterns/kubernetes-rollouts.ts
var ROLLOUT_PATTERNS = [
  {
    id: "admission-denied",
    title: "Admission refused the object: a policy or PodSecurity denies it",
    category: "configuration",
    severity: "P2",
    rank: 8,
    keywords: ["denied the request", "violates podsecurity", "[denied by"],
    matchers: [
      /admission webhook "(?<subject>[^"]+)" denied the request/,
      /\[denied by (?<subject>[\w.-]+)\]/,
      /violates PodSecurity "(?<subject>[\w:.-]+)"/
    ],
    sources: [
      'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/admission/plugin/webhook/errors/statuserror.go ("admission webhook %q denied the request: %s")',
      'open-policy-agent/gatekeeper pkg/webhook/policy.go ("[%s] %s" with "denied by %s")',
      'kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/admission/admission.go ("violates PodSecurity %q: %s")'
    ],
    subjectKind: "service",
    fixability: 0.1,
    cause: "The API server refuses to create the object because an admission policy (a Kyverno or Gatekeeper rule, another validating webhook, the namespace's PodSecurity level) rejects it: the deploy never reaches the cluster, or a controller keeps failing to create its pods, so the old version keeps running or nothing runs.",
    actions: [
      "Read the rule and the field the denial names, and change the manifest to satisfy it (requests and limits, securityContext, required labels, allowed registries).",
      "For a ReplicaSet that cannot create pods, `kubectl describe rs` shows FailedCreate with the same denial."
    ],
    confirm: ["`kubectl apply --dry-run=server -f FILE` returns the same denial."],
    ruleOut: [
      "The webhook times out or is unreachable (`failed calling webhook`): the policy engine is down, not the object wrong."
    ]
  },
  {
    id: "image-platform-missing",
    title: "Image has no build for the node's platform (architecture)",
    category: "image_pull",
    severity: "P2",
    rank: 5,
    keywords: ["no match for platform in manifest", "does not match the detected host platform"],
    matchers: [
      /no match for platform in manifest/,
      /image's platform \((?<subject>[\w/.-]+)\) does not match the detected host platform/
    ],
    sources: [
      'containerd/containerd images/image.go and remotes/docker (errdefs.NotFound "no match for platform in manifest")',
      `docker/cli cli/command/container/create.go ("WARNING: The requested image's platform (%s) does not match the detected host platform (%s) and no specific platform was requested")`
    ],
    subjectKind: "service",
    fixability: 0.2,
    cause: "The image (or its manifest list) has no variant for the node's OS and CPU architecture, so the runtime cannot pull or run it: an image built on an arm64 laptop for amd64 nodes, or the reverse, or an arm64 node pool added for images published for one platform only.",
    actions: [
      "List the image's platforms: `docker buildx imagetools inspect IMAGE` or `crane manifest IMAGE`.",
      "Build and push a multi-platform image (`docker buildx build --platform linux/amd64,linux/arm64 --push`), or pin the pods to nodes of the built architecture (nodeSelector kubernetes.io/arch)."
    ],
    confirm: [
      "The manifest list lacks the architecture `kubectl get node NODE -o jsonpath='{.status.nodeInfo.architecture}'` shows."
    ],
    ruleOut: [
      "The manifest lists the node's platform: the pull fails for another reason (tag, credentials)."
    ],
    repo: [...IMAGE_ARCH, ...IMAGE_REF]
  },
  {
    id: "rollout-stuck",
    title: "Rollout stuck: the new version's pods or tasks never became available",
    category: "crash",
    severity: "P2",
    rank: 70,
    keywords: [
      "progressdeadlineexceeded",
      "exceeded its progress deadline",
      "deployment circuit breaker was triggered",
      "deployment failed: tasks failed to start"
    ],
    matchers: [
      /exceeded its progress deadline/,
      /\bProgressDeadlineExceeded\b/,
      // Amazon ECS: the deployment circuit breaker rolls the service back when new tasks keep failing.
      /ECS Deployment Circuit Breaker was triggered/,
      /deployment [\w/-]+ deployment failed: tasks failed to start/
    ],
    fields: [
      {
        kind: "k8s-condition",
        fields: { type: /^Progressing$/, status: /^False$/, reason: /^ProgressDeadlineExceeded$/ }
      }
    ],
    sources: [
      'kubernetes/kubernetes pkg/controller/deployment/util/deployment_util.go (TimedOutReason = "ProgressDeadlineExceeded", "ReplicaSet %q has timed out progressing.")',
      'kubernetes/kubectl pkg/polymorphichelpers/rollout_status.go ("deployment %q exceeded its progress deadline")',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html (service event "deployment failed: tasks failed to start"; CloudFormation "ECS Deployment Circuit Breaker was triggered")'
    ],
    fixability: 0.1,
    consequenceOf: [
      "crash-loop",
      "probe-readiness-failed",
      "probe-liveness-failed",
      "image-pull-backoff",
      "image-not-found",
      "image-pull-unauthorized",
      "image-platform-missing",
      "sched-insufficient-resources",
      "sched-selector-affinity",
      "sched-taints",
      "admission-denied",
      "container-config-error",
      "container-start-error",
      "oom-container"
    ],
    cause: "The Deployment's new ReplicaSet did not bring its pods to Available within progressDeadlineSeconds: the new version crashes, fails its readiness probe, cannot pull its image or cannot be scheduled. The old pods keep serving, so users may see nothing yet, but the release is not out and capacity is short.",
    actions: [
      "`kubectl rollout status deploy/NAME` and `kubectl get pods -l APP_LABEL` to see which new pods are not Ready and why (describe one: events, last state).",
      "Roll back if the new version is at fault (`kubectl rollout undo deploy/NAME`), then fix it before the next rollout."
    ],
    confirm: ["The newest ReplicaSet has fewer ready replicas than desired and its pods are not Ready."],
    ruleOut: ["Progressing is True with NewReplicaSetAvailable: the rollout finished."]
  }
];

// src/knowledge/patterns/kubernetes-workloads.ts
var WORKLOAD_PATTERNS = [
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
      /exceeded its local ephemeral storage limit/
    ],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/eviction/helpers.go (nodeLowMessageFmt "The node was low on resource: %v. ") and eviction_manager.go ("Container %s exceeded its local ephemeral storage limit %q. ", "Pod ephemeral local storage usage exceeds the total limit of containers %s.")'
    ],
    fixability: 0.2,
    cause: "The pod wrote more to its node-local disk (logs, emptyDir, the writable layer) than its ephemeral-storage limit or the node allows, and was evicted.",
    actions: [
      "Find what writes to local disk (log files in the container, emptyDir caches) and cap or move it.",
      "Set an ephemeral-storage request and limit that match real use."
    ],
    confirm: ["The pod's status is Failed with reason Evicted and a message naming ephemeral-storage."],
    ruleOut: ["The eviction message names memory or the node condition is only MemoryPressure."],
    repo: EPHEMERAL_STORAGE
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
      /\bEvicted\b.*\bmemory\b/
    ],
    exclude: [/MemoryPressure\s+False/, /has sufficient memory/],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/eviction/helpers.go (nodeLowMessageFmt, nodeConditionMessageFmt "The node had condition: %v. ")'
    ],
    fixability: 0.2,
    cause: "The node ran short of memory and the kubelet evicted pods, starting with those using most above their requests.",
    actions: [
      "Set memory requests close to real use so the scheduler does not overcommit the node.",
      "Find the pod whose usage grew (`kubectl top pods --sort-by=memory`) on that node."
    ],
    confirm: ["Evicted pods whose message says `The node was low on resource: memory`."],
    ruleOut: ["The container itself was OOMKilled by its own limit (Last State: OOMKilled)."],
    repo: MEMORY_REQUEST
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
      'kubernetes/kubernetes pkg/controller/job/job_controller.go (condition Failed, reason DeadlineExceeded, "Job was active longer than specified deadline")'
    ],
    fixability: 0.2,
    cause: "The Job ran longer than its activeDeadlineSeconds, so Kubernetes terminated its pods and marked it failed.",
    actions: [
      "Compare the job's usual duration with the deadline; find what made this run slow (data volume, a dependency).",
      "Raise activeDeadlineSeconds only if the longer run is expected."
    ],
    confirm: ["The Job's condition Failed with reason DeadlineExceeded."],
    ruleOut: ["The job failed with BackoffLimitExceeded: its pods exited with errors instead."],
    repo: JOB_DEADLINE
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
      'kubernetes/kubernetes pkg/controller/job/job_controller.go (condition Failed, reason "BackoffLimitExceeded", message "Job has reached the specified backoff limit")'
    ],
    fixability: 0.1,
    consequenceOf: [
      "oom-container",
      "missing-config",
      "module-not-found",
      "unhandled-exception",
      "config-file-missing"
    ],
    cause: "The Job's pods failed as many times as backoffLimit allows; the reason is in the failed pods' logs and exit codes.",
    actions: ["Read the failed pods' logs (`kubectl logs job/NAME --previous`) and their exit codes."],
    confirm: [
      "The Job's condition Failed with reason BackoffLimitExceeded, failed pods with non-zero exits."
    ],
    ruleOut: ["The pods ran out of time rather than failing (DeadlineExceeded)."],
    repo: JOB_BACKOFF
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
      /\bCreateContainerConfigError\b/
    ],
    sources: [`kubernetes/kubernetes pkg/kubelet/kubelet_pods.go ("couldn't find key %v in Secret %v/%v")`],
    fixability: 0.3,
    subjectKind: "env-var",
    cause: "The pod's env or envFrom references a Secret, ConfigMap or key that does not exist in its namespace, so the container is never created.",
    actions: [
      "Create the Secret/ConfigMap (or key) in the pod's namespace, or fix the name in the manifest.",
      "Deploy configuration before the workload that reads it."
    ],
    confirm: ["The container is Waiting with CreateContainerConfigError; `kubectl get secret NAME` fails."],
    ruleOut: ["The object exists with the key: look at RBAC or a typo in the namespace."],
    repo: CONFIG_REFERENCE
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
      /exec: "(?<subject>[^"]+)": stat [^:]+: no such file or directory/
    ],
    sources: [
      'golang/go src/os/exec/exec.go and lp_unix.go ("exec: " + strconv.Quote(name) + ": executable file not found in $PATH"), as runc reports it when the image lacks the entrypoint',
      'golang/go src/syscall/zerrors_linux_amd64.go (ENOEXEC "exec format error", an image built for another CPU architecture)'
    ],
    fixability: 0.2,
    subjectKind: "file-path",
    cause: "The runtime cannot execute the container's command: the binary is not in the image, or the image was built for another CPU architecture.",
    actions: [
      "Check the command/entrypoint against the image (`docker run --entrypoint sh IMAGE -c 'ls -l PATH'`).",
      "For exec format error, build the image for the node's architecture (buildx --platform)."
    ],
    confirm: ["The container's Last State is Terminated with reason StartError / ContainerCannotRun."],
    ruleOut: ["The process started and logged output before exiting."],
    repo: [...SUBJECT_IN_CONFIG, ...IMAGE_ARCH]
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
      "network is not ready"
    ],
    matchers: [
      /plugin type="(?<subject>[\w.-]+)"(?: name="[^"]*")? failed \(add\)/,
      /failed to setup network for sandbox/,
      /NetworkPlugin cni failed to set up pod/i,
      /network is not ready: container runtime network not ready/,
      /NetworkReady=false reason:NetworkPluginNotReady/
    ],
    fields: [
      {
        kind: "k8s-event",
        fields: { reason: /^FailedCreatePodSandBox$/, message: /network|NetworkPlugin|plugin type=|cni/i }
      },
      { kind: "k8s-event", fields: { reason: /^NetworkNotReady$/ } }
    ],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/events/event.go (FailedCreatePodSandBox = "FailedCreatePodSandBox", NetworkNotReady = "NetworkNotReady") and pkg/kubelet/kuberuntime/kuberuntime_manager.go (Eventf(… events.FailedCreatePodSandBox, "Failed to create pod sandbox: %v", err))',
      'containerd/containerd pkg/cri/server/sandbox_run.go (errors.Wrapf(err, "failed to setup network for sandbox %q", id)) and containernetworking/cni libcni/api.go (fmt.Errorf("plugin %s failed (add): %w", pluginDescription(net.Network), err) → plugin type="calico" failed (add))',
      'kubernetes/kubernetes pkg/kubelet/kubelet.go (Eventf(pod, …, events.NetworkNotReady, "network is not ready: %v", rs)) and pkg/kubelet/dockershim/network/plugins.go (fmt.Errorf("NetworkPlugin %s failed to set up pod %q network: %v", …); "networkPlugin" in later releases)'
    ],
    fixability: 0.05,
    cause: "The kubelet cannot give the pod a network: the CNI plugin (calico, cilium, flannel, the cloud's VPC CNI) fails or is not installed, so the sandbox is never created and the pod stays in ContainerCreating.",
    actions: [
      "Read the plugin's error in the event (no IPs left, agent unreachable, missing /run/flannel/subnet.env, unauthorized).",
      "Check the CNI pods on that node (`kubectl -n kube-system get pods -o wide | grep NODE`) and their logs.",
      "IP exhaustion: free addresses (delete stuck pods) or grow the pod CIDR / subnet."
    ],
    confirm: [
      "FailedCreatePodSandBox events naming the CNI plugin, on pods of one node or all nodes, while the CNI's own pods are not Ready."
    ],
    ruleOut: [
      "The sandbox error names the runtime (pause image pull, RuntimeClass, cgroups) rather than the network."
    ]
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
      /\bReady\s+(False|Unknown)\b.*\b(KubeletNotReady|NodeStatusUnknown)\b/
    ],
    // A pod's Ready condition is False whenever its container is: only a node's condition means the node.
    exclude: [/^\s*Ready\s+(False|Unknown)\s*$/],
    fields: [
      { kind: "k8s-condition", fields: { type: /^Ready$/, status: /^(False|Unknown)$/ }, notAbout: ["pod"] }
    ],
    sources: [
      'kubernetes/kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go (Ready Unknown, reason NodeStatusUnknown, "Kubelet stopped posting node status.")',
      'kubernetes/kubernetes pkg/controller/util/node/controller_utils.go (RecordNodeStatusChange: "Node %s status is now: %s", e.g. NodeNotReady)'
    ],
    fixability: 0.05,
    subjectKind: "host",
    cause: "A node stopped reporting Ready (kubelet down, out of resources, or cut off from the API server); its pods are evicted after the grace period.",
    actions: [
      "Check the node: `kubectl describe node` conditions, then kubelet and container runtime logs on it.",
      "Drain and replace the node if it does not recover."
    ],
    confirm: ["The node's Ready condition is False/Unknown with the time it changed."],
    ruleOut: ["The node is Ready and only pods on it fail."]
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
      /nr_throttled \d*[1-9]\d*/
    ],
    sources: [
      'kubernetes-monitoring/kubernetes-mixin alerts/resource_alerts.libsonnet (CPUThrottlingHigh: "{{ $value | humanizePercentage }} throttling of CPU in namespace {{ $labels.namespace }} for container …")',
      "https://docs.kernel.org/scheduler/sched-bwc.html (cpu.stat nr_periods, nr_throttled, throttled_time)"
    ],
    fixability: 0.3,
    cause: "The container uses its whole CPU quota each period and is throttled, so requests slow down even though the node has idle CPU.",
    actions: [
      "Raise (or remove) the CPU limit, or set GOMAXPROCS / thread pools to the quota.",
      "Compare p99 latency with container_cpu_cfs_throttled_periods_total over the same window."
    ],
    confirm: ["container_cpu_cfs_throttled_periods_total / _periods_total above 25% for the container."],
    ruleOut: ["Throttled periods are near zero while latency is high: the slowness is elsewhere."],
    repo: CPU_LIMIT
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
    keywords: [
      "eaddrinuse",
      "address already in use",
      "already allocated",
      "failed (98",
      "was already in use"
    ],
    matchers: [
      /EADDRINUSE:? address already in use \S*?:(?<subject>\d{2,5})\b/,
      /\bEADDRINUSE\b/,
      /bind\(\) to \S*?:(?<subject>\d{2,5}) failed \(98/,
      /[Aa]ddress already in use/,
      /port (is )?already allocated/,
      /Port (?<subject>\d{2,5}) was already in use/
    ],
    sources: [
      'nginx/nginx src/core/ngx_connection.c (ngx_log_error(… "bind() to %V failed") with errno 98 "Address already in use")',
      'nodejs/node lib/net.js (uvExceptionWithHostPort: "listen EADDRINUSE: address already in use :::8080")',
      'spring-projects/spring-boot …/diagnostics/analyzer/PortInUseFailureAnalyzer.java ("Web server failed to start. Port %d was already in use."; before 2.0 "Embedded servlet container failed to start. Port … was already in use.")'
    ],
    fixability: 0.2,
    confirm: ["`ss -ltnp` shows another process on the port."],
    ruleOut: ["The port is free when the service starts: the service binds it twice itself."],
    cause: "The service cannot listen: another process already holds its port.",
    actions: [
      "Find the holder: `ss -ltnp 'sport = :PORT'`; stop the stale instance or change one of the ports.",
      "If two services are configured with the same port, give one a free port."
    ],
    repo: SUBJECT_IN_CONFIG
  },
  {
    id: "ephemeral-ports-exhausted",
    title: "Outgoing connections fail: local ports exhausted (cannot assign requested address)",
    category: "resource_limits",
    severity: "P1",
    rank: 18,
    keywords: ["cannot assign requested address", "eaddrnotavail"],
    // The connect side only: `bind: cannot assign requested address` is a listen address the host lacks.
    matchers: [
      /connect: cannot assign requested address/,
      /\bconnect EADDRNOTAVAIL\b/,
      /connect\(\)(?: to \S+)? failed \(99: Cannot assign requested address\)/,
      /NoRouteToHostException: Cannot assign requested address/,
      /\[Errno 99\] Cannot assign requested address/
    ],
    exclude: [/\bbind(?:\(\))?: cannot assign requested address/i, /BindException/],
    minCount: 2,
    sources: [
      'torvalds/linux include/uapi/asm-generic/errno.h (EADDRNOTAVAIL 99 "Cannot assign requested address"), returned by connect() when no local port is free for the destination',
      'nginx/nginx src/event/ngx_event_connect.c (ngx_log_error(NGX_LOG_CRIT, … "connect() to %V failed") with errno 99)',
      'nodejs/node lib/net.js (internalConnect: "connect EADDRNOTAVAIL ADDRESS:PORT - Local (…)")'
    ],
    fixability: 0.2,
    cause: "The host has run out of local ports for outgoing connections: a new connection is opened per request and closed, so tens of thousands sit in TIME_WAIT and connect() finds no free port (EADDRNOTAVAIL). Keep-alive off toward an upstream, or a client created per request, is the usual cause; behind NAT, the gateway's SNAT ports run out the same way.",
    actions: [
      "Count sockets by state: `ss -s` and `ss -tan state time-wait | wc -l` against `sysctl net.ipv4.ip_local_port_range`.",
      "Reuse connections: keep-alive to the upstream (nginx `keepalive` in the upstream block with `proxy_http_version 1.1` and an empty Connection header), one shared HTTP client or pool instead of one per request.",
      "Only as a stopgap: widen ip_local_port_range or enable net.ipv4.tcp_tw_reuse."
    ],
    confirm: [
      "Tens of thousands of TIME_WAIT sockets toward one destination; the errors stop when the request rate drops."
    ],
    ruleOut: [
      "Few sockets in TIME_WAIT: the address is not configured on the host (a bind or source-address setting)."
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
      "name or service not known",
      "nodename nor servname",
      "nameresolutionerror",
      "no such host",
      "unknownhostexception",
      "could not resolve",
      "nxdomain"
    ],
    matchers: [
      /getaddrinfo ENOTFOUND (?<subject>[\w.-]+)/,
      /\bENOTFOUND\b/,
      /NameResolutionError\([^)]*Failed to resolve '(?<subject>[\w.-]+)'/,
      /Failed to resolve '(?<subject>[\w.-]+)' \(\[Errno -[23]\]/,
      /Name or service not known/,
      /nodename nor servname provided, or not known/,
      // Windows (.NET, Go, Java on Windows): WSAHOST_NOT_FOUND, socket error 11001.
      /No such host is known/,
      /lookup (?<subject>[\w.-]+)( on [\d.:]+)?: no such host/,
      /UnknownHostException: (?<subject>[\w.-]+)/,
      /curl: \(6\) Could not resolve host: (?<subject>[\w.-]+)/,
      /[Cc]ould not resolve host:? (?<subject>[\w.-]+)/,
      /\bNXDOMAIN\b/
    ],
    // A resolver logging the answers it gives is normal noise; a temporary failure is dns-temporary.
    incidental: true,
    exclude: [/dnsmasq\[\d+\]/, /\bquery\[/, /EAI_AGAIN|Temporary failure in name resolution|\[Errno -3\]/],
    subjectKind: "host",
    consequenceOf: ["dns-temporary"],
    sources: [
      `urllib3/urllib3 src/urllib3/exceptions.py (NameResolutionError: "Failed to resolve '{host}' ({reason})")`
    ],
    fixability: 0.2,
    confirm: ["`getent hosts NAME` (or nslookup) from the same pod fails with NXDOMAIN, every time."],
    ruleOut: ["Resolution works by hand and failures are intermittent: a resolver outage (EAI_AGAIN)."],
    cause: "A dependency's host name does not resolve, so every call to it fails before connecting.",
    actions: [
      "Check the host name in the configuration for a typo or a renamed service (`getent hosts NAME`).",
      "Check the resolver: CoreDNS/kube-dns health, /etc/resolv.conf, network policies on port 53."
    ],
    repo: SUBJECT_IN_CONFIG
  },
  {
    id: "tls-untrusted",
    title: "TLS certificate not trusted",
    category: "tls",
    severity: "P2",
    rank: 15,
    keywords: ["certificate", "self signed", "self-signed", "unable_to_verify", "certification path"],
    matchers: [
      /unable to verify the first certificate/,
      /self[- ]signed certificate/,
      /UNABLE_TO_VERIFY_LEAF_SIGNATURE/,
      /certificate verify failed/,
      /x509: certificate signed by unknown authority/,
      /DEPTH_ZERO_SELF_SIGNED_CERT/,
      /PKIX path building failed/,
      /unable to find valid certification path to requested target/,
      // The configured CA bundle is not there at all (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE pointing nowhere).
      /Could not find a suitable TLS CA certificate bundle, invalid path: (?<subject>\S+)/,
      /error setting certificate verify locations/
    ],
    // A verification that failed on dates, not trust: tls-cert-expired / tls-not-yet-valid name it.
    exclude: [/certificate has expired/, /certificate is not yet valid/],
    sources: [
      'openjdk/jdk src/java.base/share/classes/sun/security/provider/certpath/SunCertPathBuilder.java ("unable to find valid certification path to requested target") and sun/security/validator/PKIXValidator.java ("PKIX path building failed")',
      'golang/go src/crypto/x509/verify.go (UnknownAuthorityError: "x509: certificate signed by unknown authority") and src/crypto/tls/handshake_client.go ("tls: failed to verify certificate: %w")',
      'openssl/openssl crypto/x509/x509_txt.c ("self-signed certificate in certificate chain", "unable to get local issuer certificate", "unable to verify the first certificate"), which Node reports as SELF_SIGNED_CERT_IN_CHAIN / UNABLE_TO_VERIFY_LEAF_SIGNATURE and Python as "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: …"',
      'psf/requests src/requests/adapters.py (cert_verify: raise OSError(f"Could not find a suitable TLS CA certificate bundle, invalid path: {cert_loc}")), as real tracebacks show it',
      'curl/curl lib/vtls/openssl.c (CURLE_SSL_CACERT_BADFILE 77: "error setting certificate verify locations: CAfile: %s CApath: %s"), as in "curl: (77) error setting certificate verify locations"'
    ],
    fixability: 0.1,
    confirm: ["`openssl s_client -showcerts` shows a chain the client's trust store cannot complete."],
    ruleOut: ["The chain verifies with the client's CA bundle."],
    cause: "A TLS peer presents a certificate that is not trusted (self-signed, unknown CA or incomplete chain).",
    actions: [
      "Serve the full chain (leaf + intermediates), or add the issuing CA to the client's trust store.",
      "Never disable verification as a fix."
    ],
    repo: CA_BUNDLE
  },
  {
    id: "connection-refused",
    title: "Connection refused by a dependency",
    category: "connectivity",
    severity: "P2",
    rank: 40,
    keywords: [
      "econnrefused",
      "connection refused",
      "failed (111",
      "delayed connect error: 111",
      "delayed_connect_error:_111"
    ],
    matchers: [
      /ECONNREFUSED (?<subject>[\w.-]+:\d+)/,
      /dial tcp (?<subject>[\w.-]+:\d+): connect: connection refused/,
      /(?:Error 111 connecting to|Failed to open TCP connection to|Error connecting to Redis on) (?<subject>[\w.-]+:\d+)/,
      /Connection to (?<subject>[\w.-]+:\d+) refused/,
      /\bECONNREFUSED\b/,
      /[Cc]onnection refused/,
      /connect\(\) failed \(111/,
      // Envoy (Istio, Consul, Gateway API) answering 503 UF: errno 111 is ECONNREFUSED.
      /transport failure reason: delayed connect error: 111\b/,
      // Istio's access log writes the same reason with underscores for spaces.
      /\bdelayed_connect_error:_111\b/
    ],
    // Envoy's access log names the upstream's transport failure: errno 111 is a refused connect.
    fields: [{ kind: "access", fields: { upstreamTransportFailureReason: /delayed_connect_error:_111\b/ } }],
    exclude: [/(Liveness|Readiness|Startup) probe failed|"Probe failed" probeType=|proxyconnect/],
    minCount: 3,
    incidental: true,
    sources: [
      'https://man7.org/linux/man-pages/man3/errno.3.html (ECONNREFUSED "Connection refused")',
      'nginx/nginx src/event/ngx_event_connect.c (ngx_connection_error(… "connect() failed") → "connect() failed (111: Connection refused) while connecting to upstream")',
      'nodejs/node lib/net.js (exceptionWithHostPort: "connect ECONNREFUSED host:port")',
      'envoyproxy/envoy source/common/router/router.cc ("upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111")'
    ],
    fixability: 0.2,
    confirm: [
      "Nothing listens on the host:port (`ss -ltn` there), or the dependency was restarting at that time."
    ],
    ruleOut: [
      "The dependency listens and accepts from another client: a wrong host or port in this client's config."
    ],
    cause: "A dependency refuses connections: nothing listens on that address and port (down, restarting, or wrong port).",
    actions: [
      "Check the dependency is up and listening on the configured port (`ss -ltn`, its own logs).",
      "Compare the host:port in the error with the configuration."
    ],
    repo: [...SUBJECT_IN_CONFIG, ...FORWARDED_PORT]
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
      /Lock wait timeout/,
      /lock timeout/,
      /:53: i\/o timeout/,
      /Liveness probe failed|Readiness probe failed|"Probe failed" probeType=/
    ],
    minCount: 3,
    incidental: true,
    sources: [
      'nginx/nginx src/http/ngx_http_upstream.c (ngx_connection_error(c, NGX_ETIMEDOUT, "upstream timed out"))'
    ],
    fixability: 0.2,
    confirm: ["The dependency's own latency rises, or packets to it are dropped, in the same window."],
    ruleOut: ["The dependency answers fast: the caller's timeout is too short or its pool is exhausted."],
    cause: "Calls to a dependency time out: it is slow, overloaded or unreachable.",
    actions: [
      "Check the dependency's latency and saturation; look for what changed there first.",
      "Make sure client timeouts are shorter than the caller's and retries have backoff."
    ],
    repo: TIMEOUTS
  }
];

// src/knowledge/patterns/network-kinds.ts
var NETWORK_KIND_PATTERNS = [
  {
    id: "dns-temporary",
    title: "DNS resolver failing temporarily (EAI_AGAIN)",
    category: "dns",
    severity: "P2",
    rank: 23,
    keywords: [
      "eai_again",
      "temporary failure in name resolution",
      ":53: i/o timeout",
      "server misbehaving",
      "httprequestexception: resource temporarily unavailable"
    ],
    matchers: [
      /getaddrinfo EAI_AGAIN (?<subject>[\w.-]+)/,
      /\bEAI_AGAIN\b/,
      // .NET on Linux reports getaddrinfo's EAI_AGAIN as SocketError.TryAgain, worded like EAGAIN.
      /HttpRequestException: Resource temporarily unavailable \((?<subject>[\w.-]+):\d+\)/,
      /Temporary failure in name resolution/,
      /lookup (?<subject>[\w.-]+) on [\d.:]+:53: (read udp [^:]+:\d+->[\d.:]+: i\/o timeout|server misbehaving)/,
      // CoreDNS's errors plugin: its upstream (the forward plugin's resolver) does not answer.
      /plugin\/errors: \d+ (?<subject>[\w.-]+?)\.? [A-Z]+: read udp [\d.:]+->[\d.:]+:53: i\/o timeout/
    ],
    exclude: [/dnsmasq\[\d+\]/],
    minCount: 3,
    incidental: true,
    sources: [
      'bminor/glibc resolv/netdb.h and sysdeps/posix/gai_strerror-strs.h (EAI_AGAIN: "Temporary failure in name resolution"), raised by Python as socket.gaierror: [Errno -3]',
      'golang/go src/net/net.go (DNSError.Error: "lookup " + Name + " on " + Server + ": " + Err) and src/net/dnsclient_unix.go (errServerMisbehaving "server misbehaving")',
      'nodejs/node lib/internal/errors.js (DNSException: syscall, code and hostname → "getaddrinfo EAI_AGAIN host")',
      'dotnet/runtime src/native/libs/System.Native/pal_networking.c (getaddrinfo EAI_AGAIN → SocketError.TryAgain): "System.Net.Http.HttpRequestException: Resource temporarily unavailable (api.nuget.org:443)" in real NuGet-restore reports'
    ],
    fixability: 0.1,
    subjectKind: "host",
    cause: "The resolver does not answer in time (CoreDNS overloaded or unreachable, conntrack races on UDP 53), so lookups fail intermittently although the name exists.",
    actions: [
      "Check CoreDNS/kube-dns pods, their latency and errors (coredns_dns_request_duration_seconds).",
      "Use NodeLocal DNSCache or `single-request-reopen`; lower ndots to cut search-path queries."
    ],
    confirm: ["Many names fail at once and resolve again seconds later; CoreDNS shows errors or restarts."],
    ruleOut: ["One name fails every time (NXDOMAIN): that name is wrong, see dns-failure."]
  },
  {
    id: "connection-reset",
    title: "Connections reset by a peer",
    category: "connectivity",
    severity: "P3",
    rank: 44,
    keywords: ["econnreset", "connection reset by peer", "socket hang up"],
    matchers: [/\bECONNRESET\b/, /[Cc]onnection reset by peer/, /\bsocket hang up\b/],
    minCount: 5,
    incidental: true,
    sources: [
      'nodejs/node lib/_http_client.js (connResetException("socket hang up")) and ECONNRESET "read ECONNRESET"',
      'https://man7.org/linux/man-pages/man3/errno.3.html (ECONNRESET "Connection reset by peer", as Go prints "read: connection reset by peer")'
    ],
    fixability: 0.1,
    cause: "The other side closed connections abruptly: it crashed or restarted, an idle timeout on a proxy or load balancer is shorter than the client's keep-alive, or a limit dropped them.",
    actions: [
      "Line the resets up with the peer's restarts or deploys.",
      "Make the client's keep-alive shorter than every proxy's idle timeout."
    ],
    confirm: [
      "Resets cluster at the peer's restart times, or on connections idle longer than a proxy timeout."
    ],
    ruleOut: ["A handful of resets spread evenly over a day: normal background."],
    repo: KEEPALIVE
  },
  {
    id: "no-route-to-host",
    title: "No route to host / network unreachable",
    category: "connectivity",
    severity: "P2",
    rank: 38,
    keywords: ["no route to host", "ehostunreach", "network is unreachable", "enetunreach"],
    matchers: [
      /dial tcp (?<subject>[\d.]+:\d+): connect: no route to host/,
      /\b(EHOSTUNREACH|ENETUNREACH)\b/,
      /No route to host/,
      /Network is unreachable/
    ],
    minCount: 2,
    sources: [
      'https://man7.org/linux/man-pages/man3/errno.3.html (EHOSTUNREACH "No route to host", ENETUNREACH "Network is unreachable")',
      'golang/go src/net/net.go (OpError: "dial tcp 10.244.3.17:8080: connect: no route to host")'
    ],
    fixability: 0.05,
    subjectKind: "host",
    cause: "Packets cannot reach the address: the host is gone (a stale IP), a firewall or NetworkPolicy rejects it, or routing is broken.",
    actions: [
      "Check the address still belongs to a live endpoint (`kubectl get endpoints`) and what policies apply.",
      "Test from the same network namespace: `nc -vz HOST PORT`."
    ],
    confirm: ["The destination IP is not assigned to any running pod or host, or a policy denies it."],
    ruleOut: ["The same address answers from the client's network namespace."]
  },
  {
    id: "tls-hostname-mismatch",
    title: "TLS certificate does not match the host name",
    category: "tls",
    severity: "P2",
    rank: 15,
    keywords: [
      "altnames",
      "is valid for",
      "hostname mismatch",
      "doesn't match",
      "no subject alternative",
      "not valid for any names",
      "doesn't contain any ip sans"
    ],
    matchers: [
      /Host: (?<subject>[\w-]+(?:\.[\w-]+)*)\.? is not in the cert's altnames/,
      /Hostname\/IP (does not|doesn't) match certificate's altnames/,
      /x509: certificate is valid for [^,]+(, [^,]+)*, not (?<subject>[\w.-]+)/,
      /[Hh]ostname mismatch, certificate is not valid for '(?<subject>[\w.-]+)'/,
      /x509: certificate is not valid for any names, but wanted to match (?<subject>[\w.-]+)/,
      /x509: cannot validate certificate for (?<subject>[\w.:-]+) because it doesn't contain any IP SANs/,
      /No subject alternative DNS name matching (?<subject>[\w.-]+) found/,
      /No subject alternative (DNS )?names? matching/
    ],
    sources: [
      'openjdk/jdk src/java.base/share/classes/sun/security/util/HostnameChecker.java ("No subject alternative DNS name matching " + expectedName + " found.")',
      "nodejs/node lib/tls.js checkServerIdentity (reason `Host: <hostname>. is not in the cert's altnames: <altNames>`; older releases said \"doesn't match\", as npm's error reports show)",
      `golang/go src/crypto/x509/verify.go HostnameError.Error ("x509: certificate is valid for " + valid + ", not " + host; "x509: certificate is not valid for any names, but wanted to match " + host; "x509: cannot validate certificate for " + host + " because it doesn't contain any IP SANs")`
    ],
    fixability: 0.1,
    subjectKind: "host",
    // Where the client is told to dial that name (the certificate's SANs are in the log, not the repository).
    repo: SUBJECT_IN_CONFIG_OR_CODE,
    cause: "The client connects by a name the server's certificate does not list (a new alias, an IP, or the wrong certificate served).",
    actions: [
      "Compare the name the client dials with the certificate's SANs (`openssl x509 -noout -ext subjectAltName`).",
      "Dial the certified name, or reissue the certificate with the new name."
    ],
    confirm: ["The SAN list lacks the host name in the error."],
    ruleOut: ["The SANs include the name: the server presents another certificate (check SNI)."]
  },
  {
    id: "tls-handshake-failure",
    title: "TLS handshake failing (protocol or cipher mismatch)",
    category: "tls",
    severity: "P2",
    rank: 16,
    // `wrong version number` (plain HTTP on a TLS port, or the reverse) is tls-plaintext-mismatch's.
    keywords: ["handshake failure", "no protocols available", "unsupported protocol"],
    matchers: [
      /tls: handshake failure/,
      /sslv3 alert handshake failure/i,
      /no protocols available/,
      /tls: server selected unsupported protocol version/
    ],
    minCount: 2,
    sources: [
      'golang/go src/crypto/tls/alert.go (alertHandshakeFailure "handshake failure", reported as "remote error: tls: handshake failure") and handshake_client.go ("tls: server selected unsupported protocol version %x")',
      'openssl/openssl crypto/err/openssl.txt (SSL reasons "sslv3 alert handshake failure", "no protocols available")'
    ],
    fixability: 0.1,
    cause: "Client and server cannot agree on a TLS version or cipher suite (an old client against a server that dropped TLS 1.0/1.1, a hardened cipher list, SNI the server does not know).",
    actions: [
      "Compare supported versions and ciphers: `openssl s_client -connect HOST:PORT -servername HOST -tls1_2` (and -tls1_3).",
      "Align the client's minimum version and ciphers with the server's, or the server's with what its clients can speak."
    ],
    confirm: ["openssl s_client against the same port fails the same way."],
    ruleOut: ["The handshake succeeds by hand with the client's settings."]
  },
  {
    id: "tls-cert-expired",
    title: "TLS certificate expired",
    category: "tls",
    severity: "P1",
    rank: 14,
    keywords: ["expired", "validity check failed"],
    matchers: [
      /certificate has expired/i,
      /CERT_HAS_EXPIRED/,
      /x509: certificate has expired or is not yet valid: current time \S+ is after/,
      /SSL routines.*certificate expired/,
      // Java: CertificateValidity throws `CertificateExpiredException: NotAfter: <date>`; the PKIX validator
      // wraps it as `PKIX path validation failed: …CertPathValidatorException: validity check failed`.
      /CertificateExpiredException: NotAfter:/,
      /PKIX path validation failed: java\.security\.cert\.CertPathValidatorException: validity check failed/
    ],
    // Go prints the same prefix when the clock is behind notBefore: that is tls-not-yet-valid.
    exclude: [
      /will expire/i,
      /expires in/i,
      /expiring/i,
      /\bsession\b.*expired/i,
      /token.*expired/i,
      /current time \S+ is before/
    ],
    sources: [
      'golang/go src/crypto/x509/verify.go (CertificateInvalidError Expired: "x509: certificate has expired or is not yet valid: " + Detail, Detail fmt.Sprintf("current time %s is after %s", …))',
      'openssl/openssl crypto/x509/x509_txt.c (X509_V_ERR_CERT_HAS_EXPIRED "certificate has expired"), reported by Python as "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired" and by Node with code CERT_HAS_EXPIRED',
      'openjdk/jdk src/java.base/share/classes/sun/security/x509/CertificateValidity.java (throw new CertificateExpiredException("NotAfter: " + notAfter.toString()))',
      'openjdk/jdk src/java.base/share/classes/sun/security/provider/certpath/BasicChecker.java (verifyValidity: new CertPathValidatorException(msg + " check failed", …) with msg "validity") and sun/security/validator/PKIXValidator.java ("PKIX path validation failed: ")'
    ],
    fixability: 0.1,
    confirm: ["`openssl x509 -noout -enddate` shows a notAfter in the past."],
    ruleOut: ["The certificate is valid and the client's clock is ahead."],
    cause: "A TLS certificate in the chain is past its notAfter date, so handshakes fail.",
    actions: [
      "Check the dates: `openssl s_client -connect HOST:443 -servername HOST </dev/null | openssl x509 -noout -dates`.",
      "Renew it (certbot renew / cert-manager) and reload the server; then alert on expiry 14 days ahead."
    ]
  },
  {
    id: "tls-not-yet-valid",
    title: "Certificate not yet valid (clock behind)",
    category: "clock_skew",
    severity: "P2",
    rank: 13,
    keywords: ["not yet valid", "cert_not_yet_valid", "is before"],
    matchers: [
      /certificate is not yet valid/i,
      /CERT_NOT_YET_VALID/,
      /x509: certificate has expired or is not yet valid: current time \S+ is before/
    ],
    sources: [
      'golang/go src/crypto/x509/verify.go (Expired: "x509: certificate has expired or is not yet valid: " + "current time %s is before %s")',
      'openssl/openssl crypto/x509/x509_txt.c (X509_V_ERR_CERT_NOT_YET_VALID "certificate is not yet valid", Node code CERT_NOT_YET_VALID)'
    ],
    fixability: 0.1,
    cause: "The client's clock is behind the certificate's notBefore: the host's clock is wrong, not the certificate.",
    actions: ["Check the host's time sync (`timedatectl`, `chronyc tracking`) and fix NTP."],
    confirm: ["The host's clock differs from real time by more than the certificate's age."],
    ruleOut: ["The clock is right and the certificate was issued in the future (a CA fault)."]
  },
  {
    id: "proxy-error",
    title: "Outbound proxy refusing or failing",
    category: "connectivity",
    severity: "P2",
    rank: 36,
    keywords: ["proxy authentication required", "407 from proxy", "proxyconnect", "connect to proxy"],
    matchers: [
      /407 Proxy Authentication Required/,
      /Received HTTP code 407 from proxy after CONNECT/,
      /proxyconnect tcp: (?<subject>[^\n]+)/,
      /ProxyError\('Cannot connect to proxy/,
      /Unable to connect to proxy/
    ],
    minCount: 2,
    sources: [
      'curl/curl lib/http_proxy.c (failf "Received HTTP code %d from proxy after CONNECT", CURLE_RECV_ERROR = 56)',
      `urllib3/urllib3 src/urllib3/connection.py ("Unable to connect to proxy"), requests' ProxyError('Cannot connect to proxy.')`,
      'golang/go src/net/http/transport.go (proxyconnect: "proxyconnect " + op)'
    ],
    fixability: 0.1,
    subjectKind: "host",
    repo: [...SUBJECT_IN_CONFIG, ...NO_PROXY],
    cause: "Outbound calls go through an HTTP proxy that is down, unreachable, or rejects the client's credentials.",
    actions: [
      "Check HTTP(S)_PROXY / NO_PROXY in the environment: internal hosts belong in NO_PROXY.",
      "Test the proxy directly: `curl -v -x $HTTPS_PROXY https://example.com`."
    ],
    confirm: ["Calls through the proxy fail by hand; direct calls (where allowed) succeed."],
    ruleOut: ["No proxy variables are set for the process."]
  }
];

// src/knowledge/patterns/paas-heroku.ts
var PROCFILE = [
  { grep: "^web:", files: /(^|\/)Procfile$/, what: "the Procfile's web process" },
  {
    grep: "(listen|bind|PORT)",
    files: /(^|\/)(config\/puma\.rb|gunicorn[\w.-]*\.py|server\.[jt]s|app\.[jt]s|main\.go)$/,
    what: "the port the server binds"
  }
];
var ERROR_CODES = "https://devcenter.heroku.com/articles/error-codes";
var HEROKU_PATTERNS = [
  {
    id: "heroku-memory-quota",
    title: "Heroku dyno over its memory quota",
    category: "out_of_memory",
    severity: "P1",
    rank: 11,
    keywords: ["memory quota", "process running mem="],
    matchers: [
      /Error (?<subject>R1[45]) \(Memory quota (?:vastly )?exceeded\)/,
      // Heroku prints it with the R14/R15 error: at or past 100% of the quota.
      /Process running mem=\d+M\((?:[1-9]\d{2,})(?:\.\d+)?%\)/
    ],
    sources: [`${ERROR_CODES} (R14 - Memory quota exceeded; R15 - Memory quota vastly exceeded)`],
    fixability: 0.2,
    cause: "A dyno used more memory than its size allows: past the quota it swaps (R14) and slows; far past it (R15) Heroku kills it. Usually too many web workers or threads for the dyno size, or a leak.",
    actions: [
      "Compare the dyno's memory (`heroku logs --ps web.1`, Metrics) with its size; lower WEB_CONCURRENCY or worker threads to what fits.",
      "If memory climbs steadily between restarts, look for a leak before moving to a larger dyno."
    ],
    confirm: ["`Process running mem=` lines show the dyno above 100% of its quota just before the errors."],
    ruleOut: [
      "Memory stays well below the quota: the slowness comes from elsewhere (the database, a dependency)."
    ]
  },
  {
    id: "heroku-boot-timeout",
    title: "Heroku web process never bound $PORT",
    category: "port_conflict",
    severity: "P1",
    rank: 19,
    keywords: ["boot timeout", "failed to bind to $port", "h20"],
    matchers: [
      /Error R10 \(Boot timeout\)/,
      /Web process failed to bind to \$PORT within (?<subject>\d+) seconds of launch/,
      /code=H20 desc="App boot timeout"/
    ],
    sources: [
      `${ERROR_CODES} (R10 - Boot timeout: "Web process failed to bind to $PORT within 60 seconds of launch"; H20)`
    ],
    subjectKind: "timeout",
    fixability: 0.3,
    cause: "The web process started but did not listen on the port Heroku gives it in $PORT within the boot timeout: it binds a fixed port (3000, 8080) or localhost, or its start-up work takes longer than the timeout.",
    actions: [
      "Make the server listen on 0.0.0.0 and the port in the PORT environment variable (the Procfile's web command or the server's config).",
      "Move slow start-up work (migrations, cache warming) out of the web process, to a release phase or a worker."
    ],
    confirm: ["The server's own start line names a fixed port or 127.0.0.1, not $PORT."],
    ruleOut: ["The app logs that it listens on $PORT and then crashes: the crash (H10) is the cause."],
    repo: PROCFILE
  },
  {
    id: "heroku-request-timeout",
    title: "Heroku router timed out requests after 30 s",
    category: "latency",
    severity: "P2",
    rank: 37,
    keywords: ["h12", "request timeout"],
    matchers: [
      /at=error code=H12 desc="Request timeout"[^\n]*?path="?(?<subject>\/[^\s"?]*)/,
      /Error H12 \(Request timeout\)/
    ],
    minCount: 3,
    sources: [
      `${ERROR_CODES} (H12 - Request timeout: "An HTTP request took longer than 30 seconds to complete")`
    ],
    subjectKind: "url-path",
    fixability: 0.2,
    cause: "Requests took longer than the router's 30-second limit, so it answered 503 while the dyno went on working: a slow endpoint (a query, a call to a slow dependency) or too few workers for the traffic.",
    actions: [
      "Find what the timed-out path waits on (its slow query or dependency call) and make it fast or move it to a background job.",
      "Set the app's own request timeout below 30 s (rack-timeout, gunicorn --timeout) so a stuck request frees its worker."
    ],
    confirm: ["The app's own lines for the same request_id show it completing after 30 s, or never."],
    ruleOut: [
      "Only one path times out and it is a known long export: the fix is a background job, not capacity."
    ]
  },
  {
    id: "heroku-app-crashed",
    title: "Heroku router: the app crashed (H10)",
    category: "crash",
    severity: "P1",
    rank: 58,
    keywords: ["h10", "app crashed"],
    matchers: [/at=error code=H10 desc="App crashed"/, /Error H10 \(App crashed\)/],
    consequenceOf: ["heroku-boot-timeout", "heroku-memory-quota"],
    sources: [
      `${ERROR_CODES} (H10 - App crashed: "A crashed web dyno or a boot timeout on the web dyno will present this error")`
    ],
    fixability: 0.1,
    cause: "The router found no running web dyno to send requests to: the web process crashed (or never booted) and Heroku answers 503 until it restarts. The crash itself is in the app's lines just before.",
    actions: [
      "Read the app's own lines before the first H10 (`heroku logs --ps web`): the exception or exit there is the cause.",
      "`heroku ps` shows whether the dynos are crashed or restarting; fix the cause before restarting them."
    ],
    confirm: [
      "`heroku ps` lists the web dynos as crashed, and `State changed from up to crashed` precedes the errors."
    ],
    ruleOut: ["The dynos are up and the errors are H12: requests are slow, nothing crashed."]
  }
];

// src/knowledge/patterns/platform-daemons.ts
var PLATFORM_DAEMON_PATTERNS = [
  {
    id: "vault-sealed",
    title: "Vault is sealed: secrets cannot be read",
    category: "dependency",
    severity: "P1",
    rank: 14,
    keywords: ["vault is sealed"],
    matchers: [/\bVault is sealed\b/],
    sources: ['hashicorp/vault vault/core.go (ErrSealed = errors.New("Vault is sealed"))'],
    fixability: 0.05,
    cause: "Vault restarted (or lost its auto-unseal key service) and is sealed, so every secret read fails with 503: services that fetch secrets at start or on renewal cannot start or lose their credentials.",
    actions: [
      "`vault status` on each node; unseal with the key holders, or fix auto-unseal (the KMS key and its permissions, the transit Vault).",
      "Find why it restarted (its log, the pod's events) so it does not seal again."
    ],
    confirm: ["`vault status` shows Sealed true."],
    ruleOut: ["Vault is unsealed and answers 403: a token or policy problem instead."]
  },
  {
    id: "etcd-slow",
    title: "etcd is slow (disk or overload): requests time out, leaders change",
    category: "latency",
    severity: "P1",
    rank: 15,
    keywords: [
      "apply request took too long",
      "slow fdatasync",
      "etcdserver: request timed out",
      "etcdserver: leader changed",
      "failed to send out heartbeat on time"
    ],
    matchers: [
      /"apply request took too long"|apply (?:request|entries) took too long/,
      /"slow fdatasync"|\bslow fdatasync\b/,
      /etcdserver: request timed out/,
      /etcdserver: leader changed/,
      /failed to send out heartbeat on time/
    ],
    minCount: 3,
    sources: [
      'etcd-io/etcd server/etcdserver/util.go ("apply request took too long"), server/storage/wal/wal.go ("slow fdatasync"), server/etcdserver/errors.go ("etcdserver: request timed out", "etcdserver: leader changed"), raft heartbeat warnings'
    ],
    fixability: 0.05,
    cause: "etcd cannot commit in time: its disk's fsync latency is too high (shared or throttled volume, noisy neighbour), or it is overloaded (large objects, many watches, an uncompacted database). The API server's requests to it time out and leaders change, so the whole control plane slows or errors.",
    actions: [
      "Check etcd_disk_wal_fsync_duration_seconds and backend commit latency (p99 should stay under ~10 ms / 25 ms); move etcd to dedicated low-latency disks.",
      "Look for overload: database size (`etcdctl endpoint status`), request rates by resource, missing compaction or defragmentation."
    ],
    confirm: ["WAL fsync p99 above 10 ms or frequent leader elections while the warnings are logged."],
    ruleOut: ["Disk latency is low and one client floods it: that client's request pattern is the cause."]
  },
  {
    id: "docker-daemon-unreachable",
    title: "The Docker daemon is not reachable",
    category: "dependency",
    severity: "P2",
    rank: 18,
    keywords: ["cannot connect to the docker daemon", "is the docker daemon running"],
    matchers: [/Cannot connect to the Docker daemon at (?<subject>\S+?)\.? Is the docker daemon running\?/],
    sources: [
      'docker/cli cli/command/cli.go and docker/docker client/errors.go ("Cannot connect to the Docker daemon at %s. Is the docker daemon running?")'
    ],
    subjectKind: "file-path",
    fixability: 0.1,
    cause: "The Docker client finds no daemon at its socket: dockerd is stopped or crashed, the socket is not mounted into the container that needs it (CI runners, Docker-in-Docker), or DOCKER_HOST points elsewhere.",
    actions: [
      "`systemctl status docker` / `journalctl -u docker` on the host; for a runner, check the socket mount or the dind service.",
      "Check DOCKER_HOST and the socket's permissions for the user the client runs as."
    ],
    confirm: ["The socket the message names does not exist or nothing listens on it."],
    ruleOut: ["The daemon runs and the client is refused with permission denied: group membership instead."]
  }
];

// src/knowledge/patterns/platform-limits.ts
var PHP_MEMORY_LIMIT = [
  {
    grep: "memory_limit\\s*[=\\]]",
    files: /(^|\/)php[\w.-]*\.ini$|\.ini$|(^|\/)(php-fpm|fpm|pool)[\w./-]*\.conf$|(^|\/)(Dockerfile|\.htaccess)$/i,
    what: "PHP's memory_limit"
  }
];
var RESOURCE_QUOTA = [
  { grep: "kind:\\s*ResourceQuota", files: MANIFESTS, what: "the namespace's ResourceQuota" }
];
var RESOURCE_REQUESTS = [
  { grep: "resources:", files: MANIFESTS, what: "the container's resources (no cpu/memory request)" }
];
var RUN_AS_USER = [
  { grep: "^USER\\s+\\S+", files: /(^|\/)Dockerfile[\w.-]*$/i, what: "the image's USER" },
  { grep: "runAsNonRoot:\\s*true", files: MANIFESTS, what: "the pod's runAsNonRoot" }
];
var ES_HEAP = [
  {
    grep: "(ES_JAVA_OPTS|-Xmx|indices\\.breaker\\.\\w+\\.limit)",
    files: new RegExp(`${CONFIG.source}|jvm\\.options`, "i"),
    what: "Elasticsearch's heap or breaker limit"
  }
];
var PLATFORM_LIMIT_PATTERNS = [
  {
    id: "oom-php",
    title: "PHP memory_limit exhausted",
    category: "out_of_memory",
    severity: "P2",
    rank: 9,
    keywords: ["allowed memory size of"],
    matchers: [/Allowed memory size of (?<subject>\d+) bytes exhausted(?: \(tried to allocate \d+ bytes\))?/],
    sources: [
      'php/php-src Zend/zend_alloc.c (zend_mm_safe_error: "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)")'
    ],
    subjectKind: "limit",
    fixability: 0.2,
    cause: "A PHP request (or CLI script) used more memory than PHP's memory_limit allows, so PHP stopped it with a fatal error: usually a query or file loaded whole into memory, sometimes a limit set lower than the work needs.",
    actions: [
      "Read the file and line the error names: a result set or file read whole is streamed or paginated instead.",
      "Raise memory_limit only when the work really needs it, and keep it below the container's memory limit."
    ],
    confirm: [
      "The same request fails each time at the same line, and the limit in the error matches php.ini."
    ],
    ruleOut: [
      "The container is OOM-killed with no PHP fatal error: the container's limit, not PHP's, is the ceiling."
    ],
    repo: PHP_MEMORY_LIMIT
  },
  {
    id: "k8s-quota-exceeded",
    title: "Pods refused by the namespace's ResourceQuota",
    category: "resource_limits",
    severity: "P2",
    rank: 6,
    keywords: ["exceeded quota"],
    matchers: [/exceeded quota: (?<subject>[\w.-]+), requested: [^\n]+?, used: [^\n]+?, limited: /],
    sources: [
      'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go (fmt.Errorf("exceeded quota: %s, requested: %s, used: %s, limited: %s"))'
    ],
    fixability: 0.1,
    cause: "The namespace's ResourceQuota has no room left for what the new pods request, so the API server refuses to create them: a rollout or scale-up cannot start its pods.",
    actions: [
      "`kubectl describe resourcequota -n NAMESPACE`: which resource is at its limit, and which workloads use it.",
      "Lower the new pods' requests/limits, scale down something else, or raise the quota if the growth is intended."
    ],
    confirm: ["ReplicaSet events say FailedCreate with the same quota message."],
    ruleOut: [
      "The quota has room: the pods are pending on the scheduler (FailedScheduling), a different limit."
    ],
    repo: RESOURCE_QUOTA
  },
  {
    id: "es-circuit-breaker",
    title: "Elasticsearch circuit breaker tripped: request refused for memory",
    category: "resource_limits",
    severity: "P2",
    rank: 12,
    keywords: ["data too large", "circuit_breaking_exception", "circuitbreakingexception"],
    matchers: [/\[(?<subject>\w+)\] Data too large, data for \[[^\]]*\] would be \[/],
    sources: [
      'elastic/elasticsearch server/src/main/java/org/elasticsearch/common/breaker/ChildMemoryCircuitBreaker.java ("[" + name + "] Data too large, data for [" + label + "] would be [" … "which is larger than the limit of [")',
      "https://www.elastic.co/guide/en/elasticsearch/reference/current/circuit-breaker-errors.html"
    ],
    fixability: 0.1,
    cause: "Elasticsearch refused a request because serving it would push the node's heap past a circuit breaker's limit (the parent breaker, fielddata, request): heavy aggregations or fielddata on text fields, large bulk requests, or a heap too small for the load.",
    actions: [
      "`GET _nodes/stats/breaker`: which breaker trips and on which nodes; `GET _cat/fielddata?v` for fielddata use.",
      "Make the query cheaper (keyword fields instead of fielddata on text, smaller bulk batches) before raising heap or breaker limits."
    ],
    confirm: ["The breaker's tripped count rises on the nodes in the error, with heap use near the limit."],
    ruleOut: ["Heap use is low and the breaker is fielddata: one query's fielddata, not the node's heap."],
    repo: ES_HEAP
  },
  {
    id: "rabbitmq-ack-timeout",
    title: "RabbitMQ closed the consumer's channel: acknowledgement timed out",
    category: "latency",
    severity: "P2",
    rank: 21,
    keywords: ["delivery acknowledgement on channel"],
    matchers: [
      /PRECONDITION_FAILED - delivery acknowledgement on channel \d+ timed out(?:\. Timeout value used: (?<subject>\d+) ms)?/
    ],
    sources: [
      'rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_channel.erl (PRECONDITION_FAILED "delivery acknowledgement on channel … timed out. Timeout value used: … ms. This timeout value can be configured, see consumers doc guide to learn more")',
      "https://www.rabbitmq.com/docs/consumers#acknowledgement-timeout"
    ],
    subjectKind: "timeout",
    fixability: 0.2,
    cause: "A consumer held a delivered message longer than the broker's consumer_timeout without acknowledging it, so RabbitMQ closed the channel and requeued the message: a task slower than the timeout, or a consumer that acks only after long work, redelivered again and again.",
    actions: [
      "Find the slow task (the message redelivered every timeout) and make it shorter, or ack before the long work when redelivery is not needed.",
      "Raise consumer_timeout (per queue with x-consumer-timeout) only to the task's real duration."
    ],
    confirm: ["The same message ids are redelivered at the timeout's interval."],
    ruleOut: ["Channels close for another reason (connection blocked, memory alarm): read the broker's log."]
  },
  {
    id: "run-as-non-root-violation",
    title: "Container refused: runAsNonRoot but the image runs as root",
    category: "configuration",
    severity: "P2",
    rank: 5,
    keywords: ["runasnonroot"],
    matchers: [
      /container has runAsNonRoot and image will run as root/,
      /container has runAsNonRoot and image has non-numeric user \((?<subject>[^)]+)\), cannot verify user is non-root/
    ],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/kuberuntime/security_context_others.go (verifyRunAsNonRoot: "container has runAsNonRoot and image will run as root (pod: %q, container: %s)"; "container has runAsNonRoot and image has non-numeric user (%s), cannot verify user is non-root (pod: %q, container: %s)")'
    ],
    subjectKind: "user",
    fixability: 0.3,
    cause: "The pod demands a non-root user (runAsNonRoot) but the image's default user is root, or a name the kubelet cannot check, and the pod sets no runAsUser: the kubelet refuses to start the container (CreateContainerConfigError).",
    actions: [
      "Set a numeric non-root `runAsUser` in the pod's securityContext, or give the image a numeric `USER` (e.g. `USER 10001`).",
      "Never drop runAsNonRoot to make the pod start."
    ],
    confirm: ["`docker inspect IMAGE --format '{{.Config.User}}'` is empty, 0, root or a name."],
    ruleOut: ["The image's user is numeric and non-zero: the pod's runAsUser: 0 overrides it."],
    repo: RUN_AS_USER
  },
  {
    id: "hpa-missing-request",
    title: "The autoscaler cannot compute utilisation: a container has no resource request",
    category: "configuration",
    severity: "P3",
    rank: 25,
    keywords: ["missing request for"],
    matchers: [/missing request for (?<subject>cpu|memory) in container "?[\w.-]+"? of Pod "?[\w.-]+"?/],
    sources: [
      'kubernetes/kubernetes pkg/controller/podautoscaler/replica_calculator.go (calculatePodRequests: fmt.Errorf("missing request for %s in container %s of Pod %s"))'
    ],
    fixability: 0.3,
    cause: "The HorizontalPodAutoscaler scales on utilisation, which is usage divided by the pods' requests; a container (often a sidecar) without a request makes the calculation fail, so the HPA stops scaling.",
    actions: [
      "Give every container of the target pods (sidecars and init containers included) a request for the resource the HPA names."
    ],
    confirm: [
      "`kubectl describe hpa` shows FailedGetResourceMetric with the same message, and the target shows <unknown>."
    ],
    ruleOut: [
      "Every container has requests: the metrics server is down (a different FailedGetResourceMetric)."
    ],
    repo: RESOURCE_REQUESTS
  },
  {
    id: "hpa-metrics-unavailable",
    title: "The autoscaler gets no metrics: metrics-server or the metrics adapter is missing or failing",
    category: "configuration",
    severity: "P2",
    rank: 26,
    keywords: [
      "unable to get metrics for resource",
      "unable to fetch metrics",
      "no metrics returned",
      "unable to get external metric",
      "failedgetresourcemetric",
      "failedgetexternalmetric"
    ],
    matchers: [
      /unable to (?:get|fetch) metrics (?:for resource \w+|from resource metrics API)/,
      /no metrics returned from (?:resource|custom|external) metrics API/,
      /unable to get external metric [\w./-]+/,
      /the server could not find the requested resource \(get pods\.metrics\.k8s\.io\)/
    ],
    // A container without a request fails the same call with its own words: that is hpa-missing-request.
    exclude: [/missing request for/],
    fields: [
      {
        kind: "k8s-event",
        fields: {
          reason: /^(?:FailedGetResourceMetric|FailedGetExternalMetric|FailedGetPodsMetric|FailedGetObjectMetric)$/,
          message: /^(?![\s\S]*missing request for)/
        }
      }
    ],
    // Right after a deploy or scale-up the metrics API has nothing for new pods yet: one row is routine.
    minCount: 2,
    sources: [
      'kubernetes/kubernetes pkg/controller/podautoscaler/metrics/client.go ("unable to fetch metrics from resource metrics API: %v", "no metrics returned from resource metrics API") and horizontal.go (events FailedGetResourceMetric, FailedGetExternalMetric, FailedComputeMetricsReplicas)'
    ],
    fixability: 0.1,
    cause: "The HorizontalPodAutoscaler cannot read the metrics it scales on: metrics-server is not installed or not healthy (the metrics.k8s.io API is missing or unavailable), or the custom/external metrics adapter (Prometheus Adapter, KEDA) does not serve the metric. The HPA stops scaling, so load is served by whatever replica count it had.",
    actions: [
      "`kubectl get apiservice v1beta1.metrics.k8s.io` and `kubectl top pods -n NS`: if they fail, install or repair metrics-server (its logs often show kubelet TLS or address errors).",
      "For custom or external metrics, check the adapter's APIService and that the metric name and selector in the HPA match what it serves."
    ],
    confirm: ["`kubectl top pods` fails, or the metrics APIService shows Available=False."],
    ruleOut: [
      "`kubectl top pods` works and the HPA's events say `missing request for`: a container without requests."
    ]
  },
  {
    id: "php-max-execution-time",
    title: "PHP requests killed at max_execution_time",
    category: "latency",
    severity: "P2",
    rank: 22,
    keywords: ["maximum execution time of"],
    matchers: [/Maximum execution time of (?<subject>\d+) seconds? exceeded(?: in \S+ on line \d+)?/],
    sources: [
      'php/php-src Zend/zend_execute_API.c (zend_timeout: "Maximum execution time of " ZEND_LONG_FMT " second%s exceeded")'
    ],
    subjectKind: "timeout",
    fixability: 0.1,
    cause: "A request ran longer than PHP's max_execution_time and PHP aborted it at the line named: a slow query or external call inside it, or work (an export, a report) that belongs in a queue rather than a web request.",
    actions: [
      "Open the file and line the error names and see what it waits on (a query, an HTTP call, a loop over a large set).",
      "Move long work to a queued job; raise max_execution_time only for the routes that need it."
    ],
    confirm: ["The slow request's time is spent in the call at that line (APM trace, slow query log)."],
    ruleOut: [
      "The line is trivial and the time is spent before PHP runs: PHP-FPM queueing (max_children) instead."
    ]
  }
];

// src/knowledge/patterns/protocol-mismatch.ts
var PROTOCOL_MISMATCH_PATTERNS = [
  {
    id: "tls-plaintext-mismatch",
    title: "TLS spoken to a plain port (or plain HTTP to a TLS port)",
    category: "tls",
    severity: "P2",
    rank: 22,
    keywords: [
      "http response to https client",
      "wrong version number",
      "wrong_version_number",
      "plaintext connection",
      "plain http request was sent to https port",
      "first record does not look like a tls handshake",
      "packet length too long"
    ],
    matchers: [
      /server gave HTTP response to HTTPS client/,
      /\[SSL: WRONG_VERSION_NUMBER\] wrong version number|\bssl3_get_record:wrong version number|routines::wrong version number/,
      /Unrecognized SSL message, plaintext connection\?/,
      /The plain HTTP request was sent to HTTPS port/,
      /first record does not look like a TLS handshake/,
      /\bSSL routines:[\w:]*:packet length too long/
    ],
    sources: [
      'golang/go src/net/http/transport.go ("http: server gave HTTP response to HTTPS client"); src/crypto/tls/conn.go ("tls: first record does not look like a TLS handshake")',
      'openssl/openssl ssl/record (SSL_R_WRONG_VERSION_NUMBER "wrong version number"), as Python prints it: "[SSL: WRONG_VERSION_NUMBER] wrong version number"',
      'openjdk/jdk sun/security/ssl/SSLSocketInputRecord.java ("Unrecognized SSL message, plaintext connection?")',
      'nginx/nginx src/http/ngx_http_special_response.c (497: "The plain HTTP request was sent to HTTPS port")'
    ],
    subjectKind: "host",
    fixability: 0.2,
    cause: "The client and the port disagree on TLS: an https:// URL (or TLS option) points at a port that serves plain HTTP, or a plain client at a TLS port, so the handshake reads the other side's bytes as garbage. A scheme or port changed in config, or TLS terminated at a proxy the client now bypasses.",
    actions: [
      "Compare the scheme and port in the client's URL with what the server listens on (`curl -v http://HOST:PORT/` against `https://`).",
      "Use https:// only for ports that terminate TLS; behind a proxy that terminates TLS, call the proxy's TLS port rather than the backend's plain one."
    ],
    confirm: [
      "`openssl s_client -connect HOST:PORT` fails while `curl http://HOST:PORT/` answers (or the reverse)."
    ],
    ruleOut: [
      "The handshake starts and fails on a certificate: a certificate problem, not a protocol mismatch."
    ],
    repo: SUBJECT_IN_CONFIG
  }
];

// src/knowledge/patterns/service-config.ts
var CONFIG_OR_MANIFESTS2 = new RegExp(`${CONFIG.source}|${MANIFESTS.source}`, "i");
var PUBLISHED_FILE = [
  {
    grep: "{subject}",
    files: /\.(csproj|fsproj|vbproj|props|targets)$/i,
    what: "the project's publish item for the file (CopyToOutputDirectory / CopyToPublishDirectory)"
  },
  { grep: "^\\s*COPY\\b", files: /(^|\/)(Dockerfile|Containerfile)[\w.-]*$/, what: "what the image copies" },
  { grep: "{subject}", files: CONFIG_OR_MANIFESTS2, what: "where the file is named" }
];
var SERVICE_REGISTRATION = [
  {
    grep: "\\b(builder\\.)?[Ss]ervices\\.(Add\\w+|TryAdd\\w+)\\s*[<(]",
    files: /(^|\/)(Program|Startup)\.cs$|ServiceCollection\w*\.cs$/,
    what: "the service registrations (the missing type is registered nowhere)"
  }
];
var HEALTHCHECK_COMMAND = [
  { grep: "^\\s*(-\\s*)?test:.*\\b{subject}\\b", files: COMPOSE, what: "the compose healthcheck's command" },
  {
    grep: "^\\s*HEALTHCHECK\\b.*\\b{subject}\\b",
    files: /(^|\/)(Dockerfile|Containerfile)[\w.-]*$/,
    what: "the image's HEALTHCHECK command"
  },
  { grep: "\\b{subject}\\b", files: MANIFESTS, what: "the probe's exec command" }
];
var CONTAINER_LOG_ROTATION = [
  {
    grep: `^\\s*driver:\\s*["']?(json-file|local)["']?\\s*$`,
    files: COMPOSE,
    what: "the service's log driver (no max-size/max-file: its logs are never rotated)",
    within: "logging",
    when: /for logger json-file|\/var\/lib\/docker\/containers\/\S*-json\.log/
  },
  {
    grep: '"log-driver"\\s*:',
    files: /(^|\/)daemon\.json$/,
    what: "the Docker daemon's default log driver (no log-opts max-size: logs are never rotated)",
    when: /for logger json-file|\/var\/lib\/docker\/containers\/\S*-json\.log/
  }
];
var SERVICE_CONFIG_PATTERNS = [
  {
    id: "healthcheck-command-missing",
    title: "Health check runs a tool the image does not have",
    category: "health_check",
    severity: "P2",
    // Below container-start-error: the container runs; only its health check cannot.
    rank: 4,
    keywords: ["health check of", "probe errored", "oci runtime exec failed"],
    matchers: [
      // docker inspect's State.Health.Log entry as quoted from the file: `exec`, not `create`, is a check run
      // inside a container that is up.
      /"Output":\s*"OCI runtime exec failed: [^\n]*exec: \\?"(?<subject>[^"\\]+)\\?": executable file not found/,
      /Health check of [^\n]*failed \(exit -?\d+\): [^\n]*exec: \\?"(?<subject>[^"\\]+)\\?": executable file not found/,
      /Health check of [^\n]*failed \(exit -?\d+\): (?:\/bin\/)?sh: (?:\d+: )?(?<subject>[\w.-]+): not found/,
      /(?:Liveness|Readiness|Startup) probe errored: [^\n]*exec: \\?"(?<subject>[^"\\]+)\\?": executable file not found/
    ],
    sources: [
      "moby/moby daemon/health.go (each run's ExitCode and Output kept in State.Health.Log; exit -1 when the probe cannot start)",
      'opencontainers/runc libcontainer (exec: "%s": executable file not found in $PATH, as "OCI runtime exec failed: exec failed: unable to start container process: …")',
      'kubernetes/kubernetes pkg/kubelet/prober/prober.go ("%s probe errored: %v")'
    ],
    fixability: 0.4,
    subjectKind: "file-path",
    repo: HEALTHCHECK_COMMAND,
    cause: "The health check runs a program the image does not contain (curl or wget on a slim or distroless image), so every check fails and the container is marked unhealthy although the service may be fine; whatever waits on its health never starts.",
    actions: [
      "Rewrite the check with what the image has (the runtime itself, e.g. `node -e`, `python -c`, or the app's own health subcommand), or install the tool in the image.",
      "Check the service answers its health endpoint by hand before blaming it."
    ],
    confirm: [
      "`docker exec CONTAINER which TOOL` finds nothing; the service answers its health route by other means."
    ],
    ruleOut: ["The check's tool runs and the endpoint itself fails: a real health failure."]
  },
  {
    id: "tls-ca-bundle-missing",
    title: "CA bundle path points at a file the container does not have",
    category: "tls",
    severity: "P2",
    rank: 14,
    keywords: ["ca certificate bundle", "ignoring extra certs", "error setting certificate"],
    matchers: [
      /Could not find a suitable TLS CA certificate bundle, invalid path: (?<subject>\S+)/,
      /Ignoring extra certs from `(?<subject>[^`]+)`, load failed/,
      /error setting certificate (?:verify locations|file):?\s+(?:CAfile: )?(?<subject>\/\S+)/
    ],
    sources: [
      'psf/requests src/requests/adapters.py (cert_verify: OSError(f"Could not find a suitable TLS CA certificate bundle, invalid path: {cert_loc}"))',
      'nodejs/node src/crypto/crypto_context.cc ("Warning: Ignoring extra certs from `%s`, load failed: %s")',
      'curl/curl lib/vtls/openssl.c ("error setting certificate file: %s", "error setting certificate verify locations: CAfile: %s")'
    ],
    fixability: 0.3,
    subjectKind: "file-path",
    repo: [
      { grep: "{subject}", files: CONFIG_OR_MANIFESTS2, what: "where the CA bundle path is set" },
      ...CA_BUNDLE
    ],
    cause: "The process is told to trust a CA bundle at a path that does not exist in its container (REQUESTS_CA_BUNDLE, SSL_CERT_FILE, NODE_EXTRA_CA_CERTS pointing at a file that was never mounted or copied), so every TLS call fails before the handshake.",
    actions: [
      "Compare the bundle path in the environment with the volume mounts and the image (`ls -l PATH` in the container).",
      "Mount the bundle at that path, or point the variable at where it is mounted; never turn verification off."
    ],
    confirm: ["The path in the error is absent in the running container."],
    ruleOut: [
      "The file exists and is readable: the bundle's content is wrong instead (an unknown-authority error)."
    ]
  },
  {
    id: "dotnet-config-file-missing",
    title: ".NET configuration file not published with the app",
    category: "configuration",
    severity: "P2",
    rank: 15,
    keywords: ["was not found and is not optional"],
    matchers: [/The configuration file '(?<subject>[^']+)' was not found and is not optional/],
    sources: [
      `dotnet/runtime src/libraries/Microsoft.Extensions.Configuration.FileExtensions/src/Resources/Strings.resx (Error_FileNotFound "The configuration file '{0}' was not found and is not optional.")`
    ],
    fixability: 0.3,
    subjectKind: "file-path",
    repo: PUBLISHED_FILE,
    cause: "The app loads a configuration file that is required (optional: false) but the build did not put it in the output: the project does not copy it to the publish directory, or the image does not COPY it.",
    actions: [
      "Mark the file CopyToPublishDirectory/CopyToOutputDirectory in the .csproj, or COPY it in the Dockerfile.",
      "Check the expected physical path the error prints against the image's WORKDIR."
    ],
    confirm: ["The file is absent from `dotnet publish` output and from the image's working directory."],
    ruleOut: [
      "The file is present at the expected path: look at the environment name the app was started with."
    ]
  },
  {
    id: "dotnet-di-unresolved",
    title: ".NET dependency injection cannot resolve a service",
    category: "configuration",
    severity: "P2",
    rank: 20,
    keywords: ["unable to resolve service for type"],
    matchers: [
      /Unable to resolve service for type '(?:[\w`.+]+\.)?(?<subject>[\w`]+)' while attempting to activate/,
      /Unable to resolve service for type \\u0027(?:[\w`.+]+\.)?(?<subject>[\w`]+)\\u0027 while attempting to activate/
    ],
    sources: [
      `dotnet/runtime src/libraries/Microsoft.Extensions.DependencyInjection.Abstractions/src/Resources/Strings.resx (CannotResolveService "Unable to resolve service for type '{0}' while attempting to activate '{1}'.")`
    ],
    fixability: 0.2,
    subjectKind: "service",
    repo: SERVICE_REGISTRATION,
    cause: "A class asks the container for a service type nobody registered at start-up (a registration dropped or never added), so every request that needs it fails.",
    actions: [
      "Register the type with the lifetime it needs (AddScoped/AddSingleton/AddTransient) where the other services are registered.",
      "Turn on ValidateOnBuild so a missing registration fails at start, not per request."
    ],
    confirm: ["No `services.Add…<Type>` registers the type named in the error."],
    ruleOut: ["The type is registered, but in another scope or only for another environment."]
  },
  {
    id: "upstream-keepalive-race",
    title: "Upstream closes reused keep-alive connections before the proxy does",
    category: "connectivity",
    severity: "P2",
    rank: 45,
    keywords: [
      "prematurely closed connection while reading response header",
      "reset by peer) while reading response header"
    ],
    matchers: [
      /upstream prematurely closed connection while reading response header from upstream/,
      /recv\(\) failed \(104: Connection reset by peer\) while reading response header from upstream/
    ],
    sources: [
      'nginx/nginx src/http/ngx_http_upstream.c ("upstream prematurely closed connection", log action "reading response header from upstream")',
      'nginx/nginx src/os/unix/ngx_recv.c ("recv() failed" with errno 104 ECONNRESET)'
    ],
    fixability: 0.3,
    repo: KEEPALIVE,
    cause: "The upstream closes idle keep-alive connections sooner than the proxy stops reusing them, so a request sent on a connection the upstream is closing is reset: sporadic 502s under steady load, not an outage.",
    actions: [
      "Make the upstream's keep-alive timeout longer than the proxy's (Node server.keepAliveTimeout, gunicorn --keep-alive) or the proxy's shorter.",
      "Check the 502s are spread over time and endpoints, not tied to one slow request."
    ],
    confirm: [
      "The upstream's keep-alive timeout is shorter than the proxy's keepalive_timeout / http-keep-alive."
    ],
    ruleOut: ["The upstream restarted or crashed at the same moments (its own logs say so)."]
  },
  {
    id: "systemd-exec-failed",
    title: "systemd cannot execute the unit's ExecStart",
    category: "configuration",
    severity: "P1",
    // Before the crash loop it causes: systemd restarts the unit until the start limit is hit.
    rank: 6,
    keywords: ["failed at step exec spawning", "failed to locate executable", "status=203/exec"],
    matchers: [
      /Failed at step EXEC spawning (?<subject>\S+): (?:No such file or directory|Permission denied|Exec format error)/,
      /Failed to locate executable (?<subject>\S+): No such file or directory/,
      /status=203\/EXEC/
    ],
    sources: [
      'systemd/systemd src/core/execute.c ("Failed at step %s spawning %s: %m", step EXEC = exit status 203) and src/basic/exit-status.c (EXIT_EXEC "EXEC")',
      'systemd/systemd src/core/execute.c ("Failed to locate executable %s: %m")'
    ],
    subjectKind: "file-path",
    fixability: 0.2,
    cause: "systemd cannot start the unit's program: the path in ExecStart does not exist on the host (a deploy that moved or did not install the binary, a versioned path that changed), is not executable (permissions, a noexec mount, SELinux labels), or is built for another architecture. The unit fails at once with status 203/EXEC and systemd restarts it until its start limit is hit.",
    actions: [
      "Compare the unit's ExecStart path with what the deploy installed (`ls -l PATH`, `systemctl cat UNIT`); fix the path or the install step.",
      "For Permission denied: check the file's mode, the mount's noexec flag, and SELinux (`ls -Z`, `ausearch -m avc`)."
    ],
    confirm: ["`ls -l` on the ExecStart path on the host fails or shows no execute bit."],
    ruleOut: [
      "The program starts and exits on its own (a status other than 203): read what it logged before exiting."
    ],
    repo: [{ grep: "^ExecStart=", files: /\.service$/, what: "the unit's ExecStart" }]
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
    sources: [
      'nodejs/node doc/api/cli.md (--heapsnapshot-near-heap-limit: "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory")'
    ],
    fixability: 0.7,
    confirm: [
      "Heap used (process.memoryUsage / --trace-gc) climbs to the --max-old-space-size limit before the abort."
    ],
    ruleOut: [
      "The container was OOMKilled without V8's `heap out of memory` message: the limit is the cgroup's."
    ],
    cause: "The Node.js process exceeded its V8 heap limit and aborted.",
    actions: [
      "Raise --max-old-space-size (keep it about 75% of the container's memory limit).",
      "Take a heap snapshot under load to rule out a leak before raising limits again."
    ],
    repo: NODE_HEAP
  },
  {
    id: "oom-kernel",
    title: "Kernel OOM killer killed a process",
    category: "out_of_memory",
    severity: "P1",
    rank: 10,
    keywords: ["out of memory", "oom-kill", "oom_kill", "oom-killer", "system oom encountered"],
    matchers: [
      /Out of memory: Kill(ed)? process/,
      /invoked oom-killer/,
      /oom-kill:/,
      /Memory cgroup out of memory/,
      // systemd's words in the unit's own journal (src/core/unit.c, service.c), where -u finds them.
      /A process of this unit has been killed by the OOM killer/,
      /Failed with result 'oom-kill'/,
      // The kubelet's node event for the same kill (pkg/kubelet/oom/oom_watcher_linux.go).
      /System OOM encountered, victim process: (?<subject>[^,\s]+), pid: \d+/
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^SystemOOM$/ } }],
    exclude: [/JavaScript heap out of memory/, /OOM command not allowed/],
    sources: [
      'torvalds/linux mm/oom_kill.c ("%s invoked oom-killer: gfp_mask=%#x(%pGg), order=%d, oom_score_adj=%hd", "oom-kill:constraint=…", "%s: Killed process %d (%s) total-vm:%lukB, anon-rss:%lukB…" with "Out of memory" or "Memory cgroup out of memory")'
    ],
    fixability: 0.6,
    confirm: ["The kernel log names the killed process and its cgroup, with anon-rss near the limit."],
    ruleOut: ["The process exited on its own (an exit code other than 137, no oom-kill line)."],
    cause: "The kernel's OOM killer terminated the process: it used more memory than its cgroup or host allows.",
    actions: [
      "Raise the memory limit of the service, or reduce its memory use.",
      "Check the memory graph for steady growth (a leak) versus a spike (a burst of work)."
    ],
    repo: [...MEMORY_LIMIT, ...HOST_MEMORY_RESERVATIONS]
  },
  {
    id: "oom-container",
    title: "Container OOMKilled",
    category: "out_of_memory",
    severity: "P1",
    rank: 11,
    keywords: ["oomkilled", "exit code", "exited with code", "container killed due to memory usage"],
    matchers: [
      /OOMKilled/,
      /Exit Code:\s+137\b/,
      /exit(ed with)? code:? 137\b/i,
      /OutOfMemoryError: Container killed due to memory usage/
    ],
    sources: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html (stoppedReason "OutOfMemoryError: Container killed due to memory usage")',
      'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/ (lastState terminated reason "OOMKilled")',
      'kubernetes/kubectl pkg/describe/describe.go (container state "Exit Code:    %d", 137 = 128 + SIGKILL)'
    ],
    fixability: 0.6,
    confirm: ["`kubectl describe pod` shows Last State: Terminated, Reason: OOMKilled, Exit Code 137."],
    ruleOut: [
      "Exit code 137 without OOMKilled: a SIGKILL from elsewhere (liveness probe, preemption, a person)."
    ],
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
      "diskpressure",
      "garbage collect required amount of images"
    ],
    matchers: [
      /No space left on device/i,
      /\bENOSPC\b/,
      /\bdisk (is )?full\b/i,
      /could not extend file/,
      /database or disk is full/,
      /\bDiskPressure\b/,
      // The kubelet's image GC could not free enough of the node's disk (FreeDiskSpaceFailed / ImageGCFailed).
      /[Ff]ailed to garbage collect required amount of images/
    ],
    // ENOSPC from inotify means the watch limit was reached, not that the disk is full.
    exclude: [/file watchers/i, /inotify/i, /DiskPressure\s+False/, /\bno disk pressure\b/i, /inode/i],
    fields: [
      { kind: "k8s-condition", fields: { type: /^DiskPressure$/, status: /^True$/ } },
      {
        kind: "k8s-event",
        fields: {
          reason: /^(FreeDiskSpaceFailed|ImageGCFailed)$/,
          message: /garbage collect required amount of images/
        }
      }
    ],
    sources: [
      'https://man7.org/linux/man-pages/man3/errno.3.html (ENOSPC "No space left on device")',
      'postgres/postgres src/backend/storage/smgr/md.c ("could not extend file \\"%s\\": %m")',
      'sqlite/sqlite src/main.c (SQLITE_FULL "database or disk is full")',
      'kubernetes/kubernetes pkg/kubelet/images/image_gc_manager.go (fmt.Errorf("failed to garbage collect required amount of images. Wanted to free %d bytes, but freed %d bytes" …), events FreeDiskSpaceFailed / ImageGCFailed from pkg/kubelet/events/event.go; current wording "Attempted to free %d bytes, but only found %d bytes eligible to free.")'
    ],
    fixability: 0.1,
    confirm: ["`df -h` on the named mount shows 100% used."],
    ruleOut: ["`df -h` has free space: check `df -i` (inodes) or a quota."],
    cause: "A filesystem ran out of space, so writes fail.",
    actions: [
      "Free space now: `df -h`, then `du -xh --max-depth=1 /var | sort -h` to find what grew.",
      "Rotate and cap logs (logrotate, Docker's max-size), prune old data, or grow the volume."
    ],
    repo: CONTAINER_LOG_ROTATION
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
      'nginx/nginx src/event/ngx_event_accept.c ("accept4() failed" with errno 24, strerror "Too many open files")'
    ],
    fixability: 0.7,
    confirm: ["`ls /proc/PID/fd | wc -l` equals the soft limit in /proc/PID/limits."],
    ruleOut: ["Descriptor count is far below the limit: the EMFILE came from another process."],
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
    sources: ['nginx/nginx src/core/ngx_connection.c ("%ui worker_connections are not enough")'],
    fixability: 0.8,
    confirm: ["Active connections (stub_status) reach worker_processes × worker_connections."],
    ruleOut: ["Connections are far below the limit: the alert line came from a test or reload."],
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
      "pool exhausted",
      "timeout acquiring a connection",
      "unable to acquire",
      "could not obtain a connection from the pool",
      "obtaining a connection from the pool",
      "pool has been exhausted",
      "fetching a new connection from the connection pool",
      "checkout a connection has timed out",
      "connectionacquiretimeouterror",
      "request was dropped from queue"
    ],
    matchers: [
      /Connection is not available, request timed out after \d+ms/,
      /ResourceRequest timed out/,
      /QueuePool limit of size \d+ overflow \d+ reached/,
      /(connection )?pool (is )?exhausted/i,
      /Timeout acquiring a connection/,
      /Unable to acquire JDBC Connection/,
      /could not obtain a connection from the pool within [\d.]+ seconds/,
      /prior to obtaining a connection from the pool/,
      /The connection pool has been exhausted, either raise/,
      /Timed out fetching a new connection from the connection pool/,
      /An attempt by a client to checkout a Connection has timed out/,
      /connection not available and request was dropped from queue after \d+ms/,
      /ConnectionAcquireTimeoutError\b/
    ],
    sources: [
      'brettwooldridge/HikariCP src/main/java/com/zaxxer/hikari/pool/HikariPool.java ("Connection is not available, request timed out after …ms")',
      'sqlalchemy/sqlalchemy lib/sqlalchemy/pool/impl.py ("QueuePool limit of size %d overflow %d reached")',
      'knex/knex lib/client.js ("Knex: Timeout acquiring a connection. The pool is probably full.")',
      'rails/rails activerecord/lib/active_record/connection_adapters/abstract/connection_pool/queue.rb ("could not obtain a connection from the pool within %0.3f seconds (waited %0.3f seconds); all pooled connections were in use")',
      'dotnet/SqlClient Strings.resx ADP_PooledOpenTimeout ("Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached.")',
      `npgsql/npgsql src/Npgsql/PoolingDataSource.cs ("The connection pool has been exhausted, either raise 'Max Pool Size' (currently {_max}) or 'Timeout' (currently {Settings.Timeout} seconds) in your connection string.")`,
      'https://www.prisma.io/docs/orm/reference/error-reference (P2024 "Timed out fetching a new connection from the connection pool")',
      'swaldman/c3p0 src/java/com/mchange/v2/resourcepool/BasicResourcePool.java ("An attempt by a client to checkout a Connection has timed out.")',
      'sequelize/sequelize src/errors/connection/connection-acquire-timeout-error.ts (ConnectionAcquireTimeoutError); elixir-ecto/db_connection lib/db_connection/connection_pool.ex ("connection not available and request was dropped from queue after %dms")'
    ],
    fixability: 0.7,
    confirm: [
      "Pool metrics: active = max and pending > 0 (hikaricp_connections_pending) while the DB has free slots."
    ],
    ruleOut: ["The database itself refuses (too many clients): the server limit, not the pool."],
    cause: "Requests wait for a database connection and time out: the connection pool is too small for the load, or connections are held too long.",
    actions: [
      "Raise the pool size, keeping pool size × replicas below the database's max_connections.",
      "Look for slow queries or transactions that hold connections (pg_stat_activity)."
    ],
    repo: POOL_SIZE
  }
];

// src/knowledge/patterns/runtime-errors.ts
var TRACE_CONFIRM = [
  "The stack trace's top application frame, read in the repository, fails on this input."
];
var TRACE_RULE_OUT = ["The error is caught and answered (a 4xx) and the service keeps serving."];
var RUNTIME_ERROR_PATTERNS = [
  {
    id: "stack-overflow-jvm",
    title: "JVM StackOverflowError (runaway recursion)",
    category: "application_error",
    severity: "P2",
    rank: 27,
    keywords: ["stackoverflowerror"],
    matchers: [/java\.lang\.StackOverflowError/, /\bStackOverflowError\b/],
    exclude: [/-Xss\d/],
    sources: [
      "openjdk/jdk src/java.base/share/classes/java/lang/StackOverflowError.java",
      'openjdk/jdk src/java.base/share/classes/java/lang/ThreadGroup.java (uncaughtException: "Exception in thread \\"" + t.getName() + "\\" ")'
    ],
    fixability: 0.3,
    repo: [...STACK_FRAME, ...THREAD_STACK],
    cause: "A thread's stack overflowed: a recursion without a working base case (often a cyclic object graph in toString, equals or JSON serialisation).",
    actions: [
      "Read the repeating frames in the trace: the cycle names the method to fix.",
      "Raising -Xss only hides an unbounded recursion."
    ],
    confirm: ["The same few frames repeat hundreds of times in the trace."],
    ruleOut: TRACE_RULE_OUT
  },
  {
    id: "recursion-python",
    title: "Python RecursionError",
    category: "application_error",
    severity: "P2",
    rank: 27,
    keywords: ["recursionerror", "maximum recursion depth"],
    matchers: [/RecursionError: maximum recursion depth exceeded/, /maximum recursion depth exceeded/],
    sources: [
      'python/cpython Python/ceval.c (_PyErr_Format(tstate, PyExc_RecursionError, "maximum recursion depth exceeded%s", where); where is e.g. " while calling a Python object", " in comparison")'
    ],
    fixability: 0.3,
    repo: STACK_FRAME,
    cause: "Python hit its recursion limit: a function recurses without reaching its base case, or on a cyclic structure.",
    actions: ["Read the repeated frame in the traceback and fix the recursion (or make it iterative)."],
    confirm: ["The traceback repeats one frame (`[Previous line repeated N more times]`)."],
    ruleOut: TRACE_RULE_OUT
  },
  {
    id: "stack-overflow-node",
    title: "Node.js Maximum call stack size exceeded",
    category: "application_error",
    severity: "P2",
    rank: 27,
    keywords: ["maximum call stack size exceeded"],
    matchers: [/RangeError: Maximum call stack size exceeded/, /Maximum call stack size exceeded/],
    sources: [
      'v8/v8 src/common/message-template.h (kStackOverflow "Maximum call stack size exceeded", thrown as RangeError)'
    ],
    fixability: 0.3,
    repo: STACK_FRAME,
    cause: "V8's call stack overflowed: unbounded recursion, or a very large array spread into a call's arguments.",
    actions: ["Find the repeating frame in the trace; replace `fn(...bigArray)` with a loop."],
    confirm: ["Repeating frames in the stack trace, or a spread of a large array at the top frame."],
    ruleOut: TRACE_RULE_OUT
  },
  {
    id: "stack-overflow-native",
    title: "Stack overflow in Go or Ruby",
    category: "application_error",
    severity: "P2",
    rank: 27,
    keywords: ["stack exceeds", "stack overflow", "stack level too deep"],
    matchers: [
      /goroutine stack exceeds \d+-byte limit/,
      /fatal error: stack overflow/,
      /stack level too deep \(SystemStackError\)/,
      /\bSystemStackError\b/
    ],
    sources: [
      'golang/go src/runtime/stack.go ("runtime: goroutine stack exceeds ", maxstacksize, "-byte limit" then throw("stack overflow") → "fatal error: stack overflow")',
      'https://docs.ruby-lang.org/en/master/SystemStackError.html ("stack level too deep")'
    ],
    fixability: 0.3,
    repo: STACK_FRAME,
    cause: "A goroutine or Ruby thread recursed until its stack limit: a recursion without a base case.",
    actions: ["Read the repeated frames; fix the recursion or the cyclic data it walks."],
    confirm: ["The trace repeats the same function."],
    ruleOut: TRACE_RULE_OUT
  },
  {
    id: "unhandled-rejection",
    title: "Node.js unhandled promise rejection",
    category: "application_error",
    severity: "P2",
    rank: 29,
    keywords: [
      "unhandledpromiserejection",
      "unhandled promise rejection",
      "err_unhandled_rejection",
      "frompromise"
    ],
    matchers: [
      // What Node 15+ prints above the rejection's own error when it exits (lib/internal/process/promises.js).
      /triggerUncaughtException\(err, true \/\* fromPromise \*\/\)/,
      /UnhandledPromiseRejection(Warning)?/,
      /This error originated either by throwing inside of an async function without a catch block/,
      /ERR_UNHANDLED_REJECTION/
    ],
    sources: [
      'nodejs/node lib/internal/process/promises.js ("This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch()…", ERR_UNHANDLED_REJECTION, triggerUncaughtException(err, true /* fromPromise */))'
    ],
    fixability: 0.4,
    repo: STACK_FRAME,
    cause: "A promise rejected with no handler; since Node 15 that terminates the process, so one failed await takes the service down.",
    actions: [
      "Await or `.catch()` the promise the trace names and handle its failure.",
      "Find the rejection's own error (the line after the warning): it is the real failure."
    ],
    confirm: ["The process exits right after the rejection and restarts."],
    ruleOut: TRACE_RULE_OUT
  },
  {
    id: "go-panic",
    title: "Go panic",
    category: "application_error",
    severity: "P2",
    rank: 25,
    keywords: ["panic:", "panic serving"],
    matchers: [
      // net/http recovers a handler's panic and logs "http: panic serving ADDR: VALUE" then the stack: the
      // server lives on, but every such request fails at the line the trace names.
      /http: panic serving \S+: (?:runtime error: )?(?<subject>invalid memory address or nil pointer dereference|index out of range[^\n]*|slice bounds out of range[^\n]*|assignment to entry in nil map)/,
      /panic: runtime error: (?<subject>invalid memory address or nil pointer dereference|index out of range[^\n]*|slice bounds out of range[^\n]*)/,
      /panic: assignment to entry in nil map/,
      /^panic: .+\n+goroutine \d+ \[running\]/m
    ],
    sources: [
      'golang/go src/runtime/error.go ("invalid memory address or nil pointer dereference", "index out of range [%x] with length %y") and src/runtime/panic.go ("panic: " then "goroutine %d [running]:")',
      'golang/go src/runtime/map.go (panic(plainError("assignment to entry in nil map")))',
      'golang/go src/net/http/server.go (c.server.logf("http: panic serving %v: %v\\n%s", c.remoteAddr, err, buf))'
    ],
    // A nil dereference guarded in the function's error return is a proposal (below 0.4 only a diagnosis);
    // the builder caps it at 0.3 when no guard is proposed (index out of range, no error result).
    fixability: 0.4,
    repo: STACK_FRAME,
    cause: "A goroutine panicked (nil pointer, index out of range, nil map) and took the process down.",
    actions: [
      "Open the first frame in your module below `goroutine N [running]` and handle the nil/out-of-range case.",
      "Recover in HTTP handlers only to log and answer 500, not to hide the bug."
    ],
    confirm: ["`goroutine N [running]:` follows, naming a file in the repository."],
    ruleOut: [
      "The panic is recovered by the server (`http: panic serving`) once, not on each request to the route."
    ]
  },
  {
    id: "go-concurrent-map",
    title: "Go concurrent map access",
    category: "concurrency",
    severity: "P2",
    rank: 24,
    keywords: ["concurrent map"],
    matchers: [/fatal error: concurrent map (writes|read and map write|iteration and map write)/],
    sources: [
      'golang/go src/internal/runtime/maps/runtime_fast32.go and older src/runtime/map.go (fatal("concurrent map writes"), fatal("concurrent map read and map write"))'
    ],
    // A backoff/lock the code-fix rules write is a proposal; the builder caps it at 0.3 when none is.
    fixability: 0.4,
    repo: MAP_LOCK,
    cause: "Two goroutines used one map at the same time without a lock; the runtime aborts the process.",
    actions: ["Guard the map with a sync.Mutex/RWMutex or use sync.Map; run the tests with -race."],
    confirm: ["`go test -race` reports a data race on the same map."],
    ruleOut: ["The map is only touched by one goroutine (check every caller in the trace)."]
  },
  {
    id: "ruby-nomethod-nil",
    title: "Ruby NoMethodError on nil",
    category: "application_error",
    severity: "P2",
    rank: 30,
    keywords: ["nomethoderror", "undefined method"],
    matchers: [
      /undefined method [`'](?<subject>\w+[?!]?)' for nil/,
      /\(NoMethodError\)/,
      /NoMethodError: undefined method/
    ],
    sources: [
      `ruby/ruby vm_eval.c (rb_make_no_method_exception: "undefined method '%1$s' for %3$s%4$s"; before Ruby 3.4 "undefined method \`%s' for nil:NilClass")`,
      "https://www.ruby-lang.org/en/news/2024/12/25/ruby-3-4-0-released/ (error messages use a single quote instead of a backtick)"
    ],
    fixability: 0.4,
    repo: STACK_FRAME,
    cause: "Ruby code called a method on nil: a record, param or lookup it assumed present is missing.",
    actions: [
      "Open the frame the backtrace names and handle the missing value (or fix the query that returns nil)."
    ],
    confirm: TRACE_CONFIRM,
    ruleOut: TRACE_RULE_OUT
  },
  {
    id: "dotnet-unhandled",
    title: ".NET unhandled exception",
    category: "application_error",
    severity: "P2",
    rank: 30,
    keywords: [
      "unhandled exception.",
      "unhandled exception:",
      "system.nullreferenceexception",
      "object reference not set"
    ],
    matchers: [
      /Unhandled [Ee]xception[.:]\s+(?<subject>System(?:\.\w+)+)/,
      /System\.NullReferenceException: Object reference not set to an instance of an object/
    ],
    sources: [
      'dotnet/dotnet-api-docs xml/System/InvalidOperationException.xml (example output "Unhandled Exception: System.InvalidOperationException: Enumeration has not started. Call MoveNext."; .NET Core 3+ prints "Unhandled exception. System.…")',
      'https://learn.microsoft.com/en-us/dotnet/api/system.nullreferenceexception (message "Object reference not set to an instance of an object.")'
    ],
    fixability: 0.4,
    repo: STACK_FRAME,
    cause: "A .NET process threw an exception nothing caught; the runtime printed it and terminated the process.",
    actions: [
      "Open the frame the trace names (`at Namespace.Type.Method() in File.cs:line N`) and handle the case."
    ],
    confirm: TRACE_CONFIRM,
    ruleOut: TRACE_RULE_OUT
  },
  {
    id: "dependency-version-mismatch",
    title: "Library version mismatch (a symbol the code expects is missing)",
    category: "dependency",
    severity: "P2",
    rank: 17,
    keywords: [
      "cannot import name",
      "nosuchmethoderror",
      "nosuchfielderror",
      "undefined symbol",
      "err_require_esm"
    ],
    matchers: [
      /ImportError: cannot import name '(?<subject>\w+)' from '[\w.]+'/,
      // A dependency that went ESM-only in a major release (node-fetch 3, chalk 5) under CommonJS code.
      /\bERR_REQUIRE_ESM\b[^\n]*require\(\) of ES Module \S*node_modules\/(?<subject>(?:@[\w.-]+\/)?[\w.-]+)\//,
      /java\.lang\.NoSuchMethodError: '?(?<subject>[^'\s]+)/,
      /java\.lang\.NoSuchFieldError/,
      /undefined symbol: (?<subject>\w+)/
    ],
    sources: [
      'python/cpython Python/ceval.c (import_from: "cannot import name %R from %R (%S)")',
      'bminor/glibc elf/dl-lookup.c ("undefined symbol: %s")',
      'nodejs/node lib/internal/errors.js (ERR_REQUIRE_ESM "require() of ES Module %s from %s not supported.")',
      "https://docs.oracle.com/javase/8/docs/api/java/lang/NoSuchMethodError.html (thrown when a class's definition changed incompatibly)"
    ],
    fixability: 0.3,
    subjectKind: "module",
    cause: "The code was built against a different version of a library than the one installed: a name it imports or calls no longer exists.",
    actions: [
      "Pin the library to the version the code was written for (lock file), or update the calling code.",
      "Look for a recent dependency bump or an unpinned transitive dependency."
    ],
    confirm: [
      "The installed version (pip show / mvn dependency:tree) differs from the one in the lock file."
    ],
    ruleOut: ["The symbol exists in the installed version: then it is a circular import."]
  }
];

// src/knowledge/patterns/runtime-memory.ts
var HEAP_CONFIRM = [
  "Memory of the process climbs to its limit just before the error (container_memory_working_set_bytes)."
];
var SPIKE_OR_LEAK = [
  "Memory was flat and far below the limit when it failed: look for a single huge allocation."
];
var RUNTIME_MEMORY_PATTERNS = [
  {
    id: "oom-jvm",
    title: "JVM ran out of heap",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["outofmemoryerror"],
    matchers: [/java\.lang\.OutOfMemoryError/, /OutOfMemoryError: Java heap space/],
    // Other limits than the heap, each with its own entry and advice (runtime-memory.ts): -Xmx is not their fix.
    exclude: [
      /OutOfMemoryError: (Metaspace|Compressed class space|Direct buffer memory|Cannot reserve \d+ bytes of direct|unable to create (new )?native thread|GC overhead limit|Requested array size)/
    ],
    sources: [
      'openjdk/jdk src/hotspot/share/memory/universe.cpp (OutOfMemoryError messages "Java heap space", "GC overhead limit exceeded", "Requested array size exceeds VM limit")'
    ],
    fixability: 0.6,
    confirm: [
      "GC logs show full GCs reclaiming little right before the error; a heap dump shows what fills it."
    ],
    ruleOut: ["The message names Metaspace, direct buffer memory or native threads: a different limit."],
    cause: "The JVM exhausted its heap (java.lang.OutOfMemoryError: Java heap space).",
    actions: [
      "Raise -Xmx (and the container limit with it), or find the allocation that grows with a heap dump.",
      "Add -XX:+HeapDumpOnOutOfMemoryError to capture the next occurrence."
    ],
    repo: JVM_HEAP
  },
  {
    id: "oom-jvm-metaspace",
    title: "JVM ran out of Metaspace",
    category: "out_of_memory",
    severity: "P1",
    rank: 8,
    keywords: ["outofmemoryerror: metaspace", "outofmemoryerror: compressed class space"],
    matchers: [/OutOfMemoryError: Metaspace/, /OutOfMemoryError: Compressed class space/],
    sources: [
      'openjdk/jdk src/hotspot/share/memory/universe.cpp (OutOfMemoryError messages "Metaspace" and "Compressed class space")'
    ],
    fixability: 0.4,
    cause: "The JVM filled its Metaspace (class metadata): usually a class-loader leak from redeploys or generated proxies, or a MaxMetaspaceSize set too low.",
    actions: [
      "Raise -XX:MaxMetaspaceSize only after checking the loaded class count is stable (jcmd PID VM.classloader_stats).",
      "Look for class loaders that survive redeploys."
    ],
    confirm: ["Loaded class count grows steadily until the error (jstat -class)."],
    ruleOut: ["The message says `Java heap space`: that is the heap, not Metaspace."],
    repo: [...METASPACE, ...MEMORY_LIMIT]
  },
  {
    id: "oom-jvm-native-thread",
    title: "JVM cannot create native threads",
    category: "resource_limits",
    severity: "P1",
    rank: 8,
    keywords: ["unable to create native thread", "unable to create new native thread"],
    matchers: [/OutOfMemoryError: unable to create (new )?native thread/],
    sources: [
      'openjdk/jdk src/hotspot/share/runtime/os.hpp (OS_NATIVE_THREAD_CREATION_FAILED_MSG "unable to create native thread: possibly out of memory or process/resource limits reached"; JDK 8 printed "unable to create new native thread")'
    ],
    fixability: 0.3,
    cause: "The JVM hit the process or cgroup thread limit (pids.max, ulimit -u) or ran out of memory for thread stacks; usually a thread leak.",
    actions: [
      "Count threads (`jcmd PID Thread.print | grep -c '^\"'`) and find the pool that grows.",
      "Check pids.max / LimitNPROC for the container or unit."
    ],
    confirm: ["Thread count rises to the pids limit before the error."],
    ruleOut: ["Thread count is stable and low: look at memory for stacks (-Xss × threads)."],
    repo: [...PIDS_LIMIT, ...THREAD_STACK]
  },
  {
    id: "oom-jvm-direct-memory",
    title: "JVM ran out of direct (off-heap) buffer memory",
    category: "out_of_memory",
    severity: "P1",
    rank: 8,
    keywords: ["direct buffer memory", "outofdirectmemoryerror"],
    matchers: [
      /OutOfMemoryError: Direct buffer memory/,
      // JDK 16 and later name the sizes instead.
      /OutOfMemoryError: Cannot reserve \d+ bytes of direct buffer memory/,
      /OutOfDirectMemoryError: failed to allocate \d+ byte\(s\) of direct memory/
    ],
    sources: [
      'openjdk/jdk src/java.base/share/classes/java/nio/Bits.java (reserveMemory: "Direct buffer memory"; since JDK 16 "Cannot reserve " + size + " bytes of direct buffer memory (allocated: …, limit: …)")',
      'netty/netty common/src/main/java/io/netty/util/internal/PlatformDependent.java (incrementMemoryCounter: OutOfDirectMemoryError "failed to allocate " + capacity + " byte(s) of direct memory (used: …, max: …)")'
    ],
    fixability: 0.3,
    cause: "The JVM used up its direct (off-heap) buffer memory, which -XX:MaxDirectMemorySize caps (by default the size of -Xmx) and which the heap does not hold: usually Netty or NIO buffers that are allocated faster than they are released (a ByteBuf that is never release()d, a slow reader that lets outbound buffers pile up), or very large messages. Raising -Xmx does not fix it.",
    actions: [
      "Run with -Dio.netty.leakDetection.level=paranoid (or advanced) and look for `LEAK: ByteBuf.release() was not called`; read direct use with jcmd PID VM.native_memory (-XX:NativeMemoryTracking=summary) or the BufferPool MXBean.",
      "Set -XX:MaxDirectMemorySize (and io.netty.maxDirectMemory) explicitly, and keep heap + direct + metaspace + thread stacks inside the container limit."
    ],
    confirm: [
      `Direct buffer use (jvm_buffer_memory_used_bytes{id="direct"}, Netty's usedDirectMemory) climbs to the limit the error names while the heap stays flat.`
    ],
    ruleOut: ["The message says `Java heap space`: that is the heap, not direct memory."],
    repo: [...DIRECT_MEMORY, ...MEMORY_LIMIT]
  },
  {
    id: "oom-jvm-gc-overhead",
    title: "JVM GC overhead limit exceeded: the heap is nearly full of live objects",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["gc overhead limit exceeded"],
    matchers: [/OutOfMemoryError: GC overhead limit exceeded/],
    sources: [
      'openjdk/jdk src/hotspot/share/gc/parallel/psScavenge.cpp and universe.cpp (Universe::out_of_memory_error_gc_overhead_limit "GC overhead limit exceeded", thrown by the Parallel collector under -XX:+UseGCOverheadLimit)'
    ],
    fixability: 0.5,
    cause: "The JVM spent almost all its time in garbage collection (over 98%) while freeing almost nothing (under 2% of the heap): the live objects fill the heap. Either a leak keeps objects reachable or the live set needs a larger heap; the service crawls in GC before it fails.",
    actions: [
      "Take a heap dump (-XX:+HeapDumpOnOutOfMemoryError or jcmd PID GC.heap_dump) and find what dominates the retained size.",
      "If the live set is legitimately larger, raise -Xmx together with the container limit; -XX:-UseGCOverheadLimit only postpones the failure."
    ],
    confirm: [
      "GC logs show back-to-back full collections each reclaiming little, old generation near 100% after GC."
    ],
    ruleOut: [
      "The heap after each full GC is low: the error is from a burst, look for a single large allocation."
    ],
    repo: JVM_HEAP
  },
  {
    id: "oom-jvm-array-size",
    title: "JVM refused an array larger than the VM allows",
    category: "out_of_memory",
    severity: "P2",
    rank: 8,
    keywords: ["requested array size exceeds vm limit"],
    matchers: [/OutOfMemoryError: Requested array size exceeds VM limit/],
    sources: [
      'openjdk/jdk src/hotspot/share/memory/universe.cpp (Universe::out_of_memory_error_array_size "Requested array size exceeds VM limit")'
    ],
    fixability: 0.2,
    cause: "The code asked for one array of close to 2^31 elements (Integer.MAX_VALUE), more than any JVM can allocate whatever the heap size: typically a whole file, response or result set read into one byte[] or String, a StringBuilder or ByteArrayOutputStream that keeps growing, or a length read from corrupt input. A larger -Xmx does not help.",
    actions: [
      "Find the allocation in the stack trace (Arrays.copyOf, StringBuilder, ByteArrayOutputStream, readAllBytes) and stream or chunk that data instead of holding it in one array.",
      "Check the size that was asked for: a length field from a corrupt or hostile payload should be bounded before allocating."
    ],
    confirm: [
      "The stack trace ends in an array growth (Arrays.copyOf, AbstractStringBuilder.ensureCapacity) under the code that reads the large input."
    ],
    ruleOut: ["The message says `Java heap space`: the heap was full, not one array too large."]
  },
  {
    id: "oom-go",
    title: "Go runtime ran out of memory",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["runtime: out of memory", "cannot allocate memory", "fatal error: out of memory"],
    matchers: [
      /fatal error: runtime: out of memory/,
      // What the heap's growth failure prints after the "cannot allocate" line (mheap.go, then throw).
      /^fatal error: out of memory$/m,
      /runtime: out of memory: cannot allocate \d+-byte block/
    ],
    sources: [
      'golang/go src/runtime/mheap.go (grow: print("runtime: out of memory: cannot allocate ", ask, "-byte block (", …, " in use)\\n"), then "fatal error: out of memory")'
    ],
    fixability: 0.4,
    repo: MEMORY_LIMIT,
    cause: "The Go runtime could not get memory from the OS for an allocation and aborted the process.",
    actions: [
      "Set GOMEMLIMIT a little below the container limit so the GC works before the kernel kills.",
      "Profile the heap (pprof /debug/pprof/heap) for what grows."
    ],
    confirm: HEAP_CONFIRM,
    ruleOut: SPIKE_OR_LEAK
  },
  {
    id: "oom-python",
    title: "Python raised MemoryError",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["memoryerror", "unable to allocate"],
    matchers: [
      /^\s*MemoryError\b/m,
      /numpy\._?core\._exceptions\._ArrayMemoryError/,
      /Unable to allocate [\d.]+ [KMGT]i?B for an array/
    ],
    exclude: [/except MemoryError/],
    sources: [
      "https://docs.python.org/3/library/exceptions.html#MemoryError",
      'numpy/numpy numpy/core/_exceptions.py (_ArrayMemoryError: "Unable to allocate {} for an array with shape {} and data type {}"; numpy 2 moved it to numpy/_core/_exceptions.py)'
    ],
    fixability: 0.4,
    repo: MEMORY_LIMIT,
    cause: "The Python process could not allocate memory (MemoryError): a large load into memory or a limit too low.",
    actions: [
      "Process the data in chunks or streams instead of loading it whole.",
      "Raise the memory limit only if the working set is expected."
    ],
    confirm: HEAP_CONFIRM,
    ruleOut: SPIKE_OR_LEAK
  },
  {
    id: "oom-dotnet",
    title: ".NET OutOfMemoryException",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["system.outofmemoryexception", "insufficient memory to continue"],
    matchers: [
      /System\.OutOfMemoryException/,
      /Insufficient memory to continue the execution of the program/
    ],
    sources: [
      'dotnet/runtime src/libraries/System.Private.CoreLib/src/Resources/Strings.resx (Arg_OutOfMemoryException "Insufficient memory to continue the execution of the program.")'
    ],
    fixability: 0.4,
    repo: MEMORY_LIMIT,
    cause: "The .NET runtime could not allocate: the managed heap reached the container limit or a GC heap hard limit.",
    actions: [
      "Check DOTNET_GCHeapHardLimit / the container limit and the heap's growth (dotnet-counters).",
      "Take a dump (dotnet-dump collect) to find the growing objects."
    ],
    confirm: HEAP_CONFIRM,
    ruleOut: SPIKE_OR_LEAK
  },
  {
    id: "oom-ruby",
    title: "Ruby failed to allocate memory",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["nomemoryerror", "failed to allocate memory"],
    matchers: [/failed to allocate memory \(NoMemoryError\)/, /\bNoMemoryError\b/],
    sources: [
      'https://docs.ruby-lang.org/en/master/NoMemoryError.html ("failed to allocate memory (NoMemoryError)")'
    ],
    fixability: 0.4,
    repo: MEMORY_LIMIT,
    cause: "The Ruby VM could not allocate memory (NoMemoryError).",
    actions: [
      "Check the worker's RSS growth; recycle workers (puma_worker_killer) while finding the leak.",
      "Use jemalloc or MALLOC_ARENA_MAX=2 to curb fragmentation."
    ],
    confirm: HEAP_CONFIRM,
    ruleOut: SPIKE_OR_LEAK
  },
  {
    id: "memory-leak",
    title: "Memory leak: steady growth reported by the runtime",
    category: "out_of_memory",
    severity: "P3",
    rank: 13,
    keywords: ["memory leak", "leak:", "leaksanitizer"],
    // Steady growth itself is read from the numbers (src/inventory/growth.ts), not from words in a line.
    matchers: [
      /Possible EventEmitter memory leak detected/,
      /LEAK: ByteBuf\.release\(\) was not called before it's garbage-collected/,
      /ERROR: LeakSanitizer: detected memory leaks/
    ],
    sources: [
      'nodejs/node lib/events.js (MaxListenersExceededWarning "Possible EventEmitter memory leak detected. %d %s listeners added to %s…")',
      `netty/netty common/src/main/java/io/netty/util/ResourceLeakDetector.java ("LEAK: {}.release() was not called before it's garbage-collected.")`,
      'llvm/llvm-project compiler-rt/lib/lsan/lsan_common.cpp (Report("ERROR: LeakSanitizer: detected memory leaks\\n")), printed as "==PID==ERROR: LeakSanitizer: detected memory leaks"'
    ],
    fixability: 0.1,
    cause: "Memory grows steadily with uptime rather than with load: objects (listeners, buffers, cache entries) are kept after they are needed. A leak ends in an OOM kill hours later, unlike a spike.",
    actions: [
      "Compare heap snapshots taken some time apart and look for the type whose count keeps growing.",
      "Restarting only resets the clock; find the retaining reference."
    ],
    confirm: ["Memory rises roughly linearly across restarts' lifetimes, independent of request rate."],
    ruleOut: ["Memory jumps with one request or batch and falls back: a spike, not a leak."]
  }
];

// src/knowledge/patterns/schema-migrations.ts
var MIGRATION_FILES = /(^|\/)(db\/migrate|migrations?|alembic\/versions|db\/changelog|flyway|liquibase)\/|(^|\/)V\d+(_\d+)*__\w+\.sql$|(^|\/)(alembic\.ini|flyway\.conf|liquibase\.properties)$/;
var NAMED_MIGRATION = [
  { grep: "{subject}", files: MIGRATION_FILES, what: "the migration the error names" }
];
var SCHEMA_MIGRATION_PATTERNS = [
  {
    id: "migration-history-mismatch",
    title: "Start-up migration refused: the applied history does not match the code's migrations",
    category: "configuration",
    severity: "P1",
    rank: 14,
    keywords: [
      "checksum mismatch",
      "migrations have failed validation",
      "can't locate revision",
      "inconsistentmigrationhistory",
      "pendingmigrationerror",
      "detected resolved migration not applied",
      "not resolved locally",
      "validate failed",
      "changesets check sum",
      "changeset check sum"
    ],
    matchers: [
      /Migration checksum mismatch for migration (?:version )?(?<subject>[\w.]+)/,
      /Validate failed: Migrations have failed validation/,
      /Detected (?:resolved|applied) migration not (?:applied to database|resolved locally): (?<subject>[\w.]+)/,
      /Can't locate revision identified by '(?<subject>\w+)'/,
      /InconsistentMigrationHistory: Migration (?<subject>\S+) is applied before its dependency/,
      /ActiveRecord::PendingMigrationError\b/,
      /Validation Failed:\s*\d+ changesets? check ?sum/
    ],
    sources: [
      'flyway/flyway …/core/internal/command/DbValidate ("Validate failed: Migrations have failed validation"), ErrorCode CHECKSUM_MISMATCH ("Migration checksum mismatch for migration version %s")',
      `sqlalchemy/alembic alembic/script/revision.py ("Can't locate revision identified by '%s'")`,
      'django/django django/db/migrations/loader.py (InconsistentMigrationHistory "Migration %s is applied before its dependency %s")',
      'rails/rails activerecord/lib/active_record/migration.rb (PendingMigrationError); liquibase ValidationFailedException ("Validation Failed: N changesets check sum")'
    ],
    fixability: 0.1,
    cause: "The service runs its schema migrations at start-up and they refuse to run: a migration that was already applied was edited (its checksum changed), a migration file the database has applied is missing from this build (a rollback to an older image, a branch merged out of order), or migrations are pending that nobody ran. The service exits, so every replica crash-loops.",
    actions: [
      "Compare the schema history table (flyway_schema_history, alembic_version, django_migrations, schema_migrations) with the migration files of the deployed build.",
      "Restore the edited migration to what was applied and put the change in a new migration; repair the history (flyway repair, alembic stamp) only once it matches the schema."
    ],
    confirm: [
      "The history table's checksum or revision for the named migration differs from the build's file."
    ],
    ruleOut: [
      "The history matches and migrations fail on SQL errors: the migration itself is wrong, not the history."
    ],
    repo: NAMED_MIGRATION
  },
  {
    id: "migration-lock-held",
    title: "Migrations wait for a lock a dead run left behind",
    category: "configuration",
    severity: "P2",
    rank: 15,
    keywords: ["changelog lock", "change log lock", "migration lock", "is already locked"],
    matchers: [
      /Could not acquire change ?log lock/,
      /Waiting for changelog lock\.*/,
      /LockException: Could not acquire/,
      /Timed out waiting for (?:the )?migration lock|Migration table is already locked/
    ],
    minCount: 2,
    sources: [
      'liquibase/liquibase …/lockservice/StandardLockService.java ("Waiting for changelog lock....", LockException "Could not acquire change log lock.  Currently locked by %s since %s")',
      'knex/knex lib/migrations/migrate/Migrator.js ("Migration table is already locked")'
    ],
    fixability: 0.1,
    cause: "A migration run took the migration lock and died before releasing it (a pod killed mid-migration, an OOM, a deploy rolled over it), so every new replica waits for the lock at start-up and never becomes ready.",
    actions: [
      "Check no migration is running (the host the lock names), then release it: `UPDATE DATABASECHANGELOGLOCK SET LOCKED=FALSE` (Liquibase), `knex migrate:unlock`.",
      "Run migrations once per deploy (a Job or init step) rather than in every replica's start-up."
    ],
    confirm: ["The lock row names a host or pod that no longer exists, locked since before the deploy."],
    ruleOut: ["The lock's holder is alive and migrating: a long migration, not a stale lock."]
  }
];

// src/knowledge/patterns/serverless.ts
var FUNCTION_FILES = /(^|\/)(serverless\.ya?ml|template\.ya?ml|samconfig\.toml|host\.json|service\.ya?ml|firebase\.json)$|\.(tf|tfvars)$|(^|\/)(cdk|infra|lib)\/.*\.(ts|js|py)$/i;
var FUNCTION_TIMEOUT = [
  {
    grep: "^\\s*(timeout|Timeout|functionTimeout|timeoutSeconds)\\s*[:=]|\\btimeout\\s*:\\s*(Duration|cdk\\.Duration)\\.|--timeout[= ]",
    files: FUNCTION_FILES,
    what: "the function's timeout"
  }
];
var FUNCTION_MEMORY = [
  {
    grep: "^\\s*(memorySize|MemorySize|memory_size|memory|availableMemory|availableMemoryMb)\\s*[:=]|--memory[= ]",
    files: FUNCTION_FILES,
    what: "the function's memory size"
  }
];
var LISTEN_PORT = [
  {
    grep: '\\.listen\\(\\s*\\d{2,5}\\b|\\.run\\([^)]*port\\s*=\\s*\\d{2,5}|ListenAndServe\\("[^"]*:\\d{2,5}"|--(port|bind)[= ][\\w.:]*\\d{2,5}|server\\.port\\s*[=:]\\s*\\d{2,5}',
    files: new RegExp(`${CODE.source}|${CONFIG.source}`, "i"),
    what: "where the app sets the port it listens on (the platform passes it in PORT)"
  },
  { grep: "^EXPOSE\\s+\\d+", files: /(^|\/)Dockerfile[\w.-]*$/, what: "the port the image exposes" }
];
var SERVERLESS_PATTERNS = [
  {
    id: "function-timeout",
    title: "Function invocations hit their timeout and are killed",
    category: "resource_limits",
    severity: "P2",
    rank: 19,
    keywords: [
      "task timed out after",
      "finished with status: 'timeout'",
      "timeout value of",
      "status: timeout",
      "function_invocation_timeout"
    ],
    matchers: [
      /\bTask timed out after (?<subject>\d+(?:\.\d+)?) seconds/,
      /Function execution took \d+ ms, finished with status: 'timeout'/,
      /Timeout value of (?<subject>[\d:.]+) (?:was )?exceeded by function/,
      /^REPORT RequestId: .*\bStatus: timeout\b/,
      /\bFUNCTION_INVOCATION_TIMEOUT\b/
    ],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html ("Task timed out after 3.00 seconds")',
      `https://cloud.google.com/functions/docs/troubleshooting ("Function execution took 60000 ms, finished with status: 'timeout'")`,
      `Azure/azure-functions-host src/WebJobs.Script/Host/FunctionTimeoutException ("Timeout value of 00:05:00 exceeded by function 'Functions.X'")`
    ],
    subjectKind: "timeout",
    fixability: 0.2,
    cause: "Invocations run longer than the function's configured timeout, so the platform stops them mid-work: a slow downstream call (no client timeout shorter than the function's), a cold start into a VPC, or a batch grown past what one invocation can finish.",
    actions: [
      "Find what the invocation waited on (the last line it logged before the timeout, X-Ray or Cloud Trace spans); give downstream calls timeouts shorter than the function's.",
      "Raise the function's timeout only to the real work time, or split the batch; an SQS trigger's visibility timeout must stay above it."
    ],
    confirm: [
      "The REPORT line's Duration equals the configured timeout; the invocation's last log line is a call that did not return."
    ],
    ruleOut: [
      "Durations well under the timeout: the errors are the function's own, not the platform's limit."
    ],
    repo: FUNCTION_TIMEOUT
  },
  {
    id: "function-out-of-memory",
    title: "Platform instance killed at its memory limit (functions, Cloud Run, App Engine, Render)",
    category: "out_of_memory",
    severity: "P1",
    rank: 12,
    keywords: [
      "runtime exited with error: signal: killed",
      "runtime.outofmemory",
      "memory limit of",
      "finished with status: 'out of memory'",
      "error: memory limit exceeded",
      "exceeded soft memory limit",
      "exceeded hard memory limit",
      "ran out of memory (used over"
    ],
    matchers: [
      /Runtime exited with error: signal: killed/,
      /\bRuntime\.OutOfMemory\b/,
      /Memory limit of (?<subject>\d+ ?[MG]i?B) exceeded with \d+ ?[MG]i?B used/,
      /finished with status: 'out of memory'/,
      /^Error: memory limit exceeded\.?$/,
      /Exceeded (?:soft|hard) memory limit of (?<subject>\d+ ?[MG]i?B) with \d+ ?[MG]i?B/,
      /Ran out of memory \(used over (?<subject>\d+ ?[MG]i?B)\) while running your code/
    ],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html ("Runtime exited with error: signal: killed", errorType Runtime.OutOfMemory; "Max Memory Used" equal to "Memory Size")',
      'https://cloud.google.com/run/docs/troubleshooting ("Memory limit of 512 MiB exceeded with 530 MiB used. Consider increasing the memory limit")',
      `https://cloud.google.com/functions/docs/troubleshooting ("Error: memory limit exceeded.", "finished with status: 'out of memory'")`,
      'https://cloud.google.com/appengine/docs/standard ("Exceeded soft memory limit of 256 MB with 270 MB after servicing 12 requests total"); https://render.com/docs/troubleshooting-deploys ("Ran out of memory (used over 512MB) while running your code.")'
    ],
    subjectKind: "limit",
    fixability: 0.3,
    cause: "The function's instance used all the memory it is given and the platform killed it: the invocation fails, and with it any other request the instance was serving (Cloud Run concurrency). A large payload read whole, a cache kept in a global across invocations, or a memory size set too low.",
    actions: [
      "Compare `Max Memory Used` (Lambda REPORT lines) or the instance's memory metric with the configured size over several invocations: steady growth across warm invocations is a leak in globals.",
      "Stream large objects instead of reading them whole; raise the memory size if the need is real (it also buys CPU on Lambda)."
    ],
    confirm: ["REPORT lines with Max Memory Used equal to Memory Size just before the kill."],
    ruleOut: [
      "Max Memory Used well below Memory Size: the runtime was killed for another reason (timeout, a crash)."
    ],
    repo: FUNCTION_MEMORY
  },
  {
    id: "platform-start-port-timeout",
    title: "The platform gives up on the new revision: nothing answered on its port in time",
    category: "configuration",
    severity: "P1",
    rank: 9,
    keywords: [
      "failed to start and listen on the port",
      "didn't respond to http pings",
      "did not start within expected time limit"
    ],
    matchers: [
      /failed to start and listen on the port defined (?:provided )?by the PORT=(?<subject>\d+) environment variable/,
      /didn't respond to HTTP pings on port: (?<subject>\d+), failing site start/,
      /did not start within expected time limit/
    ],
    sources: [
      'https://cloud.google.com/run/docs/troubleshooting ("The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable")',
      `https://learn.microsoft.com/en-us/azure/app-service/configure-custom-container ("Container … didn't respond to HTTP pings on port: 8080, failing site start"; WEBSITES_PORT)`
    ],
    subjectKind: "port",
    fixability: 0.2,
    cause: "The platform started the new revision and waited for it to answer on the port it gives the container (Cloud Run's PORT, App Service's WEBSITES_PORT), and nothing did: the app listens on another port or only on 127.0.0.1, crashed at start, or starts slower than the platform waits. The revision is not rolled out (or the site stops).",
    actions: [
      "Read the container's own start-up log for a crash; check the app binds 0.0.0.0 on the port from the PORT variable (not a hard-coded one).",
      "If it only starts slowly, raise the platform's start timeout (App Service WEBSITES_CONTAINER_START_TIME_LIMIT, a Cloud Run startup probe) or make start-up faster."
    ],
    confirm: [
      "Run the image locally with PORT set: it should answer on that port within the platform's limit."
    ],
    ruleOut: ["The app answers on the port and the health path fails: a health check problem instead."],
    repo: LISTEN_PORT
  }
];

// src/knowledge/patterns/service-quotas.ts
var SETTINGS2 = new RegExp(`${CONFIG.source}|${MANIFESTS.source}`, "i");
var ETCD_QUOTA = [
  {
    grep: "quota-backend-bytes|quota_backend_bytes|auto-compaction",
    files: SETTINGS2,
    what: "etcd's backend quota or compaction"
  }
];
var ACME_ISSUER = [
  {
    grep: "acme-v02|acme-staging|letsencrypt|certResolver|acme\\.json|ClusterIssuer",
    files: SETTINGS2,
    what: "the ACME issuer and where its certificates are kept"
  }
];
var SERVICE_QUOTA_PATTERNS = [
  {
    id: "etcd-space-exceeded",
    title: "etcd over its space quota: the NOSPACE alarm blocks writes",
    category: "resource_limits",
    severity: "P1",
    rank: 9,
    keywords: ["database space exceeded", "alarm:nospace"],
    matchers: [/mvcc: database space exceeded/, /\balarm:NOSPACE\b/],
    sources: [
      'etcd-io/etcd api/v3rpc/rpctypes/error.go (ErrGRPCNoSpace: "etcdserver: mvcc: database space exceeded")',
      "https://etcd.io/docs/v3.5/op-guide/maintenance/#space-quota (alarm:NOSPACE; compact, defrag, alarm disarm)"
    ],
    fixability: 0.1,
    cause: "etcd's data outgrew its backend quota (--quota-backend-bytes, 2 GiB by default): etcd raised the NOSPACE alarm and now accepts only reads and deletes, so the Kubernetes API server (or whatever keeps its state there) fails every write. Old revisions were not compacted, or something writes far faster than usual (a controller updating objects in a loop, a flood of Events).",
    actions: [
      "Find what grew (`etcdctl endpoint status` for the DB size, object counts per resource) and stop a writer in a loop first.",
      "Compact to the current revision, defragment every member, then `etcdctl alarm disarm`; raise --quota-backend-bytes (8 GiB at most) only if the data is legitimately larger."
    ],
    confirm: ["`etcdctl alarm list` shows alarm:NOSPACE and `endpoint status` a DB size at the quota."],
    ruleOut: [
      "The DB size is far below the quota: the disk itself is full (look at the data directory's filesystem)."
    ],
    repo: ETCD_QUOTA
  },
  {
    id: "acme-rate-limited",
    title: "Certificate authority rate limit: new certificates refused",
    category: "tls",
    severity: "P2",
    rank: 20,
    keywords: ["acme:error:ratelimited", "too many certificates", "too many failed authorizations"],
    matchers: [
      /urn:(?:ietf:params:)?acme:error:rateLimited/,
      /too many certificates (?:\(\d+\) )?already issued for (?:the )?exact set of (?:domains|identifiers)/,
      /too many failed authorizations recently/
    ],
    sources: [
      "https://www.rfc-editor.org/rfc/rfc8555#section-6.7 (urn:ietf:params:acme:error:rateLimited)",
      'https://letsencrypt.org/docs/rate-limits/ ("too many certificates already issued for exact set of domains", "too many failed authorizations recently")'
    ],
    fixability: 0.1,
    cause: "The ACME certificate authority (Let's Encrypt) refuses new orders for these names: a rate limit was hit (duplicate certificates per week, failed validations per hour, new orders). Almost always something re-requests certificates in a loop: issued certificates are not kept (a proxy's acme.json or an issuer's Secret not persisted across restarts or deploys), or a failing challenge is retried.",
    actions: [
      "Stop the loop: keep issued certificates (a volume for acme.json, a Secret that survives deploys) and get the challenge passing against the CA's staging endpoint first.",
      "Wait out the window the error names (retry after …); certificates already issued keep working until they expire."
    ],
    confirm: [
      "The issuer's log shows many orders for the same names in the days before, each a fresh certificate."
    ],
    ruleOut: [
      "Only one or two orders were made: the limit is shared with another system issuing for the same names."
    ],
    repo: ACME_ISSUER
  },
  {
    id: "pg-xid-wraparound",
    title: "PostgreSQL stops writes to avoid transaction ID wraparound",
    category: "resource_limits",
    severity: "P1",
    rank: 11,
    keywords: ["wraparound", "must be vacuumed within"],
    matchers: [
      /database is not accepting commands (?:that assign new transaction IDs )?to avoid wraparound data loss in database "(?<subject>[^"]+)"/,
      /database "(?<subject>[^"]+)" must be vacuumed within \d+ transactions/,
      /database with OID \d+ must be vacuumed within \d+ transactions/
    ],
    sources: [
      'postgres/postgres src/backend/access/transam/varsup.c ("database is not accepting commands to avoid wraparound data loss in database "%s""; from 16 "…that assign new transaction IDs…"; WARNING "database "%s" must be vacuumed within %u transactions")'
    ],
    fixability: 0.05,
    cause: "PostgreSQL is running out of transaction IDs: autovacuum has not frozen old rows (blocked by a long-running transaction, an abandoned replication slot or prepared transaction, or throttled too hard), so the server first warns and then refuses every write to avoid wraparound data loss.",
    actions: [
      "Find what holds back the xmin horizon: long transactions in pg_stat_activity, pg_replication_slots and pg_prepared_xacts; end them.",
      "Then VACUUM (FREEZE) the oldest tables (`SELECT relname, age(relfrozenxid) FROM pg_class ORDER BY 2 DESC`); in the refusing state only a superuser VACUUM (or single-user mode on old versions) gets out."
    ],
    confirm: ["`SELECT datname, age(datfrozenxid) FROM pg_database` near 2 billion for the named database."],
    ruleOut: [
      "age(datfrozenxid) far below autovacuum_freeze_max_age: the warning came from another cluster."
    ]
  },
  {
    id: "acme-challenge-failed",
    title: "Certificate renewal stuck: the ACME challenge cannot be validated",
    category: "tls",
    severity: "P2",
    rank: 24,
    keywords: [
      "propagation check failed",
      "challenge propagation",
      "acme-challenge",
      "acme:error:unauthorized",
      "acme:error:connection",
      "challenge failed",
      "not yet propagated"
    ],
    matchers: [
      /"propagation check failed"|Waiting for (?:HTTP|DNS)-01 challenge propagation/,
      /failed to perform self check GET request '?https?:\/\/(?<subject>[\w.-]+)\/\.well-known\/acme-challenge/,
      /urn:ietf:params:acme:error:(?:unauthorized|connection|dns|incorrectResponse)\b/,
      /Challenge failed for domain (?<subject>[\w.-]+)/
    ],
    minCount: 2,
    sources: [
      `cert-manager/cert-manager pkg/controller/acmechallenges/sync.go ("propagation check failed"; "Waiting for HTTP-01 challenge propagation: …", "failed to perform self check GET request '%s'")`,
      'https://letsencrypt.org/docs/challenge-types/ and RFC 8555 §6.7 (urn:ietf:params:acme:error:unauthorized, connection, dns, incorrectResponse); certbot ("Challenge failed for domain %s")'
    ],
    subjectKind: "host",
    fixability: 0.1,
    cause: "The certificate authority (or cert-manager's own self-check) cannot validate the ACME challenge for the domain: HTTP-01 requests to /.well-known/acme-challenge/ do not reach the solver (DNS points elsewhere, a firewall, an ingress rule or redirect that swallows the path), or the DNS-01 record is not visible. The certificate is not renewed and expires if nothing changes.",
    actions: [
      "`kubectl describe challenge -A` for the exact failure; fetch http://DOMAIN/.well-known/acme-challenge/TOKEN from outside the cluster.",
      "Check the domain's DNS points at the ingress, that port 80 is open to the internet for HTTP-01, and that no redirect or auth rule covers the challenge path; for DNS-01, the record with `dig TXT _acme-challenge.DOMAIN`."
    ],
    confirm: ["The challenge URL does not return the token from the internet, or the TXT record is absent."],
    ruleOut: ["The CA answers rateLimited: acme-rate-limited, not validation."],
    repo: ACME_ISSUER
  }
];

// src/knowledge/patterns/store-settings.ts
var STORE_SETTING_PATTERNS = [
  {
    id: "db-target-missing",
    title: "The database or role the service connects as does not exist",
    category: "configuration",
    severity: "P1",
    rank: 16,
    keywords: ["does not exist", "unknown database"],
    matchers: [
      /FATAL:\s+(?:database|role) "(?<subject>[^"]+)" does not exist/,
      /\bUnknown database '(?<subject>[^']+)'/
    ],
    sources: [
      'postgres/postgres src/backend/utils/init/postinit.c (FATAL "database \\"%s\\" does not exist"; "role \\"%s\\" does not exist")',
      `https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1049 ER_BAD_DB_ERROR "Unknown database '%s'")`
    ],
    fixability: 0.2,
    cause: "The service's connection string names a database or role the server does not have: a new environment whose database was never created, a name changed in config but not on the server, or the service pointed at another server.",
    actions: [
      "List what the server has (`\\l` and `\\du` in psql, `SHOW DATABASES` in MySQL) and compare with the name in the connection string.",
      "Create the database or role through the migration or provisioning step that should have, or correct the name in the config."
    ],
    confirm: ["The server's catalog lacks the name the error quotes."],
    ruleOut: [
      "The name exists on the server the DBA looks at: the service connects to another server (check the host)."
    ],
    repo: DB_ENDPOINT
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
      /could not create shared memory segment: (?:Cannot allocate memory|No space left on device|Invalid argument)/
    ],
    sources: [
      'mysql/mysql-server storage/innobase/buf/buf0buf.cc ("Cannot allocate memory for the buffer pool")',
      'postgres/postgres src/backend/port/sysv_shmem.c ("could not map anonymous shared memory: %m"; "could not create shared memory segment: %m")'
    ],
    fixability: 0.2,
    cause: "The database asks at start-up for more memory than the machine or container gives it (innodb_buffer_pool_size, shared_buffers or huge pages set for a bigger host), so it refuses to start.",
    actions: [
      "Compare innodb_buffer_pool_size / shared_buffers (and huge_pages) with the container's memory limit or the host's free memory; keep the buffer well under the limit.",
      "After moving to a smaller instance or a lower limit, lower the setting to match."
    ],
    confirm: ["The configured buffer is near or above the memory limit the server runs under."],
    ruleOut: ["The setting is small and memory is free: another process holds the memory."]
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
      "can't rewrite append only file in background"
    ],
    matchers: [
      /Can't save in background: fork: Cannot allocate memory/,
      /Can't rewrite append only file in background: fork: Cannot allocate memory/
    ],
    sources: [
      `redis/redis src/rdb.c ("Can't save in background: fork: %s") and src/aof.c ("Can't rewrite append only file in background: fork: %s")`
    ],
    fixability: 0.2,
    cause: "Redis forks to write its snapshot or rewrite its AOF, and the kernel refuses the fork: with vm.overcommit_memory=0 a large dataset cannot be mapped twice. Saves stop, and with stop-writes-on-bgsave-error writes are refused next (MISCONF).",
    actions: [
      "Set vm.overcommit_memory=1 on the host (Redis prints this advice at start), or give the instance more memory headroom.",
      "Check used_memory against the host's memory: a dataset near the host's size needs a bigger host, not only the sysctl."
    ],
    confirm: ["`sysctl vm.overcommit_memory` is 0 and INFO persistence shows rdb_last_bgsave_status:err."],
    ruleOut: ["The fork succeeds and the save fails on write: disk or permissions (redis-misconf)."]
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
      "for elasticsearch process"
    ],
    matchers: [
      /bootstrap checks? failed/,
      /max virtual memory areas vm\.max_map_count \[\d+\] is too low/,
      /max file descriptors \[\d+\] for elasticsearch process is too low/,
      /memory locking requested for elasticsearch process but memory is not locked/
    ],
    sources: [
      'elastic/elasticsearch server/src/main/java/org/elasticsearch/bootstrap/BootstrapChecks.java ("max virtual memory areas vm.max_map_count [%d] is too low, increase to at least [%d]", "bootstrap checks failed")'
    ],
    fixability: 0.3,
    cause: "Elasticsearch in production mode checks the host's limits at start and exits when one fails: vm.max_map_count below 262144, too few file descriptors, or memory locking requested but not allowed.",
    actions: [
      "On the host (or a privileged init container on Kubernetes): `sysctl -w vm.max_map_count=262144` and persist it; raise nofile to 65535; allow memlock where bootstrap.memory_lock is set."
    ],
    confirm: ["`sysctl vm.max_map_count` on the node is below what the message asks."],
    ruleOut: ["The checks pass and the node exits later: another cause in its log."]
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
      "insufficient to satisfy the min.isr"
    ],
    matchers: [
      /NotEnoughReplicas(?:AfterAppend)?Exception/,
      /Messages are (?:rejected|written to the log, but to fewer in-sync replicas) (?:since there are fewer in-sync replicas than required|than required)/,
      /\bNOT_ENOUGH_REPLICAS\b/
    ],
    minCount: 3,
    sources: [
      'apache/kafka clients/src/main/java/org/apache/kafka/common/errors/NotEnoughReplicasException.java and Errors.java (NOT_ENOUGH_REPLICAS "Messages are rejected since there are fewer in-sync replicas than required.")',
      'apache/kafka core/src/main/scala/kafka/cluster/Partition.scala ("The size of the current ISR %s is insufficient to satisfy the min.isr requirement of %d for partition %s")'
    ],
    fixability: 0.05,
    cause: "A partition's in-sync replica set shrank below min.insync.replicas, so producers with acks=all are refused: a broker is down or lagging (slow disk, GC pauses, network), or replicas were never reassigned after a broker was replaced.",
    actions: [
      "`kafka-topics.sh --describe --under-min-isr-partitions` (or --under-replicated-partitions) to see which brokers fell out; check those brokers' health and logs.",
      "Bring the broker back or reassign the partitions; lowering min.insync.replicas trades durability for availability and is a person's call."
    ],
    confirm: ["The partition's ISR lists fewer brokers than min.insync.replicas."],
    ruleOut: ["ISR is full: the client's acks setting or a misread error."]
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
      /You might need to increase max_locks_per_transaction/
    ],
    sources: [
      'postgres/postgres src/backend/storage/lmgr/lock.c (ereport "out of shared memory", errhint "You might need to increase max_locks_per_transaction.")'
    ],
    fixability: 0.2,
    cause: "Transactions take more locks than PostgreSQL's shared lock table holds (max_locks_per_transaction × max_connections): one transaction touching thousands of tables or partitions (a partitioned table queried without pruning, a dump, a migration over many tables), or many at once.",
    actions: [
      "Find the transactions holding most locks (`SELECT pid, count(*) FROM pg_locks GROUP BY pid ORDER BY 2 DESC`).",
      "Raise max_locks_per_transaction (a restart is needed) or split the work so one transaction touches fewer relations; make queries on partitioned tables prune."
    ],
    confirm: [
      "pg_locks holds a count near max_locks_per_transaction × (max_connections + max_prepared_transactions)."
    ],
    ruleOut: [
      "`out of shared memory` without the max_locks hint: another shared memory area (predicate locks, dynamic shared memory)."
    ]
  }
];

// src/knowledge/patterns/upstream-responses.ts
var SERVICE_SELECTOR = [
  {
    grep: "^\\s*selector:\\s*$",
    files: MANIFESTS,
    what: "the Service's selector (compared with the pods' labels)"
  }
];
function ACCESS_STATUS(status) {
  return new RegExp(`"(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|CONNECT|TRACE) [^"]*" (${status.source}) \\d+`);
}
var UPSTREAM_RESPONSE_PATTERNS = [
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
      "no healthy upstream",
      "upstream prematurely"
    ],
    matchers: [
      ACCESS_STATUS(/50[234]/),
      /\bstatus[=:]\s*"?50[234]\b/,
      /"status":\s*50[234]\b/,
      /no live upstreams/,
      // Envoy's 503 UH: the cluster has no endpoint that passes its health checks (or none at all).
      /\bno healthy upstream\b/,
      /upstream prematurely closed connection/
    ],
    fields: [{ kind: "access", fields: { status: /^50[234]$/ } }],
    minCount: 20,
    // nginx answers 502 for every request it could not connect upstream for: the refusals are the cause.
    consequenceOf: ["connection-refused"],
    sources: [
      'nginx/nginx src/http/ngx_http_upstream.c ("no live upstreams", "upstream prematurely closed connection")'
    ],
    fixability: 0.1,
    confirm: ["The upstream's own logs show errors or restarts at the same time as the 5xx."],
    ruleOut: ["The 5xx come from one client or path only: a bad request, not an upstream failure."],
    cause: "Many requests fail with 502/503/504: the upstream behind the proxy is failing or unavailable.",
    actions: [
      "Find the upstream's own error in its logs at the same time: the 5xx are the symptom.",
      "Check upstream health, recent deploys, and the proxy's upstream timeouts."
    ],
    repo: PROXY_UPSTREAM
  },
  {
    id: "rate-limited",
    title: "Rate limited (429 storm)",
    category: "upstream_errors",
    severity: "P3",
    rank: 50,
    keywords: [
      '" 429 ',
      "too many requests",
      "rate limit",
      "status=429",
      'status":429',
      "slowdown",
      "throttlingexception",
      "(throttling) when calling",
      "requestlimitexceeded",
      "toomanyrequestsexception",
      "provisionedthroughputexceeded"
    ],
    matchers: [
      ACCESS_STATUS(/429/),
      /Too Many Requests/i,
      /rate limit(ed| exceeded)/i,
      /\bstatus[=:]\s*"?429\b/,
      // Cloud APIs throttling the caller (AWS error codes; S3 answers 503 SlowDown rather than 429).
      /\bSlowDown: Please reduce your request rate/,
      /\bThrottlingException\b|\(Throttling\) when calling the \w+ operation/,
      /\b(RequestLimitExceeded|TooManyRequestsException|ProvisionedThroughputExceededException)\b/
    ],
    fields: [{ kind: "access", fields: { status: /^429$/ } }],
    exclude: [/rate limit(er)? (configured|set|enabled)/i],
    minCount: 10,
    sources: [
      "https://www.rfc-editor.org/rfc/rfc6585#section-4 (429 Too Many Requests)",
      'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (503 SlowDown "Please reduce your request rate.")',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html (RequestLimitExceeded), https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html (ProvisionedThroughputExceededException, ThrottlingException "Rate exceeded")'
    ],
    repo: RETRY_LOOP,
    // A backoff/lock the code-fix rules write is a proposal; the builder caps it at 0.3 when none is.
    fixability: 0.4,
    confirm: ["429 responses with Retry-After from one provider, at a call rate above its quota."],
    ruleOut: ["The 429 count is small and retries succeed: normal backpressure."],
    cause: "Calls are being rejected by a rate limit: 429 Too Many Requests, or a cloud API's throttling error (S3 SlowDown, ThrottlingException, RequestLimitExceeded).",
    actions: [
      "Honour Retry-After with exponential backoff and jitter; spread batch jobs out.",
      "Ask for a higher quota, or cache responses to cut the call rate."
    ]
  },
  {
    id: "lb-backend-down",
    title: "Load balancer has no healthy server left for a backend",
    category: "upstream_errors",
    severity: "P1",
    rank: 44,
    keywords: ["has no server available", "is down, reason:", "no live upstreams"],
    matchers: [
      /backend '?(?<subject>[\w.-]+)'? has no server available!/i,
      // nginx: every server of the upstream block is marked failed (max_fails within fail_timeout).
      /no live upstreams while connecting to upstream/,
      // The last server going down; one server down while others serve is a rolling restart, not this.
      /Server (?<subject>[\w.-]+)\/[\w.-]+ is DOWN, reason: [^\n]*?\b0 active and 0 backup servers left/
    ],
    sources: [
      `haproxy/haproxy src/backend.c and src/server.c ("backend '%s' has no server available!"; "Server %s/%s is DOWN, reason: %s")`,
      'nginx/nginx src/http/ngx_http_upstream_round_robin.c ("no live upstreams" when every peer is down)'
    ],
    // The servers fail their checks because of something the logs may also say: that is the cause.
    consequenceOf: ["connection-refused", "oom-container", "oom-kernel", "crash-loop"],
    fixability: 0.1,
    cause: "HAProxy's health checks took every server of the backend out of rotation, so it answers 503 to every request for it. The `is DOWN, reason:` lines say why: a Layer4 connection problem (nothing listens on the port: the service is down or restarting) or a Layer7 wrong status (the health endpoint itself fails, often because a dependency it checks is down).",
    actions: [
      "Read the `is DOWN, reason:` lines: Layer4 means the servers do not accept connections; Layer7 means the health endpoint answers an error. Check the servers themselves first.",
      "If the servers are healthy by hand, compare the check (port, path, expected status) with what they serve."
    ],
    confirm: [
      "Calling the backend servers' health endpoint directly gives the same failure the check reports."
    ],
    ruleOut: [
      "The servers answer the check's request correctly by hand: the check is misconfigured (port, path, host header)."
    ]
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
    sources: [
      'nginx/nginx src/http/ngx_http_core_module.c and src/http/ngx_http_request.c ("client intended to send too large body: %O bytes")'
    ],
    fixability: 0.7,
    confirm: [
      "413 responses in the access log for the upload route, with client_max_body_size below the body size."
    ],
    ruleOut: ["The 413 comes from the application, not the proxy (check the response's Server header)."],
    cause: "The proxy rejects uploads larger than its client_max_body_size with 413 before they reach the service.",
    actions: [
      "Raise client_max_body_size to the largest upload the service accepts (and no further).",
      "Check the service's own upload limit matches, or it will reject what the proxy now lets through."
    ],
    repo: BODY_SIZE
  },
  {
    id: "service-no-endpoints",
    title: "Service has no ready endpoints: the proxy has nowhere to send requests",
    category: "upstream_errors",
    severity: "P1",
    rank: 43,
    keywords: [
      "does not have any active endpoint",
      "no endpoints available for service",
      "no healthy upstream",
      "no_healthy_upstream"
    ],
    matchers: [
      /Service "(?<subject>[\w./-]+)" does not have any active Endpoint/,
      /no endpoints available for service "(?<subject>[\w.-]+)"/,
      /\bno healthy upstream\b|\bno_healthy_upstream\b/
    ],
    fields: [{ kind: "access", fields: { responseFlags: /(?:^|,)UH(?:,|$)/ } }],
    minCount: 2,
    sources: [
      'kubernetes/ingress-nginx internal/ingress/controller/controller.go (klog.Warningf("Service %q does not have any active Endpoint.", …))',
      'kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/util/proxy and pkg/registry/core/service (ServiceUnavailable "no endpoints available for service %q")',
      'envoyproxy/envoy source/common/router/router.cc ("no healthy upstream", response flag UH / details no_healthy_upstream)'
    ],
    // No pod is Ready behind the Service because of something the logs may also say: that is the cause.
    consequenceOf: [
      "crash-loop",
      "probe-readiness-failed",
      "probe-liveness-failed",
      "oom-container",
      "image-pull-backoff",
      "image-not-found",
      "sched-insufficient-resources",
      "container-config-error",
      "rollout-stuck"
    ],
    subjectKind: "service",
    fixability: 0.1,
    cause: "The Service (or the proxy's cluster) has no ready endpoint, so every request through it fails at once with 503: no pod behind it passes its readiness probe, none is running, or the Service's selector matches no pod's labels (a label renamed in a deploy).",
    actions: [
      "`kubectl get endpointslices -l kubernetes.io/service-name=NAME -n NS` (or `kubectl get endpoints NAME`): empty means no Ready pod matches.",
      "Compare the Service's selector with the pods' labels (`kubectl get pods -l KEY=VALUE -n NS`); if pods match, see why they are not Ready."
    ],
    confirm: ["The Service's EndpointSlices list no ready address while the errors are logged."],
    ruleOut: ["Endpoints are listed and ready: the proxy cannot reach them (network policy, port) instead."],
    repo: SERVICE_SELECTOR
  },
  {
    id: "nginx-upstream-header-too-big",
    title: "nginx rejects the upstream's response headers as too big (502)",
    category: "configuration",
    severity: "P2",
    rank: 21,
    keywords: ["upstream sent too big header"],
    matchers: [/upstream sent too big header while reading response header from upstream/],
    sources: [
      'nginx/nginx src/http/ngx_http_upstream.c ("upstream sent too big header") when the header exceeds proxy_buffer_size'
    ],
    fixability: 0.3,
    cause: "The upstream's response headers do not fit nginx's proxy_buffer_size (4k or 8k by default), so nginx answers 502: usually large Set-Cookie headers (session or auth cookies that grew, an OAuth callback setting several) or a long Location.",
    actions: [
      "Raise proxy_buffer_size (and proxy_buffers / proxy_busy_buffers_size to match), e.g. 16k, in the location or server that proxies to this upstream; for ingress-nginx, the proxy-buffer-size annotation.",
      "Check why the headers are that big (cookie sizes) before raising much further."
    ],
    confirm: ["`curl -sI` against the upstream directly shows headers larger than proxy_buffer_size."],
    ruleOut: ["The upstream's headers are small: the 502 comes from another error in nginx's log."],
    repo: [
      { grep: "^\\s*proxy_buffer_size\\s+\\S+;", files: NGINX, what: "nginx's proxy_buffer_size" },
      { grep: "proxy-buffer-size", files: MANIFESTS, what: "ingress-nginx's proxy-buffer-size" }
    ]
  }
];

// src/knowledge/patterns/index.ts
var FAILURE_PATTERNS = [
  ...PLACEMENT_PATTERNS,
  ...IMAGE_PATTERNS,
  ...PROBE_PATTERNS,
  ...ROLLOUT_PATTERNS,
  ...WORKLOAD_PATTERNS,
  ...RESOURCE_PATTERNS,
  ...RUNTIME_MEMORY_PATTERNS,
  ...NETWORK_PATTERNS,
  ...UPSTREAM_RESPONSE_PATTERNS,
  ...NETWORK_KIND_PATTERNS,
  ...DATASTORE_PATTERNS,
  ...CACHE_BROKER_PATTERNS,
  ...COORDINATION_PATTERNS,
  ...RUNTIME_ERROR_PATTERNS,
  ...CONFIG_DEPLOY_PATTERNS,
  ...APPLICATION_PATTERNS,
  ...ACCESS_STATE_PATTERNS,
  ...PLATFORM_LIMIT_PATTERNS,
  ...SERVICE_CONFIG_PATTERNS,
  ...HEROKU_PATTERNS,
  ...APP_SERVER_PATTERNS,
  ...DATA_PATH_PATTERNS,
  ...SERVICE_QUOTA_PATTERNS,
  ...HOST_KERNEL_PATTERNS,
  ...SERVERLESS_PATTERNS,
  ...SCHEMA_MIGRATION_PATTERNS,
  ...PROTOCOL_MISMATCH_PATTERNS,
  ...CREDENTIAL_PATTERNS,
  ...STORE_SETTING_PATTERNS,
  ...PLATFORM_DAEMON_PATTERNS,
  ...APP_WIRING_PATTERNS,
  ...CLUSTER_OPERATION_PATTERNS,
  ...HOST_PRESSURE_PATTERNS
].sort((a, b) => a.rank - b.rank);
function patternById(id) {
  return FAILURE_PATTERNS.find((s) => s.id === id);
}

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
    name: "NodeHighNumberConntrackEntriesUsed",
    aliases: ["HostConntrackLimit"],
    ruleSet: NODE,
    patternId: "conntrack-table-full",
    meaning: "The host's connection-tracking table is over 75% (80%) of nf_conntrack_max: when it fills, the kernel drops new connections' packets.",
    subjectLabels: ["instance"],
    lookAt: "`sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max` and `conntrack -S` (drops) on {instance}, and which peers hold most entries (`conntrack -L | awk '{print $5}' | sort | uniq -c | sort -rn | head`)"
  },
  {
    name: "NodeRAIDDiskFailure",
    aliases: ["NodeRAIDDegraded", "HostRaidDiskFailure", "HostRaidArrayGotInactive"],
    ruleSet: NODE,
    patternId: "disk-io-error",
    meaning: "A device of a software RAID array on the host failed (or the array runs degraded without spares).",
    subjectLabels: ["instance", "device"],
    lookAt: "`cat /proc/mdstat` and `mdadm --detail /dev/{device}` on {instance}, and the kernel's I/O errors for the failed member (`dmesg -T | grep -i error`)"
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
  },
  {
    name: "KubeDeploymentRolloutStuck",
    aliases: ["KubernetesDeploymentRolloutStuck"],
    ruleSet: MIXIN,
    patternId: "rollout-stuck",
    meaning: "A Deployment's Progressing condition is False (ProgressDeadlineExceeded) for 15 minutes: its new pods did not become available.",
    subjectLabels: ["namespace", "deployment"],
    lookAt: "`kubectl rollout status deploy/{deployment} -n {namespace}`, then the newest ReplicaSet's pods: `kubectl describe pod` (events, Last State) on one that is not Ready"
  },
  {
    name: "KubeDeploymentReplicasMismatch",
    aliases: ["KubernetesDeploymentReplicasMismatch"],
    ruleSet: MIXIN,
    patternId: "rollout-stuck",
    meaning: "A Deployment has had fewer available replicas than desired for 15 minutes, and no rollout is making progress.",
    subjectLabels: ["namespace", "deployment"],
    lookAt: "`kubectl get pods -n {namespace}` for the Deployment {deployment}: the pods that are not Ready or Pending, and why (`kubectl describe pod`: events, Last State)"
  },
  {
    name: "KubeQuotaExceeded",
    aliases: ["KubeQuotaFullyUsed", "KubernetesQuotaExceeded"],
    ruleSet: MIXIN,
    patternId: "k8s-quota-exceeded",
    meaning: "A namespace uses all (or more than) its ResourceQuota for a resource: new pods that need it are refused.",
    subjectLabels: ["namespace", "resource", "resourcequota"],
    lookAt: "`kubectl describe resourcequota {resourcequota} -n {namespace}` (used against hard for {resource}) and FailedCreate events `exceeded quota` on the namespace's ReplicaSets"
  },
  {
    name: "etcdDatabaseQuotaLowSpace",
    ruleSet: "etcd-mixin",
    patternId: "etcd-space-exceeded",
    meaning: "etcd's database is close to (or at) its backend quota: at the quota etcd raises the NOSPACE alarm and refuses writes.",
    subjectLabels: ["instance", "job"],
    lookAt: "`etcdctl endpoint status` (DB size against --quota-backend-bytes) and `etcdctl alarm list` on {instance}; what writes most (object counts per resource)"
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
  CODE,
  FAILURE_PATTERNS,
  patternById,
  ALERT_RULES,
  alertRuleFor,
  alertNameOf,
  lookAtFor
};
