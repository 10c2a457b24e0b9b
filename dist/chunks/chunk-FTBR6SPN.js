import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  IncidentSourceSchema,
  MONITORING_SOURCES,
  SeveritySchema
} from "./chunk-ETXEAIJJ.js";
import {
  external_exports
} from "./chunk-Z34A77QH.js";

// src/ingest/alerts/source-name.ts
var AlertSourceNameSchema = external_exports.enum([...MONITORING_SOURCES, "generic", "github"]);
var ALERT_SOURCES = AlertSourceNameSchema.options;

// src/ingest/alerts/fingerprint.ts
import { createHash } from "node:crypto";
function sha256Hex(text) {
  return createHash("sha256").update(text).digest("hex");
}
function incidentIdFor(fingerprint) {
  return `inc-${sha256Hex(fingerprint).slice(0, 12)}`;
}
function vendorFingerprint(source, ...parts) {
  return [source, ...parts].join(":");
}
function labelsFingerprint(source, labels) {
  const canonical = Object.keys(labels).sort().map((key) => `${key}=${labels[key]}`).join("\n");
  return `${source}:h${sha256Hex(canonical).slice(0, 16)}`;
}

// src/ingest/alerts/normalize-helpers.ts
function invalidFromZod(error, prefix = "") {
  const issue2 = error.issues[0];
  const parts = [prefix, ...(issue2?.path ?? []).map(String)].filter((p) => p !== "");
  return {
    status: "invalid",
    path: parts.length > 0 ? parts.join(".") : "(body)",
    reason: issue2?.message ?? "invalid payload"
  };
}
function ok(incidents) {
  return { status: "ok", incidents };
}
var SEVERITY_WORDS = {
  critical: "P1",
  crit: "P1",
  fatal: "P1",
  emergency: "P1",
  page: "P1",
  p1: "P1",
  high: "P2",
  error: "P2",
  major: "P2",
  p2: "P2",
  warning: "P3",
  warn: "P3",
  medium: "P3",
  moderate: "P3",
  p3: "P3",
  info: "P4",
  low: "P4",
  minor: "P4",
  debug: "P4",
  none: "P4",
  p4: "P4",
  p5: "P4"
};
function severityFrom(value, fallback = "P3") {
  if (!value) return fallback;
  return SEVERITY_WORDS[value.trim().toLowerCase()] ?? fallback;
}
function isoTime(value) {
  if (value === null || value === void 0 || value === "") return void 0;
  let date;
  if (typeof value === "number" || typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    date = new Date(n < 1e11 ? n * 1e3 : n);
  } else if (typeof value === "string") {
    if (value.startsWith("0001-01-01")) return void 0;
    date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  } else {
    return void 0;
  }
  const time = date.getTime();
  if (Number.isNaN(time) || time <= 0 || time > 864e13) return void 0;
  return date.toISOString();
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function title(text, fallback) {
  const trimmed = (text ?? "").trim();
  return clip(trimmed.length > 0 ? trimmed : fallback, 500);
}
function description(text) {
  if (!text) return void 0;
  return clip(text, 2e4);
}
function stringLabels(record) {
  const out = {};
  if (!record) return out;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string") out[key] = value;
    else if (typeof value === "number" || typeof value === "boolean") out[key] = String(value);
  }
  return out;
}
function buildIncident(parts) {
  const incident = {
    id: incidentIdFor(parts.fingerprint),
    fingerprint: parts.fingerprint,
    source: parts.source,
    severity: parts.severity,
    title: title(parts.title, parts.fingerprint),
    labels: parts.labels,
    startedAt: parts.startedAt,
    status: parts.status,
    raw: parts.raw
  };
  const desc = description(parts.description);
  if (desc !== void 0) incident.description = desc;
  if (parts.service) incident.service = parts.service;
  if (parts.endedAt) incident.endedAt = parts.endedAt;
  return incident;
}

