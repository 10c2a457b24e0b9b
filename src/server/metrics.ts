import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Run, ToolCallRecord } from "../core/run.js";
import type { Route } from "./http-server.js";

/** Why a tool call was blocked, as a small closed set: free-text reasons would explode label cardinality. */
export function blockClass(reason: string): string {
  const rules: [RegExp, string][] = [
    [/kill switch|STOP_SENTRY|DISABLED|stopped/i, "kill_switch"],
    [/credential|revoked|forged/i, "credential"],
    [/role \S+ may not/i, "role"],
    [/rate|throttl|too many calls/i, "throttle"],
    [/invalid input/i, "invalid_input"],
    [/identical call/i, "repeated"],
    [/unknown tool/i, "unknown_tool"],
    [/path|traversal|outside|protected|symlink/i, "path_policy"],
    [/command|executable|argument/i, "command_policy"],
    [/url|host|address|dns|https/i, "url_policy"],
    [/patch|diff/i, "patch_check"],
    [/restart/i, "restart_policy"],
  ];
  return rules.find(([pattern]) => pattern.test(reason))?.[1] ?? "other";
}

export interface SentryMetrics {
  registry: Registry;
  observeRun(run: Run): void;
  observeToolCall(call: ToolCallRecord): void;
  observeAlert(event: { source: string; deduplicated: boolean }): void;
  route: Route;
}

/**
 * Prometheus metrics on a registry of our own (never the global one, so two servers in one process, as in
 * tests, do not collide). `incidentStates` is read at scrape time so the gauge is never stale.
 */
export function createMetrics(incidentStates: () => Record<string, number>): SentryMetrics {
  const registry = new Registry();
  new Gauge({
    name: "sentry_incidents",
    help: "Incidents the server holds, by state (queued, running, or the run's final pipeline state)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [state, count] of Object.entries(incidentStates())) this.set({ state }, count);
    },
  });
  const runs = new Counter({
    name: "sentry_runs_total",
    help: "Finished pipeline runs by outcome (final state)",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "sentry_run_duration_seconds",
    help: "Pipeline run duration by outcome",
    labelNames: ["outcome"],
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
    registers: [registry],
  });
  const toolCalls = new Counter({
    name: "sentry_tool_calls_total",
    help: "Tool calls by tool and decision; blocked ones by reason class",
    labelNames: ["tool", "decision", "reason"],
    registers: [registry],
  });
  const tokens = new Counter({
    name: "sentry_model_tokens_total",
    help: "Model tokens by kind (input, output, cache_read, cache_write)",
    labelNames: ["kind"],
    registers: [registry],
  });
  const cost = new Counter({
    name: "sentry_model_cost_usd_total",
    help: "Model spend in US dollars (list prices)",
    registers: [registry],
  });
  const alerts = new Counter({
    name: "sentry_alerts_received_total",
    help: "Alert notifications received, by source",
    labelNames: ["source"],
    registers: [registry],
  });
  const deduplicated = new Counter({
    name: "sentry_alerts_deduplicated_total",
    help: "Alert notifications folded into an incident already open, by source",
    labelNames: ["source"],
    registers: [registry],
  });

  function observeToolCall(call: ToolCallRecord) {
    const known = [
      "read_file",
      "grep_search",
      "run_diagnostics",
      "apply_patch",
      "restart_service",
      "fetch_docs",
    ];
    const tool = known.includes(call.tool) ? call.tool : "unknown";
    const reason = call.decision === "allowed" ? "" : blockClass(call.reason);
    toolCalls.inc({ tool, decision: call.decision, reason });
  }

  return {
    registry,
    observeToolCall,
    observeRun(run) {
      runs.inc({ outcome: run.finalState });
      const ms = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
      if (Number.isFinite(ms) && ms >= 0) duration.observe({ outcome: run.finalState }, ms / 1000);
      for (const call of run.toolCalls) observeToolCall(call);
      tokens.inc({ kind: "input" }, run.usage.inputTokens);
      tokens.inc({ kind: "output" }, run.usage.outputTokens);
      tokens.inc({ kind: "cache_read" }, run.usage.cacheReadTokens);
      tokens.inc({ kind: "cache_write" }, run.usage.cacheWriteTokens);
      cost.inc(run.usage.costUsd);
    },
    observeAlert({ source, deduplicated: folded }) {
      alerts.inc({ source });
      if (folded) deduplicated.inc({ source });
    },
    route: {
      method: "GET",
      path: "/metrics",
      async handler({ res }) {
        const body = await registry.metrics();
        res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
        res.end(body);
      },
    },
  };
}
