/**
 * Alert storm benchmark: 10,000 Alertmanager webhook notifications (one alert each, the shape Alertmanager
 * posts) over 200 fingerprints, sent by autocannon on loopback to the alert route running in a child
 * process (so client and server do not share one event loop). Prints sustained alerts/s, p50/p99
 * acknowledgement latency, and checks that exactly 200 incidents were opened, none lost, none duplicated.
 * The baseline, measured in the same run with the same client and bodies, is a bare node:http server that
 * reads the body and answers 202. Medians of RUNS runs (default 5), alternating baseline and intake.
 *
 *   npx tsx bench/alerts-storm.ts            # memory state store
 *   REDIS_URL=redis://127.0.0.1:6379 npx tsx bench/alerts-storm.ts   # shared Redis state store
 */
import { type ChildProcess, fork } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const TOTAL = Number(process.env.STORM_TOTAL ?? 10_000);
const FINGERPRINTS = Number(process.env.STORM_FINGERPRINTS ?? 200);
const RUNS = Number(process.env.RUNS ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const TOKEN = "bench-token-0123456789abcdef";

interface Counts {
  opened: number;
  uniqueOpened: number;
  updated: number;
  other: number;
}
type ToChild = { type: "counts" };
type FromChild = { type: "listening"; port: number } | ({ type: "counts" } & Counts);

/** The baseline: what node:http alone costs for the same requests (read the body, answer 202). */
async function serveBare(): Promise<void> {
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      res.writeHead(202, { "content-type": "application/json" });
      res.end(`{"accepted":${Buffer.concat(chunks).length > 0}}`);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    process.send?.({ type: "listening", port } satisfies FromChild);
  });
  process.on("message", (message: ToChild) => {
    if (message.type === "counts")
      process.send?.({
        type: "counts",
        opened: 0,
        uniqueOpened: 0,
        updated: 0,
        other: 0,
      } satisfies FromChild);
  });
}

/** One Alertmanager webhook notification holding one firing alert, as Alertmanager 0.2x posts it. */
function alertmanagerBody(fp: string, i: number): string {
  const labels = { alertname: "HighErrorRate", service: fp, severity: "critical", namespace: "shop" };
  return JSON.stringify({
    version: "4",
    groupKey: `{}:{alertname="HighErrorRate", service="${fp}"}`,
    truncatedAlerts: 0,
    status: "firing",
    receiver: "sentry",
    groupLabels: { alertname: "HighErrorRate", service: fp },
    commonLabels: labels,
    commonAnnotations: { summary: `error rate above 5% on ${fp}` },
    externalURL: "http://alertmanager.example:9093",
    alerts: [
      {
        status: "firing",
        labels,
        annotations: { summary: `error rate above 5% on ${fp}`, description: `seq ${i}` },
        startsAt: "2026-12-07T03:00:00.000Z",
        endsAt: "0001-01-01T00:00:00Z",
        generatorURL: "http://prometheus.example:9090/graph?g0.expr=rate",
        fingerprint: createHash("sha1").update(fp).digest("hex").slice(0, 16),
      },
    ],
  });
}

async function serve(): Promise<void> {
  const { AlertAuthSettingsSchema } = await import("../src/ingest/alerts/auth/verify-request.js");
  const { createDedupeEngine } = await import("../src/ingest/alerts/dedupe.js");
  const { createMemoryStateStore } = await import("../src/core/memory-state-store.js");
  const { createRedisStateStore } = await import("../src/ingest/alerts/redis-state-store.js");
  const { createAlertRoute } = await import("../src/server/alert-route.js");
  const { createSentryServer } = await import("../src/server/http-server.js");
  const store = process.env.REDIS_URL
    ? createRedisStateStore(process.env.REDIS_URL, { prefix: `bench-${randomUUID()}:` })
    : createMemoryStateStore();
  const ids = new Set<string>();
  const counts: Counts = { opened: 0, uniqueOpened: 0, updated: 0, other: 0 };
  const route = createAlertRoute({
    auth: AlertAuthSettingsSchema.parse({ sources: { alertmanager: { tokens: [TOKEN] } } }),
    dedupe: createDedupeEngine({ store }),
    onIncident: (e) => {
      if (e.kind === "opened") {
        counts.opened += 1;
        ids.add(e.incident.id);
      } else if (e.kind === "updated") counts.updated += 1;
      else counts.other += 1;
    },
  });
  const server = createSentryServer({ routes: [route.route] });
  const port = await server.listen(0, "127.0.0.1");
  process.send?.({ type: "listening", port } satisfies FromChild);
  process.on("message", async (message: ToChild) => {
    if (message.type !== "counts") return;
    await route.queue.idle();
    process.send?.({ type: "counts", ...counts, uniqueOpened: ids.size } satisfies FromChild);
  });
}

