import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createSentryApi,
  createSentryServer,
  healthRoute,
  readBody,
  sendJson
} from "./chunk-TWELTO7M.js";
import {
  loadConfigFile,
  readAuditHead
} from "./chunk-IJOSRABH.js";
import {
  createJsonlAuditStore
} from "./chunk-23OJHAHD.js";
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-6C5AGK4M.js";
import {
  AlertAuthSettingsSchema,
  DedupeSettingsSchema,
  confirmSnsSubscription,
  createCertificateFetcher,
  createDedupeEngine,
  createMemoryStateStore,
  createRedisStateStore,
  verifyRequest
} from "./chunk-WDZLA5NT.js";
import {
  ALERT_SOURCES,
  AlertSourceNameSchema,
  normalizeAlert,
  scanJsonText
} from "./chunk-4VTSCIS2.js";
import {
  createJsonlMemoryStore,
  createMemoryAuditStore,
  providerFactory,
  readAuditEntries,
  runIncident
} from "./chunk-RQ52JRN2.js";
import {
  ModeInputSchema,
  workspaceFromPaths
} from "./chunk-FZAKC7TB.js";
import {
  generateAuditKeys
} from "./chunk-64VRCSWF.js";
import {
  ConfigError
} from "./chunk-UOHJ52NF.js";
import {
  external_exports
} from "./chunk-Z34A77QH.js";

// src/server/alert-route.ts
import { createHash } from "node:crypto";

// src/server/work-queue.ts
function createWorkQueue(options) {
  const tails = /* @__PURE__ */ new Map();
  let pending = 0;
  let waiters = [];
  const settled = () => {
    pending -= 1;
    if (pending === 0) {
      const toWake = waiters;
      waiters = [];
      for (const wake of toWake) wake();
    }
  };
  return {
    push(key, task) {
      if (pending >= options.maxPending) return false;
      pending += 1;
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous.then(task).catch(options.onError).finally(settled);
      tails.set(key, next);
      next.then(() => {
        if (tails.get(key) === next) tails.delete(key);
      });
      return true;
    },
    idle() {
      return pending === 0 ? Promise.resolve() : new Promise((resolve2) => waiters.push(resolve2));
    },
    get pending() {
      return pending;
    }
  };
}

