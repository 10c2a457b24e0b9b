import { UsageError } from "../../core/errors.js";
import type { StateStore } from "../../core/state-store.js";
import { createAlertIntake, openStateStore } from "../../server/alert-intake.js";
import type { AlertIncidentEvent } from "../../server/alert-route.js";
import { createSentryServer, healthRoute, type Route, type ServerLog } from "../../server/http-server.js";
import { capabilityLines } from "../shared/capabilities.js";
import { loadDotEnv } from "../shared/dotenv.js";
import { type ServeSettings, serveSettingsFromEnv } from "../shared/serve-settings.js";
import { type CliCommand, type CliIo, EXIT, parseFlags, writeLine } from "./cli-io.js";
import { serveApiFromEnv } from "./serve-api.js";

export { type ServeSettings, serveSettingsFromEnv };

const USAGE = `Usage:
  claude-sentry serve [--port N] [--host ADDR]

Runs the HTTP server: POST /api/alerts/:source (alertmanager, grafana, pagerduty, datadog, sentry,
opsgenie, cloudwatch, generic, github) and GET /healthz. Each incident event is printed to stdout as
one JSON line; logs go to stderr. Credentials per source come from the environment
(SENTRY_ALERT_TOKENS_<SOURCE>, SENTRY_ALERT_HMAC_<SOURCE>, SENTRY_ALERT_SNS_TOPIC_ARNS; see docs/alerts.md);
a source with none configured is refused. REDIS_URL shares dedupe state, the restart ledger, throttle
buckets and in-flight spend between replicas.`;

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
  onAlertRefused?: (event: { source: string; status: number }) => void,
  store?: StateStore,
): Promise<RunningServe> {
  // Each alert route counts the notifications it refuses, for /metrics (the webhook route and /api/v2/alerts).
  const intake = createAlertIntake({
    settings,
    onIncident,
    log,
    ...(onAlertRefused ? { onRefused: onAlertRefused } : {}),
    ...(store ? { store } : {}),
  });
  const server = createSentryServer({ routes: [healthRoute, ...intake.routes, ...extraRoutes], log });
  const port = await server.listen(settings.port, settings.host).catch(async (error: unknown) => {
    await intake.close();
    throw listenError(error, settings);
  });
  return {
    port,
    async close() {
      await server.close();
      await intake.close();
    },
  };
}

/** A port in use or not ours to bind is the person's to fix: one line and exit 2, not an internal error. */
function listenError(error: unknown, settings: ServeSettings): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `${settings.host}:${settings.port}`;
  if (code === "EADDRINUSE")
    return new UsageError(`port ${where} is already in use: choose another with --port`, { cause: error });
  if (code === "EACCES")
    return new UsageError(`not allowed to listen on ${where}: use a port above 1023`, { cause: error });
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
    return new UsageError(`cannot listen on ${where}: no such local address (--host)`, { cause: error });
  return error;
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
    // One StateStore for the alert intake and the runs (restart ledger, throttle, in-flight spend).
    const store = openStateStore(settings.redisUrl, log);
    // The API, dashboard and /metrics (docs/operations.md) when SENTRY_API_TOKEN is set.
    const api = serveApiFromEnv(
      env,
      io.cwd,
      (msg, error) => log({ level: "error", msg, ...(error ? { error: String(error) } : {}) }),
      store,
    );
    const running = await startServe(
      settings,
      (event) => {
        writeLine(io.stdout, eventLine(event));
        api?.onAlert(event);
      },
      log,
      api?.routes,
      api ? (event) => api.metrics.observeRejectedAlert(event) : undefined,
      store,
    ).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
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
    await store.close();
    return EXIT.ok;
  },
};
