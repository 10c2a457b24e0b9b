import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  ALERT_SOURCES,
  normalizeAlert
} from "./chunk-FTBR6SPN.js";
import {
  UsageError
} from "./chunk-UOHJ52NF.js";

// src/entrypoints/shared/incident-from-alert.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var DETECTORS = [
  {
    source: "alertmanager",
    matches: (b) => typeof b.groupKey === "string" && Array.isArray(b.alerts) && b.version === "4"
  },
  { source: "grafana", matches: (b) => Array.isArray(b.alerts) && ("orgId" in b || "state" in b) },
  {
    source: "pagerduty",
    matches: (b) => isObject(b.event) && String(b.event.event_type ?? "").startsWith("incident.")
  },
  { source: "cloudwatch", matches: (b) => typeof b.Type === "string" && typeof b.TopicArn === "string" },
  {
    source: "opsgenie",
    matches: (b) => isObject(b.alert) && typeof b.action === "string" && "alertId" in b.alert
  },
  {
    source: "sentry",
    matches: (b) => isObject(b.data) && typeof b.action === "string" && isObject(b.installation)
  },
  {
    source: "datadog",
    matches: (b) => "alert_transition" in b || "event_type" in b && "org" in b && "body" in b
  },
  { source: "github", matches: (b) => isObject(b.client_payload) }
];
function detectAlertSource(body) {
  if (!isObject(body)) return void 0;
  return DETECTORS.find((detector) => detector.matches(body))?.source;
}
function incidentFromAlertFile(path, cwd, sourceFlag) {
  let text;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read alert ${path}: ${error.code ?? error}`, {
      cause: error
    });
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`alert ${path} is not valid JSON: ${error.message}`, { cause: error });
  }
  const source = sourceFlag ?? detectAlertSource(body);
  if (!source) {
    throw new UsageError(
      `cannot tell which tool sent alert ${path}: name it with --alert-source (${ALERT_SOURCES.join(", ")})`
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
    description: [primary.description, related].filter(Boolean).join("\n\n").slice(0, 2e4)
  };
}

export {
  detectAlertSource,
  incidentFromAlertFile
};
