import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectorAccess } from "../../src/collectors/collector-access.js";
import { type SentryConfig, SentryConfigSchema } from "../../src/core/config.js";
import { narrowConfig } from "../../src/core/operator-settings.js";
import { armSecurity } from "../../src/engine/arm-security.js";
import { type FakeKube, startFakeKube } from "./fake-kube.js";

/**
 * Every collector refuses a write verb, a Secret, an endpoint the operator did not configure, and a host a
 * repository's config names; each refusal is a blocked entry in the audit chain. Oversized and silent
 * endpoints are cut by the byte cap and the timeout. All endpoints are on 127.0.0.1.
 */
type Mode = "matrix" | "huge" | "silent";
const HUGE = `{"status":"success","data":{"resultType":"matrix","result":[${"0,".repeat(5 * 1024 * 1024)}0]}}`;
let prom: Server;
let promUrl: string;
let mode: Mode = "matrix";
let kube: FakeKube;

const matrix = (first: string, last: string) =>
  JSON.stringify({
    status: "success",
    data: {
      resultType: "matrix",
      result: [
        {
          metric: { instance: "node-1:9100", device: "/dev/sdb1", mountpoint: "/data", fstype: "ext4" },
          values: [
            [1_765_000_000, first],
            [1_765_000_060, last],
          ],
        },
      ],
    },
  });

beforeAll(async () => {
  prom = createServer((req, res) => {
    const query = new URL(req.url ?? "/", "http://x").searchParams.get("query") ?? "";
    if (mode === "silent") return;
    res.writeHead(200, { "content-type": "application/json" });
    if (mode === "huge") res.end(HUGE);
    else if (query.startsWith("node_filesystem_size_bytes")) res.end(matrix("107374182400", "107374182400"));
    else if (query.startsWith("node_filesystem_avail_bytes")) res.end(matrix("1073741824", "536870912"));
    else res.end(JSON.stringify({ status: "success", data: { resultType: "matrix", result: [] } }));
  });
  await new Promise<void>((r) => prom.listen(0, "127.0.0.1", r));
  const a = prom.address();
  promUrl = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  kube = await startFakeKube();
});
afterAll(async () => {
  prom.closeAllConnections();
  await new Promise((r) => prom.close(r));
  await kube.stop();
});

const REPO_HOST = "http://metadata.attacker.example:80";

function operatorConfig(extra: Record<string, unknown> = {}): SentryConfig {
  return SentryConfigSchema.parse({
    collectors: {
      prometheus: { url: promUrl },
      kubernetes: { source: kube.kubeconfig },
      timeoutSeconds: 1,
      ...extra,
    },
  });
}

function armed(config: SentryConfig) {
  const { tools, auditLog } = armSecurity({
    workspace: { logFiles: [], logDisplayNames: {} },
    mode: "AUDIT",
    config,
    ...(config.collectors ? { collectors: collectorAccess(config.collectors)! } : {}),
  });
  const session = tools.startAgent("run-collect-1", "detective");
  return { tools, auditLog, session };
}

const at = new Date(1_765_000_030_000).toISOString();