// src/server/alert-route.ts
function deliveryIdOf(body) {
  return `b:${createHash("sha256").update(body).digest("hex")}`;
}
var URL_TOKEN_SOURCES = /* @__PURE__ */ new Set(["azure", "gcp", "splunk"]);
function withUrlToken(source, ctx) {
  const headers = ctx.req.headers;
  if (!URL_TOKEN_SOURCES.has(source) || headers["x-sentry-token"] !== void 0) return headers;
  const token = ctx.url.searchParams.get("auth_token") ?? ctx.url.searchParams.get("token");
  return token ? { ...headers, "x-sentry-token": token } : headers;
}
var ACCEPTED_TYPES = /^(application\/json|application\/[\w.+-]+\+json|text\/plain)\s*(;|$)/i;
function parseJson(body) {
  const text = body.toString("utf8");
  const over = scanJsonText(text);
  if (over) return { ok: false, status: 422, reason: over.reason };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, status: 400, reason: error instanceof Error ? error.message : "malformed JSON" };
  }
}
function createAlertRoute(options) {
  const log = options.log ?? (() => {
  });
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const maxQueued = options.maxQueued ?? 5e4;
  const queue = createWorkQueue({
    maxPending: maxQueued,
    onError: (error) => log({ level: "error", msg: "alert processing failed", error: String(error) })
  });
  const processAlert = async (alert) => {
    for (const event of await options.dedupe.handle(alert)) await options.onIncident(event);
  };
  async function handler(ctx) {
    const { req, res, params } = ctx;
    const source = AlertSourceNameSchema.safeParse(params.source);
    if (!source.success) return sendJson(res, 404, { error: "unknown alert source" });
    const type = req.headers["content-type"];
    if (type !== void 0 && !ACCEPTED_TYPES.test(type)) {
      req.resume();
      return sendJson(res, 415, { error: "unsupported content type (send JSON)" });
    }
    const read = await readBody(req, bodyLimit);
    if (read.status === "too-large")
      return sendJson(res, 413, {
        error: "payload too large",
        path: "(body)",
        reason: `body larger than ${bodyLimit} bytes`
      });
    if (read.status === "aborted") return;
    const now = clock();
    const verdict = await verifyRequest(
      source.data,
      withUrlToken(source.data, ctx),
      read.body,
      options.auth,
      now,
      options.sns
    );
    if (verdict.status !== "ok") {
      log({ level: "warn", msg: "alert refused", source: source.data, reason: verdict.reason });
      return sendJson(res, 401, { error: "authentication failed" }, { "www-authenticate": "Bearer" });
    }
    const json = parseJson(read.body);
    if (!json.ok) {
      const error = json.status === 422 ? "payload over an intake limit" : "invalid payload";
      return sendJson(res, json.status, { error, path: "(body)", reason: json.reason });
    }
    if (verdict.sns && verdict.sns.Type !== "Notification") {
      if (verdict.sns.Type === "SubscriptionConfirmation") {
        const url = verdict.sns.SubscribeURL;
        const confirm = options.sns?.confirm ?? ((u) => confirmSnsSubscription(u));
        queue.push(`sns:${verdict.sns.TopicArn}`, async () => {
          log({
            level: "info",
            msg: "SNS subscription confirmed",
            topic: verdict.sns?.TopicArn,
            result: await confirm(url)
          });
        });
      }
      return sendJson(res, 202, { status: "accepted", incidents: [] });
    }
    const normalized = normalizeAlert(source.data, json.value, { now });
    if (normalized.status === "invalid") {
      return sendJson(res, normalized.limit ? 422 : 400, {
        error: normalized.limit ? "payload over an intake limit" : "invalid payload",
        path: normalized.path,
        reason: normalized.reason
      });
    }
    if (queue.pending + normalized.incidents.length > maxQueued) {
      return sendJson(res, 503, { error: "busy, retry later" }, { "retry-after": "5" });
    }
    const replayWindowMs = source.data === "cloudwatch" ? (options.auth.snsToleranceSeconds + 60) * 1e3 : 0;
    const first = await options.dedupe.firstDelivery(source.data, deliveryIdOf(read.body), replayWindowMs);
    if (!first) return sendJson(res, 200, { status: "duplicate delivery", incidents: [] });
    for (const alert of normalized.incidents) {
      queue.push(alert.service ? `service:${alert.service}` : alert.fingerprint, () => processAlert(alert));
    }
    return sendJson(res, 202, { status: "accepted", incidents: normalized.incidents.map((i) => i.id) });
  }
  return { route: { method: "POST", path: "/api/alerts/:source", handler }, queue };
}

// src/entrypoints/cli/serve-api.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";

// src/entrypoints/shared/log-upload.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
async function writeLogUpload(dir, upload) {
  const path = join(dir, "incident.log");
  await writeFile(path, upload.text, { mode: 384 });
  return {
    logFiles: [path],
    logDisplayNames: { [path]: upload.file ?? "incident.log" },
    ...upload.firstLine ? { logFirstLines: { [path]: upload.firstLine } } : {}
  };
}

