import { z } from "zod";
import { ConfigError } from "../../core/errors.js";
import { type AlertAuthSettings, AlertAuthSettingsSchema } from "../../ingest/alerts/auth/verify-request.js";
import { type DedupeSettings, DedupeSettingsSchema } from "../../ingest/alerts/dedupe.js";
import { ALERT_SOURCES } from "../../ingest/alerts/source-name.js";

/** Settings of the HTTP server `serve` and the App share (docs/alerts.md lists each variable). */
export interface ServeSettings {
  host: string;
  port: number;
  redisUrl?: string;
  bodyLimit: number;
  auth: AlertAuthSettings;
  dedupe: DedupeSettings;
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be a whole number ≥ ${min}`, name);
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "" || raw === "0" || raw === "false") return false;
  if (raw === "1" || raw === "true") return true;
  throw new ConfigError(`${name} must be 1/true or 0/false`, name);
}

/** Everything `serve` reads from the environment (docs/alerts.md lists each variable). */
export function serveSettingsFromEnv(env: NodeJS.ProcessEnv): ServeSettings {
  const sources: Record<string, unknown> = {};
  for (const source of ALERT_SOURCES) {
    const key = source.toUpperCase();
    const tokens = list(env[`SENTRY_ALERT_TOKENS_${key}`]);
    const hmacSecrets = list(env[`SENTRY_ALERT_HMAC_${key}`]);
    const entry: Record<string, unknown> = {};
    if (tokens.length > 0) entry.tokens = tokens;
    if (hmacSecrets.length > 0) entry.hmacSecrets = hmacSecrets;
    if (source === "grafana") {
      if (env.SENTRY_ALERT_GRAFANA_SIGNATURE_HEADER)
        entry.signatureHeader = env.SENTRY_ALERT_GRAFANA_SIGNATURE_HEADER;
      if (env.SENTRY_ALERT_GRAFANA_TIMESTAMP_HEADER)
        entry.timestampHeader = env.SENTRY_ALERT_GRAFANA_TIMESTAMP_HEADER;
    }
    const jwksUrl = env[`SENTRY_ALERT_JWT_${key}_JWKS_URL`]?.trim();
    if (jwksUrl)
      entry.jwt = {
        jwksUrl,
        issuers: list(env[`SENTRY_ALERT_JWT_${key}_ISSUERS`]),
        audiences: list(env[`SENTRY_ALERT_JWT_${key}_AUDIENCES`]),
        principals: list(env[`SENTRY_ALERT_JWT_${key}_PRINCIPALS`]),
      };
    if (source === "cloudwatch" && env.SENTRY_ALERT_SNS_TOPIC_ARNS)
      entry.topicArns = list(env.SENTRY_ALERT_SNS_TOPIC_ARNS);
    if (Object.keys(entry).length > 0) sources[source] = entry;
  }
  const auth = AlertAuthSettingsSchema.safeParse({
    toleranceSeconds: intVar(env, "SENTRY_ALERT_TOLERANCE_SECONDS", 300, 1),
    snsToleranceSeconds: intVar(env, "SENTRY_ALERT_SNS_TOLERANCE_SECONDS", 3600, 1),
    sources,
  });
  if (!auth.success) {
    const issue = auth.error.issues[0];
    const path = issue?.path ?? [];
    const name = path[0] === "sources" ? `SENTRY_ALERT_*_${String(path[1]).toUpperCase()}` : String(path[0]);
    throw new ConfigError(`${name}: ${issue?.message ?? "invalid"} (${path.join(".")})`, name);
  }
  const seconds = (name: string, fallback: number, min = 0) => intVar(env, name, fallback, min) * 1000;
  const dedupe = DedupeSettingsSchema.parse({
    groupByService: flag(env, "SENTRY_ALERT_GROUP_BY_SERVICE"),
    groupWindowMs: seconds("SENTRY_ALERT_GROUP_WINDOW_SECONDS", 300),
    maxRunsPerWindow: intVar(env, "SENTRY_ALERT_MAX_RUNS", 3, 1),
    runWindowMs: seconds("SENTRY_ALERT_RUN_WINDOW_SECONDS", 3600, 1),
    flapThreshold: intVar(env, "SENTRY_ALERT_FLAP_THRESHOLD", 3, 1),
  });
  const redisUrl = env.REDIS_URL?.trim();
  if (redisUrl && !z.url({ protocol: /^rediss?$/ }).safeParse(redisUrl).success) {
    throw new ConfigError("REDIS_URL must be a redis:// or rediss:// URL", "REDIS_URL");
  }
  return {
    host: env.HOST?.trim() || "127.0.0.1",
    port: intVar(env, "PORT", 3000),
    ...(redisUrl ? { redisUrl } : {}),
    bodyLimit: intVar(env, "SENTRY_ALERT_BODY_LIMIT", 1024 * 1024, 1024),
    auth: auth.data,
    dedupe,
  };
}
