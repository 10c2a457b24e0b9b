import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  IncidentSourceSchema,
  MONITORING_SOURCES,
  SeveritySchema
} from "./chunk-MZ74LIFJ.js";
import {
  external_exports
} from "./chunk-Z34A77QH.js";

// src/ingest/alerts/intake-limits.ts
var INTAKE_LIMITS = {
  /** Objects/arrays inside each other. Real payloads stay under 12 (Sentry's event is the deepest seen). */
  maxDepth: 64,
  /** Any one string in the body. Vendors' own descriptions are far below this. */
  maxString: 64 * 1024,
  /** Values (objects, arrays, strings, numbers, …) in the whole body. */
  maxNodes: 2e5,
  /** Per incident, after normalization. */
  maxLabels: 256,
  maxLabelKey: 256,
  maxLabelValue: 8 * 1024,
  maxLabelBytes: 64 * 1024,
  maxFingerprint: 1024,
  /** The copy of the body an incident keeps (`raw`), in characters of JSON. */
  maxRawChars: 32 * 1024
};
var exceeded = (path, reason) => ({ status: "limit", path, reason });
function scanJsonText(text) {
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1;
      else if (c === 34) {
        inString = false;
        if (i - stringStart > INTAKE_LIMITS.maxString)
          return exceeded("(body)", `a string longer than ${INTAKE_LIMITS.maxString} characters`);
      }
    } else if (c === 34) {
      inString = true;
      stringStart = i;
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > INTAKE_LIMITS.maxDepth)
        return exceeded("(body)", `nested deeper than ${INTAKE_LIMITS.maxDepth} levels`);
    } else if (c === 125 || c === 93) depth -= 1;
  }
  if (inString && text.length - stringStart > INTAKE_LIMITS.maxString)
    return exceeded("(body)", `a string longer than ${INTAKE_LIMITS.maxString} characters`);
  return void 0;
}
function checkValue(value) {
  const stack = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop();
    nodes += 1;
    if (nodes > INTAKE_LIMITS.maxNodes)
      return exceeded("(body)", `more than ${INTAKE_LIMITS.maxNodes} values`);
    if (typeof item === "string" && item.length > INTAKE_LIMITS.maxString)
      return exceeded("(body)", `a string longer than ${INTAKE_LIMITS.maxString} characters`);
    if (typeof item !== "object" || item === null) continue;
    if (depth >= INTAKE_LIMITS.maxDepth)
      return exceeded("(body)", `nested deeper than ${INTAKE_LIMITS.maxDepth} levels`);
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return void 0;
}
function checkIncidents(incidents) {
  for (const [index, incident] of incidents.entries()) {
    const at = (field) => `incidents.${index}.${field}`;
    if (incident.fingerprint.length > INTAKE_LIMITS.maxFingerprint)
      return exceeded(at("fingerprint"), `longer than ${INTAKE_LIMITS.maxFingerprint} characters`);
    const entries = Object.entries(incident.labels);
    if (entries.length > INTAKE_LIMITS.maxLabels)
      return exceeded(at("labels"), `more than ${INTAKE_LIMITS.maxLabels} labels`);
    let bytes = 0;
    for (const [key, value] of entries) {
      if (key.length > INTAKE_LIMITS.maxLabelKey)
        return exceeded(at("labels"), `a label name longer than ${INTAKE_LIMITS.maxLabelKey} characters`);
      if (value.length > INTAKE_LIMITS.maxLabelValue)
        return exceeded(
          at(`labels.${key.slice(0, 64)}`),
          `longer than ${INTAKE_LIMITS.maxLabelValue} characters`
        );
      bytes += key.length + value.length;
    }
    if (bytes > INTAKE_LIMITS.maxLabelBytes)
      return exceeded(at("labels"), `labels larger than ${INTAKE_LIMITS.maxLabelBytes} characters in all`);
  }
  return void 0;
}
function boundedRaw(body) {
  const text = JSON.stringify(body) ?? "null";
  if (text.length <= INTAKE_LIMITS.maxRawChars) return body;
  for (const [stringMax, arrayMax] of [
    [2e3, 20],
    [500, 5],
    [100, 2]
  ]) {
    const pruned = prune(body, stringMax, arrayMax, 0);
    if ((JSON.stringify(pruned) ?? "").length <= INTAKE_LIMITS.maxRawChars) return pruned;
  }
  return { truncated: true, bytes: text.length };
}
function prune(value, stringMax, arrayMax, depth) {
  if (typeof value === "string") return value.length > stringMax ? `${value.slice(0, stringMax)}…` : value;
  if (typeof value !== "object" || value === null) return value;
  if (depth >= 8) return "…";
  if (Array.isArray(value)) {
    const kept = value.slice(0, arrayMax).map((v) => prune(v, stringMax, arrayMax, depth + 1));
    return value.length > arrayMax ? [...kept, `… ${value.length - arrayMax} more`] : kept;
  }
  const out = {};
  for (const [key, child] of Object.entries(value).slice(0, 200))
    out[key] = prune(child, stringMax, arrayMax, depth + 1);
  return out;
}

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
function knownSeverity(value) {
  return value ? SEVERITY_WORDS[value.trim().toLowerCase()] : void 0;
}
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

