import type { RepoLocator } from "../failure-pattern.js";

/** Where the limits and settings live, shared by several patterns. */
export const MANIFESTS =
  /(^|\/)(k8s|kubernetes|deploy|manifests|helm|charts)\/.*\.ya?ml$|(^|\/)[\w.-]*(deployment|statefulset|daemonset|values|pod)[\w.-]*\.ya?ml$/i;
export const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/i;
export const SYSTEMD = /\.(service|conf)$/;
export const NGINX =
  /(^|\/)(nginx[\w.-]*\.conf|[\w.-]+\.conf)$|(^|\/)(nginx|sites-available|sites-enabled|conf\.d)\//i;
export const CONFIG =
  /\.(ya?ml|json|toml|ini|properties|env|conf|cfg)$|(^|\/)\.env(\.[\w-]+)?$|(^|\/)(Dockerfile|Procfile)$|\.service$/i;
export const CODE = /\.(js|mjs|cjs|ts|py|go|java|rb|kt|rs)$/;

export const MEMORY_LIMIT: RepoLocator[] = [
  {
    grep: 'memory:\\s*"?\\d+(Mi|Gi|M|G|m|g)"?\\s*$',
    files: new RegExp(`${MANIFESTS.source}|${COMPOSE.source}`, "i"),
    fix: "raise-memory-limit",
    what: "the container's memory limit",
  },
  {
    grep: "mem_limit:\\s*\\d+",
    files: COMPOSE,
    fix: "raise-memory-limit",
    what: "the container's memory limit",
  },
  {
    grep: "^Memory(Max|Limit)=\\d+",
    files: SYSTEMD,
    fix: "raise-memory-limit",
    what: "the unit's memory limit",
  },
];

/**
 * A global OOM (the kernel's `constraint=CONSTRAINT_NONE`/`global_oom`: no cgroup limit was hit) means what the
 * host's processes reserve together exceeds its memory: the fixed reservations are cited, never changed (which
 * one to shrink is a sizing decision, and raising any of them only makes it worse).
 */
const GLOBAL_OOM = /CONSTRAINT_NONE|global_oom/;
export const HOST_MEMORY_RESERVATIONS: RepoLocator[] = [
  {
    grep: "-Xm[xs]\\d+[mMgG]",
    files: CONFIG,
    when: GLOBAL_OOM,
    what: "the JVM heap reserved on the host, part of what the host's processes reserve together",
  },
  {
    grep: "^\\s*shared_buffers\\s*=\\s*'?\\d+",
    files: /(^|\/)postgresql[\w.-]*\.conf$/,
    when: GLOBAL_OOM,
    what: "Postgres shared_buffers, reserved on the same host",
  },
  {
    grep: "^\\s*maxmemory\\s+\\d+",
    files: /(^|\/)redis[\w.-]*\.conf$/,
    when: GLOBAL_OOM,
    what: "Redis maxmemory, reserved on the same host",
  },
  {
    grep: "--max-old-space-size=\\d+",
    files: CONFIG,
    when: GLOBAL_OOM,
    what: "Node's heap limit on the host, part of what the host's processes reserve together",
  },
];

export const NODE_HEAP: RepoLocator[] = [
  {
    grep: "--max-old-space-size=\\d+",
    files: CONFIG,
    fix: "raise-node-heap",
    what: "Node's heap limit (--max-old-space-size)",
  },
  { grep: "--max-old-space-size=\\d+", files: MANIFESTS, fix: "raise-node-heap", what: "Node's heap limit" },
  ...MEMORY_LIMIT,
];

export const JVM_HEAP: RepoLocator[] = [
  { grep: "-Xmx\\d+[mMgG]", files: CONFIG, fix: "raise-jvm-heap", what: "the JVM's maximum heap (-Xmx)" },
  { grep: "-Xmx\\d+[mMgG]", files: MANIFESTS, fix: "raise-jvm-heap", what: "the JVM's maximum heap (-Xmx)" },
  ...MEMORY_LIMIT,
];

export const NOFILE: RepoLocator[] = [
  { grep: "^LimitNOFILE=\\d+", files: SYSTEMD, fix: "raise-nofile", what: "the unit's open-file limit" },
  {
    grep: "worker_rlimit_nofile\\s+\\d+",
    files: NGINX,
    fix: "raise-nofile",
    what: "nginx's open-file limit per worker",
  },
  { grep: "ulimit -n \\d+", files: CONFIG, fix: "raise-nofile", what: "the open-file ulimit" },
];

