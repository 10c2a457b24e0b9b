import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectorAccess } from "../../src/collectors/collector-access.js";
import { type SentryConfig, SentryConfigSchema } from "../../src/core/config.js";
import { narrowConfig } from "../../src/core/operator-settings.js";
import { armSecurity } from "../../src/engine/arm-security.js";
import { NS, POD } from "./fake-kube.js";
import { configWith, crashLoopAlert, diagnoseAlert } from "./scenario.js";

/**
 * Loki and Elasticsearch faked at the HTTP level on 127.0.0.1 with their documented answers: Loki's
 * query_range `streams` result (values as [nanosecond string, line]) and `_search`'s hits.hits[]._source.
 */
type Mode = "normal" | "huge" | "silent";
const HUGE = `{"status":"success","data":{"result":"${"x".repeat(10 * 1024 * 1024)}"}}`;
let mode: Mode = "normal";
const seen: { path: string; query: string; body: string; method: string }[] = [];
let server: Server;
let base: string;

const HEAP = [
  "<--- Last few GCs --->",
  "[1:0x5d2f6b0]    61234 ms: Mark-Compact 251.9 (258.6) -> 251.1 (258.8) MB, 412.3 / 0.0 ms  (average mu = 0.112) allocation failure",
  "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
];

function lokiAnswer(startNs: bigint) {
  const values = (offset: number): [string, string][] =>
    HEAP.map((line, i) => [String(startNs + BigInt((offset + i) * 1_000_000_000)), line]);
  return {
    status: "success",
    data: {
      resultType: "streams",
      result: [
        {
          stream: { namespace: NS, pod: POD, container: "app", stream: "stderr" },
          values: [...values(0), ...values(60), ...values(120)],
        },
      ],
      stats: {
        summary: {
          bytesProcessedPerSecond: 1,
          linesProcessedPerSecond: 1,
          totalBytesProcessed: 1,
          totalLinesProcessed: 9,
          execTime: 0.01,
        },
      },
    },
  };
}

