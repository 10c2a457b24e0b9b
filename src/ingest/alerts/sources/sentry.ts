import { z } from "zod";
import type { Incident } from "../../../core/incident.js";
import { vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
  severityFrom,
} from "../normalize-helpers.js";

const Id = z.union([z.string().min(1), z.number()]).transform(String);

/** Issue alert (`Sentry-Hook-Resource: event_alert`): always "triggered", no resolve. */
const IssueAlertSchema = z.looseObject({
  action: z.string(),
  data: z.looseObject({
    event: z.looseObject({
      issue_id: Id,
      title: z.string().optional(),
      level: z.string().optional(),
      culprit: z.string().nullish(),
      datetime: z.string().optional(),
      timestamp: z.number().optional(),
      web_url: z.string().optional(),
      project: z.union([z.number(), z.string()]).optional(),
      environment: z.string().nullish(),
    }),
    triggered_rule: z.string().optional(),
  }),
});

/** Issue resource (`Sentry-Hook-Resource: issue`): created / resolved / unresolved / archived / assigned. */
const IssueSchema = z.looseObject({
  action: z.string(),
  data: z.looseObject({
    issue: z.looseObject({
      id: Id,
      shortId: z.string().optional(),
      title: z.string().optional(),
      level: z.string().optional(),
      culprit: z.string().nullish(),
      firstSeen: z.string().optional(),
      lastSeen: z.string().optional(),
      status: z.string().optional(),
      permalink: z.string().nullish(),
      project: z.looseObject({ slug: z.string().optional(), name: z.string().optional() }).optional(),
    }),
  }),
});

/** Metric alert (`Sentry-Hook-Resource: metric_alert`): critical / warning / resolved. */
const MetricAlertSchema = z.looseObject({
  action: z.string(),
  data: z.looseObject({
    description_title: z.string().optional(),
    description_text: z.string().optional(),
    web_url: z.string().optional(),
    metric_alert: z.looseObject({
      id: Id,
      title: z.string().optional(),
      date_started: z.string().optional(),
      date_closed: z.string().nullish(),
      alert_rule: z.looseObject({ id: Id.optional(), name: z.string().optional() }).optional(),
    }),
  }),
});

const EnvelopeSchema = z.looseObject({ action: z.string().min(1), data: z.looseObject({}) });

/**
 * The legacy WebHooks plugin (and many self-hosted installs): the issue's fields at the top level and the
 * event under `event`. Sent when an alert rule fires; it has no resolution.
 */
const PluginSchema = z.looseObject({
  id: Id,
  project: z.string().nullish(),
  project_name: z.string().nullish(),
  project_slug: z.string().nullish(),
  level: z.string().nullish(),
  culprit: z.string().nullish(),
  message: z.string().nullish(),
  url: z.string().nullish(),
  triggering_rules: z.array(z.string()).nullish().catch(undefined),
  event: z
    .looseObject({
      title: z.string().nullish(),
      environment: z.string().nullish(),
      datetime: z.string().nullish(),
      timestamp: z.union([z.number(), z.string()]).nullish(),
    })
    .nullish()
    .catch(undefined),
});

/** True when the body is the plugin's shape rather than the Integration Platform envelope. */
export function isSentryPluginShape(body: Record<string, unknown>): boolean {
  return (
    !("data" in body) && "id" in body && ("project_slug" in body || "culprit" in body || "event" in body)
  );
}

function plugin(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = PluginSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const project = p.project_slug ?? p.project ?? p.project_name ?? undefined;
  const labels: Record<string, string> = { sentry_issue: p.id };
  if (project) labels.project = project;
  if (p.url) labels.url = p.url;
  if (p.triggering_rules?.length) labels.rule = p.triggering_rules.slice(0, 10).join(", ");
  if (p.event?.environment) labels.environment = p.event.environment;
  return ok([
    buildIncident({
      source: "sentry",
      // The same key as the Integration Platform's issue alerts: both shapes name one Sentry issue.
      fingerprint: vendorFingerprint("sentry", "issue", p.id),
      severity: severityFrom(p.level, "P2"),
      title: p.event?.title ?? p.message ?? p.culprit ?? `Sentry issue ${p.id}`,
      description: p.culprit ?? undefined,
      service: project,
      labels,
      startedAt: isoTime(p.event?.datetime) ?? isoTime(p.event?.timestamp) ?? options.now.toISOString(),
      status: "firing",
      raw: body,
    }),
  ]);
}

