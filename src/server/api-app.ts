import { basename } from "node:path";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { Mode } from "../core/mode.js";
import type { Run } from "../core/run.js";
import type { MemoryStore } from "../memory/index.js";
import type { AuditReader } from "../security/audit/audit-store.js";
import { haltReason } from "../security/mode/kill-switch.js";
import { type DetectorSettings, DetectorSettingsSchema, type Trigger } from "../watcher/detector.js";
import { createLogWatcher, type LogWatcher } from "../watcher/log-watcher.js";
import {
  createIncidentBook,
  type ExecuteIncident,
  type IncidentBook,
  MAX_GROUPED_ALERT_IDS,
  pushActivity,
} from "./api-incidents.js";
import { createApiRoutes, incidentFromTrigger, requireToken, spendInWindow } from "./api-routes.js";
import { dashboardRoutes } from "./dashboard.js";
import type { Route } from "./http-server.js";
import type { AuditAction } from "./incident-actions.js";
import { createIncidentQueue, createIncidentRunner, type IncidentQueue } from "./incident-queue.js";
import { createIncidentStore } from "./incident-store.js";
import { createMetrics, type SentryMetrics } from "./metrics.js";

export interface SentryApiOptions {
  token: string;
  /** A read-only token that opens /metrics and nothing else (SENTRY_METRICS_TOKEN). */
  metricsToken?: string;
  mode: Mode;
  config: SentryConfig;
  repoRoot?: string;
  /** What the status shows as the mode when it is not one mode for everything (the App: per repository). */
  modeLabel?: string;
  execute: ExecuteIncident;
  /** Read for /api/security (chain head and verification); the API never writes to it. */
  auditStore: AuditReader;
  /** Serves /api/memory; runs consult and feed memory inside `execute` (the engine), never here. */
  memory?: MemoryStore;
  watchRoots?: string[];
  /** JSONL file the incident list is kept in, so a restart shows the same incidents (in memory otherwise). */
  incidentsFile?: string;
  /** Appends a person's action (acknowledge, fix worked) to the audit chain the runs write. */
  auditAction?: AuditAction;
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
  onAlert(event: AlertEvent): void;
  /** Counts an alert for /metrics without queueing it (for servers that deliver alerts themselves). */
  countAlert(event: AlertEvent): void;
  /** Notes on its incident an alert that starts no run: a state change, or an alert grouped into it. */
  noteAlert(event: AlertEvent): void;
  /**
   * Opens a record for an incident the server runs itself, outside the queue, and runs it with `execute`
   * so the dashboard, the API and /metrics see it. For servers whose runs do not share one audit chain
   * (the App: each repository has its own), so they need not wait for each other.
   */
  track(incident: Incident, via: string, execute: ExecuteIncident): Promise<void>;
  close(): Promise<void>;
}

interface AlertEvent {
  incident: Incident;
  kind: string;
  runAllowed: boolean;
  /** The alert as it came, when the dedupe engine folded it into `incident`. */
  alert?: Incident;
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

/** A repeat or resolve of a known incident: its alert state follows, the run's outcome stays. */
function noteAlertState(book: IncidentBook, event: AlertEvent, now: Date): void {
  const record = book.get(event.incident.id);
  if (!record) return;
  const time = now.toISOString();
  let changed = false;
  const alertId = event.alert?.id;
  if (alertId && alertId !== record.id && !record.alertIds?.includes(alertId)) {
    record.alertIds = [...(record.alertIds ?? []), alertId].slice(-MAX_GROUPED_ALERT_IDS);
    pushActivity(record, { time, kind: "received", text: `alert ${alertId} grouped here` });
    changed = true;
  }
  if (record.incident.status !== event.incident.status) {
    record.incident = { ...record.incident, status: event.incident.status };
    if (event.incident.endedAt) record.incident.endedAt = event.incident.endedAt;
    pushActivity(record, { time, kind: "received", text: `alert ${event.incident.status}` });
    changed = true;
  }
  // One snapshot line in the incident file per alert, not one per change.
  if (changed) book.save(record);
}

/** The API, dashboard and /metrics, around one incident queue, for `serve` (or the App) to mount. */
export function createSentryApi(options: SentryApiOptions): SentryApi {
  const clock = options.clock ?? (() => new Date());
  const book = createIncidentBook({
    clock,
    ...(options.incidentsFile ? { store: createIncidentStore(options.incidentsFile) } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const metrics = createMetrics({
    incidentStates: () => book.states(),
    ...(options.version ? { version: options.version } : {}),
    breaker: () => {
      const spentUsd = spendInWindow(book, options.config, clock());
      const limitUsd = options.config.costLimit.usd;
      return { open: spentUsd >= limitUsd, spentUsd, limitUsd };
    },
    haltReason: () => haltReason(options.mode, options.repoRoot),
    queueDepth: () => queue.pending(),
  });
  const runnerOptions = {
    book,
    execute: options.execute,
    onRun: (run: Run) => metrics.observeRun(run),
    clock,
    ...(options.log ? { log: options.log } : {}),
  };
  const queue = createIncidentQueue(runnerOptions);
  const runTracked = createIncidentRunner(runnerOptions);
  const countAlert = (event: AlertEvent) =>
    metrics.observeAlert({ source: event.incident.source, deduplicated: event.kind === "updated" });
  const watcher = createLogWatcher({
    settings: DetectorSettingsSchema.parse(options.watcherSettings ?? {}),
    onTrigger: (trigger) => {
      queue.submit(incidentFromWatcher(trigger, clock()), "watcher", {
        text: trigger.logText,
        file: trigger.file,
        firstLine: trigger.firstLine,
      });
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
      mode: options.modeLabel ?? options.mode,
      haltReason: () => haltReason(options.mode, options.repoRoot),
      config: options.config,
    },
    auditStore: options.auditStore,
    ...(options.memory ? { memory: options.memory } : {}),
    ...(options.auditAction ? { auditAction: options.auditAction } : {}),
    watcher,
    ...(options.watchRoots ? { watchRoots: options.watchRoots } : {}),
    ...(options.version ? { version: options.version } : {}),
    clock,
  });
  const metricsRoute: Route = {
    ...metrics.route,
    // A scraper may hold its own read-only token; the API token (which can trigger runs) still works.
    handler: requireToken(
      options.metricsToken ? [options.token, options.metricsToken] : options.token,
      metrics.route.handler,
    ),
  };
  const tracked = new Set<Promise<void>>();
  return {
    routes: [...api, metricsRoute, ...dashboardRoutes()],
    book,
    queue,
    metrics,
    watcher,
    onAlert(event) {
      countAlert(event);
      if (event.runAllowed) queue.submit(event.incident, `alert:${event.incident.source}`);
      else noteAlertState(book, event, clock());
    },
    countAlert,
    noteAlert: (event) => noteAlertState(book, event, clock()),
    track(incident, via, execute) {
      const running = runTracked(book.open(incident, via), undefined, execute);
      tracked.add(running);
      return running.finally(() => tracked.delete(running));
    },
    async close() {
      await watcher.stop();
      await queue.idle();
      await Promise.all(tracked);
    },
  };
}
