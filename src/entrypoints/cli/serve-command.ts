import { z } from "zod";
import { ConfigError } from "../../core/errors.js";
import { type AlertAuthSettings, AlertAuthSettingsSchema } from "../../ingest/alerts/auth/verify-request.js";
import { type DedupeSettings, DedupeSettingsSchema } from "../../ingest/alerts/dedupe.js";
import { ALERT_SOURCES } from "../../ingest/alerts/source-name.js";
import { createAlertIntake } from "../../server/alert-intake.js";
import type { AlertIncidentEvent } from "../../server/alert-route.js";
import { createSentryServer, healthRoute, type Route, type ServerLog } from "../../server/http-server.js";
import { capabilityLines } from "../shared/capabilities.js";
import { loadDotEnv } from "../shared/dotenv.js";
import { type CliCommand, type CliIo, EXIT, parseFlags, writeLine } from "./cli-io.js";
import { serveApiFromEnv } from "./serve-api.js";

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

const USAGE = `Usage:
  claude-sentry serve [--port N] [--host ADDR]

Runs the HTTP server: POST /api/alerts/:source (alertmanager, grafana, pagerduty, datadog, sentry,
opsgenie, cloudwatch, generic, github) and GET /healthz. Each incident event is printed to stdout as
one JSON line; logs go to stderr. Credentials per source come from the environment
(SENTRY_ALERT_TOKENS_<SOURCE>, SENTRY_ALERT_HMAC_<SOURCE>, SENTRY_ALERT_SNS_TOPIC_ARNS; see docs/alerts.md);
a source with none configured is refused. REDIS_URL shares dedupe state between replicas.`;

export interface RunningServe {
  port: number;
  close(): Promise<void>;
}

/** Builds and starts the server from settings; `onIncident` is where an entry point hands events on. */
export async function startServe(
  settings: ServeSettings,
  onIncident: (event: AlertIncidentEvent) => void | Promise<void>,
  log: ServerLog,
  extraRoutes: Route[] = [],
): Promise<RunningServe> {
  const intake = createAlertIntake({ settings, onIncident, log });
  const server = createSentryServer({ routes: [healthRoute, intake.route, ...extraRoutes], log });
  const port = await server.listen(settings.port, settings.host);
  return {
    port,
    async close() {
      await server.close();
      await intake.close();
    },
  };
}

function eventLine(event: AlertIncidentEvent): string {
  const { incident } = event;
  return JSON.stringify({
    kind: event.kind,
    runAllowed: event.runAllowed,
    count: event.count,
    id: incident.id,
    fingerprint: incident.fingerprint,
    source: incident.source,
    severity: incident.severity,
    status: incident.status,
    service: incident.service,
    title: incident.title,
  });
}

export const serveCommand: CliCommand = {
  name: "serve",
  summary: "Run the HTTP server that turns alert webhooks into incidents",
  usage: USAGE,
  async run(argv: string[], io: CliIo) {
    const { values } = parseFlags(argv, { port: { type: "string" }, host: { type: "string" } });
    // `.env` before any setting is read, as the App does.
    const dotEnv = loadDotEnv(io.cwd, io.env);
    const env = dotEnv.env;
    const settings = serveSettingsFromEnv({
      ...env,
      ...(values.port ? { PORT: values.port } : {}),
      ...(values.host ? { HOST: values.host } : {}),
    });
    const log: ServerLog = (entry) =>
      writeLine(io.stderr, JSON.stringify({ time: new Date().toISOString(), ...entry }));
    // The API, dashboard and /metrics (docs/operations.md) when SENTRY_API_TOKEN is set.
    const api = serveApiFromEnv(env, io.cwd, (msg, error) =>
      log({ level: "error", msg, ...(error ? { error: String(error) } : {}) }),
    );
    const running = await startServe(
      settings,
      (event) => {
        writeLine(io.stdout, eventLine(event));
        api?.onAlert(event);
      },
      log,
      api?.routes,
    );
    const base = `http://${settings.host}:${running.port}`;
    log({ level: "info", msg: `listening on ${base}` });
    for (const line of capabilityLines({
      auth: settings.auth,
      ...(api ? { api: base } : {}),
      env,
      redis: settings.redisUrl !== undefined,
      ...(dotEnv.path ? { dotEnvPath: dotEnv.path } : {}),
    }))
      log({ level: "info", msg: line });
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await running.close();
    await api?.close();
    return EXIT.ok;
  },
};
