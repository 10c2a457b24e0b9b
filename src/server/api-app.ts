import { basename } from "node:path";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { Mode } from "../core/mode.js";
import type { MemoryStore } from "../memory/index.js";
import type { AuditStore } from "../security/audit/audit-store.js";
import { haltReason } from "../security/mode/kill-switch.js";
import { type DetectorSettings, DetectorSettingsSchema, type Trigger } from "../watcher/detector.js";
import { createLogWatcher, type LogWatcher } from "../watcher/log-watcher.js";
import {
  createIncidentBook,
  createIncidentQueue,
  type ExecuteIncident,
  type IncidentBook,
  type IncidentQueue,
} from "./api-incidents.js";
import { createApiRoutes, incidentFromTrigger, requireToken } from "./api-routes.js";
import { dashboardRoutes } from "./dashboard.js";
import type { Route } from "./http-server.js";
import { createMetrics, type SentryMetrics } from "./metrics.js";

export interface SentryApiOptions {
  token: string;
  mode: Mode;
  config: SentryConfig;
  repoRoot?: string;
  execute: ExecuteIncident;
  auditStore: AuditStore;
  memory?: MemoryStore;
  watchRoots?: string[];
  watcherSettings?: Partial<DetectorSettings>;
  watcherPollMs?: number;
  version?: string;
  clock?: () => Date;
  log?: (msg: string, error?: unknown) => void;
}

export interface SentryApi {
  routes: Route[];
  book: IncidentBook;
  queue: IncidentQueue;
  metrics: SentryMetrics;
  watcher: LogWatcher;
  /** For the alert route: counts alerts (and dedupes) and queues the ones allowed to run. */
  onAlert(event: { incident: Incident; kind: string; runAllowed: boolean }): void;
  close(): Promise<void>;
}

export function incidentFromWatcher(trigger: Trigger, now: Date): Incident {
  const what = trigger.reason === "burst" ? `Error burst (${trigger.errors} errors)` : "New error";
  const base = incidentFromTrigger(
    {
      title: `${what} in ${basename(trigger.file)}: ${trigger.template}`.slice(0, 500),
      severity: "P3",
      labels: { file: trigger.file, reason: trigger.reason },
    },
    now,
  );
  return { ...base, source: "watcher", raw: { via: "watcher", file: trigger.file, reason: trigger.reason } };
}

/** The API, dashboard and /metrics, around one incident queue, for `serve` (or the App) to mount. */
export function createSentryApi(options: SentryApiOptions): SentryApi {
  const clock = options.clock ?? (() => new Date());
  const book = createIncidentBook({ clock });
  const metrics = createMetrics(() => book.states());
  const queue = createIncidentQueue({
    book,
    execute: options.execute,
    ...(options.memory ? { memory: options.memory } : {}),
    onRun: (run) => metrics.observeRun(run),
    clock,
    ...(options.log ? { log: options.log } : {}),
  });
  const watcher = createLogWatcher({
    settings: DetectorSettingsSchema.parse(options.watcherSettings ?? {}),
    onTrigger: (trigger) => {
      queue.submit(incidentFromWatcher(trigger, clock()), "watcher", trigger.logText);
    },
    ...(options.watcherPollMs ? { pollMs: options.watcherPollMs } : {}),
    clock,
    ...(options.log ? { log: options.log } : {}),
  });
  const api = createApiRoutes({
    token: options.token,
    book,
    queue,
    status: {
      mode: options.mode,
      haltReason: () => haltReason(options.mode, options.repoRoot),
      config: options.config,
    },
    auditStore: options.auditStore,
    ...(options.memory ? { memory: options.memory } : {}),
    watcher,
    ...(options.watchRoots ? { watchRoots: options.watchRoots } : {}),
    ...(options.version ? { version: options.version } : {}),
    clock,
  });
  const metricsRoute: Route = {
    ...metrics.route,
    handler: requireToken(options.token, metrics.route.handler),
  };
  return {
    routes: [...api, metricsRoute, ...dashboardRoutes()],
    book,
    queue,
    metrics,
    watcher,
    onAlert(event) {
      metrics.observeAlert({ source: event.incident.source, deduplicated: event.kind === "updated" });
      if (event.runAllowed) queue.submit(event.incident, `alert:${event.incident.source}`);
    },
    async close() {
      await watcher.stop();
      await queue.idle();
    },
  };
}
