import { z } from "zod";

export const SeveritySchema = z.enum(["P1", "P2", "P3", "P4"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** The monitoring tools whose alerts page someone; each has its own normalizer in src/ingest/alerts. */
export const MONITORING_SOURCES = [
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
  "uptimekuma",
] as const;

/** Where an incident came in. Alert sources are named after the vendor whose payload was normalized. */
export const IncidentSourceSchema = z.enum([
  ...MONITORING_SOURCES,
  "generic",
  "logs",
  "chatops",
  "schedule",
  "watcher",
  "cli",
]);
export type IncidentSource = z.infer<typeof IncidentSourceSchema>;

export const IncidentStatusSchema = z.enum(["firing", "acknowledged", "resolved"]);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const IncidentSchema = z.object({
  /** Stable, URL-safe id: `inc-` + the first 12 hex digits of sha256(fingerprint) (incidentIdFor). */
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  /** What makes two notifications the same problem (vendor dedupe key, or a hash of identifying labels). */
  fingerprint: z.string().min(1),
  source: IncidentSourceSchema,
  severity: SeveritySchema,
  title: z.string().min(1).max(500),
  description: z.string().max(20_000).optional(),
  service: z.string().optional(),
  labels: z.record(z.string(), z.string()),
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }).optional(),
  status: IncidentStatusSchema,
  /** The payload as it arrived, kept for the record and for agents that need a field we did not normalize. */
  raw: z.unknown(),
});
export type Incident = z.infer<typeof IncidentSchema>;