// src/ingest/alerts/sources/azure.ts
var AzurePayloadSchema = external_exports.looseObject({
  schemaId: external_exports.string().optional(),
  data: external_exports.looseObject({
    essentials: external_exports.looseObject({
      alertId: external_exports.string().min(1).max(1e3),
      alertRule: external_exports.string().optional(),
      severity: external_exports.string().optional(),
      signalType: external_exports.string().optional(),
      monitorCondition: external_exports.string(),
      monitoringService: external_exports.string().optional(),
      alertTargetIDs: external_exports.array(external_exports.string()).optional().catch(void 0),
      configurationItems: external_exports.array(external_exports.string()).optional().catch(void 0),
      originAlertId: external_exports.string().optional(),
      firedDateTime: external_exports.string().optional(),
      resolvedDateTime: external_exports.string().optional(),
      description: external_exports.string().nullish()
    }),
    customProperties: external_exports.record(external_exports.string(), external_exports.unknown()).nullish().catch(void 0)
  })
});
var SEVERITIES = { sev0: "P1", sev1: "P2", sev2: "P3", sev3: "P4", sev4: "P4" };
function normalizeAzure(body, options) {
  const parsed = AzurePayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const e = parsed.data.data.essentials;
  const condition = e.monitorCondition.toLowerCase();
  if (condition !== "fired" && condition !== "resolved") return ok([]);
  const status = condition === "resolved" ? "resolved" : "firing";
  const labels = { ...stringLabels(parsed.data.data.customProperties) };
  for (const [key, value] of [
    ["alertRule", e.alertRule],
    ["signalType", e.signalType],
    ["monitoringService", e.monitoringService],
    ["severity", e.severity],
    ["target", e.alertTargetIDs?.[0]]
  ]) {
    if (value) labels[key] = value;
  }
  const service = e.configurationItems?.[0];
  return ok([
    buildIncident({
      source: "azure",
      fingerprint: vendorFingerprint("azure", e.alertId.toLowerCase()),
      severity: SEVERITIES[(e.severity ?? "").toLowerCase()] ?? "P3",
      title: [e.alertRule, service].filter(Boolean).join(" on ") || e.alertId,
      description: e.description ?? void 0,
      service,
      labels,
      startedAt: isoTime(e.firedDateTime) ?? options.now.toISOString(),
      endedAt: status === "resolved" ? isoTime(e.resolvedDateTime) ?? options.now.toISOString() : void 0,
      status,
      raw: body
    })
  ]);
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

// src/ingest/alerts/sources/datadog-title.ts
var PRIORITY = /^P[1-5]$/i;
var TRANSITION = /^([A-Za-z][A-Za-z -]{0,40}?)(?: on \{([^}]{0,2000})\})?$/;
function parseDatadogTitle(text) {
  const out = { name: text.trim() };
  let rest = text.trimStart();
  for (let i = 0; i < 3 && rest.startsWith("["); i += 1) {
    const close = rest.indexOf("]");
    if (close < 0) break;
    const inner = rest.slice(1, close).trim();
    if (PRIORITY.test(inner) && out.priority === void 0) out.priority = inner.toUpperCase();
    else {
      const match = TRANSITION.exec(inner);
      if (!match || out.transition !== void 0 || !isTransition(match[1] ?? "")) break;
      out.transition = (match[1] ?? "").trim();
      if (match[2] !== void 0) out.scope = match[2];
    }
    rest = rest.slice(close + 1).trimStart();
  }
  if (rest.length > 0) out.name = rest.trimEnd();
  return out;
}
var TRANSITIONS = {
  triggered: "firing",
  "re-triggered": "firing",
  retriggered: "firing",
  alert: "firing",
  warn: "firing",
  warning: "firing",
  "re-warn": "firing",
  renotify: "firing",
  recovered: "resolved",
  "warn recovered": "resolved",
  resolved: "resolved",
  ok: "resolved",
  "no data": "ignore",
  "re-no data": "ignore",
  "no data recovered": "ignore"
};
function isTransition(word) {
  return word.trim().toLowerCase() in TRANSITIONS;
}
function datadogStatus(transition) {
  if (!transition) return void 0;
  return TRANSITIONS[transition.trim().toLowerCase()];
}
function canonicalScope(scope) {
  if (!scope) return "";
  const parts = scope.split(",").map((part) => part.trim()).filter((part) => part !== "" && part !== "*");
  return [...new Set(parts)].sort().join(",");
}

