import { createMemoryStateStore } from "../core/memory-state-store.js";
import type { StateStore } from "../core/state-store.js";
import { createCertificateFetcher, type SnsDeps } from "../ingest/alerts/auth/sns.js";
import type { AlertAuthSettings } from "../ingest/alerts/auth/verify-request.js";
import { createDedupeEngine, type DedupeSettings } from "../ingest/alerts/dedupe.js";
import { createRedisStateStore } from "../ingest/alerts/redis-state-store.js";
import { ALERT_SOURCES } from "../ingest/alerts/source-name.js";
import { type AlertIncidentEvent, type AlertRouteOptions, createAlertRoute } from "./alert-route.js";
import type { Route, ServerLog } from "./http-server.js";

/** What every door that takes alerts (`serve`, the App) reads from its environment for them. */
export interface AlertIntakeSettings {
  redisUrl?: string;
  bodyLimit: number;
  auth: AlertAuthSettings;
  dedupe: DedupeSettings;
}

/** Memory by default; Redis with REDIS_URL, its connection errors logged (ioredis retries on its own). */
export function openStateStore(redisUrl: string | undefined, log: ServerLog): StateStore {
  return redisUrl
    ? createRedisStateStore(redisUrl, {
        onError: (error) => log({ level: "error", msg: "redis", error: error.message }),
      })
    : createMemoryStateStore();
}

export interface AlertIntakeOptions {
  settings: AlertIntakeSettings;
  /** Runs from the work queue, after the sender had its answer; a throw is logged, never fatal. */
  onIncident: (event: AlertIncidentEvent) => void | Promise<void>;
  log: ServerLog;
  /** The door's own store when it keeps more state in it (the App's delivery ids); else opened here. */
  store?: StateStore;
  /** Called for each alert request answered with an error (for /metrics): its source and status. */
  onRefused?: (event: { source: string; status: number }) => void;
  /** SNS certificate fetching and subscription confirming; tests give fakes. */
  sns?: AlertRouteOptions["sns"];
  clock?: () => Date;
}

export interface AlertIntake {
  /** `POST /api/alerts/:source`. */
  route: Route;
  /** Every alert route: `route` and `POST /api/v2/alerts` (Alertmanager's API, for Prometheus-compatible rulers). */
  routes: Route[];
  store: StateStore;
  /** Resolves when no alert is queued or being processed. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The one way alerts come in, for `serve` and the App alike: authenticated (SNS included), deduplicated in
 * the StateStore, and processed from the work queue — a resolution the dedupe engine held back (flapping)
 * included, so a failure while delivering it is logged like any other instead of escaping as an
 * unhandled rejection.
 */
export function createAlertIntake(options: AlertIntakeOptions): AlertIntake {
  const { settings, log } = options;
  const ownStore = options.store === undefined;
  const store = options.store ?? openStateStore(settings.redisUrl, log);
  let deferredTo: ((event: AlertIncidentEvent) => void) | undefined;
  const dedupe = createDedupeEngine({
    store,
    settings: settings.dedupe,
    onDeferred: (event) => deferredTo?.(event),
  });
  const sns: SnsDeps = options.sns ?? createCertificateFetcher();
  const alerts = createAlertRoute({
    auth: settings.auth,
    dedupe,
    onIncident: options.onIncident,
    bodyLimit: settings.bodyLimit,
    sns,
    log,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  deferredTo = (event) => {
    const key = event.incident.service ? `service:${event.incident.service}` : event.incident.fingerprint;
    const queued = alerts.queue.push(key, async () => options.onIncident(event));
    if (!queued)
      log({ level: "error", msg: "held resolution dropped: work queue full", incident: event.incident.id });
  };
  const counted = (route: Route) => (options.onRefused ? countRefusals(route, options.onRefused) : route);
  return {
    route: counted(alerts.route),
    routes: [counted(alerts.route), counted(alerts.apiRoute)],
    store,
    idle: () => alerts.queue.idle(),
    async close() {
      await alerts.queue.idle();
      dedupe.close();
      if (ownStore) await store.close();
    },
  };
}

/** Counts the alert requests answered with an error: the status says why, the path which source. */
function countRefusals(route: Route, onRefused: (event: { source: string; status: number }) => void): Route {
  return {
    ...route,
    async handler(ctx) {
      await route.handler(ctx);
      const status = ctx.res.statusCode;
      if (status >= 400) {
        // Only known names become labels: a scanner's made-up paths must not grow the series.
        const named = ctx.params.source ?? "";
        const source = (ALERT_SOURCES as readonly string[]).includes(named) ? named : "unknown";
        onRefused({ source, status });
      }
    },
  };
}
