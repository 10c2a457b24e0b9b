import type { KeyObject } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { LogSummary } from "../core/log-summary.js";
import type { Mode } from "../core/mode.js";
import type { Run } from "../core/run.js";
import type { StateStore } from "../core/state-store.js";
import type { LogUpload, Workspace } from "../core/workspace.js";
import type { MemoryMatch, MemoryStore } from "../memory/index.js";
import type { AuditEntry } from "../security/audit/audit-entry.js";
import { type AuditHeadSource, chainHead } from "./audit-head.js";
import { writeLogUpload } from "./log-upload.js";
import { memoryFinder, rememberRun } from "./memory-lookup.js";
import { type ProviderFactory, type RunIncidentOptions, runIncident } from "./run-incident.js";

export { newRunId } from "../pipeline/run-pipeline.js";
export type { ProviderFactory };

/**
 * Where a run's audit chain lives and how it is sealed; the engine reads its head once per run. Without a
 * store the chain is the run's own, in memory (the CLI without --audit-log).
 */
export interface AuditTarget extends Partial<AuditHeadSource> {
  /** The seal's key. */
  signingKey?: KeyObject | string;
}

/** The repository's code fetched for a run on a machine without a checkout (the App); removed after it. */
export type RepoCheckout =
  | { ok: true; snapshot: { dir: string; truncated: boolean; remove: () => Promise<void> } }
  | { ok: false; reason: string };

/** One run as every door asks for it. */
export interface EngineRequest {
  incident: Incident;
  /**
   * Made once by the door (`newRunId`, or an id a retry finds again): it becomes Run.id, the tracking
   * comment's marker, the fix PR's body and its commit trailer.
   */
  runId: string;
  mode: Mode;
  config: SentryConfig;
  /** Made by the door from its settings (`providerFactory`); called once the run's gateway and breaker exist. */
  provider: ProviderFactory;
  /** Log files and the repository on this machine, as the door checked them (`workspaceFromPaths`). */
  workspace?: Workspace;
  /** Log text posted to the API or caught by the watcher: a private file for this run, removed after it. */
  logs?: LogUpload;
  /** The repository's code when the workspace has none: fetched only when the run may act, removed after. */
  repo?: () => Promise<RepoCheckout>;
  audit?: AuditTarget;
  /** Past incidents: looked up once, during the run (with its own condensed logs), and this run stored after. */
  memory?: { store: MemoryStore /** The local memory file, which no tool may write. */; path?: string };
  /** The StateStore shared across runs and replicas: restart ledger, throttle buckets, in-flight spend. */
  sharedState?: StateStore;
  /** Collectors (extra evidence sources) handed on to the run's tool registration. */
  collectors?: RunIncidentOptions["collectors"];
  onState?: (state: string) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Lines for the operator about the run's inputs (a repository that could not be fetched, or only in part). */
  onNotice?: (line: string) => void;
  clock?: () => Date;
  signal?: AbortSignal;
  /** The composition underneath (a test seam: tests wrap it to see what a door asked for). */
  runIncident?: typeof runIncident;
}

export interface EngineResult {
  run: Run;
  audit: readonly AuditEntry[];
  logSummary?: LogSummary;
  /** The similar past incidents memory gave this run (none without memory). */
  matches: MemoryMatch[];
}

const EMPTY: Workspace = { logFiles: [], logDisplayNames: {} };

/**
 * The one engine entry behind every door (CLI diagnose and watch, serve's API, the App's alerts and
 * ChatOps, the Action): posted logs and a fetched repository made into the run's workspace, the audit
 * chain's head read, the memory lookup, the security layer armed (inside `runIncident`), the pipeline, the
 * seal, and the run remembered. Doors parse their arguments, call this, and render what it returns.
 */
export async function runEngine(request: EngineRequest): Promise<EngineResult> {
  const dir = request.logs?.text ? await mkdtemp(join(tmpdir(), "sentry-logs-")) : undefined;
  let checkout: Extract<RepoCheckout, { ok: true }>["snapshot"] | undefined;
  try {
    let workspace = request.workspace ?? EMPTY;
    if (dir && request.logs) workspace = { ...workspace, ...(await writeLogUpload(dir, request.logs)) };
    checkout = await fetchRepo(request, workspace);
    if (checkout) workspace = { ...workspace, repoRoot: checkout.dir };
    return await runWith(request, workspace);
  } finally {
    await checkout?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/** A closed gate (DISABLED) fetches nothing, and a local checkout is never replaced. */
async function fetchRepo(request: EngineRequest, workspace: Workspace) {
  if (!request.repo || request.mode === "DISABLED" || workspace.repoRoot) return undefined;
  const got = await request.repo();
  if (!got.ok) {
    request.onNotice?.(`running on logs only: ${got.reason}`);
    return undefined;
  }
  if (got.snapshot.truncated)
    request.onNotice?.(
      "running on logs only: the repository is past the snapshot's budget: the run reads part of it",
    );
  return got.snapshot;
}

async function runWith(request: EngineRequest, workspace: Workspace): Promise<EngineResult> {
  const { audit, memory } = request;
  const head = audit?.store ? await chainHead({ ...audit, store: audit.store }) : undefined;
  const recalled = memory ? memoryFinder(memory.store) : undefined;
  const result = await (request.runIncident ?? runIncident)({
    incident: request.incident,
    workspace,
    mode: request.mode,
    config: request.config,
    provider: request.provider,
    runId: request.runId,
    ...(audit?.store ? { auditStore: audit.store } : {}),
    ...(audit?.path ? { auditLogPath: audit.path } : {}),
    ...(audit?.signingKey ? { auditSigningKey: audit.signingKey } : {}),
    ...(head ? { auditHead: head } : {}),
    ...(recalled ? { findSimilar: recalled.find } : {}),
    ...(memory?.path ? { memoryPath: memory.path } : {}),
    ...(request.sharedState ? { sharedState: request.sharedState } : {}),
    ...(request.collectors ? { collectors: request.collectors } : {}),
    ...(request.onState ? { onState: request.onState } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    ...(request.clock ? { clock: request.clock } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
  });
  if (memory) await rememberRun(memory.store, result.run, result.logSummary);
  return {
    run: result.run,
    audit: result.audit,
    ...(result.logSummary ? { logSummary: result.logSummary } : {}),
    matches: recalled?.matches() ?? [],
  };
}