// src/ingest/alerts/sources/alertmanager.ts
var StringMap = external_exports.record(external_exports.string(), external_exports.string());
var PrometheusAlertSchema = external_exports.looseObject({
  status: external_exports.enum(["firing", "resolved"]),
  labels: StringMap,
  annotations: StringMap.default({}),
  startsAt: external_exports.string().optional(),
  endsAt: external_exports.string().optional(),
  generatorURL: external_exports.string().optional(),
  fingerprint: external_exports.string().min(1).optional()
});
var AlertmanagerPayloadSchema = external_exports.looseObject({
  version: external_exports.string().optional(),
  groupKey: external_exports.string().optional(),
  receiver: external_exports.string().optional(),
  status: external_exports.enum(["firing", "resolved"]),
  alerts: external_exports.array(PrometheusAlertSchema).max(1e4),
  groupLabels: StringMap.default({}),
  commonLabels: StringMap.default({}),
  commonAnnotations: StringMap.default({}),
  externalURL: external_exports.string().optional()
});
var VOLATILE_LABELS = /* @__PURE__ */ new Set(["__value__", "__values__"]);
function identityLabels(labels) {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !VOLATILE_LABELS.has(key)));
}
function prometheusAlertIncident(source, alert, fingerprint, raw, options) {
  const labels = alert.labels;
  const annotations = alert.annotations;
  const name = labels.alertname ?? "alert";
  const summary = annotations.summary ?? annotations.title;
  const allLabels = { ...labels };
  if (alert.generatorURL) allLabels.generatorURL = alert.generatorURL;
  if (annotations.runbook_url) allLabels.runbook_url = annotations.runbook_url;
  return buildIncident({
    source,
    fingerprint,
    severity: severityFrom(labels.severity ?? labels.priority),
    title: summary ? `${name}: ${summary}` : name,
    description: annotations.description ?? annotations.message ?? summary,
    service: labels.service ?? labels.job ?? labels.app,
    labels: allLabels,
    startedAt: isoTime(alert.startsAt) ?? options.now.toISOString(),
    endedAt: alert.status === "resolved" ? isoTime(alert.endsAt) ?? options.now.toISOString() : void 0,
    status: alert.status,
    raw
  });
}
function normalizeAlertmanager(body, options) {
  const parsed = AlertmanagerPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const incidents = parsed.data.alerts.map((alert) => {
    const fingerprint = alert.fingerprint ? vendorFingerprint("alertmanager", alert.fingerprint) : labelsFingerprint("alertmanager", identityLabels(alert.labels));
    return prometheusAlertIncident("alertmanager", alert, fingerprint, body, options);
  });
  return ok(incidents);
}

// src/ingest/alerts/sources/cloudwatch.ts
var SnsEnvelopeSchema = external_exports.looseObject({
  Type: external_exports.enum(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: external_exports.string().min(1),
  TopicArn: external_exports.string().min(1),
  Message: external_exports.string(),
  Timestamp: external_exports.string().min(1),
  Subject: external_exports.string().nullish(),
  SubscribeURL: external_exports.string().optional(),
  Token: external_exports.string().optional()
});
var CloudWatchAlarmSchema = external_exports.looseObject({
  AlarmName: external_exports.string().min(1),
  AlarmDescription: external_exports.string().nullish(),
  AWSAccountId: external_exports.string().optional(),
  NewStateValue: external_exports.enum(["ALARM", "OK", "INSUFFICIENT_DATA"]),
  NewStateReason: external_exports.string().optional(),
  OldStateValue: external_exports.string().optional(),
  StateChangeTime: external_exports.string().optional(),
  Region: external_exports.string().optional(),
  AlarmArn: external_exports.string().optional(),
  Trigger: external_exports.looseObject({
    MetricName: external_exports.string().optional(),
    Namespace: external_exports.string().optional(),
    Dimensions: external_exports.array(external_exports.looseObject({ name: external_exports.string(), value: external_exports.string() })).optional()
  }).optional()
});
function parseMessage(message) {
  try {
    return { ok: true, value: JSON.parse(message) };
  } catch (error) {
    return {
      ok: false,
      reason: `Message is not JSON: ${error instanceof Error ? error.message : String(error)}`
    };
  }
}
function severityOfDescription(description2) {
  const match = /severity[:=]\s*(\w+)|\[(P[1-5])\]/i.exec(description2 ?? "");
  return severityFrom(match?.[1] ?? match?.[2]);
}
function normalizeCloudWatch(body, options) {
  const envelope = SnsEnvelopeSchema.safeParse(body);
  if (!envelope.success) return invalidFromZod(envelope.error);
  if (envelope.data.Type !== "Notification") return ok([]);
  const message = parseMessage(envelope.data.Message);
  if (!message.ok) return { status: "invalid", path: "Message", reason: message.reason };
  const alarm = CloudWatchAlarmSchema.safeParse(message.value);
  if (!alarm.success) return invalidFromZod(alarm.error, "Message");
  const a = alarm.data;
  if (a.NewStateValue === "INSUFFICIENT_DATA") return ok([]);
  const status = a.NewStateValue === "OK" ? "resolved" : "firing";
  const labels = { alarm: a.AlarmName, topic: envelope.data.TopicArn };
  if (a.AlarmArn) labels.alarmArn = a.AlarmArn;
  if (a.AWSAccountId) labels.account = a.AWSAccountId;
  if (a.Region) labels.region = a.Region;
  if (a.Trigger?.Namespace) labels.namespace = a.Trigger.Namespace;
  if (a.Trigger?.MetricName) labels.metric = a.Trigger.MetricName;
  for (const d of a.Trigger?.Dimensions ?? []) labels[`dimension_${d.name}`] = d.value;
  const at = isoTime(a.StateChangeTime) ?? isoTime(envelope.data.Timestamp) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "cloudwatch",
      fingerprint: vendorFingerprint("cloudwatch", a.AlarmArn ?? `${a.AWSAccountId ?? ""}:${a.AlarmName}`),
      severity: severityOfDescription(a.AlarmDescription),
      title: a.AlarmName,
      description: [a.AlarmDescription, a.NewStateReason].filter(Boolean).join("\n\n"),
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : void 0,
      status,
      raw: body
    })
  ]);
}

