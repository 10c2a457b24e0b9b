import { z } from "zod";
import { type CollectorAccess, isEnabled } from "../collectors/collector-access.js";
import { operatorEndpoint } from "../collectors/endpoint.js";
import { JournalUnitSchema, readJournal } from "../collectors/journald.js";
import { condenseStoreLines } from "../collectors/log-condense.js";
import { queryLoki, searchElasticsearch } from "../collectors/log-stores.js";
import { windowAround } from "../collectors/prometheus-api.js";
import { SubjectLabelsSchema } from "../collectors/prometheus-related.js";
import { namesSecret, readOnlyVerb } from "../collectors/read-only.js";
import type { CommandExecutor } from "../security/policy/command-policy.js";
import { defineTool } from "./define-tool.js";
import { fitToBudget } from "./output-budget.js";

const QueryLogsInput = z.strictObject({
  /** Omitted: every store the operator configured. */
  store: z.enum(["loki", "elasticsearch", "journald"]).optional(),
  /** The subject's labels: the stream selector (Loki) or field filters (Elasticsearch) are built from them. */
  subject: SubjectLabelsSchema.default({}),
  /** The systemd unit journald is read for (`nginx.service`); journald is skipped without one. */
  unit: JournalUnitSchema.optional(),
  at: z.iso.datetime({ offset: true }),
  endpoint: z.string().max(2_000).optional(),
  verb: z.string().max(40).optional(),
  /** An object kind the agent means to read; only so a Secret can be refused by name. */
  kind: z.string().max(40).optional(),
});

const NAMES = { loki: "Loki", elasticsearch: "Elasticsearch", journald: "journald" } as const;
const ENV = {
  loki: "SENTRY_LOKI_URL",
  elasticsearch: "SENTRY_ELASTICSEARCH_URL",
  journald: "SENTRY_JOURNALD=1",
} as const;
const STORES = ["loki", "elasticsearch", "journald"] as const;

function configured(access: CollectorAccess | undefined): boolean {
  return STORES.some((s) => isEnabled(access, s));
}

export const queryLogsTool = defineTool({
  name: "query_logs",
  description:
    "Read-only log store query around the alert's start for the subject's labels: Loki query_range (store: loki), Elasticsearch/OpenSearch _search on the operator's index (store: elasticsearch), or this host's journal for a systemd unit (store: journald, with unit). The lines are condensed like uploaded logs (templates, errors first) and returned one line per template.",
  input: QueryLogsInput,
  writes: false,
  available: (ctx) => configured(ctx.collectors),
  async handler(input, ctx) {
    const access = ctx.collectors;
    // Unnamed, journald is read only when a unit is given: it has no labels to select by.
    const stores = input.store
      ? [input.store]
      : STORES.filter((s) => isEnabled(access, s) && (s !== "journald" || input.unit !== undefined));
    const outputs: string[] = [];
    const failed: Outcome[] = [];
    for (const store of stores) {
      const one = await queryStore(store, input, access, ctx.clock(), access?.exec ?? ctx.exec);
      // A store that cannot serve this subject (Loki has no labels for a bare unit) does not hide the others.
      if (one.status === "ok") outputs.push(one.output);
      else if (input.store) return one;
      else failed.push(one);
    }
    if (outputs.length === 0 && failed[0]) return failed[0];
    for (const f of failed) if (f.status !== "ok") outputs.push(`(another store: ${f.reason})`);
    if (outputs.length === 0)
      return {
        status: "denied",
        reason: isEnabled(access, "journald")
          ? "journald is the only log store configured, and it needs the systemd unit to read (unit)"
          : "no log store is configured by the operator (SENTRY_LOKI_URL, SENTRY_ELASTICSEARCH_URL, SENTRY_JOURNALD=1)",
      };
    const budget = access?.settings.outputChars ?? 6_000;
    return { status: "ok", output: fitToBudget("query_logs", outputs.join("\n"), budget) };
  },
});

type Store = (typeof STORES)[number];
type Outcome = { status: "ok"; output: string } | { status: "denied" | "error"; reason: string };

async function queryStore(
  store: Store,
  input: z.infer<typeof QueryLogsInput>,
  access: CollectorAccess | undefined,
  now: Date,
  exec: CommandExecutor,
): Promise<Outcome> {
  const name = NAMES[store];
  if (!access || !isEnabled(access, store))
    return { status: "denied", reason: `${name} is not configured by the operator (${ENV[store]})` };
  const verb = readOnlyVerb(name, input.verb, ["query", "search", "query_range"]);
  if (!verb.ok) return { status: "denied", reason: verb.reason };
  const secret = namesSecret(input.kind);
  if (!secret.ok) return { status: "denied", reason: secret.reason };
  const { settings } = access;
  const window = windowAround(new Date(input.at), settings.beforeMinutes, settings.afterMinutes, now);
  if (store === "journald") return queryJournal(input, access, window, exec);
  const endpoint = operatorEndpoint(name, access.settings[store].url, input.endpoint);
  if (!endpoint.ok) return { status: "denied", reason: endpoint.reason };
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

async function queryJournal(
  input: z.infer<typeof QueryLogsInput>,
  access: CollectorAccess,
  window: { start: Date; end: Date },
  exec: CommandExecutor,
): Promise<Outcome> {
  if (input.endpoint !== undefined)
    return { status: "denied", reason: "journald reads this host's journal: it has no endpoint" };
  if (!input.unit) return { status: "denied", reason: "journald needs the systemd unit to read (unit)" };
  const { settings } = access;
  const read = await readJournal(exec, input.unit, window, settings.maxResponseBytes);
  if (read.status === "error") return read;
  const header = `journald ${read.query}, ${window.start.toISOString()} → ${window.end.toISOString()}${read.cut ? ` (answer cut at ${settings.maxResponseBytes} bytes)` : ""}:`;
  if (read.lines.length === 0) return { status: "ok", output: `${header}\nno journal records in the window` };
  const condensed = await condenseStoreLines("journald", read.lines, settings.outputChars, {
    from: window.start.toISOString(),
  });
  return { status: "ok", output: `${header}\n${condensed}` };
}