function next(child: ChildProcess, type: FromChild["type"]): Promise<FromChild> {
  return new Promise((resolve) => {
    const onMessage = (m: FromChild) => {
      if (m.type !== type) return;
      child.off("message", onMessage);
      resolve(m);
    };
    child.on("message", onMessage);
  });
}

async function oneRun(run: number, bare: boolean) {
  const child = fork(fileURLToPath(import.meta.url), [bare ? "--serve-bare" : "--serve"], {
    execArgv: ["--import", "tsx"],
    stdio: "inherit",
  });
  try {
    const listening = (await next(child, "listening")) as { port: number };
    let seq = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${listening.port}`,
      connections: CONNECTIONS,
      amount: TOTAL,
      timeout: 10,
      requests: [
        {
          method: "POST",
          path: "/api/alerts/alertmanager",
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
          setupRequest: (req) => {
            const i = seq++;
            return { ...req, body: alertmanagerBody(`storm-${run}-${i % FINGERPRINTS}`, i) };
          },
        },
      ],
    });
    const asked = next(child, "counts");
    child.send({ type: "counts" } satisfies ToChild);
    const counts = (await asked) as FromChild & Counts;
    const alertsPerSecond = (result.requests.total / result.duration) * 1;
    return {
      alertsPerSecond,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      sent: result.requests.total,
      ...counts,
    };
  } finally {
    child.kill();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function main() {
  console.log(
    `alert storm: ${TOTAL} Alertmanager notifications (1 alert each) over ${FINGERPRINTS} fingerprints, ${CONNECTIONS} connections, store=${process.env.REDIS_URL ? "redis" : "memory"}, ${RUNS} runs`,
  );
  const runs = [];
  const bareRuns = [];
  for (let i = 0; i < RUNS; i += 1) {
    const b = await oneRun(i, true);
    bareRuns.push(b);
    console.log(
      `run ${i + 1} baseline node:http: ${b.alertsPerSecond.toFixed(0)} req/s  p50 ${b.p50} ms  p99 ${b.p99} ms  non-2xx ${b.non2xx}`,
    );
    const r = await oneRun(i, false);
    runs.push(r);
    const exact =
      r.opened === FINGERPRINTS && r.uniqueOpened === FINGERPRINTS && r.updated === TOTAL - FINGERPRINTS;
    console.log(
      `run ${i + 1} alert intake:     ${r.alertsPerSecond.toFixed(0)} alerts/s  p50 ${r.p50} ms  p99 ${r.p99} ms  sent ${r.sent}  non-2xx ${r.non2xx}  errors ${r.errors}  incidents opened ${r.opened} (unique ${r.uniqueOpened})  updated ${r.updated}  ${exact ? "EXACT" : "MISMATCH"}`,
    );
  }
  const rate = median(runs.map((r) => r.alertsPerSecond));
  const bareRate = median(bareRuns.map((r) => r.alertsPerSecond));
  const p99 = median(runs.map((r) => r.p99));
  console.log(
    `median baseline node:http: ${bareRate.toFixed(0)} req/s  p99 ${median(bareRuns.map((r) => r.p99))} ms`,
  );
  console.log(
    `median alert intake:       ${rate.toFixed(0)} alerts/s  p50 ${median(runs.map((r) => r.p50))} ms  p99 ${p99} ms  (${((rate / bareRate) * 100).toFixed(0)}% of bare node:http)`,
  );
  console.log(
    `target >= 15,000 alerts/s and p99 <= 10 ms: ${rate >= 15_000 && p99 <= 10 ? "met" : "NOT met"}`,
  );
  const bad = runs.filter(
    (r) => r.opened !== FINGERPRINTS || r.uniqueOpened !== FINGERPRINTS || r.non2xx > 0,
  );
  if (bad.length > 0) {
    console.log(
      `FAILED: ${bad.length} run(s) did not end with exactly ${FINGERPRINTS} incidents and no errors`,
    );
    process.exitCode = 1;
  }
}

if (process.argv.includes("--serve-bare")) await serveBare();
else if (process.argv.includes("--serve")) await serve();
else await main();
