import type { SentryConfig } from "../core/config.js";
import type { Workspace } from "../core/workspace.js";
import type { ProviderFactory } from "../engine/engine.js";
import { type AuditTarget, newRunId, runEngine } from "../engine/engine.js";
import type { MemoryStore } from "../memory/index.js";
import { createSentryApi, type SentryApi } from "./api-app.js";
import type { ExecuteIncident } from "./api-incidents.js";

export interface LocalApiOptions {
  token: string;
  config: SentryConfig;
  repoRoot?: string;
  provider: ProviderFactory;
  /** The repository each run may read, checked again per run (the door's `workspaceFromPaths`). */
  workspace: () => Workspace;
  /** One chain for every run of this server (a file, or memory): runs continue it one after another. */
  audit: AuditTarget & { store: NonNullable<AuditTarget["store"]> };
  memory?: { store: MemoryStore; path?: string };
  watchRoots: string[];
  log: (msg: string, error?: unknown) => void;
}

/**
 * `serve`'s API, dashboard and /metrics, running each incident on this machine through the one engine
 * entry: one audit chain (its head read per run), memory looked up during the run and fed after it.
 */
export function createLocalApi(options: LocalApiOptions): SentryApi {
  const { config } = options;
  const execute: ExecuteIncident = async ({ incident, logs, onState }) =>
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
      onState,
    }).then((result) => ({ ...result, similar: result.matches }));
  return createSentryApi({
    token: options.token,
    mode: config.mode,
    config,
    ...(options.repoRoot ? { repoRoot: options.repoRoot } : {}),
    execute,
    auditStore: options.audit.store,
    ...(options.memory ? { memory: options.memory.store } : {}),
    watchRoots: options.watchRoots,
    log: options.log,
  });
}
