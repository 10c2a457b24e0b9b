import type { PrometheusAlert } from "./alertmanager-schema.js";

/**
 * The alerts of an Alertmanager webhook body that `AlertmanagerPayloadSchema` would pass, found without zod
 * (a storm posts thousands a second and zod was ~9% of intake): undefined unless every check the schema
 * makes certainly passes, and the caller then runs the schema, so every refusal still comes from zod with
 * its path and reason. Only for values straight from `JSON.parse`: plain objects with own string keys and
 * no accessors. What it returns is what the schema's output holds where the normalizer reads it: the same
 * alerts, `annotations` defaulted to `{}`; label maps are the parsed objects themselves, which is why a map
 * holding a `__proto__` key (zod's copy drops it) goes to the schema.
 */
export function alertsOfPlainPayload(body: unknown): PrometheusAlert[] | undefined {
  if (!isRecord(body) || !isStatus(body.status)) return undefined;
  if (!optionalString(body.version) || !optionalString(body.groupKey)) return undefined;
  if (!optionalString(body.receiver) || !optionalString(body.externalURL)) return undefined;
  if (!optionalStringMap(body.groupLabels) || !optionalStringMap(body.commonLabels)) return undefined;
  if (!optionalStringMap(body.commonAnnotations)) return undefined;
  const alerts = body.alerts;
  if (!Array.isArray(alerts) || alerts.length > 10_000) return undefined;
  const out: PrometheusAlert[] = [];
  for (let i = 0; i < alerts.length; i += 1) {
    const alert = plainAlert(alerts[i]);
    if (!alert) return undefined;
    out.push(alert);
  }
  return out;
}

function plainAlert(alert: unknown): PrometheusAlert | undefined {
  if (!isRecord(alert) || !isStatus(alert.status) || !isStringMap(alert.labels)) return undefined;
  if (!optionalStringMap(alert.annotations)) return undefined;
  if (!optionalString(alert.startsAt) || !optionalString(alert.endsAt)) return undefined;
  if (!optionalString(alert.generatorURL)) return undefined;
  const fingerprint = alert.fingerprint;
  if (fingerprint !== undefined && (typeof fingerprint !== "string" || fingerprint.length === 0))
    return undefined;
  const typed = alert as PrometheusAlert;
  return alert.annotations === undefined ? { ...typed, annotations: {} } : typed;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isStatus = (value: unknown) => value === "firing" || value === "resolved";

const optionalString = (value: unknown) => value === undefined || typeof value === "string";

function isStringMap(value: unknown): value is Record<string, string> {
  if (!isRecord(value)) return false;
  for (const key in value) if (key === "__proto__" || typeof value[key] !== "string") return false;
  return true;
}

const optionalStringMap = (value: unknown) => value === undefined || isStringMap(value);
