import type { Incident } from "../core/incident.js";
import { detectAlertSource } from "../ingest/alerts/detect.js";
import { normalizeAlert } from "../ingest/alerts/normalize-alert.js";

export type IncidentResult = { ok: true; incident: Incident } | { ok: false; reason: string };

/**
 * The one rule that turns an alert payload into the Incident a run diagnoses, for every door (the CLI's
 * `--alert`, the Action's input and repository_dispatch, alert JSON in an issue for `/sentry`). A group
 * notification (Alertmanager, Grafana) can carry several alerts: the first firing one is the incident,
 * and the others are named in its description, since they share the group. Payloads no vendor detector
 * claims are read in the generic shape (title, service, severity, …).
 */
export function incidentFromAlertBody(body: unknown, sourceHint?: string): IncidentResult {
  const source = sourceHint ?? detectAlertSource(body) ?? "generic";
  const result = normalizeAlert(source, body);
  if (result.status === "invalid")
    return { ok: false, reason: `alert (${source}): ${result.path}: ${result.reason}` };
  const incidents = result.incidents;
  const primary = incidents.find((incident) => incident.status === "firing") ?? incidents[0];
  if (!primary) return { ok: false, reason: `alert (${source}) holds no alerts` };
  const others = incidents.filter((incident) => incident !== primary);
  if (others.length === 0) return { ok: true, incident: primary };
  const related = `Related alerts in the same notification: ${others.map((o) => `${o.title} (${o.status})`).join("; ")}`;
  return {
    ok: true,
    incident: {
      ...primary,
      description: [primary.description, related].filter(Boolean).join("\n\n").slice(0, 20_000),
    },
  };
}
