import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { CODE, CONFIG, MANIFESTS } from "./locators.js";
import { DB_ENDPOINT } from "./locators-settings.js";

const SETTINGS = new RegExp(`${CONFIG.source}|${MANIFESTS.source}|${CODE.source}|\\.cs$`, "i");

/** Where a service is told which Redis to write to: cited, since which endpoint is primary is the operator's. */
const REDIS_ENDPOINT: RepoLocator[] = [
  {
    grep: "rediss?://|REDIS_(URL|HOST|ADDR)|redis[_.-]?host|sentinel",
    files: new RegExp(`${CONFIG.source}|${MANIFESTS.source}`, "i"),
    what: "where the service is told which Redis to write to",
  },
];

const KAFKA_SIZE_LIMITS: RepoLocator[] = [
  {
    grep: "max[._-]request[._-]size|message[._-]max[._-]bytes|max[._-]message[._-]bytes|maxRequestSize",
    files: SETTINGS,
    what: "a Kafka message size limit",
  },
];

/** How long pooled connections live and how they are checked: cited, the right value is the path's shortest idle timeout. */
const POOL_LIFETIME: RepoLocator[] = [
  {
    grep: "pool_recycle|pool_pre_ping|max[-_]?[Ll]ifetime|[Cc]onnMaxLifetime|[Cc]onnMaxIdleTime|idle[-_]?[Tt]imeout|wait_timeout|idle_session_timeout|idle_in_transaction_session_timeout",
    files: SETTINGS,
    what: "how long the pool keeps a connection, or the server's idle timeout",
  },
];