// src/ingest/alerts/sources/datadog.ts
var DatadogPayloadSchema = external_exports.looseObject({
  id: external_exports.string().optional(),
  title: external_exports.string().optional(),
  alert_title: external_exports.string().optional(),
  event_title: external_exports.string().optional(),
  body: external_exports.string().optional(),
  event_type: external_exports.string().optional(),
  date: external_exports.string().optional(),
  last_updated: external_exports.string().optional(),
  org: external_exports.looseObject({ id: external_exports.string().optional(), name: external_exports.string().optional() }).optional(),
  alert_id: external_exports.string().optional(),
  alert_cycle_key: external_exports.string().optional(),
  alert_scope: external_exports.string().optional(),
  alert_transition: external_exports.string().optional(),
  alert_type: external_exports.string().optional(),
  alert_priority: external_exports.string().optional(),
  hostname: external_exports.string().optional(),
  tags: external_exports.string().optional(),
  link: external_exports.string().optional()
}).refine((p) => Boolean(p.title ?? p.alert_title ?? p.event_title), {
  message: "one of title, alert_title or event_title is required",
  path: ["title"]
}).refine((p) => !/^\$[A-Z_]+$/.test(p.alert_title ?? p.event_title ?? p.title ?? ""), {
  message: "unexpanded Datadog template variable",
  path: ["title"]
});
function splitTitle(text) {
  const match = /^\[([A-Za-z -]+?)(?: on \{[^}]*\})?\]\s*(.*)$/s.exec(text);
  if (!match) return { rest: text };
  return { transition: match[1], rest: match[2] ?? text };
}
function statusOf(transition) {
  const t = (transition ?? "Triggered").toLowerCase();
  if (t === "recovered") return "resolved";
  if (t === "no data" || t === "re-no data") return "ignore";
  return "firing";
}
function parseTags(tags) {
  const out = {};
  for (const tag of (tags ?? "").split(",")) {
    const [key, ...value] = tag.trim().split(":");
    if (key && value.length > 0) out[key] = value.join(":");
  }
  return out;
}
function fingerprintOf(p, titleRest) {
  const real = (v) => v && !v.startsWith("$") ? v : void 0;
  const cycle = real(p.alert_cycle_key);
  if (cycle) return vendorFingerprint("datadog", cycle);
  const alertId = real(p.alert_id);
  if (alertId) return vendorFingerprint("datadog", alertId, real(p.alert_scope) ?? "");
  return labelsFingerprint("datadog", {
    title: titleRest,
    event_type: p.event_type ?? "",
    org: p.org?.id ?? ""
  });
}
function normalizeDatadog(body, options) {
  const parsed = DatadogPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const fullTitle = p.alert_title ?? p.event_title ?? p.title ?? "";
  const { transition, rest } = splitTitle(fullTitle);
  const status = statusOf(p.alert_transition ?? transition);
  if (status === "ignore") return ok([]);
  const tags = parseTags(p.tags);
  const labels = { ...tags };
  for (const key of [
    "alert_id",
    "alert_scope",
    "alert_transition",
    "event_type",
    "hostname",
    "link"
  ]) {
    const value = p[key];
    if (value) labels[key] = value;
  }
  const at = isoTime(p.last_updated) ?? isoTime(p.date) ?? options.now.toISOString();
  const severity = p.alert_priority ? severityFrom(p.alert_priority) : severityFrom(p.alert_type === "error" ? "error" : p.alert_type === "warning" ? "warning" : void 0);
  return ok([
    buildIncident({
      source: "datadog",
      fingerprint: fingerprintOf(p, rest),
      severity,
      title: rest,
      description: p.body,
      service: tags.service,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : void 0,
      status,
      raw: body
    })
  ]);
}

