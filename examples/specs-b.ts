/** Example logs, part B: dependencies, code, certificates, names, locks, and a healthy service. */
import type { LogSpec } from "./log-spec.js";
import { hostSyslog, int, iso, mix, nginxAccess, nodeJson, postgres, type Rng, springApp, sqlTime, syslog } from "./noise.js";
import { API_PATHS } from "./specs-a.js";

const journald = (host: string, unit: string, pid: number) => (rng: Rng, t: Date) =>
  `${syslog(t)} ${host} ${unit}[${pid}]: ${iso(t)} INFO ${rng() < 0.7 ? `accepted upload ${int(rng, 100000, 999999)} (${int(rng, 1, 900)} kB) from tenant t-${int(rng, 10, 99)}` : `flushed ${int(rng, 1, 60)} spool files to object storage in ${int(rng, 20, 900)}ms`}`;

const crashTrace = (t: Date): string[] => [
  `{"level":30,"time":"${iso(t)}","pid":1,"hostname":"orders-api-6c8d9","reqId":"req-${t.getTime().toString(16).slice(-8)}","req":{"method":"POST","url":"/api/orders/checkout"},"msg":"incoming request"}`,
  "/app/src/routes/orders.js:41",
  "  const email = order.customer.email;",
  "                               ^",
  "",
  "TypeError: Cannot read properties of undefined (reading 'email')",
  "    at buildReceipt (/app/src/routes/orders.js:41:32)",
  "    at /app/src/routes/orders.js:53:19",
  "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)",
  "    at next (/app/node_modules/express/lib/router/route.js:149:13)",
  "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
  "",
  "Node.js v20.18.0",
];

