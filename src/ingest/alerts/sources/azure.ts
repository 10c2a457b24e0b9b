import { z } from "zod";
import type { Severity } from "../../../core/incident.js";
import { vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
  stringLabels,
} from "../normalize-helpers.js";

/** Azure Monitor action group webhook with the common alert schema (`schemaId: azureMonitorCommonAlertSchema`). */
const AzurePayloadSchema = z.looseObject({
  schemaId: z.string().optional(),
  data: z.looseObject({
    essentials: z.looseObject({
      alertId: z.string().min(1).max(1000),
      alertRule: z.string().optional(),
      severity: z.string().optional(),
      signalType: z.string().optional(),
      monitorCondition: z.string(),
      monitoringService: z.string().optional(),
      alertTargetIDs: z.array(z.string()).optional().catch(undefined),
      configurationItems: z.array(z.string()).optional().catch(undefined),
      originAlertId: z.string().optional(),
      firedDateTime: z.string().optional(),
      resolvedDateTime: z.string().optional(),
      description: z.string().nullish(),
    }),
    customProperties: z.record(z.string(), z.unknown()).nullish().catch(undefined),
  }),
});

/** Sev0 is Azure's most severe. */
const SEVERITIES: Record<string, Severity> = { sev0: "P1", sev1: "P2", sev2: "P3", sev3: "P4", sev4: "P4" };

/**
 * Identity: `essentials.alertId`, the alert instance Azure keeps from Fired to Resolved (one per rule and
 * target resource / dimension combination). State: `monitorCondition` Fired fires, Resolved resolves.
 */
export function normalizeAzure(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = AzurePayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const e = parsed.data.data.essentials;
  const condition = e.monitorCondition.toLowerCase();
  if (condition !== "fired" && condition !== "resolved") return ok([]);
  const status = condition === "resolved" ? "resolved" : "firing";
  const labels: Record<string, string> = { ...stringLabels(parsed.data.data.customProperties) };
  for (const [key, value] of [
    ["alertRule", e.alertRule],
    ["signalType", e.signalType],
    ["monitoringService", e.monitoringService],
    ["severity", e.severity],
    ["target", e.alertTargetIDs?.[0]],
  ] as const) {
    if (value) labels[key] = value;
  }
  const service = e.configurationItems?.[0];
  return ok([
    buildIncident({
      source: "azure",
      fingerprint: vendorFingerprint("azure", e.alertId.toLowerCase()),
      severity: SEVERITIES[(e.severity ?? "").toLowerCase()] ?? "P3",
      title: [e.alertRule, service].filter(Boolean).join(" on ") || e.alertId,
      description: e.description ?? undefined,
      service,
      labels,
      startedAt: isoTime(e.firedDateTime) ?? options.now.toISOString(),
      endedAt: status === "resolved" ? (isoTime(e.resolvedDateTime) ?? options.now.toISOString()) : undefined,
      status,
      raw: body,
    }),
  ]);
}