// src/ingest/alerts/sources/generic.ts
var GenericAlertSchema = external_exports.looseObject({
  /** Your own dedupe key. Without it: a hash of title, service and labels. */
  fingerprint: external_exports.string().min(1).max(200).optional(),
  title: external_exports.string().min(1).max(500),
  status: external_exports.enum(["firing", "acknowledged", "resolved"]).default("firing"),
  /** P1–P4, or a word: critical, error, warning, info, … */
  severity: external_exports.union([SeveritySchema, external_exports.string()]).optional(),
  description: external_exports.string().max(2e4).optional(),
  service: external_exports.string().min(1).max(200).optional(),
  labels: external_exports.record(external_exports.string(), external_exports.string()).default({}),
  startedAt: external_exports.string().optional(),
  endedAt: external_exports.string().optional()
});
var GenericPayloadSchema = external_exports.union([
  external_exports.looseObject({ alerts: external_exports.array(GenericAlertSchema).min(1).max(1e3) }),
  GenericAlertSchema
]);
function genericIncident(alert, source, fingerprintPrefix, raw, options) {
  const fingerprint = alert.fingerprint ? vendorFingerprint(fingerprintPrefix, alert.fingerprint) : labelsFingerprint(fingerprintPrefix, {
    ...alert.labels,
    __title__: alert.title,
    __service__: alert.service ?? ""
  });
  const now = options.now.toISOString();
  return buildIncident({
    source,
    fingerprint,
    severity: severityFrom(alert.severity),
    title: alert.title,
    description: alert.description,
    service: alert.service,
    labels: alert.labels,
    startedAt: isoTime(alert.startedAt) ?? now,
    endedAt: alert.status === "resolved" ? isoTime(alert.endedAt) ?? now : void 0,
    status: alert.status,
    raw
  });
}
function normalizeGeneric(body, options) {
  const isBatch = typeof body === "object" && body !== null && "alerts" in body;
  const schema = isBatch ? GenericPayloadSchema.options[0] : GenericAlertSchema;
  const parsed = schema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const alerts = "alerts" in parsed.data ? parsed.data.alerts : [parsed.data];
  return ok(alerts.map((alert) => genericIncident(alert, "generic", "generic", body, options)));
}

// src/ingest/alerts/sources/github.ts
var RelayedAlertSchema = external_exports.looseObject({
  source: external_exports.string().optional(),
  fingerprint: external_exports.string().min(1).max(200),
  status: external_exports.enum(["firing", "acknowledged", "resolved"]).default("firing"),
  severity: external_exports.string().optional(),
  title: external_exports.string().min(1).max(500),
  service: external_exports.string().optional(),
  description: external_exports.string().optional(),
  environment: external_exports.string().optional(),
  starts_at: external_exports.string().optional(),
  url: external_exports.string().optional(),
  runbook_url: external_exports.string().optional()
});
var DispatchSchema = external_exports.looseObject({
  action: external_exports.string().optional(),
  client_payload: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
  inputs: external_exports.record(external_exports.string(), external_exports.unknown()).nullish()
});
function normalizeGitHub(body, options) {
  const envelope = DispatchSchema.safeParse(body);
  if (!envelope.success) return invalidFromZod(envelope.error);
  const { client_payload, inputs } = envelope.data;
  const carrier = client_payload ?? inputs ?? {};
  const prefix = client_payload ? "client_payload" : "inputs";
  if (!("fingerprint" in carrier)) return ok([]);
  const parsed = RelayedAlertSchema.safeParse(carrier);
  if (!parsed.success) return invalidFromZod(parsed.error, prefix);
  const a = parsed.data;
  const source = IncidentSourceSchema.safeParse(a.source);
  const labels = {};
  for (const key of ["environment", "url", "runbook_url"]) {
    const value = a[key];
    if (value) labels[key] = value;
  }
  const incident = genericIncident(
    {
      fingerprint: a.fingerprint,
      title: a.title,
      status: a.status,
      severity: a.severity,
      description: a.description,
      service: a.service,
      labels,
      startedAt: a.starts_at
    },
    source.success ? source.data : "generic",
    source.success ? source.data : "generic",
    body,
    options
  );
  return ok([incident]);
}

