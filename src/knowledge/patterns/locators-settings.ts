import type { RepoLocator } from "../failure-pattern.js";
import { CODE, COMPOSE, CONFIG, MANIFESTS, NGINX, POOL_SIZE_CITE_ONLY, SYSTEMD } from "./locators.js";

/**
 * Runtime and service settings whose one line is usually the cause, cited for a person to weigh (the right
 * value depends on measurements the logs rarely hold, and raising a limit can hide a leak or a slow query).
 */

export const CONFIG_OR_MANIFESTS = new RegExp(`${CONFIG.source}|${MANIFESTS.source}`, "i");
const DOCKERFILE = /(^|\/)Dockerfile[\w.-]*$/;

export const METASPACE: RepoLocator[] = [
  {
    grep: "-XX:MaxMetaspaceSize=\\d+[kKmMgG]?",
    files: CONFIG_OR_MANIFESTS,
    what: "the JVM's metaspace limit",
  },
];

/** Direct (off-heap) buffer limits: the JVM's own and Netty's, which defaults to it. */
export const DIRECT_MEMORY: RepoLocator[] = [
  {
    grep: "-XX:MaxDirectMemorySize=\\d+[kKmMgG]?",
    files: CONFIG_OR_MANIFESTS,
    what: "the JVM's direct memory limit",
  },
  {
    grep: "-Dio\\.netty\\.maxDirectMemory=-?\\d+",
    files: CONFIG_OR_MANIFESTS,
    what: "Netty's direct memory limit",
  },
];

export const THREAD_STACK: RepoLocator[] = [
  { grep: "-Xss\\d+[kKmMgG]?", files: CONFIG_OR_MANIFESTS, what: "the JVM's thread stack size (-Xss)" },
];

/** Threads or processes refused: the pids limit of the container, the unit or the pod. */
export const PIDS_LIMIT: RepoLocator[] = [
  { grep: "^\\s*pids_limit:\\s*\\d+", files: COMPOSE, what: "the service's pids limit" },
  { grep: "^\\s*pids:\\s*\\d+", files: COMPOSE, within: "limits", what: "the service's pids limit" },
  { grep: "^TasksMax=\\S+", files: SYSTEMD, what: "the unit's task limit" },
  { grep: "--pids-limit[= ]\\d+", files: /\.(ya?ml|sh)$|Makefile$/, what: "the container's pids limit" },
  { grep: "^\\s*podPidsLimit:\\s*\\d+", files: /\.ya?ml$/, what: "the kubelet's pod pids limit" },
];

const REDIS_CONF = /(^|\/)redis[\w.-]*\.conf$|\.ya?ml$/i;
export const REDIS_MAXMEMORY: RepoLocator[] = [
  { grep: "^\\s*maxmemory-policy\\s+\\S+", files: REDIS_CONF, what: "Redis's eviction policy" },
  { grep: "--maxmemory-policy[= ]\\S+", files: CONFIG_OR_MANIFESTS, what: "Redis's eviction policy" },
  { grep: "^\\s*maxmemory\\s+\\S+", files: REDIS_CONF, what: "Redis's memory limit" },
  { grep: "--maxmemory[= ]\\S+", files: CONFIG_OR_MANIFESTS, what: "Redis's memory limit" },
];

/** Spring's relaxed names, librdkafka's dotted ones and an environment variable's upper case. */
export const KAFKA_POLL: RepoLocator[] = [
  {
    grep: "max[._-]poll[._-]interval([._-]ms)?\\s*[:=]",
    files: /\.(ya?ml|properties|json|toml|conf|env|ini)$|(^|\/)\.env/i,
    fix: "raise-timeout",
    what: "the consumer's max.poll.interval.ms",
  },
  {
    grep: "max[._-]poll[._-]records\\s*[:=]",
    files: /\.(ya?ml|properties|json|toml|conf|env|ini)$|(^|\/)\.env/i,
    what: "the consumer's max.poll.records",
  },
  {
    grep: "MAX_POLL_(INTERVAL_MS|RECORDS)",
    files: CONFIG_OR_MANIFESTS,
    what: "the consumer's poll settings",
  },
  {
    grep: "(maxPollIntervalMs|max_poll_interval_ms|maxPollRecords|max_poll_records)\\s*[:=]",
    files: CODE,
    what: "the consumer's poll settings",
  },
];

