import type { Incident } from "../core/incident.js";
import { sha256Hex } from "../core/sha256.js";
import { confirmSnsSubscription, type SnsDeps } from "../ingest/alerts/auth/sns.js";
import { type AlertAuthSettings, verifyRequestSoon } from "../ingest/alerts/auth/verify-request.js";
import type { DedupeEngine, IncidentEvent } from "../ingest/alerts/dedupe.js";
import { normalizeAlert, normalizePostableAlerts } from "../ingest/alerts/index.js";
import { scanJsonText } from "../ingest/alerts/intake-limits.js";
import type { NormalizeResult } from "../ingest/alerts/normalize-helpers.js";
import { ALERT_SOURCES, type AlertSourceName } from "../ingest/alerts/source-name.js";
import { type Route, type RouteContext, type ServerLog, sendJson, sendJsonText } from "./http-server.js";
import { readBody } from "./read-body.js";
import { createWorkQueue, type WorkQueue } from "./work-queue.js";

/** What the entry point receives, after acknowledgement, for each change of an incident. */
export type AlertIncidentEvent = Pick<IncidentEvent, "incident" | "kind" | "runAllowed"> &
  Partial<IncidentEvent>;

export interface AlertRouteOptions {
  auth: AlertAuthSettings;
  dedupe: DedupeEngine;
  onIncident: (event: AlertIncidentEvent) => void | Promise<void>;
  /** Bytes; larger bodies get 413 before they are read in full. */
  bodyLimit?: number;
  /** Queued alerts beyond which the route answers 503 (the vendor retries). */
  maxQueued?: number;
  sns?: SnsDeps & { confirm?: (url: string | undefined) => Promise<unknown> };
  log?: ServerLog;
  clock?: () => Date;
}

export interface AlertRoute {
  /** `POST /api/alerts/:source`. */
  route: Route;
  /** `POST /api/v2/alerts`: Alertmanager's API, for Prometheus-compatible rulers (auth: the alertmanager source's). */
  apiRoute: Route;
  queue: WorkQueue;
}

/**
 * The replay key: a hash of the exact body, which is what the signature covers (SNS's MessageId, PagerDuty's
 * event id and Sentry's payload all sit inside it). Delivery-id headers are not signed, so a captured body
 * replayed with a fresh `X-Webhook-Id` must not count as new; a vendor's retry resends the same bytes.
 */
function deliveryIdOf(body: Buffer): string {
  return `b:${sha256Hex(body)}`;
}

/**
 * Senders that cannot set a header put the token in the URL, as their vendor documents: Azure Monitor
 * webhooks, Cloud Monitoring's token-auth channel (`auth_token`), Splunk's webhook action.
 */
const URL_TOKEN_SOURCES = new Set(["azure", "gcp", "splunk"]);

function withUrlToken(source: string, ctx: RouteContext): RouteContext["req"]["headers"] {
  const headers = ctx.req.headers;
  if (!URL_TOKEN_SOURCES.has(source) || headers["x-sentry-token"] !== undefined) return headers;
  const token = ctx.url.searchParams.get("auth_token") ?? ctx.url.searchParams.get("token");
  return token ? { ...headers, "x-sentry-token": token } : headers;
}

/** The `:source` names (AlertSourceNameSchema's options): a set lookup rather than a zod parse per request. */
const SOURCES: ReadonlySet<string> = new Set(ALERT_SOURCES);

const ACCEPTED_TYPES = /^(application\/json|application\/[\w.+-]+\+json|text\/plain)\s*(;|$)/i;

type Parsed =
  | { ok: true; value: unknown; textLength: number }
  | { ok: false; status: 400 | 422; reason: string };

/** Depth and string sizes are checked on the text, before the parser builds anything. */
function parseJson(body: Buffer): Parsed {
  const text = body.toString("utf8");
  const over = scanJsonText(text);
  if (over) return { ok: false, status: 422, reason: over.reason };
  try {
    return { ok: true, value: JSON.parse(text), textLength: text.length };
  } catch (error) {
    return { ok: false, status: 400, reason: error instanceof Error ? error.message : "malformed JSON" };
  }
}

/** Incident ids are `inc-` and hex digits (IncidentSchema): such an id is its own JSON string body. */
const PLAIN_ID = /^[\w-]*$/;

/** `JSON.stringify({ status: "accepted", incidents: ids })`, built directly: it is every request's answer. */
export function acceptedText(incidents: readonly Incident[]): string {
  let text = '{"status":"accepted","incidents":[';
  for (let i = 0; i < incidents.length; i += 1) {
    const id = (incidents[i] as Incident).id;
    text += `${i === 0 ? "" : ","}${PLAIN_ID.test(id) ? `"${id}"` : JSON.stringify(id)}`;
  }
  return `${text}]}`;
}

/**
 * `POST /api/alerts/:source`: authenticate over the raw body, normalize, drop vendor retries, queue, and
 * answer 202 at once. The dedupe engine and `onIncident` (the pipeline) run from the queue, never inline.
 */
