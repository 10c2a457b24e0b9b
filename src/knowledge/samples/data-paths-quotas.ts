import type { Sample } from "./sample.js";

/** Real phrasings for the entries in patterns/data-paths.ts and patterns/service-quotas.ts. */
export const DATA_PATH_QUOTA_SAMPLES: Record<string, Sample> = {
  "redis-readonly-replica": {
    match: [
      "2026-12-07T02:11:00.000Z ERROR worker failed to enqueue job: ReplyError: READONLY You can't write against a read only replica.",
      "redis.exceptions.ReadOnlyError: You can't write against a read only replica. READONLY You can't write against a read only replica.",
      "Redis::CommandError: READONLY You can't write against a read only slave.",
    ],
    nearMiss: [
      "replica-read-only yes",
      "1:S 07 Dec 2026 02:10:59.001 * MASTER <-> REPLICA sync: Finished with success",
    ],
  },
  "db-write-to-replica": {
    match: [
      "2026-12-07 02:11:00.000 UTC [4411] ERROR:  cannot execute INSERT in a read-only transaction",
      "PG::ReadOnlySqlTransaction: ERROR:  cannot execute UPDATE in a read-only transaction",
      "ERROR 1290 (HY000): The MySQL server is running with the --read-only option so it cannot execute this statement",
      "java.sql.SQLException: The MySQL server is running with the --super-read-only option so it cannot execute this statement",
      "2026-12-07T10:00:01.000Z ERROR orders MongoServerError: not primary and secondaryOk=false",
      "com.mongodb.MongoNotPrimaryException: Command failed with error 10107 (NotWritablePrimary): 'not primary' on server mongo-0:27017.",
      "pymongo.errors.NotPrimaryError: not primary, full error: {'ok': 0.0, 'errmsg': 'not primary', 'code': 10107, 'codeName': 'NotWritablePrimary'}",
    ],
    nearMiss: [
      "2026-12-07 02:10:00.000 UTC [12] LOG:  database system is ready to accept read-only connections",
      "SET default_transaction_read_only = off;",
      '{"t":{"$date":"2026-12-07T10:00:00.000+00:00"},"s":"I","c":"REPL","id":21358,"ctx":"ReplCoord-0","msg":"Replica set state transition","attr":{"newState":"PRIMARY","oldState":"SECONDARY"}}',
      "read_only = ON",
    ],
    belowCount: true,
  },
  "kafka-record-too-large": {
    match: [
      "org.apache.kafka.common.errors.RecordTooLargeException: The message is 1572915 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.",
      "org.apache.kafka.common.errors.RecordTooLargeException: The request included a message larger than the max message size the server will accept.",
      "%3|1796615400.000|PRODUCE|rdkafka#producer-1| [thrd:main]: Delivery failed: Broker: Message size too large",
    ],
    nearMiss: [
      "max.request.size = 1048576",
      "ProducerConfig values: compression.type = lz4 max.request.size = 1048576 message.max.bytes = 1048588",
    ],
  },
  "db-connection-lost": {
    match: [
      "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2006, \"MySQL server has gone away (BrokenPipeError(32, 'Broken pipe'))\")",
      "ERROR 2013 (HY000): Lost connection to MySQL server during query",
      "psycopg2.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.",
      "2026-12-07 02:23:01.000 UTC [5121] FATAL:  terminating connection due to idle-in-transaction timeout",
      "2026-12-07 10:00:00.001 UTC [4411] FATAL:  terminating connection due to administrator command",
    ],
    nearMiss: [
      "wait_timeout = 28800",
      "2026-12-07 02:23:01.000 UTC [5121] LOG:  disconnection: session time: 0:00:12.021 user=app database=orders host=10.0.0.5",
    ],
    belowCount: true,
  },
  "etcd-space-exceeded": {
    match: [
      '{"level":"warn","ts":"2026-12-07T02:12:01.000Z","caller":"etcdserver/util.go:166","msg":"apply request took too long","took":"1.2s","error":"etcdserver: mvcc: database space exceeded"}',
      'E1207 02:12:05.000000       1 status.go:71] apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:"etcdserver: mvcc: database space exceeded"}',
      "memberID:8e9e05c52164694d alarm:NOSPACE",
    ],
    nearMiss: [
      "--quota-backend-bytes=8589934592",
      '{"level":"info","ts":"2026-12-07T02:12:01.000Z","caller":"mvcc/kvstore_compaction.go:66","msg":"finished scheduled compaction","compact-revision":412312,"took":"41.2ms"}',
    ],
  },
  "acme-rate-limited": {
    match: [
      'E1207 02:22:01.000000       1 controller.go:163] cert-manager/orders "msg"="re-queuing item due to error processing" "error"="429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates already issued for exact set of domains: shop.example.com: see https://letsencrypt.org/docs/rate-limits/" "key"="default/shop-tls-abc"',
      '{"level":"error","logger":"tls.obtain","identifier":"shop.example.com","error":"HTTP 429 urn:ietf:params:acme:error:rateLimited - too many failed authorizations recently: see https://letsencrypt.org/docs/failed-validation-limit/"}',
      "urn:acme:error:rateLimited :: There were too many requests of a given type :: Error creating new authz :: too many currently pending authorizations",
    ],
    nearMiss: [
      "server: https://acme-staging-v02.api.letsencrypt.org/directory",
      'I1207 02:22:01.000000       1 conditions.go:203] cert-manager/certificates "msg"="Certificate is up to date and has not expired"',
    ],
  },
  "db-crash-recovery": {
    match: [
      "2026-12-07 03:00:01.000 UTC [1] LOG:  server process (PID 31337) was terminated by signal 9: Killed",
      "2026-12-07 03:00:01.000 UTC [1] LOG:  all server processes terminated; reinitializing",
      "2026-12-07 03:00:01.000 UTC [4122] WARNING:  terminating connection because of crash of another server process",
      "2026-12-07 03:00:02.000 UTC [4130] FATAL:  the database system is in recovery mode",
    ],
    nearMiss: [
      "2026-12-07 03:00:01.000 UTC [1] LOG:  received fast shutdown request",
      "2026-12-07 03:00:05.000 UTC [1] LOG:  database system is ready to accept connections",
    ],
  },
  "rabbitmq-memory-alarm": {
    match: [
      "2026-12-07 03:01:00.000 [warning] <0.451.0> memory resource limit alarm set on node rabbit@mq-0.",
      "=INFO REPORT==== 2-Sep-2020::17:52:40 ===\nvm_memory_high_watermark set. Memory used:7128316368 allowed:6640204185",
    ],
    nearMiss: [
      "2026-12-07 03:01:00.000 [info] <0.451.0> memory resource limit alarm cleared on node rabbit@mq-0",
      "2026-12-07 03:00:00.000 [info] <0.229.0> Memory high watermark set to 3200 MiB (3355443200 bytes) of 8000 MiB (8388608000 bytes) total",
    ],
    subject: "rabbit@mq-0",
  },
  "rabbitmq-disk-alarm": {
    match: [
      "2020-11-25 22:03:29.746 [info] <0.382.0> Free disk space is insufficient. Free bytes: 36388864. Limit: 50000000",
      "2020-11-25 22:03:29.746 [warning] <0.375.0> disk resource limit alarm set on node rabbit@mq-1.",
    ],
    nearMiss: [
      "2026-12-07 03:00:00.000 [info] <0.240.0> Enabling free disk space monitoring (disk free space: 41281536000, total memory: 8388608000)",
      "2026-12-07 03:02:30.000 [info] <0.375.0> disk resource limit alarm cleared on node rabbit@mq-1",
    ],
  },
  "acme-challenge-failed": {
    match: [
      'E1207 10:00:00.000000       1 sync.go:190] cert-manager/challenges "msg"="propagation check failed" "error"="failed to perform self check GET request \'http://shop.acme.io/.well-known/acme-challenge/abc\': Get \\"http://shop.acme.io/.well-known/acme-challenge/abc\\": dial tcp 203.0.113.10:80: connect: connection timed out" "dnsName"="shop.acme.io"',
      "Waiting for HTTP-01 challenge propagation: wrong status code '404', expected '200'",
      "acme: error: 403 :: POST :: https://acme-v02.api.letsencrypt.org/acme/chall-v3/123/abc :: urn:ietf:params:acme:error:unauthorized :: Invalid response from http://shop.acme.io/.well-known/acme-challenge/abc: 404",
      "Challenge failed for domain shop.acme.io",
    ],
    nearMiss: [
      'I1207 10:00:00.000000       1 acme.go:233] cert-manager/certificaterequests-issuer-acme/sign "msg"="certificate issued" "resource_kind"="CertificateRequest"',
      "Successfully received certificate.",
    ],
    belowCount: true,
  },
  "db-target-missing": {
    match: [
      '2026-12-07 10:00:00.001 UTC [2211] FATAL:  database "orders_prod" does not exist',
      'psql: error: connection to server at "db" (10.0.0.12), port 5432 failed: FATAL:  role "orders_app" does not exist',
      "ERROR 1049 (42000): Unknown database 'orders_prod'",
    ],
    nearMiss: [
      'ERROR:  relation "orders" does not exist at character 15',
      'NOTICE:  database "orders_tmp" does not exist, skipping',
    ],
    subject: "orders_prod",
  },
  "db-memory-settings-too-large": {
    match: [
      "2026-12-07T10:00:00.000001Z 0 [ERROR] [MY-012956] [InnoDB] Cannot allocate memory for the buffer pool",
      "2026-12-07 10:00:00.001 UTC [1] FATAL:  could not map anonymous shared memory: Cannot allocate memory",
      "FATAL:  could not create shared memory segment: Invalid argument",
    ],
    nearMiss: [
      "2026-12-07T10:00:00.000001Z 0 [Note] [MY-012957] [InnoDB] Initializing buffer pool, total size = 8.000000G, instances = 8, chunk size =128.000000M",
      "shared_buffers = 2GB",
    ],
  },
  "redis-fork-failed": {
    match: [
      "1:M 07 Dec 2026 10:00:00.001 # Can't save in background: fork: Cannot allocate memory",
      "1:M 07 Dec 2026 10:00:00.001 # Can't rewrite append only file in background: fork: Cannot allocate memory",
    ],
    nearMiss: [
      "1:M 07 Dec 2026 10:00:00.002 # WARNING overcommit_memory is set to 0! Background save may fail under low memory condition.",
      "1:M 07 Dec 2026 10:00:00.003 * Background saving started by pid 4411",
    ],
  },
  "es-bootstrap-checks": {
    match: [
      "[1] bootstrap checks failed. You must address the points described in the following [1] lines before starting Elasticsearch.",
      "bootstrap check failure [1] of [1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]",
      "max file descriptors [4096] for elasticsearch process is too low, increase to at least [65535]",
      "memory locking requested for elasticsearch process but memory is not locked",
    ],
    nearMiss: [
      "[2026-12-07T10:00:00,000][INFO ][o.e.b.BootstrapChecks    ] [es-0] bound or publishing to a non-loopback address, enforcing bootstrap checks",
      "vm.max_map_count = 262144",
    ],
  },
  "kafka-not-enough-replicas": {
    match: [
      "org.apache.kafka.common.errors.NotEnoughReplicasException: The size of the current ISR Set(1) is insufficient to satisfy the min.isr requirement of 2 for partition orders-3",
      "org.apache.kafka.common.errors.NotEnoughReplicasException: Messages are rejected since there are fewer in-sync replicas than required.",
      "[Producer clientId=producer-1] Got error produce response with correlation id 812 on topic-partition orders-3, retrying (2147483646 attempts left). Error: NOT_ENOUGH_REPLICAS",
    ],
    nearMiss: [
      "min.insync.replicas = 2",
      "[Partition orders-3 broker=1] ISR updated to 1,2,3 and version updated to 12",
    ],
    belowCount: true,
  },
  "vault-sealed": {
    match: [
      "* Vault is sealed",
      "2026-12-07T10:00:05.000Z [ERROR] app: failed to read secret: Error making API request. Code: 503. Errors: * Vault is sealed",
    ],
    nearMiss: ["Sealed          false", "core: vault is unsealed"],
  },
  "etcd-slow": {
    match: [
      '{"level":"warn","ts":"2026-12-07T10:00:00.000Z","caller":"etcdserver/util.go:170","msg":"apply request took too long","took":"1.912s","expected-duration":"100ms"}',
      '{"level":"warn","ts":"2026-12-07T10:00:02.000Z","caller":"wal/wal.go:802","msg":"slow fdatasync","took":"1.8s","expected-duration":"1s"}',
      'rpctypes.EtcdError{code:0xe, desc:"etcdserver: request timed out"}',
      "Error from server: etcdserver: leader changed",
      '{"level":"warn","msg":"leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk","to":"8e9e05c52164694d"}',
    ],
    nearMiss: [
      '{"level":"info","msg":"finished scheduled compaction","compact-revision":123,"took":"12.3ms"}',
      '{"level":"info","msg":"raft.node: 8e9e05c52164694d elected leader 8e9e05c52164694d at term 2"}',
    ],
    belowCount: true,
  },
  "docker-daemon-unreachable": {
    match: [
      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
      "docker: Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?.",
    ],
    nearMiss: [
      "Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock",
      "Server Version: 24.0.7",
    ],
    subject: "unix:///var/run/docker.sock",
  },
  "grpc-message-too-large": {
    match: [
      "rpc error: code = ResourceExhausted desc = grpc: received message larger than max (8388608 vs. 4194304)",
      "rpc error: code = ResourceExhausted desc = grpc: trying to send message larger than max (5242880 vs. 4194304)",
      "io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: gRPC message exceeds maximum size 4194304: 8388608",
    ],
    nearMiss: [
      "rpc error: code = ResourceExhausted desc = quota exceeded for quota metric 'Read requests'",
      "grpc.max_receive_message_length = 16777216",
    ],
    subject: "8388608",
  },
  "nginx-upstream-header-too-big": {
    match: [
      '2026/12/07 10:00:01 [error] 31#31: *1201 upstream sent too big header while reading response header from upstream, client: 10.0.0.5, server: app.acme.io, request: "GET /login/callback?code=abc HTTP/1.1"',
      "upstream sent too big header while reading response header from upstream",
    ],
    nearMiss: [
      "proxy_buffer_size 16k;",
      "upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/1/00/0000000001",
    ],
  },
  "php-max-execution-time": {
    match: [
      "[07-Dec-2026 10:00:00 UTC] PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/html/app/Services/Report.php on line 88",
      "Symfony\\Component\\ErrorHandler\\Error\\FatalError: Maximum execution time of 60 seconds exceeded",
    ],
    nearMiss: ["max_execution_time = 30", "php_value[max_execution_time] = 120"],
    subject: "30",
  },
  "pg-lock-table-full": {
    match: [
      "2026-12-07 10:00:00.001 UTC [4411] ERROR:  out of shared memory\n2026-12-07 10:00:00.001 UTC [4411] HINT:  You might need to increase max_locks_per_transaction.",
      "HINT:  You might need to increase max_locks_per_transaction.",
    ],
    nearMiss: [
      "max_locks_per_transaction = 256",
      'ERROR:  could not resize shared memory segment "/PostgreSQL.1234" to 8388608 bytes: No space left on device',
    ],
  },
};
