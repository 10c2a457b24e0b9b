import type { Incident } from "../core/incident.js";
import { normalizeAlert } from "../ingest/alerts/normalize-alert.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Each vendor's payload has keys no other has; the first rule that matches names the source. */
const DETECTORS: { source: string; matches: (body: Json) => boolean }[] = [
  {
    source: "alertmanager",
    matches: (b) => typeof b.groupKey === "string" && Array.isArray(b.alerts) && b.version === "4",
  },
  { source: "grafana", matches: (b) => Array.isArray(b.alerts) && ("orgId" in b || "state" in b) },
  {
    source: "pagerduty",
    matches: (b) => isObject(b.event) && String(b.event.event_type ?? "").startsWith("incident."),
  },
  { source: "cloudwatch", matches: (b) => typeof b.Type === "string" && typeof b.TopicArn === "string" },
  {
    source: "opsgenie",
    matches: (b) => isObject(b.alert) && typeof b.action === "string" && "alertId" in b.alert,
  },
  {
    source: "sentry",
    matches: (b) => isObject(b.data) && typeof b.action === "string" && isObject(b.installation),
  },
  {
    source: "datadog",
    matches: (b) => "alert_transition" in b || ("event_type" in b && "org" in b && "body" in b),
  },
  { source: "github", matches: (b) => isObject(b.client_payload) },
];

export function detectAlertSource(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  return DETECTORS.find((detector) => detector.matches(body))?.source;
}

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