function issueAlert(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = IssueAlertSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { event, triggered_rule } = parsed.data.data;
  const labels: Record<string, string> = { sentry_issue: event.issue_id };
  if (triggered_rule) labels.rule = triggered_rule;
  if (event.web_url) labels.url = event.web_url;
  if (event.project !== undefined) labels.project = String(event.project);
  if (event.environment) labels.environment = event.environment;
  return ok([
    buildIncident({
      source: "sentry",
      fingerprint: vendorFingerprint("sentry", "issue", event.issue_id),
      severity: severityFrom(event.level, "P2"),
      title: event.title ?? `Sentry issue ${event.issue_id}`,
      description: event.culprit ?? undefined,
      labels,
      startedAt: isoTime(event.datetime) ?? isoTime(event.timestamp) ?? options.now.toISOString(),
      status: "firing",
      raw: body,
    }),
  ]);
}

const ISSUE_STATUS: Record<string, Incident["status"]> = {
  created: "firing",
  unresolved: "firing",
  resolved: "resolved",
  archived: "resolved",
};

function issue(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = IssueSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const status = ISSUE_STATUS[parsed.data.action];
  if (!status) return ok([]); // assigned, ignored, …: nothing about whether it is open
  const data = parsed.data.data.issue;
  const labels: Record<string, string> = { sentry_issue: data.id, action: parsed.data.action };
  if (data.shortId) labels.shortId = data.shortId;
  if (data.permalink) labels.url = data.permalink;
  const project = data.project?.slug ?? data.project?.name;
  if (project) labels.project = project;
  return ok([
    buildIncident({
      source: "sentry",
      fingerprint: vendorFingerprint("sentry", "issue", data.id),
      severity: severityFrom(data.level, "P2"),
      title: data.title ?? `Sentry issue ${data.shortId ?? data.id}`,
      description: data.culprit ?? undefined,
      service: project,
      labels,
      startedAt: isoTime(data.firstSeen) ?? options.now.toISOString(),
      endedAt: status === "resolved" ? (isoTime(data.lastSeen) ?? options.now.toISOString()) : undefined,
      status,
      raw: body,
    }),
  ]);
}

function metricAlert(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = MetricAlertSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { action, data } = parsed.data;
  const status: Incident["status"] = action === "resolved" ? "resolved" : "firing";
  const alert = data.metric_alert;
  const labels: Record<string, string> = { sentry_metric_alert: alert.id, action };
  if (alert.alert_rule?.id) labels.alert_rule = alert.alert_rule.id;
  if (data.web_url) labels.url = data.web_url;
  return ok([
    buildIncident({
      source: "sentry",
      fingerprint: vendorFingerprint("sentry", "metric", alert.id),
      severity: action === "critical" ? "P1" : action === "warning" ? "P3" : "P2",
      title:
        alert.alert_rule?.name ?? data.description_title ?? alert.title ?? `Sentry metric alert ${alert.id}`,
      description: data.description_text,
      labels,
      startedAt: isoTime(alert.date_started) ?? options.now.toISOString(),
      endedAt: status === "resolved" ? (isoTime(alert.date_closed) ?? options.now.toISOString()) : undefined,
      status,
      raw: body,
    }),
  ]);
}

/**
 * The legacy plugin's shape, or one of the three Integration Platform resources we read, told apart by the shape of `data` (the `Sentry-Hook-Resource` header
 * says the same, but a normalizer sees only the body). Anything else (installation, comment, …) is ignored.
 */
export function normalizeSentry(body: unknown, options: NormalizeOptions): NormalizeResult {
  if (isSentryPluginShape(body as Record<string, unknown>)) return plugin(body, options);
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) return invalidFromZod(envelope.error);
  const data = envelope.data.data;
  if ("event" in data) return issueAlert(body, options);
  if ("issue" in data) return issue(body, options);
  if ("metric_alert" in data) return metricAlert(body, options);
  return ok([]);
}
