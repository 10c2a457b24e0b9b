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
};
