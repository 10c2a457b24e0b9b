import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-Z34A77QH.js";

// src/core/incident.ts
var SeveritySchema = external_exports.enum(["P1", "P2", "P3", "P4"]);
var MONITORING_SOURCES = [
  "alertmanager",
  "grafana",
  "pagerduty",
  "datadog",
  "sentry",
  "opsgenie",
  "cloudwatch",
  "azure",
  "gcp",
  "newrelic",
  "splunk",
  "elastic",
  "zabbix",
  "uptimekuma"
];
var IncidentSourceSchema = external_exports.enum([
  ...MONITORING_SOURCES,
  "generic",
  "logs",
  "chatops",
  "schedule",
  "watcher",
  "cli"
]);
var IncidentStatusSchema = external_exports.enum(["firing", "acknowledged", "resolved"]);
var IncidentSchema = external_exports.object({
  /** Stable, URL-safe id: `inc-` + the first 12 hex digits of sha256(fingerprint) (incidentIdFor). */
  id: external_exports.string().regex(/^[a-z0-9-]{1,64}$/),
  /** What makes two notifications the same problem (vendor dedupe key, or a hash of identifying labels). */
  fingerprint: external_exports.string().min(1),
  source: IncidentSourceSchema,
  severity: SeveritySchema,
  title: external_exports.string().min(1).max(500),
  description: external_exports.string().max(2e4).optional(),
  service: external_exports.string().optional(),
  labels: external_exports.record(external_exports.string(), external_exports.string()),
  startedAt: external_exports.iso.datetime({ offset: true }),
  endedAt: external_exports.iso.datetime({ offset: true }).optional(),
  status: IncidentStatusSchema,
  /** The payload as it arrived, kept for the record and for agents that need a field we did not normalize. */
  raw: external_exports.unknown()
});

// src/core/pod-name.ts
function podBase(pod) {
  const deployment = /^(.+)-(?=[a-z]*\d)[a-z0-9]{6,10}-[a-z0-9]{5}$/.exec(pod);
  if (deployment?.[1]) return deployment[1];
  const owned = /^(.+)-(?=[a-z]*\d)[a-z0-9]{5}$/.exec(pod);
  if (owned?.[1]) return owned[1];
  return pod.replace(/-\d+$/, "");
}

export {
  SeveritySchema,
  MONITORING_SOURCES,
  IncidentSourceSchema,
  IncidentSchema,
  podBase
};
