import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  workspaceFromPaths
} from "./chunk-WUIRH3HH.js";
import {
  createJsonlAuditStore
} from "./chunk-BHOGEK7W.js";
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-UG7HFW4V.js";
import {
  apiSettingsFromEnv,
  appendHumanAction,
  capabilityLines,
  createAlertIntake,
  openStateStore,
  serveSettingsFromEnv
} from "./chunk-EFGXOWQH.js";
import {
  createSentryApi,
  createSentryServer,
  createSerial,
  healthRoute
} from "./chunk-QBZO5257.js";
import {
  loadConfigFile
} from "./chunk-PH3BZ2SD.js";
import {
  createJsonlMemoryStore,
  newRunId,
  providerFactory,
  runEngine
} from "./chunk-OYZ23Y5I.js";
import {
  ModeInputSchema,
  createMemoryAuditStore
} from "./chunk-BQI2XCIV.js";
import "./chunk-IOTZVV4Z.js";
import "./chunk-KK5R7FLN.js";
import "./chunk-T2QTEOOO.js";
import "./chunk-BI7T4HIU.js";
import "./chunk-QCIXFYUU.js";
import "./chunk-VJIDQE5F.js";
import "./chunk-23ZSANFV.js";
import "./chunk-5EQ4B36T.js";
import "./chunk-PHUYCHNG.js";
import "./chunk-IWMPT2AX.js";
import "./chunk-Z34A77QH.js";
import {
  loadDotEnv,
  sentryVersion
} from "./chunk-6UO6HNJ6.js";
import "./chunk-W6C27GAO.js";
import "./chunk-HGNO3NGP.js";
import {
  generateAuditKeys
} from "./chunk-QKJJ65UN.js";
import "./chunk-BLIBE5CM.js";
import "./chunk-CZG2DZF2.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-KUH3GNXZ.js";
import {
  ConfigError,
  UsageError
} from "./chunk-U3NNAQLI.js";
import "./chunk-SCPEIYA6.js";
import "./chunk-6DQCYENC.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/serve-api.ts
import { resolve } from "node:path";

// src/server/local-api.ts
function createLocalApi(options) {
  const { config } = options;
  const serial = createSerial();
  const auditAction = (action) => serial(() => appendHumanAction(options.audit, action));
  const execute = ({ incident, logs, onState }) => serial(
    () => runEngine({
      incident,
      runId: newRunId(/* @__PURE__ */ new Date()),
      mode: config.mode,
      config,
      provider: options.provider,
      workspace: options.workspace(),
      ...logs?.text ? { logs } : {},
      audit: options.audit,
      ...options.memory ? { memory: options.memory } : {},
      ...options.collectors ? { collectors: options.collectors } : {},
      ...options.sharedState ? { sharedState: options.sharedState } : {},
      onState
    }).then((result) => ({ ...result, similar: result.matches }))
  );
  return createSentryApi({
    token: options.token,
    ...options.metricsToken ? { metricsToken: options.metricsToken } : {},
    ...options.version ? { version: options.version } : {},
    mode: config.mode,
    config,
    ...options.repoRoot ? { repoRoot: options.repoRoot } : {},
    execute,
    auditStore: options.audit.store,
    ...options.memory ? { memory: options.memory.store } : {},
    watchRoots: options.watchRoots,
    ...options.incidentsFile ? { incidentsFile: options.incidentsFile } : {},
    auditAction,
    log: options.log
  });
}

// src/entrypoints/cli/serve-api.ts
function serveApiFromEnv(env, cwd, log, sharedState) {
  const token = env.SENTRY_API_TOKEN?.trim();
  if (!token) return void 0;
  if (token.length < 16)
    throw new ConfigError("SENTRY_API_TOKEN must be at least 16 characters", "SENTRY_API_TOKEN");
  const repo = env.SENTRY_REPO_DIR?.trim() || void 0;
  const modeText = env.SENTRY_MODE;
  const mode = modeText ? ModeInputSchema.safeParse(modeText) : void 0;
  if (mode && !mode.success)
    throw new ConfigError("SENTRY_MODE must be audit, active or disabled", "SENTRY_MODE");
  const config = loadConfigFile(
    env.SENTRY_CONFIG?.trim() || void 0,
    repo ? resolve(cwd, repo) : void 0,
    cwd,
    {
      ...mode?.success ? { mode: mode.data } : {},
      warn: (line) => log(`warning: ${line}`),
      env
    }
  );
  const auditPath = env.SENTRY_AUDIT_LOG?.trim() ? resolve(cwd, env.SENTRY_AUDIT_LOG.trim()) : void 0;
  const provider = providerFactory({ flag: void 0, script: env.SENTRY_SCRIPT, env, config, cwd });
  const memoryFile = env.SENTRY_MEMORY_FILE?.trim() ? resolve(cwd, env.SENTRY_MEMORY_FILE.trim()) : void 0;
  const { watchRoots, metricsToken, incidentsFile } = apiSettingsFromEnv(env, cwd);
  return createLocalApi({
    token,
    ...metricsToken ? { metricsToken } : {},
    version: sentryVersion(),
    config,
    ...repo ? { repoRoot: resolve(cwd, repo) } : {},
    provider,
    workspace: () => workspaceFromPaths({ logs: [], ...repo ? { repo: resolve(cwd, repo) } : {}, cwd }),
    audit: {
      store: auditPath ? createJsonlAuditStore(auditPath) : createMemoryAuditStore(),
      ...auditPath ? { path: auditPath } : {},
      signingKey: env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey
    },
    ...memoryFile ? { memory: { store: createJsonlMemoryStore(memoryFile), path: memoryFile } } : {},
    watchRoots,
    ...incidentsFile ? { incidentsFile } : {},
    ...sharedState ? { sharedState } : {},
    log
  });
}