/** Where data stops on its way: a write sent to a read-only replica, a record over a size limit, a closed connection. */
export const DATA_PATH_PATTERNS: FailurePattern[] = [
  {
    id: "redis-readonly-replica",
    title: "Writes sent to a read-only Redis replica",
    category: "connectivity",
    severity: "P1",
    rank: 20,
    keywords: ["readonly you can't write against a read only"],
    matchers: [/READONLY You can't write against a read only (?:replica|slave)/],
    sources: [
      'redis/redis src/server.c (shared.roslaveerr: "-READONLY You can\'t write against a read only replica."; "slave" before Redis 5)',
    ],
    fixability: 0.2,
    cause:
      "The service sends writes to a Redis replica, which refuses them (READONLY): after a failover the old primary became a replica and the client still holds connections to it, or the service is configured with a replica's or a reader endpoint's address.",
    actions: [
      "Point writes at the primary: connect through Sentinel or the cluster's primary endpoint (not a reader endpoint), and have the client reconnect when it sees READONLY.",
      "Check `INFO replication` on the address the service uses: `role:slave` confirms it.",
    ],
    confirm: [
      "`redis-cli -h ADDRESS INFO replication` shows role:slave for the address the service writes to.",
    ],
    ruleOut: ["That address reports role:master: a proxy in between routes writes to a replica."],
    repo: REDIS_ENDPOINT,
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
      "not master",
    ],
    matchers: [
      /cannot execute (?:INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|COPY FROM|nextval\(\))\b.{0,40}\bin a read-only transaction/,
      /running with the --(?:super-)?read-only option so it cannot execute this statement/,
      /\bNotWritablePrimary\b|\bNotPrimaryNoSecondaryOk\b|\bnot primary and secondaryOk=false|\bnot master and slaveOk=false/,
      /(?:MongoServerError|MongoError|MongoWriteException|Command failed with error \d+)\b.{0,40}'?not (?:primary|master)\b/,
    ],
    minCount: 3,
    sources: [
      'postgres/postgres src/backend/tcop/utility.c PreventCommandIfReadOnly ("cannot execute %s in a read-only transaction", SQLSTATE 25006), raised on a hot standby',
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1290 ER_OPTION_PREVENTS_STATEMENT: "The MySQL server is running with the %s option so it cannot execute this statement")',
      'mongodb/mongo src/mongo/base/error_codes.yml (10107 NotWritablePrimary, 13435 NotPrimaryNoSecondaryOk; "not master" before 4.4)',
    ],
    fixability: 0.2,
    cause:
      "The service sends writes (or primary-only reads) to a database node that is not the primary: after a failover the old primary became a replica and the client still holds connections to it, or the service is configured with a reader endpoint or a replica's address.",
    actions: [
      "Point writes at the primary: the cluster's writer endpoint (not a reader endpoint), a replica-set connection string (MongoDB), or the proxy that follows the leader (Patroni/HAProxy, ProxySQL).",
      "Make the pool drop connections when the node turns read-only (validate on borrow, max lifetime) so a failover is followed within seconds.",
    ],
    confirm: [
      "On the address the service uses: `SELECT pg_is_in_recovery()` is true, `SELECT @@read_only` is 1, or `rs.hello().isWritablePrimary` is false.",
    ],
    ruleOut: [
      "The node is the primary and the session itself is read-only (default_transaction_read_only, a read-only transaction the code opened): a code or role setting.",
    ],
    repo: DB_ENDPOINT,
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
      /gRPC message exceeds maximum size (?<subject>\d+)/,
    ],
    sources: [
      'grpc/grpc-go rpc_util.go ("grpc: received message larger than max (%d vs. %d)", "grpc: trying to send message larger than max (%d vs. %d)")',
      'grpc/grpc-java core/src/main/java/io/grpc/internal/MessageDeframer.java ("gRPC message exceeds maximum size %d: %d")',
    ],
    subjectKind: "limit",
    fixability: 0.2,
    cause:
      "A call's message is bigger than the receiving side's maximum (4 MiB by default in gRPC), so it fails with RESOURCE_EXHAUSTED: a response that grew with the data (an unpaginated list), or a client and server configured with different limits.",
    actions: [
      "Find the method and the message size the error gives; paginate or stream the response rather than return it whole.",
      "Raise the limit on the receiving side only to a bounded size (grpc.MaxCallRecvMsgSize / maxInboundMessageSize), on every client that calls it.",
    ],
    confirm: ["The failing calls' responses exceed the receiver's configured maximum."],
    ruleOut: ["Messages are small and RESOURCE_EXHAUSTED is a quota or rate limit instead."],
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
      /Broker: Message size too large/,
    ],
    sources: [
      'apache/kafka clients/src/main/java/org/apache/kafka/clients/producer/KafkaProducer.java (ensureValidRecordSize: "The message is %d bytes when serialized which is larger than %d, which is the value of the max.request.size configuration.")',
      'apache/kafka clients/src/main/java/org/apache/kafka/common/protocol/Errors.java (MESSAGE_TOO_LARGE: "The request included a message larger than the max message size the server will accept.")',
      'confluentinc/librdkafka src/rdkafka.c (RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE: "Broker: Message size too large")',
    ],
    fixability: 0.2,
    cause:
      "Producers send records bigger than a size limit on their way: the producer's max.request.size (checked before sending), the broker's message.max.bytes or the topic's max.message.bytes. Those records are rejected, so the messages are lost unless the producer keeps them.",
    actions: [
      "Find what made the records big (a payload that grew, a batch of items sent as one record); compress (compression.type) or send large payloads by reference.",
      "Raise the limits only together and only for a legitimate size: producer max.request.size, topic max.message.bytes, and the consumers' max.partition.fetch.bytes.",
    ],
    confirm: ["The rejected sizes in the errors sit just above the limit the message names."],
    ruleOut: [
      "The sizes are far above any limit: a bug produces the records (a whole table serialised), not the limit.",
    ],
    repo: KAFKA_SIZE_LIMITS,
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
      "terminating connection due to administrator command",
    ],
    matchers: [
      /MySQL server has gone away/,
      /Lost connection to MySQL server (?:during query|at '[^']*')/,
      /server closed the connection unexpectedly/,
      /terminating connection due to idle[- ](?:session|in-transaction) timeout/,
      // A fast shutdown (a restart, a failover) or pg_terminate_backend ends every session this way.
      /terminating connection due to administrator command/,
    ],
    minCount: 3,
    incidental: true,
    sources: [
      'mysql/mysql-server libmysql/errmsg.cc (CR_SERVER_GONE_ERROR 2006 "MySQL server has gone away", CR_SERVER_LOST 2013 "Lost connection to MySQL server during query")',
      'postgres/postgres src/interfaces/libpq/fe-misc.c ("server closed the connection unexpectedly\\n\\tThis probably means the server terminated abnormally\\n\\tbefore or while processing the request.")',
      'postgres/postgres src/backend/tcop/postgres.c ("terminating connection due to idle-in-transaction timeout", "terminating connection due to idle-session timeout")',
    ],
    consequenceOf: ["oom-kernel", "oom-container", "disk-full"],
    fixability: 0.2,
    cause:
      "The database closed connections the service still held, and the service used them: an idle timeout on the server (MySQL wait_timeout, PostgreSQL idle_session_timeout or idle_in_transaction_session_timeout) or a proxy or load balancer in between drops idle connections sooner than the pool retires them, or the database restarted or failed over.",
    actions: [
      "Make the pool retire connections before the shortest idle timeout on the path and check them on checkout (SQLAlchemy pool_recycle and pool_pre_ping, HikariCP maxLifetime, Go SetConnMaxLifetime).",
      "If every instance saw it at the same moment, read the database's own log at that time for a restart, a crash or a failover.",
    ],
    confirm: [
      "The errors follow idle periods, and the server's wait_timeout (or the proxy's idle timeout) is below the pool's connection lifetime.",
    ],
    ruleOut: [
      "The database log shows a restart or crash at that moment: that is the incident, the lost connections its echo.",
    ],
    repo: POOL_LIFETIME,
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
      "crash of another server process",
    ],
    matchers: [
      /server process \(PID \d+\) was terminated by signal (?<subject>\d+)/,
      /all server processes terminated; reinitializing/,
      /terminating connection because of crash of another server process/,
      /the database system is in recovery mode/,
    ],
    sources: [
      'postgres/postgres src/backend/postmaster/postmaster.c (LogChildExit: "%s (PID %d) was terminated by signal %d: %s"; "all server processes terminated; reinitializing")',
      'postgres/postgres src/backend/tcop/postgres.c ("terminating connection because of crash of another server process") and src/backend/postmaster/postmaster.c (CAC_RECOVERY: "the database system is in recovery mode")',
    ],
    consequenceOf: ["oom-kernel", "oom-container", "disk-full", "segfault"],
    fixability: 0.1,
    cause:
      "A PostgreSQL server process died (killed by a signal, most often the kernel's OOM killer, or a crash), so the postmaster ended every connection and replayed the WAL: while it recovers it refuses connections (in recovery mode), and every client sees its queries fail at once.",
    actions: [
      "Read the server log just before `was terminated by signal`: the signal (9 is usually the OOM killer; check dmesg) and the query it ran.",
      "If it was memory: lower work_mem, max_connections or shared_buffers to fit, or give the server more memory; set vm.overcommit_memory=2 on a dedicated host.",
    ],
    confirm: [
      "dmesg shows an OOM kill of a postgres process at that moment, or the log names a crashing query.",
    ],
    ruleOut: [
      "The log shows a requested shutdown (`received fast shutdown request`): a planned restart, not a crash.",
    ],
  },
];
