import type { Incident } from "../../../core/incident.js";
import { serviceOfAlertLabels } from "../alert-service.js";
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
import { AlertmanagerPayloadSchema, type PrometheusAlert } from "./alertmanager-schema.js";
import { alertsOfPlainPayload } from "./alertmanager-shape.js";

export {
  AlertmanagerPayloadSchema,
  type PrometheusAlert,
  PrometheusAlertSchema,
} from "./alertmanager-schema.js";

/** Labels that describe a sample rather than the alert identity; left out of a label hash. */
const VOLATILE_LABELS = new Set(["__value__", "__values__"]);

export function identityLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !VOLATILE_LABELS.has(key)));
}

export function prometheusAlertIncident(
  source: "alertmanager" | "grafana",
  alert: PrometheusAlert,
  fingerprint: string,
  raw: unknown,
  options: NormalizeOptions,
): Incident {
  const labels = alert.labels;
  const annotations = alert.annotations;
  const name = labels.alertname ?? "alert";
  const summary = annotations.summary ?? annotations.title;
  const allLabels: Record<string, string> = { ...labels };
  if (alert.generatorURL) allLabels.generatorURL = alert.generatorURL;
  if (annotations.runbook_url) allLabels.runbook_url = annotations.runbook_url;
  return buildIncident({
    source,
    fingerprint,
    severity: severityFrom(labels.severity ?? labels.priority),
    title: summary ? `${name}: ${summary}` : name,
    description: annotations.description ?? annotations.message ?? summary,
    service: serviceOfAlertLabels(labels),
    labels: allLabels,
    startedAt: isoTime(alert.startsAt) ?? options.now.toISOString(),
    endedAt: alert.status === "resolved" ? (isoTime(alert.endsAt) ?? options.now.toISOString()) : undefined,
    status: alert.status,
    raw,
  });
}

/**
 * One incident per alert, keyed on Alertmanager's own per-alert fingerprint (a hash of its label set,
 * stable from firing to resolved). Per alert, not per group: Alertmanager drops resolved alerts from later
 * group messages, so only the per-alert status says what resolved.
 */
export function normalizeAlertmanager(body: unknown, options: NormalizeOptions): NormalizeResult {
  let alerts = options.fromJsonText ? alertsOfPlainPayload(body) : undefined;
  if (!alerts) {
    const parsed = AlertmanagerPayloadSchema.safeParse(body);
    if (!parsed.success) return invalidFromZod(parsed.error);
    alerts = parsed.data.alerts;
  }
  const incidents = alerts.map((alert) => {
    const fingerprint = alert.fingerprint
      ? vendorFingerprint("alertmanager", alert.fingerprint)
      : labelsFingerprint("alertmanager", identityLabels(alert.labels));
    return prometheusAlertIncident("alertmanager", alert, fingerprint, body, options);
  });
  return ok(incidents);
}
