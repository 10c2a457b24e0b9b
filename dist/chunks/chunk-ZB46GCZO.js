import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  isSentryPluginShape
} from "./chunk-23ZSANFV.js";

// src/ingest/alerts/detect.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var DATADOG_KEYS = ["alert_transition", "alert_id", "monitor_id", "alert_cycle_key", "alert_scope"];
var DATADOG_TITLE = /^\s*\[(P[1-5]|Triggered|Re-Triggered|Warn|Re-Warn|Recovered|No Data)\b/;
var DETECTORS = [
  {
    source: "alertmanager",
    lookedFor: 'alertmanager: version "4", groupKey and alerts[]',
    matches: (b) => typeof b.groupKey === "string" && Array.isArray(b.alerts) && b.version === "4"
  },
  {
    source: "grafana",
    lookedFor: "grafana: alerts[] with orgId or state",
    matches: (b) => Array.isArray(b.alerts) && ("orgId" in b || "state" in b)
  },
  {
    // What Prometheus-compatible rulers send through their Alertmanager (Mimir's, vmalert's, Loki's):
    // webhook bodies, some without `version`.
    source: "alertmanager",
    lookedFor: "or alerts[] of {labels} with groupKey or receiver",
    matches: (b) => Array.isArray(b.alerts) && (typeof b.groupKey === "string" || typeof b.receiver === "string") && isObject(b.alerts[0]) && isObject(b.alerts[0].labels)
  },
  {
    source: "pagerduty",
    lookedFor: "pagerduty: event.event_type incident.*",
    matches: (b) => isObject(b.event) && String(b.event.event_type ?? "").startsWith("incident.")
  },
  {
    source: "cloudwatch",
    lookedFor: "cloudwatch: SNS Type and TopicArn",
    matches: (b) => typeof b.Type === "string" && typeof b.TopicArn === "string"
  },
  {
    source: "opsgenie",
    lookedFor: "opsgenie: action and alert.alertId",
    matches: (b) => isObject(b.alert) && typeof b.action === "string" && "alertId" in b.alert
  },
  {
    source: "sentry",
    lookedFor: "sentry: action, data and installation (Integration Platform), or id with project_slug (plugin)",
    matches: (b) => isObject(b.data) && typeof b.action === "string" && isObject(b.installation) || isSentryPluginShape(b) && ("project_slug" in b || "culprit" in b) && "level" in b
  },
  {
    source: "azure",
    lookedFor: 'azure: schemaId "azureMonitorCommonAlertSchema" or data.essentials',
    matches: (b) => b.schemaId === "azureMonitorCommonAlertSchema" || isObject(b.data) && isObject(b.data.essentials)
  },
  {
    source: "gcp",
    lookedFor: "gcp: incident.incident_id",
    matches: (b) => isObject(b.incident) && "incident_id" in b.incident
  },
  {
    source: "newrelic",
    lookedFor: "newrelic: id and state with issueUrl or impactedEntities",
    matches: (b) => "id" in b && "state" in b && ("issueUrl" in b || "impactedEntities" in b)
  },
  {
    source: "splunk",
    lookedFor: "splunk: search_name (may be null) with sid or results_link",
    matches: (b) => (typeof b.search_name === "string" || b.search_name === null && typeof b.sid === "string") && ("sid" in b || "results_link" in b)
  },
  {
    source: "elastic",
    lookedFor: "elastic: rule{id} and alert{actionGroup} (or rule.id and alert.actionGroup keys)",
    matches: (b) => isObject(b.rule) && isObject(b.alert) && "actionGroup" in b.alert && "id" in b.rule || "rule.id" in b && "alert.actionGroup" in b
  },
  {
    source: "zabbix",
    lookedFor: "zabbix: event_id with event_nseverity, event_value or trigger_id",
    matches: (b) => "event_id" in b && ("event_nseverity" in b || "event_value" in b || "trigger_id" in b)
  },
  {
    source: "uptimekuma",
    lookedFor: "uptimekuma: heartbeat and monitor",
    matches: (b) => "heartbeat" in b && "monitor" in b
  },
  {
    source: "datadog",
    lookedFor: "datadog: alert_transition, alert_id, monitor_id, alert_cycle_key or alert_scope, or event_type with org and body, or a [Triggered]/[Pn] title with body, org or last_updated",
    matches: (b) => DATADOG_KEYS.some((key) => key in b) || "event_type" in b && "org" in b && "body" in b || typeof b.title === "string" && DATADOG_TITLE.test(b.title) && ("body" in b || "org" in b || "last_updated" in b)
  },
  { source: "github", lookedFor: "github: client_payload", matches: (b) => isObject(b.client_payload) },
  {
    source: "generic",
    lookedFor: "generic: title (string), or alerts[] whose first item has a title",
    matches: (b) => typeof b.title === "string" || Array.isArray(b.alerts) && isObject(b.alerts[0]) && typeof b.alerts[0].title === "string"
  }
];
function detectAlertSource(body) {
  if (!isObject(body)) return void 0;
  return DETECTORS.find((detector) => detector.matches(body))?.source;
}
function detectionHint() {
  return DETECTORS.map((d) => d.lookedFor).join("; ");
}

export {
  detectAlertSource,
  detectionHint
};