// src/ingest/alerts/sources/grafana.ts
var StringMap2 = external_exports.record(external_exports.string(), external_exports.string());
var GrafanaPayloadSchema = external_exports.looseObject({
  version: external_exports.string().optional(),
  status: external_exports.enum(["firing", "resolved"]),
  alerts: external_exports.array(PrometheusAlertSchema.extend({ ruleUID: external_exports.string().optional() })).max(1e4),
  commonLabels: StringMap2.default({}),
  groupKey: external_exports.string().optional(),
  title: external_exports.string().optional()
});
function normalizeGrafana(body, options) {
  const parsed = GrafanaPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const incidents = parsed.data.alerts.map((alert) => {
    const fingerprint = alert.fingerprint ? vendorFingerprint("grafana", alert.ruleUID ?? "", alert.fingerprint) : labelsFingerprint("grafana", { ...identityLabels(alert.labels), __rule_uid__: alert.ruleUID ?? "" });
    const incident = prometheusAlertIncident("grafana", alert, fingerprint, body, options);
    if (alert.ruleUID) incident.labels.ruleUID = alert.ruleUID;
    return incident;
  });
  return ok(incidents);
}

// src/ingest/alerts/sources/opsgenie.ts
var OpsgeniePayloadSchema = external_exports.looseObject({
  action: external_exports.string().min(1),
  alert: external_exports.looseObject({
    alertId: external_exports.string().min(1),
    alias: external_exports.string().optional(),
    message: external_exports.string().optional(),
    description: external_exports.string().optional(),
    tags: external_exports.array(external_exports.string()).default([]),
    entity: external_exports.string().optional(),
    priority: external_exports.string().optional(),
    createdAt: external_exports.number().optional(),
    source: external_exports.string().optional(),
    tinyId: external_exports.string().optional(),
    details: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
  }).refine((a) => Boolean(a.alias || a.alertId), {
    message: "alias or alertId is required",
    path: ["alias"]
  })
});
var STATUS = {
  create: "firing",
  unacknowledge: "firing",
  acknowledge: "acknowledged",
  close: "resolved",
  delete: "resolved"
};
function normalizeOpsgenie(body, options) {
  const parsed = OpsgeniePayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { action, alert } = parsed.data;
  const status = STATUS[action.toLowerCase()];
  if (!status) return ok([]);
  const tagSeverity = alert.tags.find((t) => t.startsWith("severity:"))?.slice("severity:".length);
  const details = stringLabels(alert.details);
  const labels = { ...details, opsgenie_alert: alert.alertId, action };
  if (alert.tinyId) labels.tinyId = alert.tinyId;
  if (alert.tags.length > 0) labels.tags = alert.tags.join(",");
  const now = options.now.toISOString();
  return ok([
    buildIncident({
      source: "opsgenie",
      fingerprint: vendorFingerprint("opsgenie", alert.alias || alert.alertId),
      severity: severityFrom(alert.priority ?? tagSeverity ?? details.severity),
      title: alert.message ?? `Opsgenie alert ${alert.tinyId ?? alert.alertId}`,
      description: alert.description,
      service: details.service ?? (alert.entity || void 0),
      labels,
      startedAt: isoTime(alert.createdAt) ?? now,
      endedAt: status === "resolved" ? now : void 0,
      status,
      raw: body
    })
  ]);
}

