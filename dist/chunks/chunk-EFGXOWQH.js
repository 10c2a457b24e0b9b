import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  readBody,
  sendJson,
  sendJsonText
} from "./chunk-QBZO5257.js";
import {
  chainHead,
  createAuditLog
} from "./chunk-BQI2XCIV.js";
import {
  ALERT_SOURCES,
  AlertAuthSettingsSchema,
  DedupeSettingsSchema,
  confirmSnsSubscription,
  createCertificateFetcher,
  createDedupeEngine,
  createRedisStateStore,
  normalizeAlert,
  normalizePostableAlerts,
  scanJsonText,
  verifyRequestSoon
} from "./chunk-23ZSANFV.js";
import {
  createMemoryStateStore
} from "./chunk-5EQ4B36T.js";
import {
  external_exports
} from "./chunk-Z34A77QH.js";
import {
  sha256Hex
} from "./chunk-BLIBE5CM.js";
import {
  ConfigError
} from "./chunk-U3NNAQLI.js";

// src/server/work-queue.ts
var STARTED = Promise.resolve();
function createWorkQueue(options) {
  const tails = /* @__PURE__ */ new Map();
  let pending = 0;
  let waiters = [];
  const settled = (key, tail) => {
    if (tails.get(key) === tail) tails.delete(key);
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
      const next = (tails.get(key) ?? STARTED).then(task).then(
        () => settled(key, next),
        (error) => {
          try {
            options.onError(error);
          } finally {
            settled(key, next);
          }
        }
      );
      tails.set(key, next);
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
  return `b:${sha256Hex(body)}`;
}
var URL_TOKEN_SOURCES = /* @__PURE__ */ new Set(["azure", "gcp", "splunk"]);
function withUrlToken(source, ctx) {
  const headers = ctx.req.headers;
  if (!URL_TOKEN_SOURCES.has(source) || headers["x-sentry-token"] !== void 0) return headers;
  const token = ctx.url.searchParams.get("auth_token") ?? ctx.url.searchParams.get("token");
  return token ? { ...headers, "x-sentry-token": token } : headers;
}
var SOURCES = new Set(ALERT_SOURCES);
var ACCEPTED_TYPES = /^(application\/json|application\/[\w.+-]+\+json|text\/plain)\s*(;|$)/i;
function parseJson(body) {
  const text = body.toString("utf8");
  const over = scanJsonText(text);
  if (over) return { ok: false, status: 422, reason: over.reason };
  try {
    return { ok: true, value: JSON.parse(text), textLength: text.length };
  } catch (error) {
    return { ok: false, status: 400, reason: error instanceof Error ? error.message : "malformed JSON" };
  }
}
var PLAIN_ID = /^[\w-]*$/;
function acceptedText(incidents) {
  let text = '{"status":"accepted","incidents":[';
  for (let i = 0; i < incidents.length; i += 1) {
    const id = incidents[i].id;
    text += `${i === 0 ? "" : ","}${PLAIN_ID.test(id) ? `"${id}"` : JSON.stringify(id)}`;
  }
  return `${text}]}`;
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
    for (const event of await options.dedupe.handle(alert)) {
      const pending = options.onIncident(event);
      if (pending) await pending;
    }
  };
  function handler(ctx) {
    const source = ctx.params.source;
    if (source === void 0 || !SOURCES.has(source)) {
      sendJson(ctx.res, 404, { error: "unknown alert source" });
      return void 0;
    }
    return accept(ctx, source, false);
  }
  function apiHandler(ctx) {
    return accept(ctx, "alertmanager", true);
  }
  function normalize(source, api, value, now, textLength) {
    return api ? normalizePostableAlerts(value, { now, textLength, scannedText: true }) : normalizeAlert(source, value, { now, textLength, scannedText: true });
  }
  async function accept(ctx, source, api) {
    const { req, res } = ctx;
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
    const soon = verifyRequestSoon(
      source,
      withUrlToken(source, ctx),
      read.body,
      options.auth,
      now,
      options.sns
    );
    const verdict = soon instanceof Promise ? await soon : soon;
    if (verdict.status !== "ok") {
      log({ level: "warn", msg: "alert refused", source, reason: verdict.reason });
      if (verdict.retry)
        return sendJson(
          res,
          503,
          { error: "cannot verify now, retry later", reason: verdict.reason },
          { "retry-after": "30" }
        );
      return sendJson(
        res,
        401,
        { error: "authentication failed", ...verdict.public ? { reason: verdict.reason } : {} },
        { "www-authenticate": "Bearer" }
      );
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
    const normalized = normalize(source, api, json.value, now, json.textLength);
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
    const replayWindowMs = source === "cloudwatch" ? (options.auth.snsToleranceSeconds + 60) * 1e3 : 0;
    const first = api || await options.dedupe.firstDelivery(source, deliveryIdOf(read.body), replayWindowMs);
    if (!first) return sendJson(res, 200, { status: "duplicate delivery", incidents: [] });
    for (const alert of normalized.incidents) {
      queue.push(alert.service ? `service:${alert.service}` : alert.fingerprint, () => processAlert(alert));
    }
    return sendJsonText(res, api ? 200 : 202, acceptedText(normalized.incidents));
  }
  return {
    route: { method: "POST", path: "/api/alerts/:source", handler },
    apiRoute: { method: "POST", path: "/api/v2/alerts", handler: apiHandler },
    queue
  };
}

// src/server/alert-intake.ts
function openStateStore(redisUrl, log) {
  return redisUrl ? createRedisStateStore(redisUrl, {
    onError: (error) => log({ level: "error", msg: "redis", error: error.message })
  }) : createMemoryStateStore();
}
function createAlertIntake(options) {
  const { settings, log } = options;
  const ownStore = options.store === void 0;
  const store = options.store ?? openStateStore(settings.redisUrl, log);
  let deferredTo;
  const dedupe = createDedupeEngine({
    store,
    settings: settings.dedupe,
    onDeferred: (event) => deferredTo?.(event)
  });
  const sns = options.sns ?? createCertificateFetcher();
  const alerts = createAlertRoute({
    auth: settings.auth,
    dedupe,
    onIncident: options.onIncident,
    bodyLimit: settings.bodyLimit,
    sns,
    log,
    ...options.clock ? { clock: options.clock } : {}
  });
  deferredTo = (event) => {
    const key = event.incident.service ? `service:${event.incident.service}` : event.incident.fingerprint;
    const queued = alerts.queue.push(key, async () => options.onIncident(event));
    if (!queued)
      log({ level: "error", msg: "held resolution dropped: work queue full", incident: event.incident.id });
  };
  const counted = (route) => options.onRefused ? countRefusals(route, options.onRefused) : route;
  return {
    route: counted(alerts.route),
    routes: [counted(alerts.route), counted(alerts.apiRoute)],
    store,
    idle: () => alerts.queue.idle(),
    async close() {
      await alerts.queue.idle();
      dedupe.close();
      if (ownStore) await store.close();
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

// src/entrypoints/shared/capabilities.ts
function alertsLine(auth) {
  const on = Object.entries(auth.sources).map(([source, entry]) => {
    const arns = entry.topicArns;
    return arns && arns.length > 0 ? `${source} (${arns.length} SNS topic${arns.length === 1 ? "" : "s"})` : source;
  });
  const off = ALERT_SOURCES.filter((source) => !(source in auth.sources));
  const refused = off.length > 0 ? `; refused (no SENTRY_ALERT_TOKENS_/HMAC_ set): ${off.join(", ")}` : "";
  return on.length > 0 ? `alerts: authenticated: ${on.join(", ")}${refused}` : "alerts: every source refused (401): set SENTRY_ALERT_TOKENS_<SOURCE> or SENTRY_ALERT_HMAC_<SOURCE>";
}
function modelLine(env) {
  const chosen = env.LLM_PROVIDER || (env.ANTHROPIC_API_KEY ? "anthropic" : "offline");
  const needs = {
    anthropic: ["ANTHROPIC_API_KEY"],
    bedrock_gateway: ["BEDROCK_GATEWAY_API_KEY", "BEDROCK_GATEWAY_BASE_URL", "BEDROCK_GATEWAY_MODEL"]
  };
  const missing = (needs[chosen] ?? []).filter((name) => !env[name]);
  if (missing.length > 0) return `model: ${chosen}, missing ${missing.join(", ")}: runs will fail`;
  return chosen === "offline" ? "model: offline diagnoser (set ANTHROPIC_API_KEY or LLM_PROVIDER for a model)" : `model: ${chosen}${env.ANTHROPIC_MODEL && chosen === "anthropic" ? ` (${env.ANTHROPIC_MODEL})` : ""}`;
}
function capabilityLines(c) {
  const lines = [
    `settings: ${c.dotEnvPath ? `environment and ${c.dotEnvPath}` : "environment (no .env in the working directory)"}`,
    alertsLine(c.auth),
    `state: ${c.redis ? "Redis (REDIS_URL), shared by replicas" : "in memory (set REDIS_URL to share it between replicas)"}`,
    c.api ? `api: on at ${c.api} (/api, dashboard /, /metrics)` : "api: off (set SENTRY_API_TOKEN, 16+ characters, for the API, dashboard and /metrics)",
    modelLine(c.env)
  ];
  if (c.routing) {
    const { routingRepo, defaultRepo } = c.routing;
    lines.push(
      routingRepo || defaultRepo ? `routing: ${routingRepo ? `alertRouting of ${routingRepo}` : "no rules (SENTRY_ROUTING_REPO unset)"}; default ${defaultRepo ?? "none: unmatched alerts are dropped (SENTRY_DEFAULT_REPO)"}` : "routing: off, every alert is dropped: set SENTRY_DEFAULT_REPO or SENTRY_ROUTING_REPO"
    );
  }
  return lines;
}

// src/entrypoints/shared/serve-settings.ts
var list = (value) => (value ?? "").split(",").map((v) => v.trim()).filter(Boolean);
function intVar(env, name, fallback, min = 0) {
  const raw = env[name];
  if (raw === void 0 || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be a whole number ≥ ${min}`, name);
  return n;
}
function flag(env, name) {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === void 0 || raw === "" || raw === "0" || raw === "false") return false;
  if (raw === "1" || raw === "true") return true;
  throw new ConfigError(`${name} must be 1/true or 0/false`, name);
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
    const jwksUrl = env[`SENTRY_ALERT_JWT_${key}_JWKS_URL`]?.trim();
    if (jwksUrl)
      entry.jwt = {
        jwksUrl,
        issuers: list(env[`SENTRY_ALERT_JWT_${key}_ISSUERS`]),
        audiences: list(env[`SENTRY_ALERT_JWT_${key}_AUDIENCES`]),
        principals: list(env[`SENTRY_ALERT_JWT_${key}_PRINCIPALS`])
      };
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
    groupByService: flag(env, "SENTRY_ALERT_GROUP_BY_SERVICE"),
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

// src/entrypoints/shared/api-env.ts
import { resolve } from "node:path";
function apiSettingsFromEnv(env, cwd) {
  const watchRoots = (env.SENTRY_WATCH_ROOTS ?? "").split(",").map((root) => root.trim()).filter(Boolean).map((root) => resolve(cwd, root));
  const metricsToken = env.SENTRY_METRICS_TOKEN?.trim();
  if (metricsToken !== void 0 && metricsToken !== "" && metricsToken.length < 16)
    throw new ConfigError("SENTRY_METRICS_TOKEN must be at least 16 characters", "SENTRY_METRICS_TOKEN");
  const incidentsFile = env.SENTRY_INCIDENTS_FILE?.trim();
  return {
    watchRoots,
    ...metricsToken ? { metricsToken } : {},
    ...incidentsFile ? { incidentsFile: resolve(cwd, incidentsFile) } : {}
  };
}

// src/engine/human-action.ts
async function appendHumanAction(audit, action) {
  const head = await chainHead(audit);
  const log = createAuditLog(audit.store, audit.signingKey, head ? { head } : {});
  log.append({
    kind: "event",
    agent: "human",
    reason: action.reason,
    runId: action.runId ?? action.incidentId
  });
  await log.flush();
  return log.entries();
}

export {
  openStateStore,
  createAlertIntake,
  capabilityLines,
  serveSettingsFromEnv,
  appendHumanAction,
  apiSettingsFromEnv
};
