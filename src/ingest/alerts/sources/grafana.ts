import { z } from "zod";
import { labelsFingerprint, vendorFingerprint } from "../fingerprint.js";
import { invalidFromZod, type NormalizeOptions, type NormalizeResult, ok } from "../normalize-helpers.js";
import { identityLabels, PrometheusAlertSchema, prometheusAlertIncident } from "./alertmanager.js";

const StringMap = z.record(z.string(), z.string());

/** Grafana unified alerting webhook contact point, payload version "1" (Alertmanager's data plus extras). */
export const GrafanaPayloadSchema = z.looseObject({
  version: z.string().optional(),
  status: z.enum(["firing", "resolved"]),
  alerts: z.array(PrometheusAlertSchema.extend({ ruleUID: z.string().optional() })).max(10_000),
  commonLabels: StringMap.default({}),
  groupKey: z.string().optional(),
  title: z.string().optional(),
});

/** Keyed on `ruleUID` + the labels fingerprint: two rules can fire with identical labels. */
export function normalizeGrafana(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = GrafanaPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const incidents = parsed.data.alerts.map((alert) => {
    const fingerprint = alert.fingerprint
      ? vendorFingerprint("grafana", alert.ruleUID ?? "", alert.fingerprint)
      : labelsFingerprint("grafana", { ...identityLabels(alert.labels), __rule_uid__: alert.ruleUID ?? "" });
    const incident = prometheusAlertIncident("grafana", alert, fingerprint, body, options);
    if (alert.ruleUID) incident.labels.ruleUID = alert.ruleUID;
    return incident;
  });
  return ok(incidents);
}