export const SPECS_B: LogSpec[] = [
  // 5. ingest: the unit's descriptor limit is the systemd default.
  {
    file: "ingest-emfile/logs/ingest.log",
    seed: 51,
    lines: 4000,
    start: "2026-11-24T02:30:00Z",
    gapMs: 400,
    noise: mix([8, journald("ingest-1", "ingest", 2211)], [2, hostSyslog("ingest-1")]),
    signals: [
      {
        at: 0.74,
        repeat: 30,
        every: 25,
        render: (t, rng) => [
          `${syslog(t)} ingest-1 ingest[2211]: ${iso(t)} ERROR upload ${int(rng, 100000, 999999)} failed: Error: EMFILE: too many open files, open '/var/lib/ingest/spool/${int(rng, 100000, 999999)}.part'`,
          `${syslog(t)} ingest-1 ingest[2211]: ${iso(t)} ERROR accept failed: Error: accept EMFILE`,
        ],
      },
    ],
  },
  // 6. orders (Java): the Hikari pool is sized for one replica's quiet hours.
  {
    file: "orders-hikari-pool/logs/orders.log",
    seed: 61,
    lines: 4400,
    start: "2026-11-24T02:40:00Z",
    gapMs: 350,
    noise: springApp("com.acme.orders"),
    signals: [
      {
        at: 0.6,
        repeat: 18,
        every: 70,
        render: (t, rng) => {
          const thread = `http-nio-8080-exec-${int(rng, 1, 200)}`;
          return [
            `${sqlTime(t)} DEBUG 1 --- [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=5, active=5, idle=0, waiting=${int(rng, 20, 60)})`,
            `${sqlTime(t)}  WARN 1 --- [${thread}] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: null`,
            `${sqlTime(t)} ERROR 1 --- [${thread}] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms (total=5, active=5, idle=0, waiting=${int(rng, 20, 60)})`,
            `${sqlTime(t)} ERROR 1 --- [${thread}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection] with root cause`,
            "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=5, active=5, idle=0, waiting=41)",
            "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)",
            "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)",
            "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
            "\tat com.acme.orders.repo.OrderRepository.findByCustomer(OrderRepository.java:58)",
            "\tat com.acme.orders.web.OrderController.list(OrderController.java:34)",
          ];
        },
      },
    ],
  },
  // 7. worker: a runtime import declared as a devDependency; the image installs with --omit=dev.
  {
    file: "worker-missing-module/logs/worker.log",
    seed: 71,
    lines: 3000,
    start: "2026-11-24T02:50:00Z",
    gapMs: 600,
    noise: nodeJson("worker", ["/jobs/email/{id}", "/jobs/thumbnail/{id}", "/healthz"]),
    signals: [
      {
        at: 0.85,
        repeat: 7,
        every: 60,
        render: () => [
          "node:internal/modules/cjs/loader:1228",
          "  throw err;",
          "  ^",
          "",
          "Error: Cannot find module 'pino-pretty'",
          "Require stack:",
          "- /app/src/logger.js",
          "- /app/src/worker.js",
          "    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)",
          "    at Module._load (node:internal/modules/cjs/loader:1051:27)",
          "    at Module.require (node:internal/modules/cjs/loader:1311:19)",
          "    at require (node:internal/modules/helpers:179:18)",
          "    at Object.<anonymous> (/app/src/logger.js:4:20)",
          "{",
          "  code: 'MODULE_NOT_FOUND',",
          "  requireStack: [ '/app/src/logger.js', '/app/src/worker.js' ]",
          "}",
          "",
          "Node.js v20.18.0",
        ],
      },
    ],
  },
  // 8. orders-api: a guest checkout has no customer object.
  {
    file: "orders-null-customer/logs/orders-api.log",
    seed: 81,
    lines: 4300,
    start: "2026-11-24T03:00:00Z",
    gapMs: 450,
    noise: nodeJson("orders-api", ["/api/orders/{id}", "/api/orders", "/api/orders/checkout", "/healthz"]),
    signals: [{ at: 0.55, repeat: 9, every: 210, render: (t) => crashTrace(t) }],
  },
  // 9. payments: the payment provider's certificate expired (nothing in this repo to change).
  {
    file: "payments-tls-expired/logs/payments.log",
    seed: 91,
    lines: 3900,
    start: "2026-11-24T00:00:00Z",
    gapMs: 800,
    noise: nodeJson("payments", ["/api/payments/{id}", "/api/payments", "/healthz"]),
    signals: [
      {
        at: 0.66,
        repeat: 60,
        every: 20,
        render: (t, rng) => [
          `{"level":50,"time":"${iso(t)}","pid":1,"hostname":"payments-84c7f","reqId":"req-${int(rng, 10000000, 99999999)}","err":{"type":"Error","message":"certificate has expired","stack":"Error: certificate has expired\\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1676:34)","code":"CERT_HAS_EXPIRED"},"msg":"charge failed","upstream":"https://api.paygate.example/v2/charges"}`,
        ],
      },
    ],
  },
  // 10. search: the Elasticsearch service was renamed; the config still names the old host.
  {
    file: "search-dns/logs/search-api.log",
    seed: 101,
    lines: 3500,
    start: "2026-11-24T03:10:00Z",
    gapMs: 500,
    noise: nodeJson("search-api", ["/api/search?q=boots", "/api/search?q=rain+jacket", "/api/suggest?q=sn", "/healthz"]),
    signals: [
      {
        at: 0.5,
        repeat: 45,
        every: 30,
        render: (t, rng) => [
          `{"level":50,"time":"${iso(t)}","pid":1,"hostname":"search-api-59f6d","reqId":"req-${int(rng, 10000000, 99999999)}","err":{"type":"ConnectionError","message":"getaddrinfo ENOTFOUND elasticsearch-master.search.svc.cluster.local","code":"ENOTFOUND"},"msg":"search backend unavailable"}`,
        ],
      },
    ],
  },
  // 11. web: an ordinary night. Near misses included: one refused connection at startup, a few 502s, a
  // single failed probe, SSH scans, a certificate that expires next month.
  {
    file: "healthy-web/logs/access.log",
    seed: 111,
    lines: 5200,
    start: "2026-11-24T03:20:00Z",
    gapMs: 200,
    noise: nginxAccess(API_PATHS, 0.0006),
    signals: [],
  },
  {
    file: "healthy-web/logs/web.log",
    seed: 112,
    lines: 3000,
    start: "2026-11-24T03:20:00Z",
    gapMs: 350,
    noise: mix([9, nodeJson("web", API_PATHS)], [1, hostSyslog("web-1")]),
    signals: [
      {
        at: 0.01,
        render: (t) => [`{"level":40,"time":"${iso(t)}","pid":1,"hostname":"web-6b5d8","msg":"redis not ready yet, retrying","err":"connect ECONNREFUSED 10.42.3.9:6379"}`],
      },
      {
        at: 0.4,
        render: (t) => [`{"level":40,"time":"${iso(t)}","pid":1,"hostname":"web-6b5d8","msg":"TLS certificate for shop.example will expire in 29 days (2026-12-23)"}`],
      },
      {
        at: 0.6,
        render: (t) => [`${syslog(t)} web-1 sshd[41822]: Connection closed by invalid user admin 203.0.113.77 port 52144: Permission denied (publickey) [preauth]`],
      },
    ],
  },
  // 12. orders-db: two jobs update the same rows in opposite orders.
  {
    file: "orders-deadlock/logs/postgres.log",
    seed: 121,
    lines: 4100,
    start: "2026-11-24T03:30:00Z",
    gapMs: 400,
    noise: postgres(),
    signals: [
      {
        at: 0.62,
        repeat: 8,
        every: 110,
        render: (t, rng) => {
          const [a, b] = [int(rng, 4000, 4999), int(rng, 5000, 5999)];
          const [ta, tb] = [int(rng, 980000, 989999), int(rng, 990000, 999999)];
          return [
            `${sqlTime(t)} UTC [${a}] app@orders ERROR:  deadlock detected`,
            `${sqlTime(t)} UTC [${a}] app@orders DETAIL:  Process ${a} waits for ShareLock on transaction ${tb}; blocked by process ${b}.`,
            `\tProcess ${b} waits for ShareLock on transaction ${ta}; blocked by process ${a}.`,
            `\tProcess ${a}: UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2`,
            `\tProcess ${b}: UPDATE inventory SET reserved = reserved - $1 WHERE sku = $2`,
            `${sqlTime(t)} UTC [${a}] app@orders HINT:  See server log for query details.`,
            `${sqlTime(t)} UTC [${a}] app@orders CONTEXT:  while updating tuple (${int(rng, 1, 900)},${int(rng, 1, 40)}) in relation "inventory"`,
          ];
        },
      },
    ],
  },
  // 13. billing (JVM): -Xmx sized for last year's invoice run.
  {
    file: "billing-jvm-heap/logs/billing.log",
    seed: 131,
    lines: 4000,
    start: "2026-11-24T04:00:00Z",
    gapMs: 450,
    noise: springApp("com.acme.billing"),
    signals: [
      {
        at: 0.7,
        render: (t) => [
          `${sqlTime(t)}  INFO 1 --- [   scheduling-1] com.acme.billing.jobs.InvoiceRun         : invoice run started for 2026-11 (412,877 accounts)`,
          `${sqlTime(t)}  WARN 1 --- [   scheduling-1] com.acme.billing.jobs.InvoiceRun         : GC overhead high: 71% of time in GC over the last 60s`,
          `${sqlTime(t)} ERROR 1 --- [   scheduling-1] o.s.s.s.TaskUtils$LoggingErrorHandler    : Unexpected error occurred in scheduled task`,
          "java.lang.OutOfMemoryError: Java heap space",
          "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
          "\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)",
          "\tat com.acme.billing.jobs.InvoiceRun.collectLines(InvoiceRun.java:88)",
          "\tat com.acme.billing.jobs.InvoiceRun.run(InvoiceRun.java:41)",
        ],
      },
    ],
  },
  // 14. uploads: the new camera app sends 15 MB photos; the proxy allows 8 MB.
  {
    file: "uploads-body-too-large/logs/error.log",
    seed: 141,
    lines: 2600,
    start: "2026-11-24T04:10:00Z",
    gapMs: 300,
    noise: (rng, t) =>
      `${iso(t).replace("T", " ").slice(0, 19).replace(/-/g, "/")} [notice] ${int(rng, 20, 40)}#${int(rng, 20, 40)}: *${int(rng, 100000, 999999)} ${rng() < 0.5 ? "client closed keepalive connection" : "http upstream keepalive cache reused"} while reading client request line, client: 10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)}, server: 0.0.0.0:443`,
    signals: [
      {
        at: 0.55,
        repeat: 25,
        every: 40,
        render: (t, rng) => [
          `${iso(t).replace("T", " ").slice(0, 19).replace(/-/g, "/")} [error] ${int(rng, 20, 40)}#${int(rng, 20, 40)}: *${int(rng, 100000, 999999)} client intended to send too large body: ${int(rng, 9, 15) * 1048576} bytes, client: 10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)}, server: uploads.shop.internal, request: "POST /api/photos HTTP/1.1", host: "uploads.shop.internal"`,
        ],
      },
    ],
  },
];
