import { boundedRaw, checkIncidents, checkValue } from "./intake-limits.js";
import type { NormalizeOptions, NormalizeResult } from "./normalize-helpers.js";
import { ALERT_SOURCES, type AlertSourceName } from "./source-name.js";
import { normalizeAlertmanager } from "./sources/alertmanager.js";
import { normalizeAlertmanagerApi } from "./sources/alertmanager-api.js";
import { normalizeAzure } from "./sources/azure.js";
import { normalizeCloudWatch } from "./sources/cloudwatch.js";
import { normalizeDatadog } from "./sources/datadog.js";
import { normalizeElastic } from "./sources/elastic.js";
import { normalizeGcp } from "./sources/gcp.js";
import { normalizeGeneric } from "./sources/generic.js";
import { normalizeGitHub } from "./sources/github.js";
import { normalizeGrafana } from "./sources/grafana.js";
import { normalizeNewRelic } from "./sources/newrelic.js";
import { normalizeOpsgenie } from "./sources/opsgenie.js";
import { normalizePagerDuty } from "./sources/pagerduty.js";
import { normalizeSentry } from "./sources/sentry.js";
import { normalizeSplunk } from "./sources/splunk.js";
import { normalizeUptimeKuma } from "./sources/uptimekuma.js";
import { normalizeZabbix } from "./sources/zabbix.js";

const SOURCES: ReadonlySet<unknown> = new Set(ALERT_SOURCES);

const NORMALIZERS: Record<AlertSourceName, (body: unknown, options: NormalizeOptions) => NormalizeResult> = {
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
  github: normalizeGitHub,
};

/**
 * A vendor payload (already JSON-parsed) to Incidents. Never throws on hostile input: a payload missing
 * what is required comes back `invalid` with the field path (the route answers 400), one over an intake
 * limit (src/ingest/alerts/intake-limits.ts) comes back `invalid` with `limit` (422).
 */
export function normalizeAlert(source: string, body: unknown, options: BoundedOptions = {}): NormalizeResult {
  // A set lookup, not AlertSourceNameSchema's parse: the same answer, without zod on every alert.
  if (!SOURCES.has(source)) {
    return {
      status: "invalid",
      path: "source",
      reason: `unknown source (expected one of ${ALERT_SOURCES.join(", ")})`,
    };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { status: "invalid", path: "(body)", reason: "expected a JSON object" };
  }
  const fromJsonText = options.textLength !== undefined;
  const normalizer = NORMALIZERS[source as AlertSourceName];
  return bounded(body, (value, now) => normalizer(value, { now, fromJsonText }), options);
}

/**
 * The body of `POST /api/v2/alerts` (a JSON array of Alertmanager API v2 postable alerts), under the same
 * intake limits as every source.
 */
export function normalizePostableAlerts(body: unknown, options: BoundedOptions = {}): NormalizeResult {
  if (!Array.isArray(body))
    return { status: "invalid", path: "(body)", reason: "expected a JSON array of alerts" };
  return bounded(body, (value, now) => normalizeAlertmanagerApi(value, { now }), options);
}

export type BoundedOptions = Partial<NormalizeOptions> & {
  /**
   * The body is `JSON.parse` of text `scanJsonText` passed, whose limits are at least as strict as the walk
   * of the parsed value: the walk is skipped (the HTTP route; ~2 µs per alert).
   */
  scannedText?: boolean;
  /**
   * The length of the JSON text the body was `JSON.parse`d from, when it was (see boundedRaw and
   * NormalizeOptions.fromJsonText).
   */
  textLength?: number;
};

function bounded(
  body: object,
  normalize: (body: object, now: Date) => NormalizeResult,
  options: BoundedOptions,
): NormalizeResult {
  const tooBig = options.scannedText ? undefined : checkValue(body);
  if (tooBig) return { status: "invalid", path: tooBig.path, reason: tooBig.reason, limit: true };
  const result = normalize(body, options.now ?? new Date());
  if (result.status !== "ok") return result;
  const over = checkIncidents(result.incidents);
  if (over) return { status: "invalid", path: over.path, reason: over.reason, limit: true };
  // One bounded copy shared by every incident of the body: a batch must not keep N copies of itself.
  const raw = boundedRaw(body, options.textLength);
  for (const incident of result.incidents) incident.raw = raw;
  return result;
}
