import { realpath } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
import { z } from "zod";
import type { SentryConfig } from "../core/config.js";
import type { MemoryStore } from "../memory/index.js";
import type { AuditReader } from "../security/audit/audit-store.js";
import { ROLE_TOOLS } from "../security/registry/role-tools.js";
import { findTool } from "../tools/tool-catalog.js";
import type { WatcherStatus as LogWatcherStatus } from "../watcher/log-watcher.js";
import type { IncidentBook } from "./api-incidents.js";
import { openApiDocument } from "./api-openapi.js";
import { fail, incidentFromTrigger, issuesText, readJson, requireToken } from "./api-request.js";
import {
  IncidentListQuerySchema,
  MemoryQuerySchema,
  OutcomeBodySchema,
  TriggerBodySchema,
  WatcherStartBodySchema,
} from "./api-schemas.js";
import { securitySnapshot } from "./api-security.js";
import { incidentDetail, incidentSummary, matchesFilter } from "./dashboard/incident-view.js";
import { type Route, type RouteContext, sendJson } from "./http-server.js";
import { type AuditAction, incidentActionHandlers } from "./incident-actions.js";
import type { IncidentQueue } from "./incident-queue.js";

export { incidentFromTrigger, requireToken };

/** The watcher's status as the API reports it (rotation counters stay internal). */
export type WatcherStatus = Pick<
  LogWatcherStatus,
  "running" | "files" | "startedAt" | "linesRead" | "triggers" | "lastTrigger"
>;

/** What the API needs of the log watcher (src/watcher builds it). */
export interface WatcherControl {
  status(): WatcherStatus;
  start(
    files: string[],
  ): Promise<{ status: "started" } | { status: "already-running" } | { status: "error"; reason: string }>;
  stop(): Promise<{ status: "stopped" } | { status: "not-running" }>;
}

export interface ApiStatusSource {
  mode: string;
  haltReason(): string | undefined;
  config: SentryConfig;
}

export interface ApiDeps {
  /** Bearer token for everything but /api/health and /api/openapi.json. */
  token: string;
  book: IncidentBook;
  queue: IncidentQueue;
  status: ApiStatusSource;
  auditStore: AuditReader;
  memory?: MemoryStore;
  watcher?: WatcherControl;
  /** Real directories under which the watcher may follow files (POST /api/watcher/start). */
  watchRoots?: string[];
  /** Appends a person's action (acknowledge, fix worked) to the audit chain. */
  auditAction?: AuditAction;
  bodyLimit?: number;
  version?: string;
  clock?: () => Date;
}

/** Within one of the roots, after resolving symlinks: a file the watcher may follow. */
async function allowedFile(file: string, roots: readonly string[]): Promise<string | undefined> {
  if (!isAbsolute(file)) return undefined;
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    // A file that does not exist yet may appear later, but its directory must already be inside a root.
    return undefined;
  }
  for (const root of roots) {
    const rel = relative(await realpath(root), real);
    if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return real;
  }
  return undefined;
}

export function spendInWindow(book: IncidentBook, config: SentryConfig, now: Date): number {
  const from = now.getTime() - config.costLimit.windowMinutes * 60_000;
  let spent = 0;
  for (const r of book.list())
    if (r.run && Date.parse(r.run.finishedAt) >= from) spent += r.run.usage.costUsd;
  return spent;
}

