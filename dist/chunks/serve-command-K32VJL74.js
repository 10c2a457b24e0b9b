import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  readAuditHead
} from "./chunk-2UH7J5YC.js";
import {
  createJsonlAuditStore
} from "./chunk-ET6ZVLMB.js";
import {
  sentryVersion
} from "./chunk-3HBMMNBA.js";
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-OWDRI45H.js";
import {
  workspaceFromPaths
} from "./chunk-RPJIBSZF.js";
import {
  capabilityLines,
  createAlertIntake,
  loadDotEnv,
  serveSettingsFromEnv,
  writeLogUpload
} from "./chunk-YWBRUYH4.js";
import {
  createSentryApi,
  createSentryServer,
  healthRoute
} from "./chunk-EGWM5EI5.js";
import {
  loadConfigFile
} from "./chunk-FKNPK563.js";
import {
  createJsonlMemoryStore,
  providerFactory,
  runIncident
} from "./chunk-AXHXSAB2.js";
import "./chunk-DK37GTS4.js";
import "./chunk-V4HPONA3.js";
import {
  ALERT_SOURCES
} from "./chunk-EPL3QZSC.js";
import {
  ModeInputSchema,
  createMemoryAuditStore,
  readAuditEntries
} from "./chunk-UNJPGW5C.js";
import "./chunk-ODOKCLFL.js";
import "./chunk-OFYK5KMA.js";
import {
  generateAuditKeys
} from "./chunk-HM7HINH2.js";
import {
  ConfigError,
  UsageError
} from "./chunk-UOHJ52NF.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-YTPWNMCU.js";
import "./chunk-B6VJYXQO.js";
import "./chunk-GNCNIB7N.js";
import "./chunk-JH6YQ4PQ.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-Z34A77QH.js";
import "./chunk-WMCLU2NB.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/serve-api.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
async function chainHead(store, auditPath) {
  if (auditPath) return readAuditHead(auditPath);
  const last = (await readAuditEntries(store)).at(-1);
  return typeof last?.seq === "number" && typeof last.hash === "string" ? { seq: last.seq, hash: last.hash } : void 0;
}
function serveApiFromEnv(env, cwd, log) {
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
      warn: (line) => log(`warning: ${line}`)
    }
  );
  const auditPath = env.SENTRY_AUDIT_LOG?.trim() ? resolve(cwd, env.SENTRY_AUDIT_LOG.trim()) : void 0;
  const auditStore = auditPath ? createJsonlAuditStore(auditPath) : createMemoryAuditStore();
  const signingKey = env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey;
  const provider = providerFactory({ flag: void 0, script: env.SENTRY_SCRIPT, env, config, cwd });
  const runMode = config.mode;
  const execute = async ({ incident, logs, similar, onState }) => {
    const dir = await mkdtemp(join(tmpdir(), "sentry-incident-"));
    try {
      const base = workspaceFromPaths({ logs: [], ...repo ? { repo: resolve(cwd, repo) } : {}, cwd: dir });
      const workspace = logs?.text ? { ...base, ...await writeLogUpload(dir, logs) } : base;
      const head = await chainHead(auditStore, auditPath);
      return await runIncident({
        incident,
        workspace,
        mode: runMode,
        config,
        provider,
        auditStore,
        ...auditPath ? { auditLogPath: auditPath } : {},
        ...head ? { auditHead: head } : {},
        auditSigningKey: signingKey,
        similar,
        onState
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  const roots = (env.SENTRY_WATCH_ROOTS ?? "").split(",").map((r) => r.trim()).filter(Boolean).map((r) => resolve(cwd, r));
  const metricsToken = env.SENTRY_METRICS_TOKEN?.trim();
  if (metricsToken !== void 0 && metricsToken.length < 16)
    throw new ConfigError("SENTRY_METRICS_TOKEN must be at least 16 characters", "SENTRY_METRICS_TOKEN");
  return createSentryApi({
    token,
    ...metricsToken ? { metricsToken } : {},
    version: sentryVersion(),
    mode: runMode,
    config,
    ...repo ? { repoRoot: resolve(cwd, repo) } : {},
    execute,
    auditStore,
    ...env.SENTRY_MEMORY_FILE?.trim() ? { memory: createJsonlMemoryStore(resolve(cwd, env.SENTRY_MEMORY_FILE.trim())) } : {},
    watchRoots: roots,
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
a source with none configured is refused. REDIS_URL shares dedupe state between replicas.`;
async function startServe(settings, onIncident, log, extraRoutes = [], onAlertRefused) {
  const intake = createAlertIntake({ settings, onIncident, log });
  const alertRoute = onAlertRefused ? countRefusals(intake.route, onAlertRefused) : intake.route;
  const server = createSentryServer({ routes: [healthRoute, alertRoute, ...extraRoutes], log });
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
function countRefusals(route, onRefused) {
  return {
    ...route,
    async handler(ctx) {
      await route.handler(ctx);
      const status = ctx.res.statusCode;
      if (status >= 400) {
        const named = ctx.params.source ?? "";
        const source = ALERT_SOURCES.includes(named) ? named : "unknown";
        onRefused({ source, status });
      }
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
    const api = serveApiFromEnv(
      env,
      io.cwd,
      (msg, error) => log({ level: "error", msg, ...error ? { error: String(error) } : {} })
    );
    const running = await startServe(
      settings,
      (event) => {
        writeLine(io.stdout, eventLine(event));
        api?.onAlert(event);
      },
      log,
      api?.routes,
      api ? (event) => api.metrics.observeRejectedAlert(event) : void 0
    );
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
    return EXIT.ok;
  }
};
export {
  serveCommand,
  serveSettingsFromEnv,
  startServe
};
