import { z } from "zod";
import { bearer, type CollectorAccess } from "./collector-access.js";
import { apiUrl } from "./endpoint.js";
import { boundedFetch } from "./http-fetch.js";
import { promString, type SubjectLabels } from "./prometheus-related.js";

/**
 * Log stores read around the alert's start with the subject's labels or fields: Loki's
 * /loki/api/v1/query_range (a streams result) and Elasticsearch/OpenSearch `_search` (hits.hits[]._source).
 * The queries are built here from the subject, never taken from an agent; the answers are validated shapes.
 */
export interface StoreLine {
  time?: string;
  text: string;
}
export type StoreResult =
  | { status: "ok"; query: string; lines: StoreLine[] }
  | { status: "error"; reason: string };

const MAX_LINES = 2_000;

const LokiStreamsSchema = z.object({
  status: z.literal("success"),
  data: z.object({
    resultType: z.literal("streams"),
    result: z.array(
      z.object({
        stream: z.record(z.string(), z.string()),
        values: z.array(z.tuple([z.string(), z.string()])),
      }),
    ),
  }),
});

/** LogQL stream selector from the subject: Kubernetes labels first, else the host or service ones. */
export function lokiSelector(subject: SubjectLabels): string | undefined {
  const pairs: [string, string | undefined][] = subject.pod
    ? [
        ["namespace", subject.namespace],
        ["pod", subject.pod],
        ["container", subject.container],
      ]
    : [
        ["job", subject.job],
        ["service", subject.service],
        ["instance", subject.instance],
      ];
  const matchers = pairs
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${promString(v)}`);
  return matchers.length > 0 ? `{${matchers.join(",")}}` : undefined;
}

function nsToIso(ns: string): string | undefined {
  if (!/^\d{10,19}$/.test(ns)) return undefined;
  return new Date(Number(BigInt(ns) / 1_000_000n)).toISOString();
}

async function getJson(
  access: CollectorAccess,
  url: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ ok: true; json: unknown; status: number } | { ok: false; reason: string }> {
  const answer = await boundedFetch({
    url,
    headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { method: "POST" as const, body } : {}),
    timeoutMs: access.settings.timeoutSeconds * 1000,
    maxBytes: access.settings.maxResponseBytes,
    ...(access.fetch ? { fetch: access.fetch } : {}),
  });
  if (answer.status === "error") return { ok: false, reason: answer.reason };
  try {
    return { ok: true, json: JSON.parse(answer.body), status: answer.httpStatus };
  } catch {
    return { ok: false, reason: `HTTP ${answer.httpStatus}: the answer is not JSON` };
  }
}

export async function queryLoki(
  access: CollectorAccess,
  base: URL,
  subject: SubjectLabels,
  window: { start: Date; end: Date },
): Promise<StoreResult> {
  const selector = lokiSelector(subject);
  if (!selector) return { status: "error", reason: "the subject names no label a Loki selector uses" };
  const url = apiUrl(base, "/loki/api/v1/query_range", {
    query: selector,
    start: `${window.start.getTime()}000000`,
    end: `${window.end.getTime()}000000`,
    limit: String(MAX_LINES),
    direction: "backward",
  });
  const got = await getJson(access, url, bearer(access, access.settings.loki.tokenEnv));
  if (!got.ok) return { status: "error", reason: got.reason };
  const parsed = LokiStreamsSchema.safeParse(got.json);
  if (!parsed.success) return { status: "error", reason: `HTTP ${got.status}: not a Loki streams answer` };
  const lines = parsed.data.data.result
    .flatMap((s) => s.values.map(([ns, text]) => ({ ns, text })))
    .sort((a, b) => a.ns.length - b.ns.length || a.ns.localeCompare(b.ns))
    .slice(-MAX_LINES)
    .map(({ ns, text }) => {
      const time = nsToIso(ns);
      return { ...(time ? { time } : {}), text };
    });
  return { status: "ok", query: selector, lines };
}

const EsHitsSchema = z.object({
  hits: z.object({
    hits: z.array(z.object({ _source: z.record(z.string(), z.unknown()).optional() })),
  }),
});

/** ECS field names (Filebeat, Elastic Agent, Fluent Bit's ECS mode) for the subject's labels. */
const ES_FIELDS: [keyof SubjectLabels, string][] = [
  ["namespace", "kubernetes.namespace"],
  ["pod", "kubernetes.pod.name"],
  ["container", "kubernetes.container.name"],
  ["service", "service.name"],
];

export function esQuery(
  subject: SubjectLabels,
  window: { start: Date; end: Date },
): Record<string, unknown> | undefined {
  const terms = ES_FIELDS.flatMap(([label, field]) => {
    const value = subject[label];
    return value ? [{ match_phrase: { [field]: value } }] : [];
  });
  if (subject.instance) terms.push({ match_phrase: { "host.name": subject.instance.replace(/:\d+$/, "") } });
  if (terms.length === 0) return undefined;
  return {
    size: MAX_LINES,
    sort: [{ "@timestamp": { order: "asc" } }],
    _source: ["@timestamp", "message", "log", "msg", "log.level"],
    query: {
      bool: {
        filter: [
          { range: { "@timestamp": { gte: window.start.toISOString(), lte: window.end.toISOString() } } },
          ...terms,
        ],
      },
    },
  };
}

function sourceText(source: Record<string, unknown>): StoreLine | undefined {
  const text = [source.message, source.log, source.msg].find((v): v is string => typeof v === "string");
  if (text === undefined) return undefined;
  const time = typeof source["@timestamp"] === "string" ? source["@timestamp"] : undefined;
  return { ...(time ? { time } : {}), text };
}

export async function searchElasticsearch(
  access: CollectorAccess,
  base: URL,
  subject: SubjectLabels,
  window: { start: Date; end: Date },
): Promise<StoreResult> {
  const query = esQuery(subject, window);
  if (!query) return { status: "error", reason: "the subject names no field an Elasticsearch query uses" };
  const { elasticsearch } = access.settings;
  const user = elasticsearch.usernameEnv ? access.credentials[elasticsearch.usernameEnv] : undefined;
  const password = elasticsearch.passwordEnv ? access.credentials[elasticsearch.passwordEnv] : undefined;
  const headers =
    user && password
      ? { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}` }
      : bearer(access, elasticsearch.tokenEnv);
  // The index is the operator's; an agent never chooses what is searched.
  const url = apiUrl(
    base,
    `/${encodeURIComponent(elasticsearch.index).replace(/%2C/g, ",").replace(/%2A/g, "*")}/_search`,
  );
  const got = await getJson(access, url, headers, JSON.stringify(query));
  if (!got.ok) return { status: "error", reason: got.reason };
  const parsed = EsHitsSchema.safeParse(got.json);
  if (!parsed.success) return { status: "error", reason: `HTTP ${got.status}: not a _search answer` };
  const lines = parsed.data.hits.hits.flatMap((h) => {
    const line = h._source ? sourceText(h._source) : undefined;
    return line ? [line] : [];
  });
  return { status: "ok", query: JSON.stringify(query.query), lines };
}
