/**
 * Alert storm benchmark: Alertmanager webhook notifications (one alert each, the shape Alertmanager posts)
 * over 200 fingerprints, sent by a lean keep-alive client (below) on loopback to the alert route. Three processes per run, so no
 * two share an event loop: this orchestrator, the server (`--serve` or `--serve-bare`) and the client
 * (`--client`). Prints sustained alerts/s, p50/p99 acknowledgement latency, the server's CPU time per
 * request and its peak RSS, and checks that exactly one incident was opened per fingerprint, none lost.
 *
 * Steady state, not start-up: each run first sends WARMUP requests (their own fingerprints, not counted) so
 * the JIT and the connections are warm, then measures TOTAL requests, bounded by MAX_SECONDS. Every body is
 * built before the client starts sending (each is unique: a byte-identical body is a replay), so the client
 * spends its time on HTTP, not on building JSON. The baseline, measured in the same run with the same client
 * and the same bodies, is a bare node:http server that reads the body and answers 202. Medians of RUNS runs
 * (default 5), alternating baseline and intake. Traffic goes to 127.0.0.1 only.
 *
 *   npx tsx bench/alerts-storm.ts            # memory state store
 *   REDIS_URL=redis://127.0.0.1:6379 npx tsx bench/alerts-storm.ts   # shared Redis state store
 */
import { type ChildProcess, fork } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";

const TOTAL = Number(process.env.STORM_TOTAL ?? 60_000);
const WARMUP = Number(process.env.STORM_WARMUP ?? 10_000);
const MAX_SECONDS = Number(process.env.STORM_MAX_SECONDS ?? 30);
const FINGERPRINTS = Number(process.env.STORM_FINGERPRINTS ?? 200);
const RUNS = Number(process.env.RUNS ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const TOKEN = "bench-token-0123456789abcdef";

interface Counts {
  /** Requests the server answered 2xx to (after the mark: warm-up excluded from the CPU figure only). */
  accepted: number;
  opened: number;
  uniqueOpened: number;
  updated: number;
  other: number;
  /** Server CPU time (user + system) since the mark, in microseconds. */
  cpuMicros: number;
  /** The system (kernel) part of it: loopback TCP is mostly kernel time. */
  systemMicros: number;
  maxRssKb: number;
}
type ToServer = { type: "mark" } | { type: "counts" };
type FromServer = { type: "listening"; port: number } | ({ type: "counts" } & Counts);
type ToClient = { type: "start"; port: number; run: number } | { type: "go" };
interface Load {
  sent: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
  timeBounded: boolean;
  /** Client CPU time (user + system) while measuring, in microseconds. */
  clientCpuMicros: number;
}
type FromClient = { type: "warmed" } | ({ type: "measured" } & Load);

function reply(message: FromServer | FromClient) {
  process.send?.(message);
}

/** Answers the orchestrator's `mark` (start of the measured phase) and `counts` for either server. */
function answerCounts(counts: () => Promise<Omit<Counts, "cpuMicros" | "systemMicros" | "maxRssKb">>) {
  let mark = process.cpuUsage();
  process.on("disconnect", () => process.exit(0));
  process.on("message", async (message: ToServer) => {
    if (message.type === "mark") mark = process.cpuUsage();
    if (message.type !== "counts") return;
    const cpu = process.cpuUsage(mark);
    const maxRssKb = process.resourceUsage().maxRSS;
    reply({
      type: "counts",
      ...(await counts()),
      cpuMicros: cpu.user + cpu.system,
      systemMicros: cpu.system,
      maxRssKb,
    });
  });
}

/** The baseline: what node:http alone costs for the same requests (read the body, answer 202). */
async function serveBare(): Promise<void> {
  const { createServer } = await import("node:http");
  let accepted = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      accepted += 1;
      const text = `{"accepted":${Buffer.concat(chunks).length > 0}}`;
      res.writeHead(202, { "content-type": "application/json", "content-length": text.length });
      res.end(text);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    reply({ type: "listening", port: typeof address === "object" && address ? address.port : 0 });
  });
  answerCounts(async () => ({ accepted, opened: 0, uniqueOpened: 0, updated: 0, other: 0 }));
}