// src/ingest/alerts/sources/pagerduty.ts
var Reference = external_exports.looseObject({ id: external_exports.string().optional(), summary: external_exports.string().nullish() }).nullish();
var PagerDutyPayloadSchema = external_exports.looseObject({
  event: external_exports.looseObject({
    id: external_exports.string().min(1),
    event_type: external_exports.string().min(1),
    resource_type: external_exports.string().min(1),
    occurred_at: external_exports.string().optional(),
    data: external_exports.looseObject({})
  })
});
var PagerDutyIncidentSchema = external_exports.looseObject({
  id: external_exports.string().min(1),
  type: external_exports.string().optional(),
  status: external_exports.string().optional(),
  title: external_exports.string().nullish(),
  number: external_exports.number().optional(),
  html_url: external_exports.string().optional(),
  incident_key: external_exports.string().nullish(),
  created_at: external_exports.string().optional(),
  urgency: external_exports.string().nullish(),
  priority: Reference,
  service: Reference
});
var RESOLVED = /* @__PURE__ */ new Set(["incident.resolved"]);
var ACKNOWLEDGED = /* @__PURE__ */ new Set(["incident.acknowledged"]);
var IGNORED = /* @__PURE__ */ new Set([
  "incident.annotated",
  "incident.delegated",
  "incident.responder.added",
  "incident.responder.replied",
  "incident.conference_bridge.updated",
  "incident.custom_field_values.updated",
  "incident.workflow.started",
  "incident.workflow.completed",
  "incident.status_update_published"
]);
function statusOf2(eventType, dataStatus) {
  if (RESOLVED.has(eventType) || dataStatus === "resolved") return "resolved";
  if (ACKNOWLEDGED.has(eventType) || dataStatus === "acknowledged") return "acknowledged";
  return "firing";
}
function normalizePagerDuty(body, options) {
  const parsed = PagerDutyPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { event } = parsed.data;
  if (event.resource_type !== "incident" || IGNORED.has(event.event_type)) return ok([]);
  const dataResult = PagerDutyIncidentSchema.safeParse(event.data);
  if (!dataResult.success) return invalidFromZod(dataResult.error, "event.data");
  const data = dataResult.data;
  const status = statusOf2(event.event_type, data.status);
  const labels = { event_type: event.event_type, pagerduty_incident: data.id };
  if (data.incident_key) labels.incident_key = data.incident_key;
  if (data.html_url) labels.url = data.html_url;
  if (data.urgency) labels.urgency = data.urgency;
  const priority = data.priority?.summary;
  const at = isoTime(event.occurred_at) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "pagerduty",
      fingerprint: vendorFingerprint("pagerduty", data.id),
      severity: priority ? severityFrom(priority) : data.urgency === "high" ? "P2" : "P3",
      title: data.title ?? `PagerDuty incident ${data.number ?? data.id}`,
      service: data.service?.summary ?? void 0,
      labels,
      startedAt: isoTime(data.created_at) ?? at,
      endedAt: status === "resolved" ? at : void 0,
      status,
      raw: body
    })
  ]);
}

