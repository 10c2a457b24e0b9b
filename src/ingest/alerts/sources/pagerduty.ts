import { z } from "zod";
import type { Incident } from "../../../core/incident.js";
import { vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
  severityFrom,
} from "../normalize-helpers.js";

const Reference = z.looseObject({ id: z.string().optional(), summary: z.string().nullish() }).nullish();

/** PagerDuty Webhooks V3 envelope; only `incident.*` events describe an incident. */
export const PagerDutyPayloadSchema = z.looseObject({
  event: z.looseObject({
    id: z.string().min(1),
    event_type: z.string().min(1),
    resource_type: z.string().min(1),
    occurred_at: z.string().optional(),
    data: z.looseObject({}),
  }),
});

const PagerDutyIncidentSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().optional(),
  status: z.string().optional(),
  title: z.string().nullish(),
  number: z.number().optional(),
  html_url: z.string().optional(),
  incident_key: z.string().nullish(),
  created_at: z.string().optional(),
  urgency: z.string().nullish(),
  priority: Reference,
  service: Reference,
});

const RESOLVED = new Set(["incident.resolved"]);
const ACKNOWLEDGED = new Set(["incident.acknowledged"]);
/** Events that say nothing about whether the incident is open: ignored rather than reopening anything. */
const IGNORED = new Set([
  "incident.annotated",
  "incident.delegated",
  "incident.responder.added",
  "incident.responder.replied",
  "incident.conference_bridge.updated",
  "incident.custom_field_values.updated",
  "incident.workflow.started",
  "incident.workflow.completed",
  "incident.status_update_published",
]);

function statusOf(eventType: string, dataStatus: string | undefined): Incident["status"] {
  if (RESOLVED.has(eventType) || dataStatus === "resolved") return "resolved";
  if (ACKNOWLEDGED.has(eventType) || dataStatus === "acknowledged") return "acknowledged";
  return "firing";
}

/** Keyed on the PagerDuty incident id (`event.data.id`); the upstream `incident_key` is kept as a label. */
export function normalizePagerDuty(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = PagerDutyPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { event } = parsed.data;
  if (event.resource_type !== "incident" || IGNORED.has(event.event_type)) return ok([]);
  const dataResult = PagerDutyIncidentSchema.safeParse(event.data);
  if (!dataResult.success) return invalidFromZod(dataResult.error, "event.data");
  const data = dataResult.data;
  const status = statusOf(event.event_type, data.status);
  const labels: Record<string, string> = { event_type: event.event_type, pagerduty_incident: data.id };
  if (data.incident_key) labels.incident_key = data.incident_key;
  if (data.html_url) labels.url = data.html_url;
  if (data.urgency) labels.urgency = data.urgency;
  const priority = data.priority?.summary;
  const at = isoTime(event.occurred_at) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "pagerduty",
      fingerprint: vendorFingerprint("pagerduty", data.id),
      severity: priority ? severityFrom(priority) : data.urgency === "high" ? "P2" : "P3",
      title: data.title ?? `PagerDuty incident ${data.number ?? data.id}`,
      service: data.service?.summary ?? undefined,
      labels,
      startedAt: isoTime(data.created_at) ?? at,
      endedAt: status === "resolved" ? at : undefined,
      status,
      raw: body,
    }),
  ]);
}