export function createApiRoutes(deps: ApiDeps): Route[] {
  const clock = deps.clock ?? (() => new Date());
  const started = clock().getTime();
  const limit = deps.bodyLimit ?? 2 * 1024 * 1024;
  const version = deps.version ?? "0.1.0";
  const guarded = (
    method: Route["method"],
    path: string,
    handler: (ctx: RouteContext) => unknown,
  ): Route => ({
    method,
    path,
    handler: requireToken(deps.token, handler as Route["handler"]),
  });
  const actions = incidentActionHandlers({
    book: deps.book,
    ...(deps.memory ? { memory: deps.memory } : {}),
    ...(deps.auditAction ? { auditAction: deps.auditAction } : {}),
    clock,
  });
  const watcherStatus = (): WatcherStatus =>
    deps.watcher?.status() ?? { running: false, files: [], linesRead: 0, triggers: 0 };

  return [
    {
      method: "GET",
      path: "/api/health",
      handler: ({ res }) =>
        sendJson(res, 200, {
          status: "ok",
          version,
          uptimeSeconds: Math.round((clock().getTime() - started) / 1000),
        }),
    },
    {
      method: "GET",
      path: "/api/openapi.json",
      handler: ({ res }) => sendJson(res, 200, openApiDocument(version)),
    },
    guarded("GET", "/api/status", ({ res }) => {
      const { config } = deps.status;
      const halt = deps.status.haltReason();
      const spent = spendInWindow(deps.book, config, clock());
      sendJson(res, 200, {
        mode: deps.status.mode,
        killSwitch: { halted: halt !== undefined, ...(halt ? { reason: halt } : {}) },
        circuitBreaker: {
          limitUsd: config.costLimit.usd,
          windowMinutes: config.costLimit.windowMinutes,
          spentUsd: Math.round(spent * 10_000) / 10_000,
          open: spent >= config.costLimit.usd,
        },
        watcher: watcherStatus(),
        queue: { pending: deps.queue.pending() },
        incidents: deps.book.states(),
      });
    }),
    guarded("GET", "/api/incidents", ({ res, url }) => {
      const query = IncidentListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return fail(res, 400, "invalid query", issuesText(query.error));
      const { limit: max, ...filter } = query.data;
      const rows = deps.book
        .list()
        .filter((r) => matchesFilter(r, filter))
        .slice(0, max)
        .map(incidentSummary);
      sendJson(res, 200, { incidents: rows });
    }),
    guarded("GET", "/api/incidents/:id", ({ res, params }) => {
      const id = params.id ?? "";
      if (!/^[a-z0-9-]{1,64}$/.test(id))
        return fail(res, 400, "invalid id", "ids are lower-case letters, digits and -");
      const record = deps.book.get(id);
      if (!record) return fail(res, 404, "not found", `no incident ${id}`);
      sendJson(res, 200, incidentDetail(record));
    }),
    guarded("POST", "/api/incidents/:id/acknowledge", actions.acknowledge),
    guarded("POST", "/api/incidents/:id/outcome", actions.outcome),
    guarded("GET", "/api/memory", async ({ res, url }) => {
      const query = MemoryQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return fail(res, 400, "invalid query", issuesText(query.error));
      if (!deps.memory) return sendJson(res, 200, { enabled: false, entries: [] });
      if (query.data.q) {
        const matches = await deps.memory.find({ text: query.data.q }, { limit: query.data.limit });
        return sendJson(res, 200, { enabled: true, query: query.data.q, matches });
      }
      const { entries, rejected } = await deps.memory.load();
      sendJson(res, 200, {
        enabled: true,
        total: entries.length,
        rejectedLines: rejected.length,
        entries: entries
          .slice(-query.data.limit)
          .reverse()
          .map((e) => ({
            runId: e.runId,
            title: e.title,
            service: e.service,
            category: e.category,
            rootCause: e.rootCause,
            fixWorked: e.fixWorked,
            fix: e.fix
              ? { files: e.fix.files, restart: e.fix.restart, rationale: e.fix.rationale }
              : undefined,
            storedAt: e.storedAt,
          })),
      });
    }),
    guarded("POST", "/api/memory/:runId/outcome", async ({ req, res, params }) => {
      const runId = params.runId ?? "";
      if (!/^[\w.-]{1,200}$/.test(runId)) return fail(res, 400, "invalid run id");
      const body = await readJson(req, res, OutcomeBodySchema, 16 * 1024);
      if (!body) return;
      if (!deps.memory) return fail(res, 501, "memory is off", "set SENTRY_MEMORY_FILE");
      const result = await deps.memory.recordOutcome(runId, body.fixWorked, body.note);
      if (result.status === "unknown-run") return fail(res, 404, "not found", `no remembered run ${runId}`);
      sendJson(res, 200, { runId, fixWorked: body.fixWorked });
    }),
    guarded("GET", "/api/tools", ({ res }) => {
      const tools = ROLE_TOOLS.supervisor.map((name) => {
        const tool = findTool(name);
        return {
          name,
          description: tool?.description ?? "",
          inputSchema: tool ? z.toJSONSchema(tool.input) : {},
          roles: Object.entries(ROLE_TOOLS)
            .filter(([, names]) => names.includes(name))
            .map(([role]) => role),
        };
      });
      sendJson(res, 200, { tools });
    }),
    guarded("GET", "/api/security", async ({ res }) => {
      sendJson(
        res,
        200,
        await securitySnapshot({
          audit: deps.book.audit(),
          store: deps.auditStore,
          config: deps.status.config,
          now: clock(),
        }),
      );
    }),
    guarded("POST", "/api/trigger", async ({ req, res }) => {
      const body = await readJson(req, res, TriggerBodySchema, limit);
      if (!body) return;
      const incident = incidentFromTrigger(body, clock());
      const logs =
        body.logs === undefined
          ? undefined
          : {
              text: body.logs,
              ...(body.logFile ? { file: body.logFile } : {}),
              ...(body.firstLine ? { firstLine: body.firstLine } : {}),
            };
      const queued = deps.queue.submit(incident, "api", logs);
      if (queued.status === "busy") return fail(res, 503, "busy", "too many incidents queued; retry later");
      sendJson(res, 202, { id: queued.id, status: "queued", url: `/api/incidents/${queued.id}` });
    }),
    guarded("POST", "/api/watcher/start", async ({ req, res }) => {
      const body = await readJson(req, res, WatcherStartBodySchema, 64 * 1024);
      if (!body) return;
      if (!deps.watcher) return fail(res, 501, "watcher unavailable");
      const roots = deps.watchRoots ?? [];
      if (roots.length === 0)
        return fail(res, 403, "forbidden", "no watch roots configured (SENTRY_WATCH_ROOTS)");
      const files: string[] = [];
      for (const file of body.files) {
        const ok = await allowedFile(file, roots);
        if (!ok)
          return fail(res, 403, "forbidden", `${file} is not an existing file under the allowed roots`);
        files.push(ok);
      }
      const result = await deps.watcher.start(files);
      if (result.status === "already-running")
        return fail(res, 409, "conflict", "the watcher is already running; stop it first");
      if (result.status === "error") return fail(res, 400, "cannot start", result.reason);
      sendJson(res, 200, { status: "started", watcher: watcherStatus() });
    }),
    guarded("POST", "/api/watcher/stop", async ({ req, res }) => {
      req.resume();
      if (!deps.watcher) return fail(res, 501, "watcher unavailable");
      const result = await deps.watcher.stop();
      sendJson(res, 200, { status: result.status, watcher: watcherStatus() });
    }),
  ];
}