// src/ingest/alerts/sources/datadog.ts
var Text = external_exports.union([external_exports.string(), external_exports.number()]).transform(String).optional();
var DatadogPayloadSchema = external_exports.looseObject({
  id: Text,
  title: Text,
  alert_title: Text,
  event_title: Text,
  monitor_name: Text,
  body: Text,
  event_msg: Text,
  text_only_msg: Text,
  org_id: Text,
  event_type: Text,
  date: Text,
  last_updated: Text,
  org: external_exports.looseObject({ id: Text, name: Text }).optional().catch(void 0),
  alert_id: Text,
  monitor_id: Text,
  alert_cycle_key: Text,
  alert_scope: Text,
  scopes: Text,
  scope: Text,
  alert_transition: Text,
  transition: Text,
  alert_type: Text,
  alert_priority: Text,
  priority: Text,
  severity: Text,
  hostname: Text,
  tags: external_exports.union([external_exports.string(), external_exports.array(external_exports.string()).transform((t) => t.join(","))]).optional(),
  link: Text
}).refine((p) => Boolean(p.title ?? p.alert_title ?? p.event_title ?? p.monitor_name), {
  message: "one of title, alert_title, event_title or monitor_name is required",
  path: ["title"]
}).refine((p) => !/^\$[A-Z_]+$/.test(p.alert_title ?? p.event_title ?? p.title ?? p.monitor_name ?? ""), {
  message: "unexpanded Datadog template variable",
  path: ["title"]
});
var real = (value) => value && !value.startsWith("$") ? value.trim() : void 0;
function parseTags(tags) {
  const out = {};
  for (const tag of (tags ?? "").split(",").slice(0, 200)) {
    const [key, ...value] = tag.trim().split(":");
    if (key && value.length > 0) out[key] = value.join(":");
  }
  return out;
}
function fromLinks(p) {
  const text = `${p.link ?? ""} ${(p.body ?? "").slice(0, 5e4)}`;
  const match = /\/monitors\/(\d{1,20})(?:\?([^\s)\]"]{0,2000}))?/.exec(text);
  if (!match) return {};
  const group = new URLSearchParams(match[2] ?? "").get("group") ?? void 0;
  return { monitor: match[1], group };
}
var PRIORITY_TYPES = { error: "P2", warning: "P3", info: "P4" };
function severityOf(p, titlePriority) {
  for (const field of [p.alert_priority, p.priority, p.severity, titlePriority]) {
    const known = knownSeverity(real(field));
    if (known) return known;
  }
  return PRIORITY_TYPES[(p.alert_type ?? "").toLowerCase()] ?? "P3";
}
function normalizeDatadog(body, options) {
  const parsed = DatadogPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const heading = parseDatadogTitle(p.alert_title ?? p.event_title ?? p.title ?? p.monitor_name ?? "");
  const links = fromLinks(p);
  const status = datadogStatus(real(p.alert_transition) ?? real(p.transition)) ?? datadogStatus(heading.transition) ?? ((p.alert_type ?? "").toLowerCase() === "success" ? "resolved" : "firing");
  if (status === "ignore") return ok([]);
  const monitor = real(p.alert_id) ?? real(p.monitor_id) ?? links.monitor;
  const scope = canonicalScope(
    real(p.alert_scope) ?? real(p.scopes) ?? real(p.scope) ?? heading.scope ?? links.group
  );
  const cycle = real(p.alert_cycle_key);
  const fingerprint = monitor ? vendorFingerprint("datadog", monitor, scope) : cycle ? vendorFingerprint("datadog", "cycle", cycle) : labelsFingerprint("datadog", { title: heading.name, scope, org: p.org?.id ?? real(p.org_id) ?? "" });
  const tags = parseTags(p.tags);
  const labels = { ...tags };
  if (monitor) labels.monitor_id = monitor;
  if (scope) labels.scope = scope;
  for (const key of ["alert_transition", "event_type", "hostname", "link"]) {
    const value = real(p[key]);
    if (value) labels[key] = value;
  }
  const at = isoTime(p.last_updated) ?? isoTime(p.date) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "datadog",
      fingerprint,
      severity: severityOf(p, heading.priority),
      title: heading.name,
      description: p.body ?? real(p.event_msg) ?? real(p.text_only_msg),
      service: real(parseTags(scope).service) ?? real(tags.service),
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : void 0,
      status,
      raw: body
    })
  ]);
}

