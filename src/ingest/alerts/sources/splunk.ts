import { z } from "zod";
import type { Incident } from "../../../core/incident.js";
import { labelsFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
  severityFrom,
  stringLabels,
} from "../normalize-helpers.js";

/** Splunk webhook alert action: the search, its run (`sid`) and the first result row. */
const SplunkPayloadSchema = z.looseObject({
  /** null when the search that alerted was not saved (Splunk's own documented example). */
  search_name: z.string().min(1).max(500).nullish(),
  sid: z.string().nullish(),
  results_link: z.string().nullish(),
  app: z.string().nullish(),
  owner: z.string().nullish(),
  result: z.record(z.string(), z.unknown()).nullish().catch(undefined),
});

/** Result fields that say which thing alerted; counts and times in the row do not. */
const IDENTITY_FIELDS = ["alert_key", "host", "service", "source", "sourcetype", "index", "instance"];
const RESOLVED = new Set(["resolved", "ok", "closed", "recovered", "clear"]);

/**
 * Identity: app + saved search (its name, else the scheduled `sid` without its run suffix) + the result row's identifying fields (`alert_key` when the search sets one,
 * else host/service/source/sourcetype/index/instance). `sid` changes on every run and is left out. Splunk
 * sends no resolution of its own: a row with `alert_status` (or `status`) resolved/ok/closed resolves.
 * Severity: the row's `severity`, `priority` or `urgency`.
 */
/**
 * The search a run belongs to when Splunk gives no name: a scheduled run's `sid` is
 * `scheduler__<owner>__<app>__<search hash>_at_<time>_<n>`, the same for every run of one search.
 */
function searchOf(p: z.infer<typeof SplunkPayloadSchema>): string | undefined {
  if (p.search_name) return p.search_name;
  const scheduled = /^(scheduler_.+?)_at_\d+_\d+$/.exec(p.sid ?? "");
  return scheduled?.[1];
}

export function normalizeSplunk(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = SplunkPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const search = searchOf(p);
  if (!search)
    return {
      status: "invalid",
      path: "search_name",
      reason: "no search name and no scheduled search id (sid)",
    };
  const row = stringLabels(p.result);
  const identity: Record<string, string> = { app: p.app ?? "", search };
  for (const key of IDENTITY_FIELDS) if (row[key] !== undefined) identity[key] = row[key];
  const state = (row.alert_status ?? row.status ?? "").toLowerCase();
  const status: Incident["status"] = RESOLVED.has(state) ? "resolved" : "firing";
  // Internal fields (`_raw`, `_cd`, …) and long values stay in `raw`: a row is not a label set.
  const shown = Object.entries(row).filter(([k, v]) => !k.startsWith("_") && v.length <= 1024);
  const labels: Record<string, string> = {
    ...Object.fromEntries(shown.slice(0, 50)),
    search_name: search,
  };
  if (p.app) labels.app = p.app;
  if (p.results_link) labels.results_link = p.results_link;
  const scope = row.alert_key ?? row.host ?? row.service ?? row.source;
  const now = options.now.toISOString();
  return ok([
    buildIncident({
      source: "splunk",
      fingerprint: labelsFingerprint("splunk", identity),
      severity: severityFrom(row.severity ?? row.priority ?? row.urgency, "P3"),
      title: scope ? `${search} on ${scope}` : search,
      description: row.message ?? row.description,
      service: row.service,
      labels,
      startedAt: now,
      endedAt: status === "resolved" ? now : undefined,
      status,
      raw: body,
    }),
  ]);
}
