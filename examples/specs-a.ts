/** Example logs, part A: resource limits. */
import type { LogSpec } from "./log-spec.js";
import { clf, hostSyslog, int, iso, klog, kubelet, mix, nginxAccess, nodeJson, postgres, sqlTime, syslog } from "./noise.js";

export const API_PATHS = ["/api/cart", "/api/cart/{id}", "/api/products/{id}", "/api/orders/{id}", "/api/orders", "/healthz", "/metrics"];

export const SPECS_A: LogSpec[] = [
  // 1. checkout: the container's memory limit is too small for the Black Friday working set.
  {
    file: "checkout-oomkilled/logs/node-syslog.log",
    seed: 11,
    lines: 3600,
    start: "2026-11-24T01:40:00Z",
    gapMs: 900,
    noise: mix([3, kubelet("ip-10-0-3-17")], [2, hostSyslog("ip-10-0-3-17")]),
    signals: [
      {
        at: 0.72,
        repeat: 4,
        every: 180,
        render: (t, rng) => {
          const pid = int(rng, 2000, 9000);
          const ts = `${syslog(t)} ip-10-0-3-17 kernel: [${int(rng, 400000, 500000)}.${int(rng, 100000, 999999)}]`;
          return [
            `${ts} node invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985`,
            `${ts} memory: usage 262144kB, limit 262144kB, failcnt 1893`,
            `${ts} Memory cgroup out of memory: Killed process ${pid} (node) total-vm:1321484kB, anon-rss:259884kB, file-rss:31744kB, shmem-rss:0kB, UID:1000 pgtables:1164kB oom_score_adj:985`,
            `${syslog(t)} ip-10-0-3-17 kubelet[1187]: ${klog(t)}    1187 kuberuntime_container.go:779] "Container exited" pod="default/checkout-6f7d8b9c4-x2x9q" containerName="app" exitCode=137 reason="OOMKilled"`,
          ];
        },
      },
      {
        at: 0.9,
        repeat: 6,
        every: 50,
        render: (t) => [
          `${syslog(t)} ip-10-0-3-17 kubelet[1187]: ${klog(t, "E")}    1187 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"app\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=app pod=checkout-6f7d8b9c4-x2x9q_default\\"" pod="default/checkout-6f7d8b9c4-x2x9q"`,
        ],
      },
    ],
  },
  {
    file: "checkout-oomkilled/logs/checkout.log",
    seed: 12,
    lines: 2400,
    start: "2026-11-24T01:40:00Z",
    gapMs: 1300,
    noise: nodeJson("checkout", API_PATHS),
    signals: [],
  },
  // 2. reports: a Node heap cap set years ago for a smaller dataset.
  {
    file: "reports-node-heap/logs/reports.log",
    seed: 21,
    lines: 4200,
    start: "2026-11-24T02:00:00Z",
    gapMs: 700,
    noise: nodeJson("reports", ["/api/reports/{id}", "/api/reports", "/api/exports/{id}", "/healthz"]),
    signals: [
      {
        at: 0.81,
        render: (t) => [
          `{"level":30,"time":"${iso(t)}","pid":1,"hostname":"reports-5b8f9","msg":"export started","exportId":"exp-88213","rows":1840000}`,
          "",
          "<--- Last few GCs --->",
          "",
          "[1:0x6b2e4a0]   412388 ms: Mark-Compact 381.9 (404.3) -> 380.6 (404.8) MB, 612.40 / 0.00 ms  (average mu = 0.183, current mu = 0.021) allocation failure; scavenge might not succeed",
          "[1:0x6b2e4a0]   413101 ms: Mark-Compact 382.1 (404.8) -> 381.7 (405.6) MB, 701.22 / 0.00 ms  (average mu = 0.101, current mu = 0.015) allocation failure; scavenge might not succeed",
          "",
          "<--- JS stacktrace --->",
          "",
          "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
          "----- Native stack trace -----",
          "",
          " 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]",
          " 2: 0xf06250 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]",
          " 3: 0xf06537 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]",
        ],
      },
    ],
  },
  // 3. api: the database volume filled up.
  {
    file: "api-disk-full/logs/postgres.log",
    seed: 31,
    lines: 3800,
    start: "2026-11-24T02:10:00Z",
    gapMs: 500,
    noise: postgres(),
    signals: [
      {
        at: 0.77,
        repeat: 12,
        every: 60,
        render: (t, rng) => [
          `${sqlTime(t)} UTC [${int(rng, 1000, 9999)}] app@orders ERROR:  could not extend file "base/16384/24601.3": No space left on device`,
          `${sqlTime(t)} UTC [${int(rng, 1000, 9999)}] app@orders HINT:  Check free disk space.`,
          `${sqlTime(t)} UTC [${int(rng, 1000, 9999)}] app@orders STATEMENT:  INSERT INTO order_events (order_id, kind, payload) VALUES ($1, $2, $3)`,
        ],
      },
    ],
  },
  {
    file: "api-disk-full/logs/api.log",
    seed: 32,
    lines: 2600,
    start: "2026-11-24T02:10:00Z",
    gapMs: 730,
    noise: nodeJson("api", API_PATHS),
    signals: [
      {
        at: 0.8,
        repeat: 10,
        every: 40,
        render: (t) => [
          `{"level":50,"time":"${iso(t)}","pid":1,"hostname":"api-7d9c4","err":{"type":"DatabaseError","message":"could not extend file \\"base/16384/24601.3\\": No space left on device","code":"53100"},"msg":"failed to record order event"}`,
        ],
      },
    ],
  },
  // 4. gateway: nginx runs out of worker connections under load; 502s follow.
  {
    file: "gateway-worker-connections/logs/access.log",
    seed: 41,
    lines: 4600,
    start: "2026-11-24T02:20:00Z",
    gapMs: 120,
    noise: nginxAccess(API_PATHS),
    signals: [
      {
        at: 0.7,
        repeat: 140,
        every: 9,
        render: (t, rng) => [
          `10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)} - - [${clf(t)}] "GET /api/products/${int(rng, 1000, 9999)} HTTP/1.1" 502 157 "-" "okhttp/4.12.0" rt=0.000 uct="-" urt="-"`,
        ],
      },
    ],
  },
  {
    file: "gateway-worker-connections/logs/error.log",
    seed: 42,
    lines: 1800,
    start: "2026-11-24T02:20:00Z",
    gapMs: 300,
    noise: (rng, t) =>
      `${iso(t).replace("T", " ").slice(0, 19).replace(/-/g, "/")} [notice] ${int(rng, 20, 40)}#${int(rng, 20, 40)}: *${int(rng, 100000, 999999)} ${rng() < 0.5 ? "client closed keepalive connection" : "http upstream keepalive cache reused"} while reading client request line, client: 10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)}, server: 0.0.0.0:443`,
    signals: [
      {
        at: 0.7,
        repeat: 40,
        every: 12,
        render: (t, rng) => [
          `${iso(t).replace("T", " ").slice(0, 19).replace(/-/g, "/")} [alert] ${int(rng, 20, 40)}#${int(rng, 20, 40)}: 512 worker_connections are not enough while connecting to upstream, client: 10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)}, server: api.shop.internal, request: "GET /api/products/${int(rng, 1000, 9999)} HTTP/1.1", upstream: "http://10.42.3.21:8080/api/products/", host: "api.shop.internal"`,
        ],
      },
    ],
  },
];

