import type { SentryConfig } from "../core/config.js";
import type { Workspace } from "../core/workspace.js";
import type { ProviderFactory } from "../engine/engine.js";
import { type AuditTarget, type EngineRequest, newRunId, runEngine } from "../engine/engine.js";
import { appendHumanAction } from "../engine/human-action.js";
import type { MemoryStore } from "../memory/index.js";
import { createSentryApi, type SentryApi } from "./api-app.js";
import type { ExecuteIncident } from "./api-incidents.js";
import { type AuditAction, createSerial } from "./incident-actions.js";

export interface LocalApiOptions {
  token: string;
  /** A read-only token for /metrics alone (SENTRY_METRICS_TOKEN); the API token works there too. */
  metricsToken?: string;
  /** The build's version, for claude_sentry_build_info. */
  version?: string;
  config: SentryConfig;
  repoRoot?: string;
  provider: ProviderFactory;
  /** The repository each run may read, checked again per run (the door's `workspaceFromPaths`). */
  workspace: () => Workspace;
  /** One chain for every run of this server (a file, or memory): runs continue it one after another. */
  audit: AuditTarget & { store: NonNullable<AuditTarget["store"]> };
  memory?: { store: MemoryStore; path?: string };
  watchRoots: string[];
  /** The incident list kept across restarts (SENTRY_INCIDENTS_FILE). */
  incidentsFile?: string;
  /** Credentials for the evidence collectors, read by the door from the variables the operator named. */
  collectors?: EngineRequest["collectors"];
  /** The StateStore the alert intake uses too (Redis with REDIS_URL): restart ledger, throttle, spend. */
  sharedState?: EngineRequest["sharedState"];
  log: (msg: string, error?: unknown) => void;
}

/**
 * `serve`'s API, dashboard and /metrics, running each incident on this machine through the one engine
 * entry: one audit chain (its head read per run), memory looked up during the run and fed after it.
 */
export function createLocalApi(options: LocalApiOptions): SentryApi {
  const { config } = options;
  // Runs and people's actions (acknowledge, "the fix worked") continue one chain from its head: one at a time.
  const serial = createSerial();
  const auditAction: AuditAction = (action) => serial(() => appendHumanAction(options.audit, action));
  const execute: ExecuteIncident = ({ incident, logs, onState }) =>
    serial(() =>
      runEngine({
        incident,
        runId: newRunId(new Date()),
        mode: config.mode,
        config,
        provider: options.provider,
        workspace: options.workspace(),
        ...(logs?.text ? { logs } : {}),
        audit: options.audit,
        ...(options.memory ? { memory: options.memory } : {}),
        ...(options.collectors ? { collectors: options.collectors } : {}),
        ...(options.sharedState ? { sharedState: options.sharedState } : {}),
        onState,
      }).then((result) => ({ ...result, similar: result.matches })),
    );
  return createSentryApi({
    token: options.token,
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
    ...(options.version ? { version: options.version } : {}),
    mode: config.mode,
    config,
    ...(options.repoRoot ? { repoRoot: options.repoRoot } : {}),
    execute,
    auditStore: options.audit.store,
    ...(options.memory ? { memory: options.memory.store } : {}),
    watchRoots: options.watchRoots,
    ...(options.incidentsFile ? { incidentsFile: options.incidentsFile } : {}),
    auditAction,
    log: options.log,
  });
}