describe("collector refusals, each audited", () => {
  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    ["prometheus write verb", "query_metrics", { verb: "delete_series", expr: "up", at }, /only reads/],
    [
      "prometheus Secret series",
      "query_metrics",
      { expr: 'kube_secret_info{namespace="shop"}', at },
      /Secrets are never read/,
    ],
    [
      "prometheus unconfigured endpoint",
      "query_metrics",
      { expr: "up", at, endpoint: "http://127.0.0.1:1" },
      /not the Prometheus endpoint the operator configured/,
    ],
    [
      "kubernetes write verb",
      "read_kubernetes",
      { verb: "delete", kind: "pod", namespace: "shop", name: "checkout-7d9f8-x2x9z" },
      /only reads/,
    ],
    [
      "kubernetes exec",
      "read_kubernetes",
      { verb: "exec", kind: "pod", namespace: "shop", name: "checkout-7d9f8-x2x9z" },
      /only reads/,
    ],
    [
      "kubernetes Secret",
      "read_kubernetes",
      { verb: "get", kind: "Secret", namespace: "shop", name: "db-password" },
      /Secrets are never read/,
    ],
    [
      "kubernetes unconfigured endpoint",
      "read_kubernetes",
      {
        verb: "get",
        kind: "pod",
        namespace: "shop",
        name: "checkout-7d9f8-x2x9z",
        endpoint: "http://127.0.0.1:1",
      },
      /not the Kubernetes endpoint the operator configured/,
    ],
    [
      "kubernetes path in a name",
      "read_kubernetes",
      { verb: "get", kind: "pod", namespace: "shop", name: "x/../../secrets/db" },
      /not a Kubernetes name/,
    ],
  ];
  for (const [title, tool, input, reason] of cases) {
    it(`refuses: ${title}`, async () => {
      const { tools, auditLog, session } = armed(operatorConfig());
      const result = await tools.invoke(session, { tool, input });
      expect(result.status).toBe("denied");
      expect(result.status === "denied" ? result.reason : "").toMatch(reason);
      const entry = auditLog.entries().find((e) => e.kind === "tool-call" && e.tool === tool);
      expect(entry).toMatchObject({ decision: "blocked", agent: "detective" });
      expect(String(entry?.reason)).toMatch(reason);
    });
  }

  it("a repository's config cannot add a host: ignored when narrowed, refused when an agent names it", async () => {
    const operator = operatorConfig();
    const { config, ignored } = narrowConfig(operator, {
      collectors: {
        prometheus: { url: REPO_HOST, tokenEnv: "AWS_SECRET_ACCESS_KEY" },
        kubernetes: { source: "/tmp/evil" },
      },
    });
    expect(ignored).toEqual([
      "collectors.prometheus.url ignored: collector endpoints and credentials come from the operator",
      "collectors.prometheus.tokenEnv ignored: collector endpoints and credentials come from the operator",
      "collectors.kubernetes.source ignored: collector endpoints and credentials come from the operator",
    ]);
    expect(config.collectors?.prometheus.url).toBe(promUrl);
    const { tools, auditLog, session } = armed(config);
    for (const [tool, input] of [
      ["query_metrics", { expr: "up", at, endpoint: REPO_HOST }],
      ["read_kubernetes", { verb: "get", kind: "node", name: "worker-1", endpoint: REPO_HOST }],
    ] as const) {
      const result = await tools.invoke(session, { tool, input });
      expect(result.status).toBe("denied");
    }
    const blocked = auditLog.entries().filter((e) => e.kind === "tool-call" && e.decision === "blocked");
    expect(blocked.map((e) => e.tool)).toEqual(["query_metrics", "read_kubernetes"]);
    expect(blocked.every((e) => /not the (Prometheus|Kubernetes) endpoint/.test(String(e.reason)))).toBe(
      true,
    );
  });

  it("a repository alone cannot turn collectors on, and may switch the operator's off", async () => {
    const none = narrowConfig(SentryConfigSchema.parse({}), {
      collectors: { prometheus: { url: REPO_HOST } },
    });
    expect(none.config.collectors).toBeUndefined();
    expect(none.ignored).toContain(
      "collectors ignored: the operator configured no collector, and a repository cannot add one",
    );
    const off = narrowConfig(operatorConfig(), {
      collectors: { kubernetes: { enabled: false }, timeoutSeconds: 0.5 },
    });
    expect(off.config.collectors?.kubernetes.enabled).toBe(false);
    expect(off.config.collectors?.timeoutSeconds).toBe(0.5);
    const { tools, session } = armed(off.config);
    expect(tools.specsFor("detective").map((s) => s.name)).toContain("query_metrics");
    expect(tools.specsFor("detective").map((s) => s.name)).not.toContain("read_kubernetes");
    const result = await tools.invoke(session, {
      tool: "read_kubernetes",
      input: { verb: "get", kind: "node", name: "worker-1" },
    });
    expect(result.status === "denied" ? result.reason : "").toMatch(/not configured by the operator/);
  });

  it("without collectors no collector tool is shown, and a call is refused", async () => {
    const { tools, session } = armed(SentryConfigSchema.parse({}));
    expect(tools.specsFor("triage").map((s) => s.name)).toEqual(["read_file", "grep_search", "fetch_docs"]);
    const result = await tools.invoke(session, { tool: "query_metrics", input: { expr: "up", at } });
    expect(result.status === "denied" ? result.reason : "").toMatch(
      /Prometheus is not configured by the operator/,
    );
  });
});