// src/ingest/alerts/sources/elastic.ts
var Text2 = external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()]).transform(String).nullish().catch(void 0);
var Tags = external_exports.union([external_exports.array(external_exports.unknown()).transform((a) => a.map(String)), external_exports.string().transform((s) => s.split(","))]).transform((tags) => tags.map((t) => t.trim()).filter(Boolean)).nullish().catch(void 0);
var ElasticPayloadSchema = external_exports.looseObject({
  rule: external_exports.looseObject({ id: external_exports.string().min(1).max(200), name: Text2, tags: Tags, url: Text2, type: Text2 }),
  alert: external_exports.looseObject({
    id: external_exports.string().min(1).max(1e3),
    uuid: Text2,
    actionGroup: Text2,
    actionGroupName: Text2
  }),
  context: external_exports.looseObject({ reason: Text2, message: Text2 }).nullish().catch(void 0),
  severity: Text2,
  service: Text2,
  date: Text2
});
function severityOf2(p) {
  const fromTags = p.rule.tags?.map((tag) => knownSeverity(tag.replace(/^(severity|priority)[:=]/i, ""))).find((s) => s !== void 0);
  const group = (p.alert.actionGroup ?? "").toLowerCase();
  const fromGroup = group.includes("critical") ? "P1" : group.includes("warning") ? "P3" : void 0;
  return knownSeverity(p.severity) ?? fromTags ?? fromGroup ?? "P3";
}
function normalizeElastic(body, options) {
  const parsed = ElasticPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const status = (p.alert.actionGroup ?? "").toLowerCase() === "recovered" ? "resolved" : "firing";
  const labels = { rule_id: p.rule.id, alert_id: p.alert.id };
  if (p.alert.actionGroup) labels.action_group = p.alert.actionGroup;
  if (p.rule.type) labels.rule_type = p.rule.type;
  if (p.rule.url) labels.url = p.rule.url;
  if (p.rule.tags?.length) labels.tags = p.rule.tags.slice(0, 30).join(",");
  const at = isoTime(p.date) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "elastic",
      fingerprint: vendorFingerprint("elastic", p.rule.id, p.alert.id),
      severity: severityOf2(p),
      title: `${p.rule.name ?? p.rule.id} on ${p.alert.id}`,
      description: p.context?.reason ?? p.context?.message ?? void 0,
      service: p.service ?? void 0,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : void 0,
      status,
      raw: body
    })
  ]);
}