function esAnswer() {
  const hit = (i: number, message: string) => ({
    _index: "logs-app-2026.12.07",
    _id: `id-${i}`,
    _score: null,
    _source: {
      "@timestamp": new Date(Date.now() - (30 - i) * 1000).toISOString(),
      message,
      "log.level": "error",
    },
    sort: [Date.now()],
  });
  return {
    took: 3,
    timed_out: false,
    _shards: { total: 1, successful: 1, skipped: 0, failed: 0 },
    hits: {
      total: { value: 6, relation: "eq" },
      max_score: null,
      hits: [0, 1, 2, 3, 4, 5].map((i) =>
        hit(i, `ERROR could not write /var/lib/app/cache/${i}.bin: ENOSPC: no space left on device, write`),
      ),
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => resolve(body));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    seen.push({
      path: url.pathname,
      query: url.searchParams.get("query") ?? "",
      body: await readBody(req),
      method: req.method ?? "",
    });
    if (mode === "silent") return;
    res.writeHead(200, { "content-type": "application/json" });
    if (mode === "huge") return void res.end(HUGE);
    if (url.pathname === "/loki/api/v1/query_range")
      return void res.end(JSON.stringify(lokiAnswer(BigInt(url.searchParams.get("start") ?? "0"))));
    if (url.pathname.endsWith("/_search")) return void res.end(JSON.stringify(esAnswer()));
    res.end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function armed(config: SentryConfig) {
  const { tools, auditLog } = armSecurity({
    workspace: { logFiles: [], logDisplayNames: {} },
    mode: "AUDIT",
    config,
    ...(config.collectors ? { collectors: collectorAccess(config.collectors)! } : {}),
  });
  return { tools, auditLog, session: tools.startAgent("run-logs-1", "detective") };
}

const at = () => new Date(Date.now() - 10_000).toISOString();
const stores = (extra: Record<string, unknown> = {}) =>
  SentryConfigSchema.parse({
    collectors: {
      loki: { url: base },
      elasticsearch: { url: base, index: "logs-app-*" },
      timeoutSeconds: 1,
      ...extra,
    },
  });

describe("log stores", () => {
  it("KubePodCrashLooping with Loki alone: the subject's stream, condensed, diagnoses the heap OOM", async () => {
    seen.length = 0;
    const { run, audit } = await diagnoseAlert(
      crashLoopAlert(new Date(Date.now() - 60_000)),
      configWith({ loki: { url: base }, beforeMinutes: 5, afterMinutes: 1 }),
    );
    expect(run.diagnosis?.category).toBe("out_of_memory");
    expect(run.diagnosis?.patterns[0]).toBe("oom-node-heap");
    expect(run.diagnosis?.evidence[0]).toMatchObject({ kind: "log", file: "logs:log store" });
    expect(run.diagnosis?.evidence[0]?.excerpt).toContain("JavaScript heap out of memory");
    expect(seen.map((s) => s.query)).toEqual([`{namespace="${NS}",pod="${POD}",container="app"}`]);
    const call = audit.find((e) => e.kind === "tool-call" && e.tool === "query_logs");
    expect(call).toMatchObject({ decision: "allowed", outcome: "ok", agent: "detective" });
  }, 30_000);

  it("Elasticsearch: _search on the operator's index with the subject's ECS fields, condensed to templates", async () => {
    seen.length = 0;
    const { tools, session } = armed(stores());
    const result = await tools.invoke(session, {
      tool: "query_logs",
      input: { store: "elasticsearch", subject: { namespace: NS, pod: POD }, at: at() },
    });
    expect(result.status).toBe("ok");
    const output = result.status === "ok" ? result.output : "";
    expect(output).toMatch(/6 records in 1 templates/);
    expect(output).toMatch(
      /log \[ERROR ×6, first [^\]]+\] \S+Z ERROR could not write \/var\/lib\/app\/cache\/0\.bin: ENOSPC/,
    );
    expect(seen[0]).toMatchObject({ method: "POST", path: "/logs-app-*/_search" });
    const body = JSON.parse(seen[0]?.body ?? "{}");
    expect(body.query.bool.filter).toContainEqual({ match_phrase: { "kubernetes.pod.name": POD } });
  });

  const refusals: [string, Record<string, unknown>, RegExp][] = [
    ["a write verb", { verb: "delete_by_query" }, /only reads/],
    ["a Secret", { kind: "secrets" }, /Secrets are never read/],
    [
      "an endpoint not the operator's",
      { endpoint: "http://127.0.0.1:1" },
      /not the Loki endpoint the operator configured/,
    ],
  ];
  for (const [what, extra, reason] of refusals) {
    it(`refuses ${what}, audited`, async () => {
      const { tools, auditLog, session } = armed(stores());
      const result = await tools.invoke(session, {
        tool: "query_logs",
        input: { store: "loki", subject: { namespace: NS }, at: at(), ...extra },
      });
      expect(result.status === "denied" ? result.reason : "").toMatch(reason);
      expect(auditLog.entries().find((e) => e.kind === "tool-call")).toMatchObject({ decision: "blocked" });
    });
  }

  it("refuses a host from the repository's config, audited", async () => {
    const { config, ignored } = narrowConfig(stores(), {
      collectors: { loki: { url: "http://logs.attacker.example" } },
    });
    expect(ignored).toEqual([
      "collectors.loki.url ignored: collector endpoints and credentials come from the operator",
    ]);
    const { tools, auditLog, session } = armed(config);
    const result = await tools.invoke(session, {
      tool: "query_logs",
      input: {
        store: "loki",
        subject: { namespace: NS },
        at: at(),
        endpoint: "http://logs.attacker.example",
      },
    });
    expect(result.status).toBe("denied");
    expect(auditLog.entries().find((e) => e.kind === "tool-call")).toMatchObject({ decision: "blocked" });
  });

  it("10 MB and silent answers are cut by the byte cap and the timeout", async () => {
    // A generous timeout for the large answer, so the byte cap is what cuts it on a shared machine.
    const big = armed(stores({ maxResponseBytes: 1_000_000, timeoutSeconds: 20 }));
    mode = "huge";
    const huge = await big.tools.invoke(big.session, {
      tool: "query_logs",
      input: { store: "loki", subject: { pod: POD }, at: at() },
    });
    const { tools, session } = armed(stores());
    mode = "silent";
    const started = Date.now();
    const silent = await tools.invoke(session, {
      tool: "query_logs",
      input: { store: "elasticsearch", subject: { pod: POD }, at: at() },
    });
    mode = "normal";
    expect(huge.status === "error" ? huge.reason : "").toMatch(/answer larger than 1000000 bytes/);
    expect(silent.status === "error" ? silent.reason : "").toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
