import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { CODE, MANIFESTS, STACK_FRAME, SUBJECT_IN_CONFIG } from "./locators.js";

/** Where a read-only root filesystem is asked for: the container's securityContext. */
const READ_ONLY_ROOT: RepoLocator[] = [
  {
    grep: "readOnlyRootFilesystem:\\s*true",
    files: MANIFESTS,
    within: "securityContext",
    what: "the container's read-only root filesystem",
  },
  {
    grep: "read_only:\\s*true",
    files: /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/i,
    what: "the service's read-only root",
  },
];

/** The migration that should create the table or column the code asks for (cited, never edited). */
const MIGRATIONS: RepoLocator[] = [
  {
    grep: "{subject}",
    files: /(^|\/)(migrations?|db\/migrate|alembic|flyway|liquibase|schema)\/|\.sql$/i,
    what: "the migration that names it",
  },
  { grep: "{subject}", files: CODE, what: "the code that queries it" },
];

/** The line the goroutine dump names, cited: no mechanical change fixes a deadlock. */
const BLOCKED_FRAME: RepoLocator[] = STACK_FRAME.map(({ fix: _fix, ...locator }) => ({
  ...locator,
  what: "the blocked line the goroutine dump names",
}));

/** The Role or ClusterRole a service account is bound to, in the manifests. */
const RBAC_RULES: RepoLocator[] = [
  {
    grep: "kind:\\s*(Cluster)?Role\\b",
    files: MANIFESTS,
    what: "the role that grants the service account's rights",
  },
];

/**
 * Access and state the service assumed but does not have: credentials a server rejects, cloud and cluster
 * permissions, a filesystem mounted read-only, a schema a migration has not created, a program whose every
 * goroutine waits on another.
 */
