import { z } from "zod";
import type { Severity } from "../../../core/incident.js";
import { labelsFingerprint, vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  knownSeverity,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
} from "../normalize-helpers.js";
import { canonicalScope, datadogStatus, parseDatadogTitle } from "./datadog-title.js";

/** Datadog stringifies every variable, but hand-written templates often leave ids unquoted. */
const Text = z.union([z.string(), z.number()]).transform(String).optional();

/**
 * Datadog webhook: the default template (title/body/date/id/org), our recommended custom template
 * (docs/alerts.md: alert_id, alert_scope, alert_transition, alert_priority, …) and the common variants that
 * name the same variables differently (monitor_id, scopes, priority/severity, transition).
 */
export const DatadogPayloadSchema = z
  .looseObject({
    id: Text,
    title: Text,
    alert_title: Text,
    event_title: Text,
    monitor_name: Text,
    body: Text,
    event_msg: Text,
    text_only_msg: Text,
    org_id: Text,
    event_type: Text,
    date: Text,
    last_updated: Text,
    org: z.looseObject({ id: Text, name: Text }).optional().catch(undefined),
    alert_id: Text,
    monitor_id: Text,
    alert_cycle_key: Text,
    alert_scope: Text,
    scopes: Text,
    scope: Text,
    alert_transition: Text,
    transition: Text,
    alert_type: Text,
    alert_priority: Text,
    priority: Text,
    severity: Text,
    hostname: Text,
    tags: z.union([z.string(), z.array(z.string()).transform((t) => t.join(","))]).optional(),
    link: Text,
  })
  .refine((p) => Boolean(p.title ?? p.alert_title ?? p.event_title ?? p.monitor_name), {
    message: "one of title, alert_title, event_title or monitor_name is required",
    path: ["title"],
  })
  // A literal `$EVENT_TITLE` means the template was posted unexpanded (a misconfigured webhook, not an alert).
  .refine((p) => !/^\$[A-Z_]+$/.test(p.alert_title ?? p.event_title ?? p.title ?? p.monitor_name ?? ""), {
    message: "unexpanded Datadog template variable",
    path: ["title"],
  });
type DatadogPayload = z.infer<typeof DatadogPayloadSchema>;

/** A template variable Datadog left unexpanded (`$ALERT_SCOPE`) or sent empty is no value. */
const real = (value: string | undefined) => (value && !value.startsWith("$") ? value.trim() : undefined);

function parseTags(tags: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of (tags ?? "").split(",").slice(0, 200)) {
    const [key, ...value] = tag.trim().split(":");
    if (key && value.length > 0) out[key] = value.join(":");
  }
  return out;
}

/** The default template carries the monitor only in its links: `/monitors/123?group=host%3Aa`. */
function fromLinks(p: DatadogPayload): { monitor?: string | undefined; group?: string | undefined } {
  const text = `${p.link ?? ""} ${(p.body ?? "").slice(0, 50_000)}`;
  const match = /\/monitors\/(\d{1,20})(?:\?([^\s)\]"]{0,2000}))?/.exec(text);
  if (!match) return {};
  const group = new URLSearchParams(match[2] ?? "").get("group") ?? undefined;
  return { monitor: match[1], group };
}

const PRIORITY_TYPES: Record<string, Severity> = { error: "P2", warning: "P3", info: "P4" };

/** Vendor priority fields first, then the title's `[Pn]`, then the alert type. */
function severityOf(p: DatadogPayload, titlePriority: string | undefined): Severity {
  for (const field of [p.alert_priority, p.priority, p.severity, titlePriority]) {
    const known = knownSeverity(real(field));
    if (known) return known;
  }
  return PRIORITY_TYPES[(p.alert_type ?? "").toLowerCase()] ?? "P3";
}

export function normalizeDatadog(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = DatadogPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const heading = parseDatadogTitle(p.alert_title ?? p.event_title ?? p.title ?? p.monitor_name ?? "");
  const links = fromLinks(p);
  const status =
    datadogStatus(real(p.alert_transition) ?? real(p.transition)) ??
    datadogStatus(heading.transition) ??
    ((p.alert_type ?? "").toLowerCase() === "success" ? "resolved" : "firing");
  if (status === "ignore") return ok([]);

  const monitor = real(p.alert_id) ?? real(p.monitor_id) ?? links.monitor;
  const scope = canonicalScope(
    real(p.alert_scope) ?? real(p.scopes) ?? real(p.scope) ?? heading.scope ?? links.group,
  );
  const cycle = real(p.alert_cycle_key);
  const fingerprint = monitor
    ? vendorFingerprint("datadog", monitor, scope)
    : cycle
      ? vendorFingerprint("datadog", "cycle", cycle)
      : labelsFingerprint("datadog", { title: heading.name, scope, org: p.org?.id ?? real(p.org_id) ?? "" });

  const tags = parseTags(p.tags);
  const labels: Record<string, string> = { ...tags };
  if (monitor) labels.monitor_id = monitor;
  if (scope) labels.scope = scope;
  for (const key of ["alert_transition", "event_type", "hostname", "link"] as const) {
    const value = real(p[key]);
    if (value) labels[key] = value;
  }
  const at = isoTime(p.last_updated) ?? isoTime(p.date) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "datadog",
      fingerprint,
      severity: severityOf(p, heading.priority),
      title: heading.name,
      description: p.body ?? real(p.event_msg) ?? real(p.text_only_msg),
      service: real(parseTags(scope).service) ?? real(tags.service),
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : undefined,
      status,
      raw: body,
    }),
  ]);
}