describe("hostile endpoints are cut by budget and timeout", () => {
  it("Prometheus answering 10 MB: refused at the byte cap, not parsed", async () => {
    mode = "huge";
    // A generous timeout, so the byte cap is what cuts (the machine is shared and the answer is large).
    const { tools, session } = armed(operatorConfig({ maxResponseBytes: 1_000_000, timeoutSeconds: 20 }));
    const started = Date.now();
    const result = await tools.invoke(session, { tool: "query_metrics", input: { expr: "up", at } });
    mode = "matrix";
    expect(result.status).toBe("error");
    expect(result.status === "error" ? result.reason : "").toMatch(/answer larger than 1000000 bytes/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("Prometheus never answering: cut at the timeout", async () => {
    mode = "silent";
    const { tools, session } = armed(operatorConfig());
    const started = Date.now();
    const result = await tools.invoke(session, { tool: "query_metrics", input: { expr: "up", at } });
    mode = "matrix";
    expect(result.status === "error" ? result.reason : "").toMatch(/timed out: no answer within 1000 ms/);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("Kubernetes answering 10 MB, then never answering: both cut", async () => {
    // A generous timeout for the large answer, so the byte cap is what cuts it on a shared machine.
    const big = armed(operatorConfig({ maxResponseBytes: 1_000_000, timeoutSeconds: 20 }));
    kube.behaviour = "huge";
    const huge = await big.tools.invoke(big.session, {
      tool: "read_kubernetes",
      input: { verb: "get", kind: "node", name: "worker-1" },
    });
    const { tools, session } = armed(operatorConfig());
    kube.behaviour = "silent";
    const started = Date.now();
    const silent = await tools.invoke(session, {
      tool: "read_kubernetes",
      input: { verb: "get", kind: "node", name: "worker-2" },
    });
    kube.behaviour = "normal";
    expect(huge.status === "error" ? huge.reason : "").toMatch(/answer larger than 1000000 bytes/);
    expect(silent.status === "error" ? silent.reason : "").toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("the output an agent is shown is cut to the per-call budget, with a hint", async () => {
    const { tools, session } = armed(operatorConfig({ outputChars: 500 }));
    const result = await tools.invoke(session, {
      tool: "read_kubernetes",
      input: { verb: "describe", kind: "pod", namespace: "shop", name: "checkout-7d9f8-x2x9z" },
    });
    expect(result.status).toBe("ok");
    const output = result.status === "ok" ? result.output : "";
    expect(output).toMatch(/\[output cut: showing 500 of \d+ characters; ask for one object/);
  });

  it("a metric answer becomes facts with values and window", async () => {
    const { tools, session } = armed(operatorConfig());
    const result = await tools.invoke(session, {
      tool: "query_metrics",
      input: { subject: { instance: "node-1:9100" }, at },
    });
    const output = result.status === "ok" ? result.output : "";
    expect(output).toMatch(/^Prometheus http:\/\/127\.0\.0\.1:\d+, \S+Z → \S+Z, step \d+s:/);
    expect(output).toContain(
      "[filesystem-almost-full] filesystem /data (/dev/sdb1) on node-1:9100: 0.5% space left",
    );
  });
});