/** The server's connection limit, then the client pools whose sum across replicas must fit under it. */
export const SERVER_CONNECTIONS: RepoLocator[] = [
  {
    grep: "^\\s*max_connections\\s*=\\s*\\d+",
    files: /(^|\/)(postgresql[\w.-]*\.conf|my[\w.-]*\.cnf|mysqld?[\w.-]*\.cnf)$|\.conf$/,
    what: "the database's max_connections",
  },
  { grep: "max_connections[= ]\\d+", files: CONFIG_OR_MANIFESTS, what: "the database's max_connections" },
  ...POOL_SIZE_CITE_ONLY,
  {
    grep: '^\\s*-\\s*name:\\s*"?[A-Z_]*POOL[A-Z_]*"?\\s*$',
    files: MANIFESTS,
    what: "a client pool size set in the pod's environment (pool × replicas must fit under max_connections)",
  },
];

/** `{subject}` is a latency the logs measured; the timeouts that cut it off are where a person looks. */
export const TIMEOUTS: RepoLocator[] = [
  {
    grep: "^\\s*proxy_read_timeout\\s+\\S+;",
    files: NGINX,
    fix: "raise-timeout",
    what: "nginx's proxy_read_timeout",
  },
  { grep: "^\\s*proxy_(connect|send)_timeout\\s+\\S+;", files: NGINX, what: "nginx's proxy timeout" },
  {
    grep: "^\\s*timeout\\s+(server|client|connect)\\s+\\S+",
    files: /haproxy[\w.-]*\.cfg$/,
    fix: "raise-timeout",
    what: "HAProxy's timeout",
  },
  {
    grep: '^\\s*-?\\s*"?[A-Z][A-Z0-9_]*TIMEOUT[A-Z0-9_]*"?\\s*[:=]\\s*"?[\\d.]+',
    files: new RegExp(`${CONFIG_OR_MANIFESTS.source}|${CODE.source}`, "i"),
    fix: "raise-timeout",
    what: "a client timeout setting",
  },
  {
    // An application's own config: `timeout: 2s`, `read_timeout = 5`, `"requestTimeoutMs": 2000`,
    // `feign.client.config.default.readTimeout=2000`.
    grep: '^\\s*"?[\\w.-]*[tT]imeout[\\w-]*"?\\s*[:=]\\s*"?[\\d.]+(ms|s|m)?"?\\s*,?\\s*(#.*)?$',
    files: CONFIG,
    fix: "raise-timeout",
    what: "a timeout in the application's config",
  },
  {
    grep: "\\b(read_?)?[tT]imeout(Ms|_ms|Seconds|_seconds)?\\s*[:=]\\s*\\(?[\\d.]+",
    files: CODE,
    fix: "raise-timeout",
    what: "a client timeout in code",
  },
];

/** An unknown authority: where the CA bundle is pointed to, then a base image with no bundle at all. */
export const CA_BUNDLE: RepoLocator[] = [
  {
    grep: '^\\s*value:\\s*"?/[\\w./-]+\\.(pem|crt|cer)"?\\s*$',
    files: MANIFESTS,
    what: "the CA bundle path the pod is given",
  },
  {
    grep: "(SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|NODE_EXTRA_CA_CERTS)\\b",
    files: CONFIG_OR_MANIFESTS,
    what: "where the process is told its CA bundle is",
  },
  {
    grep: "^FROM\\s+(--platform=\\S+\\s+)?scratch\\b",
    files: DOCKERFILE,
    what: "a base image with no CA bundle",
  },
  // Not distroless/static: it ships the public CA bundle (/etc/ssl/certs/ca-certificates.crt), so citing it as
  // bundle-less would name a cause the image does not have; a private CA is missing there, not every CA.
];

