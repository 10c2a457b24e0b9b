import { z } from "zod";
import { isEnabled } from "../collectors/collector-access.js";
import { operatorEndpoint } from "../collectors/endpoint.js";
import { type Answered, metricFacts } from "../collectors/metric-facts.js";
import { queryRange, windowAround } from "../collectors/prometheus-api.js";
import { relatedQueries, SubjectLabelsSchema } from "../collectors/prometheus-related.js";
import { namesSecret, readOnlyVerb } from "../collectors/read-only.js";
import { defineTool } from "./define-tool.js";
import { fitToBudget } from "./output-budget.js";

const QueryMetricsInput = z
  .strictObject({
    /** The alert's own PromQL expression (from its generatorURL or rule), queried over the window. */
    expr: z.string().min(1).max(2_000).optional(),
    /** The subject's labels: the related series a person checks are queried for them. */
    subject: SubjectLabelsSchema.optional(),
    /** When the alert started: the window is taken around it. */
    at: z.iso.datetime({ offset: true }),
    /** Only the operator's endpoint is accepted; omit it to use that one. */
    endpoint: z.string().max(2_000).optional(),
    verb: z.string().max(40).optional(),
  })
  .refine((input) => input.expr !== undefined || input.subject !== undefined, {
    message: "give expr, subject or both",
  });

export const queryMetricsTool = defineTool({
  name: "query_metrics",
  description:
    "Read-only Prometheus query_range around the alert's start: the alert's expression (expr) and/or the series related to its subject (subject: namespace/pod/container, instance/mountpoint, job/service): memory vs limit, restarts and last termination reason, CPU throttling, filesystem space and inodes, 5xx share, p99 latency. Returns condensed facts with values and window.",
  input: QueryMetricsInput,
  writes: false,
  available: (ctx) => isEnabled(ctx.collectors, "prometheus"),
  async handler(input, ctx) {
    const access = ctx.collectors;
    if (!access || !isEnabled(access, "prometheus"))
      return {
        status: "denied",
        reason: "Prometheus is not configured by the operator (SENTRY_PROMETHEUS_URL)",
      };
    const verb = readOnlyVerb("Prometheus", input.verb, ["query", "query_range"]);
    if (!verb.ok) return { status: "denied", reason: verb.reason };
    const secret = namesSecret(undefined, input.expr);
    if (!secret.ok) return { status: "denied", reason: secret.reason };
    const endpoint = operatorEndpoint("Prometheus", access.settings.prometheus.url, input.endpoint);
    if (!endpoint.ok) return { status: "denied", reason: endpoint.reason };
    const { settings } = access;
    const window = windowAround(
      new Date(input.at),
      settings.beforeMinutes,
      settings.afterMinutes,
      ctx.clock(),
    );
    const queries = [
      ...(input.expr ? [{ signal: "alert-expression" as const, expr: input.expr }] : []),
      ...relatedQueries(input.subject ?? {}),
    ];
    if (queries.length === 0)
      return { status: "error", reason: "the subject names no label a related query uses" };
    const answers: Answered[] = await Promise.all(
      queries.map(async (q) => ({ ...q, result: await queryRange(access, endpoint.base, q.expr, window) })),
    );
    if (answers.every((a) => a.result.status === "error"))
      return {
        status: "error",
        reason: `every query failed: ${answers[0]?.result.status === "error" ? answers[0].result.reason : ""}`,
      };
    const facts = metricFacts(endpoint.base.origin, window, answers).join("\n");
    return { status: "ok", output: fitToBudget("query_metrics", facts, settings.outputChars) };
  },
});
