import { z } from "zod";
import { type CollectorAccess, isEnabled } from "../collectors/collector-access.js";
import { operatorEndpoint } from "../collectors/endpoint.js";
import { condenseStoreLines } from "../collectors/log-condense.js";
import { queryLoki, searchElasticsearch } from "../collectors/log-stores.js";
import { windowAround } from "../collectors/prometheus-api.js";
import { SubjectLabelsSchema } from "../collectors/prometheus-related.js";
import { namesSecret, readOnlyVerb } from "../collectors/read-only.js";
import { defineTool } from "./define-tool.js";
import { fitToBudget } from "./output-budget.js";

const QueryLogsInput = z.strictObject({
  /** Omitted: every store the operator configured. */
  store: z.enum(["loki", "elasticsearch"]).optional(),
  /** The subject's labels: the stream selector (Loki) or field filters (Elasticsearch) are built from them. */
  subject: SubjectLabelsSchema,
  at: z.iso.datetime({ offset: true }),
  endpoint: z.string().max(2_000).optional(),
  verb: z.string().max(40).optional(),
  /** An object kind the agent means to read; only so a Secret can be refused by name. */
  kind: z.string().max(40).optional(),
});

const NAMES = { loki: "Loki", elasticsearch: "Elasticsearch" } as const;
const ENV = { loki: "SENTRY_LOKI_URL", elasticsearch: "SENTRY_ELASTICSEARCH_URL" } as const;

function configured(access: CollectorAccess | undefined): boolean {
  return isEnabled(access, "loki") || isEnabled(access, "elasticsearch");
}

export const queryLogsTool = defineTool({
  name: "query_logs",
  description:
    "Read-only log store query around the alert's start for the subject's labels: Loki query_range (store: loki) or Elasticsearch/OpenSearch _search on the operator's index (store: elasticsearch). The lines are condensed like uploaded logs (templates, errors first) and returned one line per template.",
  input: QueryLogsInput,
  writes: false,
  available: (ctx) => configured(ctx.collectors),
  async handler(input, ctx) {
    const access = ctx.collectors;
    const stores = input.store
      ? [input.store]
      : (["loki", "elasticsearch"] as const).filter((s) => isEnabled(access, s));
    const outputs: string[] = [];
    for (const store of stores) {
      const one = await queryStore(store, input, access, ctx.clock());
      if (one.status !== "ok") return one;
      outputs.push(one.output);
    }
    if (outputs.length === 0)
      return {
        status: "denied",
        reason: "no log store is configured by the operator (SENTRY_LOKI_URL, SENTRY_ELASTICSEARCH_URL)",
      };
    const budget = access?.settings.outputChars ?? 6_000;
    return { status: "ok", output: fitToBudget("query_logs", outputs.join("\n"), budget) };
  },
});

type Store = "loki" | "elasticsearch";
type Outcome = { status: "ok"; output: string } | { status: "denied" | "error"; reason: string };

async function queryStore(
  store: Store,
  input: z.infer<typeof QueryLogsInput>,
  access: CollectorAccess | undefined,
  now: Date,
): Promise<Outcome> {
  const name = NAMES[store];
  if (!access || !isEnabled(access, store))
    return { status: "denied", reason: `${name} is not configured by the operator (${ENV[store]})` };
  const verb = readOnlyVerb(name, input.verb, ["query", "search", "query_range"]);
  if (!verb.ok) return { status: "denied", reason: verb.reason };
  const secret = namesSecret(input.kind);
  if (!secret.ok) return { status: "denied", reason: secret.reason };
  const endpoint = operatorEndpoint(name, access.settings[store].url, input.endpoint);
  if (!endpoint.ok) return { status: "denied", reason: endpoint.reason };
  const { settings } = access;
  const window = windowAround(new Date(input.at), settings.beforeMinutes, settings.afterMinutes, now);
  const read =
    store === "loki"
      ? await queryLoki(access, endpoint.base, input.subject, window)
      : await searchElasticsearch(access, endpoint.base, input.subject, window);
  if (read.status === "error") return read;
  const header = `${name} ${endpoint.base.origin} ${read.query.slice(0, 500)}, ${window.start.toISOString()} → ${window.end.toISOString()}:`;
  if (read.lines.length === 0) return { status: "ok", output: `${header}\nno log lines in the window` };
  const condensed = await condenseStoreLines(store, read.lines, settings.outputChars, {
    from: window.start.toISOString(),
  });
  return { status: "ok", output: `${header}\n${condensed}` };
}