export const NO_PROXY: RepoLocator[] = [
  {
    grep: '^\\s*-?\\s*"?(export\\s+)?(NO_PROXY|no_proxy)"?\\s*[:=]',
    files: CONFIG_OR_MANIFESTS,
    what: "the hosts that bypass the proxy",
  },
  {
    grep: '^\\s*-\\s*name:\\s*"?(NO_PROXY|no_proxy)"?\\s*$',
    files: MANIFESTS,
    what: "the hosts that bypass the proxy",
  },
];

export const ENVIRONMENT_FILE: RepoLocator[] = [
  { grep: "^EnvironmentFile=-?\\S+", files: SYSTEMD, what: "the unit's EnvironmentFile=" },
];

/** `{subject}` is the module the runtime did not find: where the code imports it. */
export const MODULE_IMPORT: RepoLocator[] = [
  { grep: "^\\s*(import|from)\\s+{subject}\\b", files: /\.py$/, what: "where the code imports the module" },
  {
    grep: "(require\\(|from\\s+|import\\s+)[\"']{subject}[\"'/]",
    files: /\.(js|mjs|cjs|ts|tsx|jsx)$/,
    what: "where the code imports the package",
  },
  { grep: "^\\s*(require\\s+)?\\S*{subject}\\s+v\\d", files: /(^|\/)go\.mod$/, what: "the module in go.mod" },
];

/** Nothing listening where the caller dials: the port a Service or a proxy forwards to. */
export const FORWARDED_PORT: RepoLocator[] = [
  { grep: "^\\s*targetPort:\\s*\\S+", files: MANIFESTS, what: "the port the Service forwards to" },
  { grep: "^\\s*server\\s+[\\w.-]+:\\d+[\\s;]", files: NGINX, what: "the upstream server nginx forwards to" },
  { grep: "^\\s*proxy_pass\\s+https?://[\\w.-]+:\\d+", files: NGINX, what: "the address nginx forwards to" },
];

/** Resets on reused connections: the server closes idle keep-alive connections before the client or proxy does. */
export const KEEPALIVE: RepoLocator[] = [
  { grep: "keepAliveTimeout\\s*=\\s*\\d+", files: CODE, what: "the server's keep-alive timeout" },
  { grep: "^\\s*keepalive_timeout\\s+\\S+;", files: NGINX, what: "nginx's keep-alive timeout" },
  {
    grep: "^\\s*timeout\\s+http-keep-alive\\s+\\S+",
    files: /haproxy[\w.-]*\.cfg$/,
    what: "HAProxy's keep-alive timeout",
  },
  {
    grep: "--keep-alive[= ]\\d+|keepalive\\s*=\\s*\\d+",
    files: CONFIG,
    what: "the server's keep-alive timeout",
  },
];

/** A proxy's 5xx storm: what its own error log says the upstream did decides which setting to open. */
export const PROXY_UPSTREAM: RepoLocator[] = [
  ...KEEPALIVE.map((l) => ({ ...l, when: /prematurely closed|reset by peer|ECONNRESET/ })),
  ...FORWARDED_PORT.map((l) => ({ ...l, when: /Connection refused|connect\(\) failed \(111/ })),
  ...TIMEOUTS.slice(0, 2).map((l) => ({ ...l, when: /upstream timed out/ })),
];

/** Where a service is told which database to connect to: a writer and a reader endpoint look alike. */
export const DB_ENDPOINT: RepoLocator[] = [
  {
    grep: "(postgres(ql)?|mysql|mongodb(\\+srv)?)://|DATABASE_URL|DB_(HOST|URL)|jdbc:|readPreference|replicaSet=|-ro\\.|reader",
    files: CONFIG_OR_MANIFESTS,
    what: "where the service is told which database node to connect to",
  },
];