/** `src` is this tree's sources, or another checkout's (STORM_COMPARE) for a before/after in one run. */
async function serve(src: string): Promise<void> {
  type Of<T> = Promise<T>;
  const { AlertAuthSettingsSchema }: typeof import("../src/ingest/alerts/auth/verify-request.js") =
    await (import(`${src}/ingest/alerts/auth/verify-request.js`) as Of<never>);
  const { createDedupeEngine }: typeof import("../src/ingest/alerts/dedupe.js") = await (import(
    `${src}/ingest/alerts/dedupe.js`
  ) as Of<never>);
  const { createMemoryStateStore }: typeof import("../src/core/memory-state-store.js") = await (import(
    `${src}/core/memory-state-store.js`
  ) as Of<never>);
  const { createRedisStateStore }: typeof import("../src/ingest/alerts/redis-state-store.js") = await (import(
    `${src}/ingest/alerts/redis-state-store.js`
  ) as Of<never>);
  const { createAlertRoute }: typeof import("../src/server/alert-route.js") = await (import(
    `${src}/server/alert-route.js`
  ) as Of<never>);
  const { createSentryServer }: typeof import("../src/server/http-server.js") = await (import(
    `${src}/server/http-server.js`
  ) as Of<never>);
  const store = process.env.REDIS_URL
    ? createRedisStateStore(process.env.REDIS_URL, { prefix: `bench-${randomUUID()}:` })
    : createMemoryStateStore();
  const ids = new Set<string>();
  const counts = { accepted: 0, opened: 0, updated: 0, other: 0 };
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
  const handler = route.route.handler;
  const counted = {
    ...route.route,
    async handler(ctx: Parameters<typeof handler>[0]) {
      await handler(ctx);
      if (ctx.res.statusCode < 300) counts.accepted += 1;
    },
  };
  const server = createSentryServer({ routes: [counted] });
  reply({ type: "listening", port: await server.listen(0, "127.0.0.1") });
  answerCounts(async () => {
    await route.queue.idle();
    return { ...counts, uniqueOpened: ids.size };
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

function bodies(phase: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => alertmanagerBody(`${phase}-${i % FINGERPRINTS}`, i));
}

/**
 * The client: CONNECTIONS keep-alive connections, each sending its next prebuilt request as soon as the last
 * one's answer is complete (what autocannon does, without its per-request cost: autocannon spent 40-60 µs of
 * CPU per request here, as much as node:http's whole server side, so it could not show node:http's limit).
 * Latency is from writing a request to the end of its answer; percentiles are exact (sorted samples).
 */
async function load(requests: Buffer[], port: number, maxSeconds: number): Promise<Load> {
  const latencies = new Float64Array(requests.length);
  let next = 0;
  let answered = 0;
  let ok2xx = 0;
  let non2xx = 0;
  let errors = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  let timeBounded = false;
  const connection = () =>
    new Promise<void>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.setNoDelay(true);
      let pending: Buffer = Buffer.alloc(0);
      let sentAt = 0;
      const send = () => {
        if (next >= requests.length) return socket.end(resolve);
        if (performance.now() > deadline) {
          timeBounded = true;
          return socket.end(resolve);
        }
        sentAt = performance.now();
        socket.write(requests[next++] as Buffer);
      };
      socket.on("connect", send);
      socket.on("error", () => {
        errors += 1;
        resolve();
      });
      socket.on("data", (chunk: Buffer) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        const length = responseLength(pending);
        if (length === undefined || pending.length < length) return;
        const status = Number(pending.toString("latin1", 9, 12));
        if (status >= 200 && status < 300) ok2xx += 1;
        else non2xx += 1;
        latencies[answered++] = performance.now() - sentAt;
        pending = pending.subarray(length);
        send();
      });
    });
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const sorted = latencies.subarray(0, answered).sort();
  const at = (q: number) =>
    Number((sorted[Math.min(answered - 1, Math.floor(q * answered))] ?? 0).toFixed(1));
  return {
    sent: next,
    ok2xx,
    non2xx,
    errors,
    seconds: Number(seconds.toFixed(2)),
    p50: at(0.5),
    p99: at(0.99),
    timeBounded,
    clientCpuMicros: used.user + used.system,
  };
}

