import { z } from "zod";
import { type Incident, SeveritySchema } from "../../../core/incident.js";
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
 * The generic JSON form, for tools we have no normalizer for (documented in docs/alerts.md). Either one
 * alert object or `{ "alerts": [ … ] }`.
 */
export const GenericAlertSchema = z.looseObject({
  /** Your own dedupe key. Without it: a hash of title, service and labels. */
  fingerprint: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(500),
  status: z.enum(["firing", "acknowledged", "resolved"]).default("firing"),
  /** P1–P4, or a word: critical, error, warning, info, … */
  severity: z.union([SeveritySchema, z.string()]).optional(),
  description: z.string().max(20_000).optional(),
  service: z.string().min(1).max(200).optional(),
  labels: z.record(z.string(), z.string()).default({}),
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
});
export type GenericAlert = z.infer<typeof GenericAlertSchema>;

export const GenericPayloadSchema = z.union([
  z.looseObject({ alerts: z.array(GenericAlertSchema).min(1).max(1000) }),
  GenericAlertSchema,
]);

export function genericIncident(
  alert: GenericAlert,
  source: Incident["source"],
  fingerprintPrefix: string,
  raw: unknown,
  options: NormalizeOptions,
): Incident {
  const fingerprint = alert.fingerprint
    ? vendorFingerprint(fingerprintPrefix, alert.fingerprint)
    : labelsFingerprint(fingerprintPrefix, {
        ...alert.labels,
        __title__: alert.title,
        __service__: alert.service ?? "",
      });
  const now = options.now.toISOString();
  return buildIncident({
    source,
    fingerprint,
    severity: severityFrom(alert.severity),
    title: alert.title,
    description: alert.description,
    service: alert.service,
    labels: alert.labels,
    startedAt: isoTime(alert.startedAt) ?? now,
    endedAt: alert.status === "resolved" ? (isoTime(alert.endedAt) ?? now) : undefined,
    status: alert.status,
    raw,
  });
}

export function normalizeGeneric(body: unknown, options: NormalizeOptions): NormalizeResult {
  const isBatch = typeof body === "object" && body !== null && "alerts" in body;
  const schema = isBatch ? GenericPayloadSchema.options[0] : GenericAlertSchema;
  const parsed = schema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const alerts =
    "alerts" in parsed.data ? (parsed.data.alerts as GenericAlert[]) : [parsed.data as GenericAlert];
  return ok(alerts.map((alert) => genericIncident(alert, "generic", "generic", body, options)));
}