// src/ingest/alerts/sources/gcp.ts
var Labels = external_exports.record(external_exports.string(), external_exports.unknown()).nullish().catch(void 0);
var GcpPayloadSchema = external_exports.looseObject({
  version: external_exports.string().optional(),
  incident: external_exports.looseObject({
    incident_id: external_exports.string().min(1).max(500),
    state: external_exports.string(),
    started_at: external_exports.union([external_exports.number(), external_exports.string()]).nullish(),
    ended_at: external_exports.union([external_exports.number(), external_exports.string()]).nullish(),
    url: external_exports.string().nullish(),
    summary: external_exports.string().nullish(),
    policy_name: external_exports.string().nullish(),
    condition_name: external_exports.string().nullish(),
    severity: external_exports.string().nullish(),
    scoping_project_id: external_exports.string().nullish(),
    resource_display_name: external_exports.string().nullish(),
    resource_name: external_exports.string().nullish(),
    resource: external_exports.looseObject({ type: external_exports.string().nullish(), labels: Labels }).nullish().catch(void 0),
    policy_user_labels: Labels,
    documentation: external_exports.looseObject({ content: external_exports.string().nullish() }).nullish().catch(void 0)
  })
});
function normalizeGcp(body, options) {
  const parsed = GcpPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const i = parsed.data.incident;
  const state = i.state.toLowerCase();
  if (state !== "open" && state !== "closed") return ok([]);
  const status = state === "closed" ? "resolved" : "firing";
  const labels = {
    ...stringLabels(i.resource?.labels),
    ...stringLabels(i.policy_user_labels)
  };
  if (i.resource?.type) labels.resource_type = i.resource.type;
  if (i.scoping_project_id) labels.project = i.scoping_project_id;
  if (i.url) labels.url = i.url;
  const resource = i.resource_display_name ?? i.resource_name ?? void 0;
  const name = i.policy_name ?? i.condition_name ?? `Cloud Monitoring incident ${i.incident_id}`;
  return ok([
    buildIncident({
      source: "gcp",
      fingerprint: vendorFingerprint("gcp", i.incident_id),
      severity: severityFrom(i.severity, "P3"),
      title: resource ? `${name} on ${resource}` : name,
      description: [i.summary, i.documentation?.content].filter(Boolean).join("\n\n") || void 0,
      service: stringLabels(i.policy_user_labels).service,
      labels,
      startedAt: isoTime(i.started_at) ?? options.now.toISOString(),
      endedAt: status === "resolved" ? isoTime(i.ended_at) ?? options.now.toISOString() : void 0,
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

// src/ingest/alerts/sources/newrelic.ts
var Names = external_exports.union([
  external_exports.array(external_exports.unknown()).transform((a) => a.filter((v) => typeof v === "string")),
  external_exports.string()
]).transform((v) => Array.isArray(v) ? v : v.split(",").map((s) => s.trim())).nullish().catch(void 0);
var NewRelicPayloadSchema = external_exports.looseObject({
  id: external_exports.union([external_exports.string().min(1).max(200), external_exports.number()]).transform(String),
  issueUrl: external_exports.string().nullish(),
  title: external_exports.string().nullish(),
  priority: external_exports.string().nullish(),
  state: external_exports.string(),
  trigger: external_exports.string().nullish(),
  impactedEntities: Names,
  alertPolicyNames: Names,
  alertConditionNames: Names,
  createdAt: external_exports.union([external_exports.number(), external_exports.string()]).nullish(),
  updatedAt: external_exports.union([external_exports.number(), external_exports.string()]).nullish(),
  closedAt: external_exports.union([external_exports.number(), external_exports.string()]).nullish()
});
var STATES = {
  created: "firing",
  activated: "firing",
  acknowledged: "acknowledged",
  closed: "resolved"
};
function normalizeNewRelic(body, options) {
  const parsed = NewRelicPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const status = STATES[p.state.toLowerCase()];
  if (!status) return ok([]);
  const entity = p.impactedEntities?.[0];
  const labels = { state: p.state };
  if (p.trigger) labels.trigger = p.trigger;
  if (p.issueUrl) labels.url = p.issueUrl;
  if (p.alertPolicyNames?.length) labels.policy = p.alertPolicyNames.slice(0, 10).join(", ");
  if (p.alertConditionNames?.length) labels.condition = p.alertConditionNames.slice(0, 10).join(", ");
  if (p.impactedEntities?.length) labels.entities = p.impactedEntities.slice(0, 20).join(", ");
  const at = isoTime(p.createdAt) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "newrelic",
      fingerprint: vendorFingerprint("newrelic", p.id),
      severity: severityFrom(p.priority, "P3"),
      title: p.title ?? p.alertConditionNames?.[0] ?? `New Relic issue ${p.id}`,
      service: entity,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? isoTime(p.closedAt) ?? isoTime(p.updatedAt) ?? options.now.toISOString() : void 0,
      status,
      raw: body
    })
  ]);
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
function statusOf(eventType, dataStatus) {
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
  const status = statusOf(event.event_type, data.status);
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
var PluginSchema = external_exports.looseObject({
  id: Id,
  project: external_exports.string().nullish(),
  project_name: external_exports.string().nullish(),
  project_slug: external_exports.string().nullish(),
  level: external_exports.string().nullish(),
  culprit: external_exports.string().nullish(),
  message: external_exports.string().nullish(),
  url: external_exports.string().nullish(),
  triggering_rules: external_exports.array(external_exports.string()).nullish().catch(void 0),
  event: external_exports.looseObject({
    title: external_exports.string().nullish(),
    environment: external_exports.string().nullish(),
    datetime: external_exports.string().nullish(),
    timestamp: external_exports.union([external_exports.number(), external_exports.string()]).nullish()
  }).nullish().catch(void 0)
});
function isSentryPluginShape(body) {
  return !("data" in body) && "id" in body && ("project_slug" in body || "culprit" in body || "event" in body);
}
function plugin(body, options) {
  const parsed = PluginSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const project = p.project_slug ?? p.project ?? p.project_name ?? void 0;
  const labels = { sentry_issue: p.id };
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
      description: p.culprit ?? void 0,
      service: project,
      labels,
      startedAt: isoTime(p.event?.datetime) ?? isoTime(p.event?.timestamp) ?? options.now.toISOString(),
      status: "firing",
      raw: body
    })
  ]);
}
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
  if (isSentryPluginShape(body)) return plugin(body, options);
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) return invalidFromZod(envelope.error);
  const data = envelope.data.data;
  if ("event" in data) return issueAlert(body, options);
  if ("issue" in data) return issue(body, options);
  if ("metric_alert" in data) return metricAlert(body, options);
  return ok([]);
}