// src/ingest/alerts/sources/sentry.ts
var Id = external_exports.union([external_exports.string().min(1), external_exports.number()]).transform(String);
var IssueAlertSchema = external_exports.looseObject({
  action: external_exports.string(),
  data: external_exports.looseObject({
    event: external_exports.looseObject({
      issue_id: Id,
      title: external_exports.string().optional(),
      level: external_exports.string().optional(),
      culprit: external_exports.string().nullish(),
      datetime: external_exports.string().optional(),
      timestamp: external_exports.number().optional(),
      web_url: external_exports.string().optional(),
      project: external_exports.union([external_exports.number(), external_exports.string()]).optional(),
      environment: external_exports.string().nullish()
    }),
    triggered_rule: external_exports.string().optional()
  })
});
var IssueSchema = external_exports.looseObject({
  action: external_exports.string(),
  data: external_exports.looseObject({
    issue: external_exports.looseObject({
      id: Id,
      shortId: external_exports.string().optional(),
      title: external_exports.string().optional(),
      level: external_exports.string().optional(),
      culprit: external_exports.string().nullish(),
      firstSeen: external_exports.string().optional(),
      lastSeen: external_exports.string().optional(),
      status: external_exports.string().optional(),
      permalink: external_exports.string().nullish(),
      project: external_exports.looseObject({ slug: external_exports.string().optional(), name: external_exports.string().optional() }).optional()
    })
  })
});
var MetricAlertSchema = external_exports.looseObject({
  action: external_exports.string(),
  data: external_exports.looseObject({
    description_title: external_exports.string().optional(),
    description_text: external_exports.string().optional(),
    web_url: external_exports.string().optional(),
    metric_alert: external_exports.looseObject({
      id: Id,
      title: external_exports.string().optional(),
      date_started: external_exports.string().optional(),
      date_closed: external_exports.string().nullish(),
      alert_rule: external_exports.looseObject({ id: Id.optional(), name: external_exports.string().optional() }).optional()
    })
  })
});
var EnvelopeSchema = external_exports.looseObject({ action: external_exports.string().min(1), data: external_exports.looseObject({}) });
function issueAlert(body, options) {
  const parsed = IssueAlertSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { event, triggered_rule } = parsed.data.data;
  const labels = { sentry_issue: event.issue_id };
  if (triggered_rule) labels.rule = triggered_rule;
  if (event.web_url) labels.url = event.web_url;
  if (event.project !== void 0) labels.project = String(event.project);
  if (event.environment) labels.environment = event.environment;
  return ok([
    buildIncident({
      source: "sentry",
      fingerprint: vendorFingerprint("sentry", "issue", event.issue_id),
      severity: severityFrom(event.level, "P2"),
      title: event.title ?? `Sentry issue ${event.issue_id}`,
      description: event.culprit ?? void 0,
      labels,
      startedAt: isoTime(event.datetime) ?? isoTime(event.timestamp) ?? options.now.toISOString(),
      status: "firing",
      raw: body
    })
  ]);
}
var ISSUE_STATUS = {
  created: "firing",
  unresolved: "firing",
  resolved: "resolved",
  archived: "resolved"
};
function issue(body, options) {
  const parsed = IssueSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const status = ISSUE_STATUS[parsed.data.action];
  if (!status) return ok([]);
  const data = parsed.data.data.issue;
  const labels = { sentry_issue: data.id, action: parsed.data.action };
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
      description: data.culprit ?? void 0,
      service: project,
      labels,
      startedAt: isoTime(data.firstSeen) ?? options.now.toISOString(),
      endedAt: status === "resolved" ? isoTime(data.lastSeen) ?? options.now.toISOString() : void 0,
      status,
      raw: body
    })
  ]);
}
function metricAlert(body, options) {
  const parsed = MetricAlertSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { action, data } = parsed.data;
  const status = action === "resolved" ? "resolved" : "firing";
  const alert = data.metric_alert;
  const labels = { sentry_metric_alert: alert.id, action };
  if (alert.alert_rule?.id) labels.alert_rule = alert.alert_rule.id;
  if (data.web_url) labels.url = data.web_url;
  return ok([
    buildIncident({
      source: "sentry",
      fingerprint: vendorFingerprint("sentry", "metric", alert.id),
      severity: action === "critical" ? "P1" : action === "warning" ? "P3" : "P2",
      title: alert.alert_rule?.name ?? data.description_title ?? alert.title ?? `Sentry metric alert ${alert.id}`,
      description: data.description_text,
      labels,
      startedAt: isoTime(alert.date_started) ?? options.now.toISOString(),
      endedAt: status === "resolved" ? isoTime(alert.date_closed) ?? options.now.toISOString() : void 0,
      status,
      raw: body
    })
  ]);
}
function normalizeSentry(body, options) {
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) return invalidFromZod(envelope.error);
  const data = envelope.data.data;
  if ("event" in data) return issueAlert(body, options);
  if ("issue" in data) return issue(body, options);
  if ("metric_alert" in data) return metricAlert(body, options);
  return ok([]);
}

// src/ingest/alerts/normalize-alert.ts
var NORMALIZERS = {
  alertmanager: normalizeAlertmanager,
  grafana: normalizeGrafana,
  pagerduty: normalizePagerDuty,
  datadog: normalizeDatadog,
  sentry: normalizeSentry,
  opsgenie: normalizeOpsgenie,
  cloudwatch: normalizeCloudWatch,
  generic: normalizeGeneric,
  github: normalizeGitHub
};
function normalizeAlert(source, body, options = {}) {
  const name = AlertSourceNameSchema.safeParse(source);
  if (!name.success) {
    return {
      status: "invalid",
      path: "source",
      reason: `unknown source (expected one of ${ALERT_SOURCES.join(", ")})`
    };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { status: "invalid", path: "(body)", reason: "expected a JSON object" };
  }
  return NORMALIZERS[name.data](body, { now: options.now ?? /* @__PURE__ */ new Date() });
}

export {
  AlertSourceNameSchema,
  ALERT_SOURCES,
  incidentIdFor,
  normalizeAlert
};