// src/entrypoints/cli/serve-api.ts
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
    const dir = await mkdtemp(join2(tmpdir(), "sentry-incident-"));
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
  return createSentryApi({
    token,
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
var list = (value) => (value ?? "").split(",").map((v) => v.trim()).filter(Boolean);
function intVar(env, name, fallback, min = 0) {
  const raw = env[name];
  if (raw === void 0 || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be a whole number ≥ ${min}`, name);
  return n;
}
function serveSettingsFromEnv(env) {
  const sources = {};
  for (const source of ALERT_SOURCES) {
    const key = source.toUpperCase();
    const tokens = list(env[`SENTRY_ALERT_TOKENS_${key}`]);
    const hmacSecrets = list(env[`SENTRY_ALERT_HMAC_${key}`]);
    const entry = {};
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
    sources
  });
  if (!auth.success) {
    const issue = auth.error.issues[0];
    const path = issue?.path ?? [];
    const name = path[0] === "sources" ? `SENTRY_ALERT_*_${String(path[1]).toUpperCase()}` : String(path[0]);
    throw new ConfigError(`${name}: ${issue?.message ?? "invalid"} (${path.join(".")})`, name);
  }
  const seconds = (name, fallback, min = 0) => intVar(env, name, fallback, min) * 1e3;
  const dedupe = DedupeSettingsSchema.parse({
    groupWindowMs: seconds("SENTRY_ALERT_GROUP_WINDOW_SECONDS", 300),
    maxRunsPerWindow: intVar(env, "SENTRY_ALERT_MAX_RUNS", 3, 1),
    runWindowMs: seconds("SENTRY_ALERT_RUN_WINDOW_SECONDS", 3600, 1),
    flapThreshold: intVar(env, "SENTRY_ALERT_FLAP_THRESHOLD", 3, 1)
  });
  const redisUrl = env.REDIS_URL?.trim();
  if (redisUrl && !external_exports.url({ protocol: /^rediss?$/ }).safeParse(redisUrl).success) {
    throw new ConfigError("REDIS_URL must be a redis:// or rediss:// URL", "REDIS_URL");
  }
  return {
    host: env.HOST?.trim() || "127.0.0.1",
    port: intVar(env, "PORT", 3e3),
    ...redisUrl ? { redisUrl } : {},
    bodyLimit: intVar(env, "SENTRY_ALERT_BODY_LIMIT", 1024 * 1024, 1024),
    auth: auth.data,
    dedupe
  };
}
var USAGE = `Usage:
  claude-sentry serve [--port N] [--host ADDR]

Runs the HTTP server: POST /api/alerts/:source (alertmanager, grafana, pagerduty, datadog, sentry,
opsgenie, cloudwatch, generic, github) and GET /healthz. Each incident event is printed to stdout as
one JSON line; logs go to stderr. Credentials per source come from the environment
(SENTRY_ALERT_TOKENS_<SOURCE>, SENTRY_ALERT_HMAC_<SOURCE>, SENTRY_ALERT_SNS_TOPIC_ARNS; see docs/alerts.md);
a source with none configured is refused. REDIS_URL shares dedupe state between replicas.`;
async function startServe(settings, onIncident, log, extraRoutes = []) {
  const store = settings.redisUrl ? createRedisStateStore(settings.redisUrl, {
    onError: (error) => log({ level: "error", msg: "redis", error: error.message })
  }) : createMemoryStateStore();
  const dedupe = createDedupeEngine({
    store,
    settings: settings.dedupe,
    onDeferred: (e) => void onIncident(e)
  });
  const alerts = createAlertRoute({
    auth: settings.auth,
    dedupe,
    onIncident,
    bodyLimit: settings.bodyLimit,
    sns: createCertificateFetcher(),
    log
  });
  const server = createSentryServer({ routes: [healthRoute, alerts.route, ...extraRoutes], log });
  const port = await server.listen(settings.port, settings.host);
  return {
    port,
    async close() {
      await server.close();
      await alerts.queue.idle();
      dedupe.close();
      await store.close();
    }
  };
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
    const settings = serveSettingsFromEnv({
      ...io.env,
      ...values.port ? { PORT: values.port } : {},
      ...values.host ? { HOST: values.host } : {}
    });
    const log = (entry) => writeLine(io.stderr, JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), ...entry }));
    const configured = Object.keys(settings.auth.sources);
    const api = serveApiFromEnv(
      io.env,
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
      api?.routes
    );
    log({
      level: "info",
      msg: `listening on http://${settings.host}:${running.port}`,
      sources: configured,
      store: settings.redisUrl ? "redis" : "memory"
    });
    if (configured.length === 0)
      log({ level: "warn", msg: "no alert source has credentials: every alert will get 401" });
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
  createAlertRoute,
  writeLogUpload,
  serveSettingsFromEnv,
  startServe,
  serveCommand
};