// src/ingest/alerts/sources/splunk.ts
var SplunkPayloadSchema = external_exports.looseObject({
  search_name: external_exports.string().min(1).max(500),
  sid: external_exports.string().nullish(),
  results_link: external_exports.string().nullish(),
  app: external_exports.string().nullish(),
  owner: external_exports.string().nullish(),
  result: external_exports.record(external_exports.string(), external_exports.unknown()).nullish().catch(void 0)
});
var IDENTITY_FIELDS = ["alert_key", "host", "service", "source", "sourcetype", "index", "instance"];
var RESOLVED2 = /* @__PURE__ */ new Set(["resolved", "ok", "closed", "recovered", "clear"]);
function normalizeSplunk(body, options) {
  const parsed = SplunkPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const row = stringLabels(p.result);
  const identity = { app: p.app ?? "", search: p.search_name };
  for (const key of IDENTITY_FIELDS) if (row[key] !== void 0) identity[key] = row[key];
  const state = (row.alert_status ?? row.status ?? "").toLowerCase();
  const status = RESOLVED2.has(state) ? "resolved" : "firing";
  const shown = Object.entries(row).filter(([k, v]) => !k.startsWith("_") && v.length <= 1024);
  const labels = {
    ...Object.fromEntries(shown.slice(0, 50)),
    search_name: p.search_name
  };
  if (p.app) labels.app = p.app;
  if (p.results_link) labels.results_link = p.results_link;
  const scope = row.alert_key ?? row.host ?? row.service ?? row.source;
  const now = options.now.toISOString();
  return ok([
    buildIncident({
      source: "splunk",
      fingerprint: labelsFingerprint("splunk", identity),
      severity: severityFrom(row.severity ?? row.priority ?? row.urgency, "P3"),
      title: scope ? `${p.search_name} on ${scope}` : p.search_name,
      description: row.message ?? row.description,
      service: row.service,
      labels,
      startedAt: now,
      endedAt: status === "resolved" ? now : void 0,
      status,
      raw: body
    })
  ]);
}

