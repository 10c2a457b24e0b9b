import type { FailurePattern } from "../failure-pattern.js";
import { MIGRATION_DDL, STACK_FRAME_CITE } from "./locators.js";
import { INDEX_MIGRATION, SLOW_TABLE_MIGRATION } from "./locators-code.js";
import { SERVER_CONNECTIONS } from "./locators-settings.js";

/** Databases: server limits, locks, replicas, slow queries and plans. */
export const DATASTORE_PATTERNS: FailurePattern[] = [
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
      "too many open connections",
    ],
    matchers: [
      /sorry, too many clients already/,
      /remaining connection slots are reserved for/,
      /(ERROR 1040|Data source rejected establishment of connection).*Too many connections/,
      /\bToo many connections\b/,
      /ERR max number of clients reached/,
      /[Cc]onnection refused because too many open connections/,
    ],
    sources: [
      'postgres/postgres src/backend/utils/init/postinit.c ("remaining connection slots are reserved for roles with the %s attribute" from 16, "… for non-replication superuser connections" before) and src/backend/storage/lmgr/proc.c ("sorry, too many clients already")',
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1040 ER_CON_COUNT_ERROR: "Too many connections")',
      'redis/redis src/networking.c ("-ERR max number of clients reached", past maxclients)',
      'mongodb/mongo src/mongo/transport/session_manager_common.cpp (LOGV2 22942 "Connection refused because too many open connections", past net.maxIncomingConnections)',
    ],
    fixability: 0.5,
    cause:
      "The database server is at max_connections: the sum of every client's pool (pool size × replicas) exceeds what the server accepts, or connections leak.",
    actions: [
      "Count connections by client (`SELECT usename, application_name, count(*) FROM pg_stat_activity GROUP BY 1,2`).",
      "Lower pool sizes so pool × replicas fits under max_connections, or put PgBouncer in front.",
      "Redis: `INFO clients` (connected_clients against maxclients) and `CLIENT LIST` by addr; MongoDB: `db.serverStatus().connections`.",
    ],
    confirm: ["pg_stat_activity (or SHOW PROCESSLIST) holds max_connections sessions, many idle."],
    ruleOut: ["The server has free slots while the app waits: the app's own pool is the limit."],
    repo: SERVER_CONNECTIONS,
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
      "nonodeavailableexception",
    ],
    matchers: [
      /All host\(s\) tried for query failed/,
      /NoHostAvailableException/,
      // Driver 4.x (com.datastax.oss): AllNodesFailedException and NoNodeAvailableException.
      /All \d+ node\(s\) tried for the query failed/,
      /\bNoNodeAvailableException\b/,
      /Pool is busy \(no available connection/,
      /no available connection and the queue has reached its max size/,
    ],
    sources: [
      'apache/cassandra-java-driver driver-core/src/main/java/com/datastax/driver/core/exceptions/NoHostAvailableException.java (3.x: "All host(s) tried for query failed (tried: %s)") and BusyPoolException.java ("Pool is busy (no available connection and the queue has reached its max size %d)")',
      'apache/cassandra-java-driver core/src/main/java/com/datastax/oss/driver/api/core/AllNodesFailedException.java (4.x: "All %d node(s) tried for the query failed")',
    ],
    fixability: 0.3,
    cause:
      "The driver found no usable connection on any host: its per-host pools are full (requests queue beyond the limit) or every node is down or unreachable.",
    actions: [
      "Read the per-host reasons in the exception: BusyPoolException means the client pool, TransportException the network.",
      "Raise connections/requests per host or cut request concurrency; check the nodes' health (nodetool status).",
    ],
    confirm: ["The nested exceptions name BusyPoolException, or every host as unreachable."],
    ruleOut: ["The cluster reports all nodes UN and idle pools: then look at the driver's contact points."],
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
      /\*\*\* WE ROLL BACK TRANSACTION \(\d+\)/,
    ],
    sources: [
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1213 ER_LOCK_DEADLOCK: "Deadlock found when trying to get lock; try restarting transaction")',
      'https://dev.mysql.com/doc/refman/8.0/en/innodb-deadlock-example.html (SHOW ENGINE INNODB STATUS: "LATEST DETECTED DEADLOCK", "*** WE ROLL BACK TRANSACTION (2)")',
    ],
    repo: STACK_FRAME_CITE,
    fixability: 0.1,
    cause:
      "Two InnoDB transactions lock the same rows in opposite orders; InnoDB rolls one back (error 1213).",
    actions: [
      "Read `SHOW ENGINE INNODB STATUS` (LATEST DETECTED DEADLOCK) for the two statements and indexes.",
      "Lock rows in one order, index the columns the updates filter on, retry on 1213.",
    ],
    confirm: ["SHOW ENGINE INNODB STATUS names the two transactions and the index record they fought over."],
    ruleOut: ["Only lock wait timeouts (1205) appear: a long transaction, not a deadlock."],
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
      /could not obtain lock on (row|relation)/,
    ],
    sources: [
      'postgres/postgres src/backend/access/heap/heapam.c (errmsg("could not obtain lock on row in relation \\"%s\\""), ERRCODE_LOCK_NOT_AVAILABLE)',
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1205 ER_LOCK_WAIT_TIMEOUT: "Lock wait timeout exceeded; try restarting transaction")',
    ],
    repo: [...MIGRATION_DDL, ...STACK_FRAME_CITE],
    fixability: 0.1,
    cause:
      "Statements wait for row or table locks longer than the lock timeout: another transaction holds them (a long batch, an idle-in-transaction session, a migration).",
    actions: [
      "Find the blocker (pg_blocking_pids / information_schema.innodb_lock_waits) and what it runs.",
      "Keep transactions short; run migrations that lock tables outside peak hours.",
    ],
    confirm: ["A blocking session holding the lock for the whole window."],
    ruleOut: ["Deadlock reports instead: two transactions waiting on each other."],
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
      /Seconds_Behind_(Master|Source):\s*[1-9]\d{1,}/,
    ],
    sources: [
      'https://www.postgresql.org/docs/current/hot-standby.html ("canceling statement due to conflict with recovery")',
      "https://dev.mysql.com/doc/refman/8.0/en/show-replica-status.html (Seconds_Behind_Source, formerly Seconds_Behind_Master)",
    ],
    fixability: 0.1,
    cause:
      "A read replica applies changes late (or cancels queries that conflict with replay), so reads are stale or fail.",
    actions: [
      "Compare replay lag (pg_stat_replication, Seconds_Behind_Source) with the write rate on the primary.",
      "Move long queries off hot-standby replicas, or set hot_standby_feedback / max_standby_streaming_delay.",
    ],
    confirm: ["Lag metrics rise over the incident window."],
    ruleOut: ["Lag stays near zero: stale reads come from a cache instead."],
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
      /\bSlow query\b/i,
    ],
    minCount: 3,
    sources: [
      'https://www.postgresql.org/docs/current/runtime-config-logging.html (log_min_duration_statement: "LOG:  duration: %.3f ms  statement: …")',
      'https://dev.mysql.com/doc/refman/8.0/en/slow-query-log.html ("# Query_time: N  Lock_time: N Rows_sent: N  Rows_examined: N")',
      'mongodb/mongo src/mongo/db/curop.cpp (LOGV2 id 51803 "Slow query"), as mongod 4.4+ logs it: {"c":"COMMAND","id":51803,"msg":"Slow query",…}',
    ],
    fixability: 0.1,
    repo: SLOW_TABLE_MIGRATION,
    subjectKind: "query",
    cause:
      "Queries take seconds: a missing index, a plan change, or lock and I/O contention on the database.",
    actions: [
      "EXPLAIN (ANALYZE, BUFFERS) the slowest statement; look for sequential scans on large tables.",
      "Check pg_stat_statements for what got slower and when.",
    ],
    confirm: ["The same statement's mean time rose in pg_stat_statements / the slow log."],
    ruleOut: ["Queries are fast in the database's own timing: the delay is in the pool or network."],
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
      "maxtimemsexpired",
    ],
    matchers: [
      /canceling statement due to statement timeout/,
      /maximum statement execution time exceeded/,
      /Execution Timeout Expired\.\s+The timeout period elapsed prior to completion of the operation/,
      /\b(SQLTimeoutException|QueryTimeoutException)\b/,
      /\boperation exceeded time limit\b|\bMaxTimeMSExpired\b/,
    ],
    minCount: 2,
    sources: [
      'postgres/postgres src/backend/tcop/postgres.c (ProcessInterrupts: "canceling statement due to statement timeout")',
      'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (ER_QUERY_TIMEOUT 3024: "Query execution was interrupted, maximum statement execution time exceeded")',
      'dotnet/SqlClient Strings.resx SQL_Timeout_Execution ("Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.")',
      'mongodb/mongo src/mongo/base/error_codes.yml (MaxTimeMSExpired, code 50: "operation exceeded time limit")',
    ],
    consequenceOf: ["lock-wait-timeout", "deadlock", "db-server-connection-limit"],
    fixability: 0.1,
    repo: [
      {
        grep: "statement_timeout|max_execution_time|[Cc]ommand_?[Tt]imeout|[Qq]uery_?[Tt]imeout|maxTimeMS",
        files: /\.(ya?ml|json|toml|ini|properties|env|conf|cfg|js|ts|py|go|java|rb|cs|kt)$|(^|\/)\.env/i,
        what: "the query timeout (cited, not raised: the query is what to fix)",
      },
    ],
    cause:
      "Queries run longer than the timeout set for them (the server's statement_timeout or max_execution_time, or the driver's command timeout) and are cancelled: a missing index or a plan gone bad on a grown table, or rows locked by another transaction. Every cancelled query is a failed request.",
    actions: [
      "Find the statement (the log line after the error, or pg_stat_activity / the slow log at that time) and EXPLAIN (ANALYZE) it; add the index it lacks.",
      "Check for a long transaction holding locks at the same time (pg_locks, SHOW ENGINE INNODB STATUS); raise the timeout only for work that is legitimately long.",
    ],
    confirm: ["The same statement runs for about the timeout in the slow log or pg_stat_statements."],
    ruleOut: [
      "The statement is fast when run by hand and nothing locks its rows: look at the connection pool.",
    ],
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
      'https://www.postgresql.org/docs/current/using-explain.html (plan nodes "Seq Scan on tenk1", "Rows Removed by Filter: N")',
    ],
    // A new migration with the index is a proposal; the builder caps it at 0.3 when none is written.
    fixability: 0.4,
    repo: INDEX_MIGRATION,
    subjectKind: "query",
    cause:
      "The planner reads a whole table for a query that should use an index: the index is missing or unusable.",
    actions: [
      "Create an index on the filter columns (CREATE INDEX CONCURRENTLY) and check EXPLAIN again.",
      "ANALYZE the table if statistics are stale.",
    ],
    confirm: ["EXPLAIN shows Seq Scan with many rows removed by filter on the hot query."],
    ruleOut: ["The table is small: a sequential scan is the right plan there."],
  },
];
