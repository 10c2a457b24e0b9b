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
  search_name: z.string().min(1).max(500),
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
 * Identity: app + saved search + the result row's identifying fields (`alert_key` when the search sets one,
 * else host/service/source/sourcetype/index/instance). `sid` changes on every run and is left out. Splunk
 * sends no resolution of its own: a row with `alert_status` (or `status`) resolved/ok/closed resolves.
 * Severity: the row's `severity`, `priority` or `urgency`.
 */
export function normalizeSplunk(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = SplunkPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const row = stringLabels(p.result);
  const identity: Record<string, string> = { app: p.app ?? "", search: p.search_name };
  for (const key of IDENTITY_FIELDS) if (row[key] !== undefined) identity[key] = row[key];
  const state = (row.alert_status ?? row.status ?? "").toLowerCase();
  const status: Incident["status"] = RESOLVED.has(state) ? "resolved" : "firing";
  // Internal fields (`_raw`, `_cd`, …) and long values stay in `raw`: a row is not a label set.
  const shown = Object.entries(row).filter(([k, v]) => !k.startsWith("_") && v.length <= 1024);
  const labels: Record<string, string> = {
    ...Object.fromEntries(shown.slice(0, 50)),
    search_name: p.search_name,
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
      title: scope ? `${p.search_name} on ${scope}` : p.search_name,
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
