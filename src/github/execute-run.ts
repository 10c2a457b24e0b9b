import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { StateStore } from "../core/state-store.js";
import type { LogUpload, Workspace } from "../core/workspace.js";
import { collectorRuntime } from "../engine/collector-runtime.js";
import type { ProviderFactory } from "../engine/engine.js";
import { type EngineRequest, type EngineResult, runEngine } from "../engine/engine.js";
import { toSimilarIncident } from "../memory/index.js";
import type { MemoryStore } from "../memory/memory-store.js";
import type { AuditStore } from "../security/audit/audit-store.js";
import type { ExecuteRun } from "./deliver-run.js";
import type { SnapshotResult } from "./repo-snapshot.js";

/** What delivery gets from a run, plus what the App's dashboard shows of it (its audit trail, memory matches). */
export type ExecuteRunRecorded = (
  args: Parameters<ExecuteRun>[0],
) => Promise<Awaited<ReturnType<ExecuteRun>> & Omit<EngineResult, "run">>;

export interface ExecuteWithArgs {
  incident: Incident;
  workspace: Workspace;
  /** Log text from the API's trigger or the watcher: a private file for the run, removed after it. */
  logs?: LogUpload;
  config: SentryConfig;
  provider: ProviderFactory;
  /** The repository's audit branch (it knows its head). */
  auditStore?: AuditStore & { head?: () => Promise<{ seq: number; hash: string } | undefined> };
  auditSigningKey?: string;
  /** Past incidents, on the audit branch: looked up during the run (shown to agents and in the comment). */
  memory?: MemoryStore;
  /**
   * The repository's code for runs without a checkout (the App): fetched only when a run goes ahead (not
   * behind a closed gate) and removed after it. Without it, or when it fails, the run reads logs only.
   */
  snapshot?: () => Promise<SnapshotResult>;
  /** The operator's lines about the run's inputs (a snapshot that failed or was cut short). */
  onNotice?: (line: string) => void;
  /** The App's StateStore, shared across runs and replicas: restart ledger, throttle buckets, in-flight spend. */
  sharedState?: StateStore;
  /** The engine's composition underneath (a test seam). */
  runIncident?: EngineRequest["runIncident"];
  /**
   * The door's environment (the App's, after `.env`; the Action's): where the collectors' credentials are
   * read, under the variable names the operator gave; github/ reads no environment of its own.
   */
  env: Readonly<Record<string, string | undefined>>;
}

/** Adapts the one engine entry (`runEngine`) to what delivery calls, under the run id delivery was given. */
export function executeWith(args: ExecuteWithArgs): ExecuteRunRecorded {
  return async ({ mode, runId, onState }) => {
    // A closed gate (kill switch, DISABLED) halts every write, the audit branch's included: the run's
    // own record (Run, job summary) is where the intent shows.
    const open = mode !== "DISABLED";
    const result = await runEngine({
      incident: args.incident,
      runId,
      mode,
      config: args.config,
      provider: args.provider,
      workspace: args.workspace,
      ...(args.logs ? { logs: args.logs } : {}),
      ...(args.snapshot ? { repo: args.snapshot } : {}),
      ...(open && args.auditStore
        ? {
            audit: {
              store: args.auditStore,
              ...(args.auditSigningKey ? { signingKey: args.auditSigningKey } : {}),
            },
          }
        : {}),
      ...(open && args.memory ? { memory: { store: args.memory } } : {}),
      ...(args.sharedState ? { sharedState: args.sharedState } : {}),
      ...(args.onNotice ? { onNotice: args.onNotice } : {}),
      ...(args.runIncident ? { runIncident: args.runIncident } : {}),
      // The App's and the Action's collectors: the credentials their operator named, from the door's env.
      collectors: collectorRuntime(args.config, args.env),
      onState,
    });
    return {
      ...result,
      ...(open && args.memory ? { similar: result.matches.map(toSimilarIncident) } : {}),
    };
  };
}