// src/entrypoints/cli/serve-command.ts
var USAGE = `Usage:
  claude-sentry serve [--port N] [--host ADDR]

Runs the HTTP server: POST /api/alerts/:source (alertmanager, grafana, pagerduty, datadog, sentry,
opsgenie, cloudwatch, generic, github) and GET /healthz. Each incident event is printed to stdout as
one JSON line; logs go to stderr. Credentials per source come from the environment
(SENTRY_ALERT_TOKENS_<SOURCE>, SENTRY_ALERT_HMAC_<SOURCE>, SENTRY_ALERT_SNS_TOPIC_ARNS; see docs/alerts.md);
a source with none configured is refused. REDIS_URL shares dedupe state, the restart ledger, throttle
buckets and in-flight spend between replicas.`;
async function startServe(settings, onIncident, log, extraRoutes = [], onAlertRefused, store) {
  const intake = createAlertIntake({
    settings,
    onIncident,
    log,
    ...onAlertRefused ? { onRefused: onAlertRefused } : {},
    ...store ? { store } : {}
  });
  const server = createSentryServer({ routes: [healthRoute, ...intake.routes, ...extraRoutes], log });
  const port = await server.listen(settings.port, settings.host).catch(async (error) => {
    await intake.close();
    throw listenError(error, settings);
  });
  return {
    port,
    async close() {
      await server.close();
      await intake.close();
    }
  };
}
function listenError(error, settings) {
  const code = error?.code;
  const where = `${settings.host}:${settings.port}`;
  if (code === "EADDRINUSE")
    return new UsageError(`port ${where} is already in use: choose another with --port`, { cause: error });
  if (code === "EACCES")
    return new UsageError(`not allowed to listen on ${where}: use a port above 1023`, { cause: error });
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
    return new UsageError(`cannot listen on ${where}: no such local address (--host)`, { cause: error });
  return error;
}
function eventLine(event) {
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
    title: incident.title
  });
}
var serveCommand = {
  name: "serve",
  summary: "Run the HTTP server that turns alert webhooks into incidents",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseFlags(argv, { port: { type: "string" }, host: { type: "string" } });
    const dotEnv = loadDotEnv(io.cwd, io.env);
    const env = dotEnv.env;
    const settings = serveSettingsFromEnv({
      ...env,
      ...values.port ? { PORT: values.port } : {},
      ...values.host ? { HOST: values.host } : {}
    });
    const log = (entry) => writeLine(io.stderr, JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), ...entry }));
    const store = openStateStore(settings.redisUrl, log);
    const api = serveApiFromEnv(
      env,
      io.cwd,
      (msg, error) => log({ level: "error", msg, ...error ? { error: String(error) } : {} }),
      store
    );
    const running = await startServe(
      settings,
      (event) => {
        writeLine(io.stdout, eventLine(event));
        api?.onAlert(event);
      },
      log,
      api?.routes,
      api ? (event) => api.metrics.observeRejectedAlert(event) : void 0,
      store
    ).catch(async (error) => {
      await store.close();
      throw error;
    });
    const base = `http://${settings.host}:${running.port}`;
    log({ level: "info", msg: `listening on ${base}` });
    for (const line of capabilityLines({
      auth: settings.auth,
      ...api ? { api: base } : {},
      env,
      redis: settings.redisUrl !== void 0,
      ...dotEnv.path ? { dotEnvPath: dotEnv.path } : {}
    }))
      log({ level: "info", msg: line });
    await new Promise((resolve2) => {
      process.once("SIGINT", resolve2);
      process.once("SIGTERM", resolve2);
    });
    await running.close();
    await api?.close();
    await store.close();
    return EXIT.ok;
  }
};
export {
  serveCommand,
  serveSettingsFromEnv,
  startServe
};
