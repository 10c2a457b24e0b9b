import { z } from "zod";
import type { CollectorAccess } from "./collector-access.js";
import { bearer } from "./collector-access.js";
import { apiUrl } from "./endpoint.js";
import { boundedFetch } from "./http-fetch.js";

/** The HTTP API's answer to /api/v1/query_range, as documented (a matrix of [unix seconds, "value"] pairs). */
const MatrixResponseSchema = z.object({
  status: z.literal("success"),
  data: z.object({
    resultType: z.literal("matrix"),
    result: z.array(
      z.object({
        metric: z.record(z.string(), z.string()),
        values: z.array(z.tuple([z.number(), z.string()])),
      }),
    ),
  }),
});
const ErrorResponseSchema = z.object({
  status: z.literal("error"),
  errorType: z.string().optional(),
  error: z.string(),
});

export interface Series {
  metric: Record<string, string>;
  /** [unix seconds, value]; NaN and ±Inf samples dropped. */
  points: [number, number][];
}

export interface Window {
  start: Date;
  end: Date;
  stepSeconds: number;
}

export type RangeResult = { status: "ok"; series: Series[] } | { status: "error"; reason: string };

const MAX_SERIES = 50;

/** About 120 points over the window, never finer than one second. */
export function windowAround(at: Date, before: number, after: number, now: Date): Window {
  const start = new Date(at.getTime() - before * 60_000);
  const end = new Date(Math.min(at.getTime() + after * 60_000, now.getTime()));
  const span = Math.max(1, (end.getTime() - start.getTime()) / 1000);
  return { start, end: end > start ? end : now, stepSeconds: Math.max(1, Math.ceil(span / 120)) };
}

export async function queryRange(
  access: CollectorAccess,
  base: URL,
  expr: string,
  window: Window,
): Promise<RangeResult> {
  const { settings } = access;
  const url = apiUrl(base, "/api/v1/query_range", {
    query: expr,
    start: (window.start.getTime() / 1000).toFixed(3),
    end: (window.end.getTime() / 1000).toFixed(3),
    step: `${window.stepSeconds}s`,
    // Prometheus stops evaluating an expensive expression itself, before our own timeout cuts the wait.
    timeout: `${Math.max(1, Math.floor(settings.timeoutSeconds))}s`,
  });
  const answer = await boundedFetch({
    url,
    headers: bearer(access, settings.prometheus.tokenEnv),
    timeoutMs: settings.timeoutSeconds * 1000,
    maxBytes: settings.maxResponseBytes,
    ...(access.fetch ? { fetch: access.fetch } : {}),
  });
  if (answer.status === "error") return answer;
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return { status: "error", reason: `HTTP ${answer.httpStatus}: the answer is not JSON` };
  }
  const failed = ErrorResponseSchema.safeParse(json);
  if (failed.success)
    return { status: "error", reason: `Prometheus refused the query: ${failed.data.error.slice(0, 300)}` };
  const parsed = MatrixResponseSchema.safeParse(json);
  if (!parsed.success)
    return { status: "error", reason: `HTTP ${answer.httpStatus}: not a query_range matrix answer` };
  const series = parsed.data.data.result.slice(0, MAX_SERIES).map((s) => ({
    metric: s.metric,
    points: s.values.map(([t, v]): [number, number] => [t, Number(v)]).filter(([, v]) => Number.isFinite(v)),
  }));
  return { status: "ok", series };
}
