import type { AlertAuthSettings } from "../../ingest/alerts/auth/verify-request.js";
import { ALERT_SOURCES } from "../../ingest/alerts/source-name.js";

/** What a long-running door (`serve`, the App) has on, off and missing, one line per capability. */
export interface Capabilities {
  auth: AlertAuthSettings;
  /** Where the API, dashboard and /metrics are served; undefined when SENTRY_API_TOKEN is unset. */
  api?: string;
  /** The App's routing: where alerts go. */
  routing?: { routingRepo?: string; defaultRepo?: string };
  env: NodeJS.ProcessEnv;
  redis: boolean;
  dotEnvPath?: string;
}

function alertsLine(auth: AlertAuthSettings): string {
  const on = Object.entries(auth.sources).map(([source, entry]) => {
    const arns = (entry as { topicArns?: string[] }).topicArns;
    return arns && arns.length > 0
      ? `${source} (${arns.length} SNS topic${arns.length === 1 ? "" : "s"})`
      : source;
  });
  const off = ALERT_SOURCES.filter((source) => !(source in auth.sources));
  const refused = off.length > 0 ? `; refused (no SENTRY_ALERT_TOKENS_/HMAC_ set): ${off.join(", ")}` : "";
  return on.length > 0
    ? `alerts: authenticated: ${on.join(", ")}${refused}`
    : "alerts: every source refused (401): set SENTRY_ALERT_TOKENS_<SOURCE> or SENTRY_ALERT_HMAC_<SOURCE>";
}

/** The provider providerFactory will choose, and what it lacks. */
function modelLine(env: NodeJS.ProcessEnv): string {
  const chosen = env.LLM_PROVIDER || (env.ANTHROPIC_API_KEY ? "anthropic" : "offline");
  const needs: Record<string, string[]> = {
    anthropic: ["ANTHROPIC_API_KEY"],
    bedrock_gateway: ["BEDROCK_GATEWAY_API_KEY", "BEDROCK_GATEWAY_BASE_URL", "BEDROCK_GATEWAY_MODEL"],
  };
  const missing = (needs[chosen] ?? []).filter((name) => !env[name]);
  if (missing.length > 0) return `model: ${chosen}, missing ${missing.join(", ")}: runs will fail`;
  return chosen === "offline"
    ? "model: offline diagnoser (set ANTHROPIC_API_KEY or LLM_PROVIDER for a model)"
    : `model: ${chosen}${env.ANTHROPIC_MODEL && chosen === "anthropic" ? ` (${env.ANTHROPIC_MODEL})` : ""}`;
}

export function capabilityLines(c: Capabilities): string[] {
  const lines = [
    `settings: ${c.dotEnvPath ? `environment and ${c.dotEnvPath}` : "environment (no .env in the working directory)"}`,
    alertsLine(c.auth),
    `state: ${c.redis ? "Redis (REDIS_URL), shared by replicas" : "in memory (set REDIS_URL to share it between replicas)"}`,
    c.api
      ? `api: on at ${c.api} (/api, dashboard /, /metrics)`
      : "api: off (set SENTRY_API_TOKEN, 16+ characters, for the API, dashboard and /metrics)",
    modelLine(c.env),
  ];
  if (c.routing) {
    const { routingRepo, defaultRepo } = c.routing;
    lines.push(
      routingRepo || defaultRepo
        ? `routing: ${routingRepo ? `alertRouting of ${routingRepo}` : "no rules (SENTRY_ROUTING_REPO unset)"}; default ${defaultRepo ?? "none: unmatched alerts are dropped (SENTRY_DEFAULT_REPO)"}`
        : "routing: off, every alert is dropped: set SENTRY_DEFAULT_REPO or SENTRY_ROUTING_REPO",
    );
  }
  return lines;
}