export const ACCESS_STATE_PATTERNS: FailurePattern[] = [
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
      "wrongpass",
    ],
    matchers: [
      /password authentication failed for user "(?<subject>[^"]+)"/,
      /no pg_hba\.conf entry for host "[^"]*", user "(?<subject>[^"]+)"/,
      /Access denied for user '(?<subject>[^']+)'@'[^']*' \(using password: (?:YES|NO)\)/,
      /NOAUTH Authentication required/,
      /WRONGPASS invalid username-password pair/,
    ],
    sources: [
      'postgres/postgres src/backend/libpq/auth.c (auth_failed: "password authentication failed for user \\"%s\\""; ClientAuthentication: "no pg_hba.conf entry for host \\"%s\\", user \\"%s\\", database \\"%s\\", %s")',
      "mysql/mysql-server share/messages_to_clients.txt (ER_ACCESS_DENIED_ERROR 28000: \"Access denied for user '%-.48s'@'%-.64s' (using password: %s)\")",
      'redis/redis src/server.c (shared.noautherr "-NOAUTH Authentication required."; acl.c "-WRONGPASS invalid username-password pair or user is disabled.")',
    ],
    subjectKind: "user",
    fixability: 0.1,
    cause:
      "The database or cache refused the service's login: the password (or user) the service sends is not the one the server has, or the server does not allow this client at all (pg_hba.conf, a Redis password the client does not send). Usually a rotated secret that one side did not pick up.",
    actions: [
      "Compare the credential the service is given (its Secret / env file) with the server's: was one side rotated without the other?",
      "For `no pg_hba.conf entry`: add a rule for the client's address and database, or connect through the allowed network.",
      "Restart the service after the Secret changes if it reads credentials only at start-up.",
    ],
    confirm: [
      "The server's own log shows the same failed logins from the service's address.",
      "Logging in by hand with the service's credential fails the same way.",
    ],
    ruleOut: [
      "Logins with the service's credential succeed by hand: the service reads another Secret or env file.",
    ],
    repo: SUBJECT_IN_CONFIG,
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
      /does not have authorization to perform action '(?<subject>[^']+)'/,
    ],
    sources: [
      'boto/botocore botocore/exceptions.py (ClientError.MSG_TEMPLATE: "An error occurred ({error_code}) when calling the {operation_name} operation: {error_message}")',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html ("User: arn:aws:iam::…:user/… is not authorized to perform: …")',
      "https://cloud.google.com/storage/docs/troubleshooting (\"… does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).\")",
      "https://learn.microsoft.com/en-us/azure/role-based-access-control/troubleshooting (AuthorizationFailed: \"The client '…' with object id '…' does not have authorization to perform action '…' over scope '…'\")",
    ],
    fixability: 0.1,
    cause:
      "The cloud provider refused a call because the identity the service runs as (IAM role, service account, managed identity) lacks the permission the call needs, or its keys are wrong or expired.",
    actions: [
      "Name the identity the service really runs as (the role in the error, `aws sts get-caller-identity`, the pod's service account annotation) and grant the one permission the error names on the one resource.",
      "With InvalidAccessKeyId, SignatureDoesNotMatch or ExpiredToken the keys themselves are wrong or stale, not the policy.",
    ],
    confirm: [
      "The provider's audit log (CloudTrail, Cloud Audit Logs, Activity Log) shows the denied call with the same identity.",
    ],
    ruleOut: [
      "The same call succeeds with the service's identity from a shell: the service runs as another identity.",
    ],
    repo: SUBJECT_IN_CONFIG,
  },
  {
    id: "k8s-rbac-forbidden",
    title: "The Kubernetes API forbade the service account",
    category: "permissions",
    severity: "P2",
    rank: 19,
    keywords: ["in api group"],
    matchers: [
      /User "(?<subject>[^"]+)" cannot (?:get|list|watch|create|update|patch|delete|deletecollection|impersonate|use|bind|escalate) resource "[^"]+" in API group "[^"]*"/,
    ],
    sources: [
      'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/errors.go (forbiddenMessage: "User %q cannot %s resource %q in API group %q in the namespace %q" / "… at the cluster scope")',
    ],
    subjectKind: "user",
    fixability: 0.1,
    cause:
      "The service calls the Kubernetes API with a service account that no Role or ClusterRole binding allows to do this verb on this resource (a new controller, an operator upgrade that watches more, a binding in another namespace).",
    actions: [
      "`kubectl auth can-i VERB RESOURCE --as=USER -n NAMESPACE` with the user the error names.",
      "Add the verb and resource to the Role bound to that service account (in its namespace), not cluster-admin.",
    ],
    confirm: ["`kubectl auth can-i` answers no for the verb and resource in the error."],
    ruleOut: [
      "`kubectl auth can-i` answers yes: the pod runs with another service account than the one bound.",
    ],
    repo: RBAC_RULES,
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
      /Remounting filesystem read-only/,
    ],
    sources: [
      'https://man7.org/linux/man-pages/man3/errno.3.html (EROFS "Read-only filesystem"); nodejs/node lib/internal/errors.js (uvException "EROFS: read-only file system, open \'%s\'")',
      'python/cpython (OSError strerror for errno 30: "[Errno 30] Read-only file system"); golang/go src/syscall/zerrors_linux_amd64.go (EROFS "read-only file system")',
      'torvalds/linux fs/ext4/super.c (ext4_handle_error: "Remounting filesystem read-only")',
    ],
    subjectKind: "file-path",
    fixability: 0.1,
    consequenceOf: ["disk-io-error"],
    cause:
      "The service writes to a path mounted read-only: a container with a read-only root filesystem and no writable volume for its cache or temp files, a volume mounted readOnly, or a host filesystem the kernel remounted read-only after I/O errors.",
    actions: [
      "If the pod sets readOnlyRootFilesystem, mount an emptyDir at the path the error names (keep the root read-only).",
      "If the kernel remounted the disk (`Remounting filesystem read-only`), the disk is failing: move the workload and run fsck; do not remount it read-write.",
    ],
    confirm: ["`mount` inside the container shows the path on a ro mount."],
    ruleOut: ["The mount is rw and the error is EACCES: a permission problem, not a read-only filesystem."],
    repo: READ_ONLY_ROOT,
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
      /no such (?:table|column): (?<subject>[\w.]+)/,
    ],
    // DDL run with IF EXISTS says the same words as a notice, and it is not a failure.
    exclude: [/NOTICE:/, /, skipping/],
    sources: [
      'postgres/postgres src/backend/parser/parse_relation.c (ERRCODE_UNDEFINED_TABLE "relation \\"%s\\" does not exist"; ERRCODE_UNDEFINED_COLUMN "column \\"%s\\" of relation \\"%s\\" does not exist")',
      "mysql/mysql-server share/messages_to_clients.txt (ER_NO_SUCH_TABLE \"Table '%-.192s.%-.192s' doesn't exist\"; ER_BAD_FIELD_ERROR \"Unknown column '%-.192s' in '%-.192s'\")",
      'sqlite/sqlite src/build.c and src/resolve.c ("no such table: %s", "no such column: %s")',
    ],
    subjectKind: "query",
    fixability: 0.1,
    cause:
      "The code that is running expects a table or column that the database does not have: the release's migration did not run (or ran against another database), or the code was deployed before the migration that creates it.",
    actions: [
      "Check the migration status (`SELECT * FROM schema_migrations` / `flyway info` / `alembic current`) against the release.",
      "Run the pending migration before the code that needs it, or roll the code back; never create the table by hand in production.",
    ],
    confirm: [
      "The migration that creates the name is in the repository but not in the database's migration table.",
    ],
    ruleOut: ["The table exists in another schema: the service's search_path or database name is wrong."],
    repo: MIGRATIONS,
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
    cause:
      "Every goroutine waits on another (a channel nobody sends on, a WaitGroup never done, a mutex taken twice), so the runtime stops the program.",
    actions: [
      "Read the goroutine dump under the message: the blocked receive, send, Wait or Lock and the line it names.",
      "Look for a WaitGroup.Add without its Done on an error path, or a send on an unbuffered channel with no reader.",
    ],
    confirm: [
      "The dump shows goroutine 1 blocked in `chan receive`, `semacquire` or `sync.(*Mutex).Lock` at a repository line.",
    ],
    ruleOut: ["Only some goroutines are blocked and the program keeps serving: a leak, not this deadlock."],
    repo: BLOCKED_FRAME,
  },
];
