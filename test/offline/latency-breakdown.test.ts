import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Diagnosis } from "../../src/core/diagnosis.js";
import { withBreakdown } from "../../src/llm/offline/latency-breakdown.js";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const line = (i: number, ms: number, search: number) =>
  JSON.stringify({
    level: 30,
    time: `2026-05-11T09:${String(10 + Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.000Z`,
    req: { method: "GET", url: `/checkout/${i}` },
    res: { statusCode: 200 },
    responseTime: ms,
    upstreams: { search, payments: 12 },
    msg: "request completed",
  });

const diagnosis: Diagnosis = {
  severity: "P3",
  category: "latency",
  summary: "slow",
  rootCause: "slow",
  evidence: [{ kind: "log", file: "logs/api.log", line: 1, excerpt: "slow request" }],
  confidence: 0.5,
  fixability: 0.1,
  recommendedActions: [],
  patterns: ["slow-requests"],
};

describe("where a slow request's time went", () => {
  it("cites log lines naming a dependency of a second or more, never repository files or fast ones", () => {
    const hits = [
      { file: "k8s/api.yaml", line: 3, text: '"upstreams":{"search":5000}' },
      { file: "logs/api.log", line: 7, text: line(7, 300, 250) },
      { file: "logs/api.log", line: 9, text: line(9, 2500, 2400) },
      { file: "logs/edge.log", line: 2, text: '10.0.0.1 - - "GET / HTTP/1.1" 200 12 rt=2.300 urt="2.104"' },
    ];
    const out = withBreakdown(diagnosis, hits, new Set(["k8s/api.yaml"]));
    expect(out.evidence.map((e) => e.note)).toEqual([
      undefined,
      "where the time goes: search took 2400 ms",
      "where the time goes: the upstream took 2104 ms",
    ]);
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("a latency alert through the CLI", () => {
  it("cites the dependency the slow requests waited on, and proposes no timeout change", async () => {
    const root = mkdtempSync(join(tmpdir(), "latency-breakdown-e2e-"));
    dirs.push(root);
    // 6% slow: under the share the logs alone would call an incident, but the alert measured the objective.
    const logs = Array.from({ length: 300 }, (_, i) =>
      i % 17 === 5 ? line(i, 2600, 2450) : line(i, 40, 20),
    );
    const alert = {
      receiver: "sentry-webhook",
      status: "firing",
      orgId: 1,
      alerts: [
        {
          status: "firing",
          labels: { alertname: "CheckoutLatencyHigh", service: "checkout", severity: "page" },
          annotations: { summary: "checkout p99 latency above the 500 ms objective" },
          startsAt: "2026-05-11T09:10:00Z",
        },
      ],
      commonLabels: { alertname: "CheckoutLatencyHigh", service: "checkout" },
      groupLabels: { alertname: "CheckoutLatencyHigh" },
      externalURL: "https://grafana.example.com/",
      version: "1",
      groupKey: '{}:{alertname="CheckoutLatencyHigh"}',
      truncatedAlerts: 0,
      title: "[FIRING:1] CheckoutLatencyHigh",
      state: "alerting",
      message: "checkout p99 latency above the 500 ms objective",
    };
    const files: Record<string, string> = {
      "logs/api.log": logs.join("\n"),
      "alert.json": JSON.stringify(alert),
      "repo/k8s/checkout.yaml":
        'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: checkout\n          env:\n            - name: SEARCH_TIMEOUT_MS\n              value: "3000"\n',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const res = await cli(
      ["diagnose", "--format", "json", "--log", "logs", "--repo", "repo", "--alert", "alert.json"],
      { cwd: root },
    );
    const run = JSON.parse(res.stdout) as {
      diagnosis?: { category: string; evidence: { note?: string }[] };
      proposal?: unknown;
    };
    expect(run.diagnosis?.category).toBe("latency");
    expect(run.diagnosis?.evidence.some((e) => e.note === "where the time goes: search took 2450 ms")).toBe(
      true,
    );
    expect(run.proposal).toBeUndefined();
  }, 30_000);
});