// src/ingest/alerts/sources/uptimekuma.ts
var Id2 = external_exports.union([external_exports.number().int(), external_exports.string().min(1).max(100)]).transform(String);
var UptimeKumaPayloadSchema = external_exports.looseObject({
  msg: external_exports.string().nullish(),
  heartbeat: external_exports.looseObject({
    monitorID: Id2.nullish(),
    status: external_exports.number().int(),
    time: external_exports.string().nullish(),
    msg: external_exports.string().nullish()
  }).nullish(),
  monitor: external_exports.looseObject({
    id: Id2,
    name: external_exports.string().nullish(),
    url: external_exports.string().nullish(),
    hostname: external_exports.string().nullish(),
    type: external_exports.string().nullish()
  }).nullish()
});
function normalizeUptimeKuma(body, options) {
  const parsed = UptimeKumaPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { heartbeat, monitor, msg } = parsed.data;
  if (!heartbeat || !monitor) return ok([]);
  if (heartbeat.status !== 0 && heartbeat.status !== 1) return ok([]);
  const status = heartbeat.status === 1 ? "resolved" : "firing";
  const labels = { monitor_id: monitor.id };
  if (monitor.type) labels.type = monitor.type;
  if (monitor.url && monitor.url !== "https://") labels.url = monitor.url;
  if (monitor.hostname) labels.hostname = monitor.hostname;
  const name = monitor.name ?? `monitor ${monitor.id}`;
  const at = isoTime(heartbeat.time ? `${heartbeat.time.replace(" ", "T")}Z` : void 0) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "uptimekuma",
      fingerprint: vendorFingerprint("uptimekuma", monitor.id),
      severity: "P2",
      title: `${name} is down`,
      description: heartbeat.msg ?? msg ?? void 0,
      service: name,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : void 0,
      status,
      raw: body
    })
  ]);
}