/** Bytes of the first whole response in `data` (head + Content-Length body), or undefined if incomplete. */
function responseLength(data: Buffer): number | undefined {
  const headEnd = data.indexOf("\r\n\r\n");
  if (headEnd < 0) return undefined;
  const head = data.toString("latin1", 0, headEnd).toLowerCase();
  const match = /\r\ncontent-length: *(\d+)/.exec(head);
  if (!match) throw new Error(`response without content-length: ${head}`);
  return headEnd + 4 + Number(match[1]);
}

function requestsFor(bodyTexts: string[], port: number): Buffer[] {
  return bodyTexts.map((body) =>
    Buffer.from(
      `POST /api/alerts/alertmanager HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\nauthorization: Bearer ${TOKEN}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    ),
  );
}

/** The client process: builds every body, warms up, waits for `go`, then measures. */
async function client(): Promise<void> {
  const start = await new Promise<Extract<ToClient, { type: "start" }>>((resolve) =>
    process.once("message", resolve),
  );
  const warm = requestsFor(bodies(`warm-${start.run}`, WARMUP), start.port);
  const measured = requestsFor(bodies(`storm-${start.run}`, TOTAL), start.port);
  if (warm.length > 0) await load(warm, start.port, MAX_SECONDS);
  const go = new Promise((resolve) => process.once("message", resolve));
  reply({ type: "warmed" });
  await go;
  reply({ type: "measured", ...(await load(measured, start.port, MAX_SECONDS)) });
  process.disconnect();
}

function next<T extends FromServer | FromClient>(child: ChildProcess, type: T["type"]): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (m: T) => {
      if (m.type !== type) return;
      child.off("message", onMessage);
      resolve(m);
    };
    child.on("message", onMessage);
  });
}

/** STORM_PROFILE_DIR=dir: the intake server writes a V8 CPU profile there (read it with .prof/top.mjs). */
const spawn = (mode: string) => {
  const profile = mode.startsWith("--serve") && process.env.STORM_PROFILE_DIR;
  const execArgv = ["--import", "tsx", ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [])];
  return fork(fileURLToPath(import.meta.url), [mode], { execArgv, stdio: "inherit" });
};

/** Disconnecting lets the server exit on its own (so a CPU profile gets written); killed if it lingers. */
async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.disconnect();
  const timer = setTimeout(() => server.kill(), 5000);
  await exited;
  clearTimeout(timer);
}

const OWN_SRC = fileURLToPath(new URL("../src", import.meta.url));
/** STORM_COMPARE=/path/to/other/src: each run also measures the intake from those sources (e.g. main's). */
const COMPARE = process.env.STORM_COMPARE;

async function oneRun(run: number, bare: boolean, src = OWN_SRC) {
  const server = spawn(bare ? "--serve-bare" : `--serve=${src}`);
  const loader = spawn("--client");
  try {
    const { port } = await next<Extract<FromServer, { type: "listening" }>>(server, "listening");
    const warmed = next(loader, "warmed");
    loader.send({ type: "start", port, run } satisfies ToClient);
    await warmed;
    const before = next<Extract<FromServer, { type: "counts" }>>(server, "counts");
    server.send({ type: "counts" } satisfies ToServer);
    const warmAccepted = (await before).accepted;
    server.send({ type: "mark" } satisfies ToServer);
    const measured = next<Extract<FromClient, { type: "measured" }>>(loader, "measured");
    loader.send({ type: "go" } satisfies ToClient);
    const load = await measured;
    const asked = next<Extract<FromServer, { type: "counts" }>>(server, "counts");
    server.send({ type: "counts" } satisfies ToServer);
    const counts = await asked;
    const measuredAccepted = counts.accepted - warmAccepted;
    return {
      ...load,
      ...counts,
      rate: load.ok2xx / load.seconds,
      cpuPerRequestUs: counts.cpuMicros / Math.max(1, measuredAccepted),
      systemPerRequestUs: counts.systemMicros / Math.max(1, measuredAccepted),
      measuredAccepted,
    };
  } finally {
    loader.kill();
    await stop(server);
  }
}

type Run = Awaited<ReturnType<typeof oneRun>>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Exactly one incident per fingerprint (warm-up's and the measured phase's), every accepted alert counted. */
function exact(r: Run): boolean {
  const fingerprints = Math.min(WARMUP, FINGERPRINTS) + Math.min(TOTAL, FINGERPRINTS);
  return (
    r.opened === fingerprints &&
    r.uniqueOpened === fingerprints &&
    r.other === 0 &&
    r.opened + r.updated === r.accepted &&
    r.non2xx === 0 &&
    r.errors === 0 &&
    (r.timeBounded || r.accepted === WARMUP + TOTAL)
  );
}

function line(label: string, r: Run, unit: string): string {
  return `${label} ${r.rate.toFixed(0)} ${unit}  p50 ${r.p50} ms  p99 ${r.p99} ms  server CPU ${r.cpuPerRequestUs.toFixed(1)} µs/req (system ${r.systemPerRequestUs.toFixed(1)})  client CPU ${(r.clientCpuMicros / Math.max(1, r.sent)).toFixed(1)} µs/req  peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB  sent ${r.sent} in ${r.seconds} s${r.timeBounded ? " (time bound hit)" : ""}`;
}

async function main() {
  console.log(
    `alert storm: ${WARMUP} warm-up + ${TOTAL} measured Alertmanager notifications (1 alert each, ≤ ${MAX_SECONDS} s) over ${FINGERPRINTS} fingerprints, ${CONNECTIONS} connections, store=${process.env.REDIS_URL ? "redis" : "memory"}, ${RUNS} runs`,
  );
  const runs: Run[] = [];
  const bareRuns: Run[] = [];
  const compareRuns: Run[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const b = await oneRun(i, true);
    bareRuns.push(b);
    console.log(line(`run ${i + 1} baseline node:http:`, b, "req/s   "));
    if (COMPARE) {
      const c = await oneRun(i, false, COMPARE);
      compareRuns.push(c);
      console.log(
        `${line(`run ${i + 1} intake (compare):`, c, "alerts/s")}  ${exact(c) ? "EXACT" : "MISMATCH"}`,
      );
    }
    const r = await oneRun(i, false);
    runs.push(r);
    console.log(
      `${line(`run ${i + 1} alert intake:     `, r, "alerts/s")}  non-2xx ${r.non2xx}  errors ${r.errors}  opened ${r.opened} (unique ${r.uniqueOpened})  updated ${r.updated}  ${exact(r) ? "EXACT" : "MISMATCH"}`,
    );
  }
  const of = (list: Run[], pick: (r: Run) => number) => median(list.map(pick));
  const rate = of(runs, (r) => r.rate);
  const bareRate = of(bareRuns, (r) => r.rate);
  const p99 = of(runs, (r) => r.p99);
  console.log(
    `median baseline node:http: ${bareRate.toFixed(0)} req/s     p50 ${of(bareRuns, (r) => r.p50)} ms  p99 ${of(bareRuns, (r) => r.p99)} ms  server CPU ${of(bareRuns, (r) => r.cpuPerRequestUs).toFixed(1)} µs/req`,
  );
  console.log(
    `median alert intake:       ${rate.toFixed(0)} alerts/s  p50 ${of(runs, (r) => r.p50)} ms  p99 ${p99} ms  server CPU ${of(runs, (r) => r.cpuPerRequestUs).toFixed(1)} µs/req  peak RSS ${(of(runs, (r) => r.maxRssKb) / 1024).toFixed(0)} MB  (${((rate / bareRate) * 100).toFixed(0)}% of bare node:http)`,
  );
  if (COMPARE)
    console.log(
      `median intake from ${COMPARE}: ${of(compareRuns, (r) => r.rate).toFixed(0)} alerts/s  p50 ${of(compareRuns, (r) => r.p50)} ms  p99 ${of(compareRuns, (r) => r.p99)} ms  server CPU ${of(compareRuns, (r) => r.cpuPerRequestUs).toFixed(1)} µs/req  peak RSS ${(of(compareRuns, (r) => r.maxRssKb) / 1024).toFixed(0)} MB`,
    );
  console.log(
    `target >= 15,000 alerts/s and p99 <= 10 ms: ${rate >= 15_000 && p99 <= 10 ? "met" : "NOT met"}`,
  );
  const bad = runs.filter((r) => !exact(r));
  if (bad.length > 0) {
    console.log(
      `FAILED: ${bad.length} run(s) did not end with exactly one incident per fingerprint and no errors`,
    );
    process.exitCode = 1;
  }
}

if (process.argv.includes("--serve-bare")) await serveBare();
else if (process.argv[2]?.startsWith("--serve=")) await serve(process.argv[2].slice("--serve=".length));
else if (process.argv.includes("--client")) await client();
else await main();
