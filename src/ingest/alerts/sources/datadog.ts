import { z } from "zod";
import type { Incident } from "../../../core/incident.js";
import { labelsFingerprint, vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
  severityFrom,
} from "../normalize-helpers.js";

/**
 * Datadog webhook: both the default template (title/body/date/id/org) and our recommended custom template
 * (docs/alerts.md), which adds alert_cycle_key, alert_transition, alert_priority and friends. Datadog
 * stringifies every variable, so every field is a string.
 */
export const DatadogPayloadSchema = z
  .looseObject({
    id: z.string().optional(),
    title: z.string().optional(),
    alert_title: z.string().optional(),
    event_title: z.string().optional(),
    body: z.string().optional(),
    event_type: z.string().optional(),
    date: z.string().optional(),
    last_updated: z.string().optional(),
    org: z.looseObject({ id: z.string().optional(), name: z.string().optional() }).optional(),
    alert_id: z.string().optional(),
    alert_cycle_key: z.string().optional(),
    alert_scope: z.string().optional(),
    alert_transition: z.string().optional(),
    alert_type: z.string().optional(),
    alert_priority: z.string().optional(),
    hostname: z.string().optional(),
    tags: z.string().optional(),
    link: z.string().optional(),
  })
  .refine((p) => Boolean(p.title ?? p.alert_title ?? p.event_title), {
    message: "one of title, alert_title or event_title is required",
    path: ["title"],
  })
  // A literal `$EVENT_TITLE` means the template was posted unexpanded (a misconfigured webhook, not an alert).
  .refine((p) => !/^\$[A-Z_]+$/.test(p.alert_title ?? p.event_title ?? p.title ?? ""), {
    message: "unexpanded Datadog template variable",
    path: ["title"],
  });
type DatadogPayload = z.infer<typeof DatadogPayloadSchema>;

/** `[Triggered on {host:x}] text` → transition and the text without it (the part that identifies the monitor). */
function splitTitle(text: string): { transition?: string; rest: string } {
  const match = /^\[([A-Za-z -]+?)(?: on \{[^}]*\})?\]\s*(.*)$/s.exec(text);
  if (!match) return { rest: text };
  return { transition: match[1], rest: match[2] ?? text };
}

function statusOf(transition: string | undefined): Incident["status"] | "ignore" {
  const t = (transition ?? "Triggered").toLowerCase();
  if (t === "recovered") return "resolved";
  if (t === "no data" || t === "re-no data") return "ignore";
  return "firing";
}

function parseTags(tags: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of (tags ?? "").split(",")) {
    const [key, ...value] = tag.trim().split(":");
    if (key && value.length > 0) out[key] = value.join(":");
  }
  return out;
}

function fingerprintOf(p: DatadogPayload, titleRest: string): string {
  const real = (v: string | undefined) => (v && !v.startsWith("$") ? v : undefined);
  const cycle = real(p.alert_cycle_key);
  if (cycle) return vendorFingerprint("datadog", cycle);
  const alertId = real(p.alert_id);
  if (alertId) return vendorFingerprint("datadog", alertId, real(p.alert_scope) ?? "");
  // The default payload's `id` changes on every notification, so the monitor is identified by its title.
  return labelsFingerprint("datadog", {
    title: titleRest,
    event_type: p.event_type ?? "",
    org: p.org?.id ?? "",
  });
}

export function normalizeDatadog(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = DatadogPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const fullTitle = p.alert_title ?? p.event_title ?? p.title ?? "";
  const { transition, rest } = splitTitle(fullTitle);
  const status = statusOf(p.alert_transition ?? transition);
  if (status === "ignore") return ok([]);
  const tags = parseTags(p.tags);
  const labels: Record<string, string> = { ...tags };
  for (const key of [
    "alert_id",
    "alert_scope",
    "alert_transition",
    "event_type",
    "hostname",
    "link",
  ] as const) {
    const value = p[key];
    if (value) labels[key] = value;
  }
  const at = isoTime(p.last_updated) ?? isoTime(p.date) ?? options.now.toISOString();
  const severity = p.alert_priority
    ? severityFrom(p.alert_priority)
    : severityFrom(p.alert_type === "error" ? "error" : p.alert_type === "warning" ? "warning" : undefined);
  return ok([
    buildIncident({
      source: "datadog",
      fingerprint: fingerprintOf(p, rest),
      severity,
      title: rest,
      description: p.body,
      service: tags.service,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : undefined,
      status,
      raw: body,
    }),
  ]);
}