// src/ingest/alerts/sources/zabbix.ts
var Macro = external_exports.union([external_exports.string(), external_exports.number()]).transform(String).nullish().catch(void 0).transform(
  (v) => v == null || /^\{[A-Z$][A-Z0-9._]*\}$/.test(v.trim()) ? void 0 : v.trim() || void 0
);
var ZabbixPayloadSchema = external_exports.looseObject({
  event_id: external_exports.union([external_exports.string().regex(/^\d{1,20}$/), external_exports.number().int().nonnegative()]).transform(String),
  event_name: Macro,
  event_severity: Macro,
  event_nseverity: Macro,
  event_value: Macro,
  event_status: Macro,
  event_update_status: Macro,
  event_update_action: Macro,
  event_date: Macro,
  event_time: Macro,
  event_tags: Macro,
  host_name: Macro,
  host_host: Macro,
  trigger_id: Macro,
  trigger_description: Macro,
  zabbix_url: Macro
});
var NSEVERITY = {
  "5": "P1",
  "4": "P2",
  "3": "P3",
  "2": "P3",
  "1": "P4",
  "0": "P4"
};
var NAMED = {
  disaster: "P1",
  high: "P2",
  average: "P3",
  "not classified": "P4",
  information: "P4"
};
function statusOf2(p) {
  if (p.event_value === "0" || p.event_status?.toUpperCase() === "RESOLVED") return "resolved";
  if (p.event_update_status === "1" && /acknowledged/i.test(p.event_update_action ?? ""))
    return "acknowledged";
  return "firing";
}
function zabbixTime(date, time) {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})$/.exec(date ?? "");
  if (!m || !/^\d{2}:\d{2}:\d{2}$/.test(time ?? "")) return void 0;
  const parsed = /* @__PURE__ */ new Date(`${m[1]}-${m[2]}-${m[3]}T${time}Z`);
  return Number.isNaN(parsed.getTime()) ? void 0 : parsed.toISOString();
}
function normalizeZabbix(body, options) {
  const parsed = ZabbixPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const status = statusOf2(p);
  const labels = { event_id: p.event_id };
  for (const key of ["host_host", "trigger_id", "event_severity", "event_tags", "zabbix_url"]) {
    const value = p[key];
    if (value) labels[key] = value;
  }
  const host = p.host_name ?? p.host_host;
  const name = p.event_name ?? `Zabbix problem ${p.event_id}`;
  const at = zabbixTime(p.event_date, p.event_time) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "zabbix",
      fingerprint: vendorFingerprint("zabbix", p.event_id),
      severity: NSEVERITY[p.event_nseverity ?? ""] ?? NAMED[(p.event_severity ?? "").toLowerCase()] ?? severityFrom(p.event_severity, "P3"),
      title: host && !name.includes(host) ? `${name} on ${host}` : name,
      description: p.trigger_description,
      service: host,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? options.now.toISOString() : void 0,
      status,
      raw: body
    })
  ]);
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
  azure: normalizeAzure,
  gcp: normalizeGcp,
  newrelic: normalizeNewRelic,
  splunk: normalizeSplunk,
  elastic: normalizeElastic,
  zabbix: normalizeZabbix,
  uptimekuma: normalizeUptimeKuma,
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
  const tooBig = checkValue(body);
  if (tooBig) return { status: "invalid", path: tooBig.path, reason: tooBig.reason, limit: true };
  const result = NORMALIZERS[name.data](body, { now: options.now ?? /* @__PURE__ */ new Date() });
  if (result.status !== "ok") return result;
  const over = checkIncidents(result.incidents);
  if (over) return { status: "invalid", path: over.path, reason: over.reason, limit: true };
  const raw = boundedRaw(body);
  for (const incident of result.incidents) incident.raw = raw;
  return result;
}

export {
  incidentIdFor,
  isSentryPluginShape,
  scanJsonText,
  AlertSourceNameSchema,
  ALERT_SOURCES,
  normalizeAlert
};