export function createAlertRoute(options: AlertRouteOptions): AlertRoute {
  const log = options.log ?? (() => {});
  const clock = options.clock ?? (() => new Date());
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const maxQueued = options.maxQueued ?? 50_000;
  const queue = createWorkQueue({
    maxPending: maxQueued,
    onError: (error) => log({ level: "error", msg: "alert processing failed", error: String(error) }),
  });

  const processAlert = async (alert: Incident) => {
    for (const event of await options.dedupe.handle(alert)) {
      // Only a promise is waited for: most callbacks count or enqueue and return nothing.
      const pending = options.onIncident(event);
      if (pending) await pending;
    }
  };

  // Not async: a handler that returns accept's promise would wrap it in a second one.
  function handler(ctx: RouteContext): Promise<void> | undefined {
    const source = ctx.params.source;
    if (source === undefined || !SOURCES.has(source)) {
      sendJson(ctx.res, 404, { error: "unknown alert source" });
      return undefined;
    }
    return accept(ctx, source as AlertSourceName, false);
  }

  /**
   * Prometheus, vmalert and the Mimir/Loki rulers expect Alertmanager's answer to a push: 200. No replay
   * key: a ruler's resolution can be byte-identical to a firing it sent earlier (its `endsAt` is the
   * evaluation time, which equals an earlier firing's projected `endsAt` on the evaluation grid; seen with a
   * real Prometheus), so repeats are left to the dedupe engine, which counts them.
   */
  function apiHandler(ctx: RouteContext): Promise<void> {
    return accept(ctx, "alertmanager", true);
  }

  /** The body as incidents: a vendor's webhook (`:source`), or Alertmanager's API push (`api`). */
  function normalize(
    source: AlertSourceName,
    api: boolean,
    value: unknown,
    now: Date,
    textLength: number,
  ): NormalizeResult {
    return api
      ? normalizePostableAlerts(value, { now, textLength, scannedText: true })
      : normalizeAlert(source, value, { now, textLength, scannedText: true });
  }

  /** The API push answers 200 and has no replay key (above); a vendor's webhook, 202 and one. */
  async function accept(ctx: RouteContext, source: AlertSourceName, api: boolean): Promise<void> {
    const { req, res } = ctx;
    const type = req.headers["content-type"];
    if (type !== undefined && !ACCEPTED_TYPES.test(type)) {
      req.resume();
      return sendJson(res, 415, { error: "unsupported content type (send JSON)" });
    }
    const read = await readBody(req, bodyLimit);
    if (read.status === "too-large")
      return sendJson(res, 413, {
        error: "payload too large",
        path: "(body)",
        reason: `body larger than ${bodyLimit} bytes`,
      });
    if (read.status === "aborted") return;
    const now = clock();
    const soon = verifyRequestSoon(
      source,
      withUrlToken(source, ctx),
      read.body,
      options.auth,
      now,
      options.sns,
    );
    const verdict = soon instanceof Promise ? await soon : soon;
    if (verdict.status !== "ok") {
      log({ level: "warn", msg: "alert refused", source, reason: verdict.reason });
      if (verdict.retry)
        return sendJson(
          res,
          503,
          { error: "cannot verify now, retry later", reason: verdict.reason },
          { "retry-after": "30" },
        );
      return sendJson(
        res,
        401,
        { error: "authentication failed", ...(verdict.public ? { reason: verdict.reason } : {}) },
        { "www-authenticate": "Bearer" },
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
        const confirm = options.sns?.confirm ?? ((u: string | undefined) => confirmSnsSubscription(u));
        queue.push(`sns:${verdict.sns.TopicArn}`, async () => {
          log({
            level: "info",
            msg: "SNS subscription confirmed",
            topic: verdict.sns?.TopicArn,
            result: await confirm(url),
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
        reason: normalized.reason,
      });
    }
    // Capacity before the delivery claim: a 503'd delivery must not count as seen when the vendor retries.
    if (queue.pending + normalized.incidents.length > maxQueued) {
      return sendJson(res, 503, { error: "busy, retry later" }, { "retry-after": "5" });
    }
    // SNS accepts a signed message for an hour: its replay key must live at least as long.
    const replayWindowMs = source === "cloudwatch" ? (options.auth.snsToleranceSeconds + 60) * 1000 : 0;
    const first =
      api || (await options.dedupe.firstDelivery(source, deliveryIdOf(read.body), replayWindowMs));
    if (!first) return sendJson(res, 200, { status: "duplicate delivery", incidents: [] });
    // Keyed by service when there is one: alerts that may group together are decided in arrival order.
    for (const alert of normalized.incidents) {
      queue.push(alert.service ? `service:${alert.service}` : alert.fingerprint, () => processAlert(alert));
    }
    return sendJsonText(res, api ? 200 : 202, acceptedText(normalized.incidents));
  }

  return {
    route: { method: "POST", path: "/api/alerts/:source", handler },
    apiRoute: { method: "POST", path: "/api/v2/alerts", handler: apiHandler },
    queue,
  };
}