export const WORKER_CONNECTIONS: RepoLocator[] = [
  {
    grep: "worker_connections\\s+\\d+",
    files: NGINX,
    fix: "raise-worker-connections",
    what: "nginx's worker_connections",
  },
];

export const BODY_SIZE: RepoLocator[] = [
  {
    grep: "client_max_body_size\\s+\\d+[kKmMgG]?\\s*;",
    files: NGINX,
    fix: "raise-body-size",
    what: "nginx's client_max_body_size",
  },
];

export const POOL_SIZE: RepoLocator[] = [
  {
    grep: '(maximum-pool-size|maximumPoolSize|max_pool_size|pool_size|poolSize|POOL_SIZE|POOL_MAX|pool_max)\\s*[:=]\\s*"?\\d+',
    files: CONFIG,
    fix: "raise-pool-size",
    what: "the database connection pool size",
  },
  {
    grep: "(poolSize|pool_size|maxPoolSize|POOL_SIZE)\\s*[:=]\\s*\\d+",
    files: CODE,
    fix: "raise-pool-size",
    what: "the database connection pool size",
  },
];

/**
 * The client pools, cited but never raised: when the server's max_connections is what ran out, a bigger pool
 * makes it worse (pool × replicas is what the server sees), so a person weighs the pools against the limit.
 */
export const POOL_SIZE_CITE_ONLY: RepoLocator[] = POOL_SIZE.map(({ fix: _fix, ...locator }) => ({
  ...locator,
  what: "a client connection pool size (pool × replicas must fit under the server's max_connections)",
}));

/** `{subject}` is replaced by the (escaped) name the log line gave: a module, a variable, a host, a port. */
export const DEPENDENCY_MANIFEST: RepoLocator[] = [
  {
    grep: '"{subject}"\\s*:',
    files: /(^|\/)package\.json$/,
    fix: "move-dev-dependency",
    what: "the package's declaration in package.json",
  },
  {
    grep: "^{subject}\\b",
    files: /requirements[\w.-]*\.txt$|pyproject\.toml$/,
    what: "the Python requirement",
  },
];

export const SUBJECT_IN_CONFIG: RepoLocator[] = [
  { grep: "{subject}", files: CONFIG, what: "where it is configured" },
];

export const SUBJECT_IN_CONFIG_OR_CODE: RepoLocator[] = [
  { grep: "{subject}", files: CONFIG, what: "where it is configured" },
  { grep: "{subject}", files: CODE, what: "where the code reads it" },
];

/** Stack traces name their own files; the Detective maps frames to repo paths rather than grepping. */
export const STACK_FRAME: RepoLocator[] = [
  {
    grep: "",
    fromStackTrace: true,
    files: CODE,
    fix: "guard-property-access",
    what: "the line the stack trace names",
  },
];

/** The frame a trace names, cited without a change: a lock-order deadlock needs a person to reorder locks. */
export const STACK_FRAME_CITE: RepoLocator[] = [
  {
    grep: "",
    fromStackTrace: true,
    files: CODE,
    what: "the statement the stack trace names (no automatic change: lock order is a design decision)",
  },
];

/**
 * Schema changes in a migration, for lock waits behind one: Rails, Django, Alembic, Flyway, Knex/Sequelize
 * and plain SQL. Cited only: the migration has run, and editing an applied migration changes nothing.
 */
export const MIGRATION_DDL: RepoLocator[] = [
  {
    grep: "\\b(add_index|add_column|change_column|add_reference|add_foreign_key|rename_column|change_column_null)\\b|\\b(CREATE\\s+(UNIQUE\\s+)?INDEX|ALTER\\s+TABLE)\\b|\\b(AddField|AlterField|AddIndex|AddConstraint|RenameField|create_index|add_column|alter_column|addColumn|addIndex|changeColumn)\\(",
    files:
      /(^|\/)(db\/migrate|migrations?|alembic\/versions|db\/changelog|flyway)\/|(^|\/)V\d+(_\d+)*__\w+\.sql$/,
    when: /still waiting for \w*Lock|Process holding the lock|lock timeout|Lock wait timeout|waiting for (table )?metadata lock/i,
    what: "the schema change that held the table's lock (cited only: an applied migration is not edited)",
  },
];
