import type { Sample } from "./sample.js";

export const STORE_APP_SAMPLES: Record<string, Sample> = {
  deadlock: {
    match: [
      "ERROR:  deadlock detected",
      "org.springframework.dao.DeadlockLoserDataAccessException: PreparedStatementCallback; deadlock detected",
    ],
    nearMiss: [
      'LOG:  parameter "deadlock_timeout" changed to "1s"',
      "Deadlock found when trying to get lock; try restarting transaction",
    ],
  },
  "mysql-deadlock": {
    match: [
      "ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction",
      "------------------------\nLATEST DETECTED DEADLOCK\n------------------------",
      "*** WE ROLL BACK TRANSACTION (2)",
    ],
    nearMiss: ["ERROR:  deadlock detected", "innodb_print_all_deadlocks = ON"],
  },
  "lock-wait-timeout": {
    match: [
      "ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction",
      "ERROR:  canceling statement due to lock timeout",
      'ERROR:  could not obtain lock on row in relation "orders"',
    ],
    nearMiss: ["innodb_lock_wait_timeout = 50", "SET lock_timeout = '5s'"],
  },
  "replication-lag": {
    match: ["ERROR:  canceling statement due to conflict with recovery", "Seconds_Behind_Source: 412"],
    nearMiss: [
      "Seconds_Behind_Source: 0",
      "replication slot replica_1 created",
      "Postgres replication lag is over 30s",
    ],
  },
  "query-timeout": {
    match: [
      "2026-12-07 02:15:01.221 UTC [4121] ERROR:  canceling statement due to statement timeout",
      "Mysql2::Error: Query execution was interrupted, maximum statement execution time exceeded",
      "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
      "org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select * from orders where customer_id = ?]; ERROR: canceling statement due to statement timeout",
      'MongoServerError: operation exceeded time limit, full error: {"ok":0,"errmsg":"operation exceeded time limit","code":50,"codeName":"MaxTimeMSExpired"}',
    ],
    nearMiss: [
      "2026-12-07 02:15:01.221 UTC [4121] ERROR:  canceling statement due to lock timeout",
      "2026-12-07 02:15:01.221 UTC [4121] ERROR:  canceling statement due to user request",
      "SET statement_timeout = '30s';",
    ],
    belowCount: true,
  },
  "slow-query": {
    match: [
      "LOG:  duration: 5234.117 ms  statement: SELECT * FROM orders WHERE customer_email = $1",
      "# Query_time: 12.004312  Lock_time: 0.000120 Rows_sent: 1  Rows_examined: 4120331",
      '{"t":{"$date":"2026-11-24T02:30:01.078+00:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn541","msg":"Slow query","attr":{"type":"command","ns":"shop.orders","durationMillis":4120}}',
    ],
    nearMiss: [
      "LOG:  duration: 0.412 ms  statement: SELECT 1",
      "# Query_time: 0.001201  Lock_time: 0.000010 Rows_sent: 1  Rows_examined: 1",
    ],
    belowCount: true,
    // The table a single-table SELECT filters: its creating migration is what the Detective cites.
    subject: "orders",
  },
  "seq-scan": {
    match: [
      "  ->  Seq Scan on orders  (cost=0.00..184523.00 rows=1 width=96) (actual time=0.021..1843.220 rows=1 loops=1)",
      "        Rows Removed by Filter: 4120330",
    ],
    nearMiss: [
      "  ->  Index Scan using orders_customer_idx on orders  (cost=0.43..8.45 rows=1 width=96)",
      "        Rows Removed by Filter: 12",
    ],
    subject: "orders",
  },
  "redis-oom": {
    match: [
      "OOM command not allowed when used memory > 'maxmemory'.",
      "ReplyError: OOM command not allowed when used memory > 'maxmemory'. script: 9f1c, on @user_script:1.",
    ],
    nearMiss: ["maxmemory-policy noeviction", "# Memory\nused_memory:1048576\nmaxmemory:4294967296"],
  },
  "redis-misconf": {
    match: [
      "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option).",
      "1:M 24 Nov 2026 02:30:01.112 # Background saving error",
    ],
    nearMiss: [
      "1:M 24 Nov 2026 02:30:01.112 * Background saving terminated with success",
      "stop-writes-on-bgsave-error yes",
    ],
  },
  "es-flood-stage": {
    match: [
      "flood stage disk watermark [95%] exceeded on [node-1][/usr/share/elasticsearch/data] free: 1.2gb[4.8%], all indices on this node will be marked read-only",
      "blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];",
    ],
    nearMiss: [
      "cluster.routing.allocation.disk.watermark.flood_stage: 95%",
      "index.blocks.read_only_allow_delete set to null",
    ],
  },
  "kafka-rebalance": {
    match: [
      "[Consumer clientId=orders-1, groupId=orders] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages.",
      "org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member.",
      "[Consumer clientId=orders-1, groupId=orders] Attempt to heartbeat failed since group is rebalancing",
      "%4|1791661108.167|MAXPOLL|rdkafka#consumer-1| [thrd:main]: Application maximum poll interval (300000ms) exceeded by 398ms (adjust max.poll.interval.ms for long-running message processing): leaving group",
      'KafkaError{code=UNKNOWN_MEMBER_ID,val=25,str="Commit failed: Broker: Unknown member"}',
      '{"level":"error","msg":"failed to commit offsets","error":"kafka server: The provided member is not known in the current generation"}',
      '{"level":"ERROR","logger":"kafkajs","message":"[Runner] The coordinator is not aware of this member, re-joining the group","groupId":"orders"}',
    ],
    nearMiss: [
      "max.poll.interval.ms = 300000",
      // KafkaJS and sarama print these on every routine rebalance (a deploy, a new replica).
      '{"level":"ERROR","logger":"kafkajs","message":"[Connection] Response Heartbeat(key: 12, version: 3)","error":"The group is rebalancing, so a rejoin is needed"}',
      "kafka server: The provider group is rebalancing, so a rejoin is needed",
      "[Consumer clientId=orders-1, groupId=orders] Successfully joined group with generation Generation{generationId=12}",
    ],
    belowCount: true,
  },
  "kafka-broker-unavailable": {
    match: [
      "[Producer clientId=producer-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available.",
      "[Consumer clientId=c-1, groupId=g] Connection to node 2 (kafka-2.kafka.svc/10.244.2.9:9092) could not be established. Broker may not be available.",
      // Kafka clients from 3.7 on.
      "[Consumer clientId=consumer-orders-1, groupId=orders] Connection to node 1 (kafka-1.kafka-headless.svc.cluster.local/10.244.1.7:9092) could not be established. Node may not be available.",
    ],
    nearMiss: [
      "bootstrap.servers = [kafka-0:9092]",
      "[Producer clientId=producer-1] Cluster ID: 4L6g3nShT-eMCtK--X86sw",
    ],
    belowCount: true,
    subject: "localhost/127.0.0.1:9092",
  },
  "permission-denied": {
    match: [
      "Error: EACCES: permission denied, open '/var/log/app/app.log'",
      "PermissionError: [Errno 13] Permission denied: '/data/export.csv'",
    ],
    nearMiss: [
      "sshd[4122]: Connection closed by invalid user admin 203.0.113.7 port 52144: Permission denied (publickey) [preauth]",
      "chmod 0640 /var/log/app/app.log",
    ],
    subject: "/var/log/app/app.log",
  },
  "missing-config": {
    match: [
      "Error: Missing required environment variable: STRIPE_WEBHOOK_SECRET",
      "KeyError: 'DATABASE_URL'",
      "Error: Missing environment variable: OPENAI_API_KEY",
      "Error: Missing required env var: SLACK_BOT_TOKEN",
      "PrismaClientInitializationError: error: Environment variable not found: DATABASE_URL.",
      "Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'JWT_SECRET'",
      "/docker-entrypoint.sh: line 7: DB_PASSWORD: parameter null or not set",
      "/entrypoint.sh: line 12: REDIS_URL: unbound variable",
      "Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.",
    ],
    nearMiss: [
      "environment variable LOG_LEVEL defaulted to info",
      "KeyError: 'email' in payload handled",
      "Could not resolve placeholder 'server.port', using the default 8080",
    ],
    subject: "STRIPE_WEBHOOK_SECRET",
  },
  "systemd-env-file": {
    match: [
      "systemd[1]: api.service: Failed to load environment files: No such file or directory",
      "systemd[1]: api.service: Failed to run 'start' task: No such file or directory",
      // Older systemd, as reported in coreos/fleet#1121.
      "Feb 08 23:31:25 core-01 systemd[1]: ingestion.service failed to run 'start-pre' task: No such file or directory",
    ],
    nearMiss: ["EnvironmentFile=-/etc/default/api", "systemd[1]: Started api.service - API server."],
  },
  "config-file-missing": {
    match: [
      "Error: ENOENT: no such file or directory, open '/etc/app/config.yaml'",
      "FileNotFoundError: [Errno 2] No such file or directory: '/app/config/settings.toml'",
      "java.io.FileNotFoundException: /opt/app/conf/application.properties (No such file or directory)",
      'nginx: [emerg] open() "/etc/nginx/snippets/security-headers.conf" failed (2: No such file or directory) in /etc/nginx/nginx.conf:15',
    ],
    nearMiss: [
      "loaded configuration from /etc/app/config.yaml",
      "GET /favicon.ico ENOENT: no such file or directory, open '/app/public/favicon.ico'",
    ],
    subject: "/etc/app/config.yaml",
  },
  "bad-flag": {
    match: [
      "flag provided but not defined: -listen-addr",
      "error: unknown option '--max-conns'",
      "app.py: error: unrecognized arguments: --workers=4",
      "Unrecognized VM option 'UseConcMarkSweepGC'\nError: Could not create the Java Virtual Machine.",
    ],
    nearMiss: ["flags: -listen-addr=:8080 -log-level=info", "option --max-conns=512 applied"],
    subject: "-listen-addr",
  },
  "config-syntax": {
    match: [
      'nginx: [emerg] unknown directive "proxy_pas" in /etc/nginx/conf.d/api.conf:14',
      "nginx: configuration file /etc/nginx/nginx.conf test failed",
      "error converting YAML to JSON: yaml: line 12: mapping values are not allowed in this context",
      "yaml.parser.ParserError: while parsing a block mapping",
    ],
    nearMiss: [
      "nginx: configuration file /etc/nginx/nginx.conf test is successful",
      "yaml: parsed 12 documents",
    ],
    subject: "/etc/nginx/conf.d/api.conf",
  },
  "module-not-found": {
    match: [
      "Error: Cannot find module 'pino-pretty'\nRequire stack:\n- /app/src/logger.js",
      "ModuleNotFoundError: No module named 'psycopg2'",
    ],
    nearMiss: ["cannot find package.json in /tmp/build, using defaults", "module 'pino-pretty' loaded"],
    subject: "pino-pretty",
  },
  "dependency-version-mismatch": {
    match: [
      "ImportError: cannot import name 'url_quote' from 'werkzeug.urls' (/usr/local/lib/python3.11/site-packages/werkzeug/urls.py)",
      "Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/node-fetch/src/index.js from /app/dist/client.js not supported.",
      "java.lang.NoSuchMethodError: 'void com.fasterxml.jackson.core.JsonParser.<init>(int)'",
    ],
    nearMiss: ["from werkzeug.urls import url_parse  # ok", "NoSuchMethod handler registered"],
    subject: "url_quote",
  },
};
