import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { ToolNameSchema } from "../core/agent-role.js";
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
  /** An alert request answered with an error status (refused, malformed, too large, throttled). */
  observeRejectedAlert(event: { source: string; status: number }): void;
  route: Route;
}

export interface BreakerState {
  open: boolean;
  spentUsd: number;
  limitUsd: number;
}

/** What the server knows at scrape time, read then so the gauges are never stale. */
export interface MetricProbes {
  incidentStates(): Record<string, number>;
  version?: string;
  breaker?(): BreakerState;
  /** The kill switch's reason when it is closed, else undefined. */
  haltReason?(): string | undefined;
  queueDepth?(): number;
}

/** Why an alert request was refused, from its status: a closed set, whatever the body said. */
export function rejectClass(status: number): string {
  const classes: Record<number, string> = {
    400: "invalid",
    401: "auth",
    403: "auth",
    404: "unknown_source",
    413: "too_large",
    415: "content_type",
    422: "over_limit",
    429: "throttled",
    503: "overloaded",
  };
  return classes[status] ?? (status >= 500 ? "server_error" : "other");
}

/**
 * Prometheus metrics on a registry of our own (never the global one, so two servers in one process, as in
 * tests, do not collide). `incidentStates` is read at scrape time so the gauge is never stale.
 */
export function createMetrics(probes: MetricProbes): SentryMetrics {
  const registry = new Registry();
  const { incidentStates } = probes;
  collectDefaultMetrics({ register: registry });
  registerStateGauges(registry, probes);
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
  const rejected = new Counter({
    name: "sentry_alerts_rejected_total",
    help: "Alert requests refused, by source and reason (auth, invalid, too_large, throttled, …)",
    labelNames: ["source", "reason"],
    registers: [registry],
  });
  const deduplicated = new Counter({
    name: "sentry_alerts_deduplicated_total",
    help: "Alert notifications folded into an incident already open, by source",
    labelNames: ["source"],
    registers: [registry],
  });

  function observeToolCall(call: ToolCallRecord) {
    // Only the tools there are become labels (the collectors included): a made-up name must not grow the series.
    const tool = (ToolNameSchema.options as readonly string[]).includes(call.tool) ? call.tool : "unknown";
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
    observeRejectedAlert({ source, status }) {
      rejected.inc({ source, reason: rejectClass(status) });
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

/** Build info, the cost breaker, the kill switch and the queue: gauges read at scrape time. */
function registerStateGauges(registry: Registry, probes: MetricProbes): void {
  const build = new Gauge({
    name: "claude_sentry_build_info",
    help: "Always 1; the labels say which Claude Sentry and Node.js serve these metrics",
    labelNames: ["version", "node"],
    registers: [registry],
  });
  build.set({ version: probes.version ?? "unknown", node: process.version }, 1);
  const { breaker, haltReason, queueDepth } = probes;
  if (breaker) {
    const gauge = (name: string, help: string, read: (b: BreakerState) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read(breaker()));
        },
      });
    gauge("sentry_cost_breaker_open", "1 while the cost breaker is open (spend reached the limit)", (b) =>
      b.open ? 1 : 0,
    );
    gauge(
      "sentry_cost_window_spent_usd",
      "Model spend in the breaker's window, US dollars",
      (b) => b.spentUsd,
    );
    gauge("sentry_cost_limit_usd", "The cost breaker's limit per window, US dollars", (b) => b.limitUsd);
  }
  if (haltReason) {
    new Gauge({
      name: "sentry_kill_switch_halted",
      help: "1 while a kill switch (STOP_SENTRY file, mode DISABLED) halts every run",
      registers: [registry],
      collect() {
        this.set(haltReason() === undefined ? 0 : 1);
      },
    });
  }
  if (queueDepth) {
    new Gauge({
      name: "sentry_queue_pending",
      help: "Incidents waiting in the run queue",
      registers: [registry],
      collect() {
        this.set(queueDepth());
      },
    });
  }
}
