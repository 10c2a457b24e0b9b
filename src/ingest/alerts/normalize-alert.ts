import type { NormalizeOptions, NormalizeResult } from "./normalize-helpers.js";
import { ALERT_SOURCES, type AlertSourceName, AlertSourceNameSchema } from "./source-name.js";
import { normalizeAlertmanager } from "./sources/alertmanager.js";
import { normalizeCloudWatch } from "./sources/cloudwatch.js";
import { normalizeDatadog } from "./sources/datadog.js";
import { normalizeGeneric } from "./sources/generic.js";
import { normalizeGitHub } from "./sources/github.js";
import { normalizeGrafana } from "./sources/grafana.js";
import { normalizeOpsgenie } from "./sources/opsgenie.js";
import { normalizePagerDuty } from "./sources/pagerduty.js";
import { normalizeSentry } from "./sources/sentry.js";

const NORMALIZERS: Record<AlertSourceName, (body: unknown, options: NormalizeOptions) => NormalizeResult> = {
  alertmanager: normalizeAlertmanager,
  grafana: normalizeGrafana,
  pagerduty: normalizePagerDuty,
  datadog: normalizeDatadog,
  sentry: normalizeSentry,
  opsgenie: normalizeOpsgenie,
  cloudwatch: normalizeCloudWatch,
  generic: normalizeGeneric,
  github: normalizeGitHub,
};

/**
 * A vendor payload (already JSON-parsed) to Incidents. Never throws on hostile input: a payload missing
 * what is required comes back `invalid` with the field path, which the route turns into a 400.
 */
export function normalizeAlert(
  source: string,
  body: unknown,
  options: Partial<NormalizeOptions> = {},
): NormalizeResult {
  const name = AlertSourceNameSchema.safeParse(source);
  if (!name.success) {
    return {
      status: "invalid",
      path: "source",
      reason: `unknown source (expected one of ${ALERT_SOURCES.join(", ")})`,
    };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { status: "invalid", path: "(body)", reason: "expected a JSON object" };
  }
  return NORMALIZERS[name.data](body, { now: options.now ?? new Date() });
}
