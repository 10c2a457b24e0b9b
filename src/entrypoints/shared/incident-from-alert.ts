import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../../core/errors.js";
import type { Incident } from "../../core/incident.js";
import { normalizeAlert } from "../../ingest/alerts/normalize-alert.js";
import { ALERT_SOURCES } from "../../ingest/alerts/source-name.js";

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

/**
 * `--alert FILE` to one Incident. A group notification (Alertmanager, Grafana) can carry several alerts: the
 * run diagnoses the first firing one and names the others in its description, since they share the group.
 */
export function incidentFromAlertFile(path: string, cwd: string, sourceFlag?: string): Incident {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read alert ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`alert ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const source = sourceFlag ?? detectAlertSource(body);
  if (!source) {
    throw new UsageError(
      `cannot tell which tool sent alert ${path}: name it with --alert-source (${ALERT_SOURCES.join(", ")})`,
    );
  }
  const result = normalizeAlert(source, body);
  if (result.status === "invalid")
    throw new UsageError(`alert ${path} (${source}): ${result.path}: ${result.reason}`);
  const incidents = result.incidents;
  const primary = incidents.find((incident) => incident.status === "firing") ?? incidents[0];
  if (!primary) throw new UsageError(`alert ${path} (${source}) holds no alerts`);
  const others = incidents.filter((incident) => incident !== primary);
  if (others.length === 0) return primary;
  const related = `Related alerts in the same notification: ${others.map((o) => `${o.title} (${o.status})`).join("; ")}`;
  return {
    ...primary,
    description: [primary.description, related].filter(Boolean).join("\n\n").slice(0, 20_000),
  };
}
