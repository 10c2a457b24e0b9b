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
  stringLabels,
} from "../normalize-helpers.js";

/**
 * Opsgenie outgoing webhook. `alert.updatedAt` is a nanosecond epoch above 2^53 that JSON.parse has already
 * rounded: it is deliberately not read at all.
 */
export const OpsgeniePayloadSchema = z.looseObject({
  action: z.string().min(1),
  alert: z
    .looseObject({
      alertId: z.string().min(1),
      alias: z.string().optional(),
      message: z.string().optional(),
      description: z.string().optional(),
      tags: z.array(z.string()).default([]),
      entity: z.string().optional(),
      priority: z.string().optional(),
      createdAt: z.number().optional(),
      source: z.string().optional(),
      tinyId: z.string().optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    })
    .refine((a) => Boolean(a.alias || a.alertId), {
      message: "alias or alertId is required",
      path: ["alias"],
    }),
});

const STATUS: Record<string, Incident["status"]> = {
  create: "firing",
  unacknowledge: "firing",
  acknowledge: "acknowledged",
  close: "resolved",
  delete: "resolved",
};

/** Keyed on `alert.alias` (the client's dedupe key, which Opsgenie itself dedupes on), else `alertId`. */
export function normalizeOpsgenie(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = OpsgeniePayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { action, alert } = parsed.data;
  const status = STATUS[action.toLowerCase()];
  if (!status) return ok([]); // AddNote, AddTags, custom actions: no change of state
  const tagSeverity = alert.tags.find((t) => t.startsWith("severity:"))?.slice("severity:".length);
  const details = stringLabels(alert.details);
  const labels: Record<string, string> = { ...details, opsgenie_alert: alert.alertId, action };
  if (alert.tinyId) labels.tinyId = alert.tinyId;
  if (alert.tags.length > 0) labels.tags = alert.tags.join(",");
  const now = options.now.toISOString();
  return ok([
    buildIncident({
      source: "opsgenie",
      fingerprint: vendorFingerprint("opsgenie", alert.alias || alert.alertId),
      severity: severityFrom(alert.priority ?? tagSeverity ?? details.severity),
      title: alert.message ?? `Opsgenie alert ${alert.tinyId ?? alert.alertId}`,
      description: alert.description,
      service: details.service ?? (alert.entity || undefined),
      labels,
      startedAt: isoTime(alert.createdAt) ?? now,
      endedAt: status === "resolved" ? now : undefined,
      status,
      raw: body,
    }),
  ]);
}
