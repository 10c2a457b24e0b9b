import type { KeyObject } from "node:crypto";
import { type CollectorRuntime, collectorAccess } from "../collectors/collector-access.js";
import type { AgentContext, SimilarIncident } from "../core/agent-context.js";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { LogSummary } from "../core/log-summary.js";
import type { Mode } from "../core/mode.js";
import type { Run } from "../core/run.js";
import type { StateStore } from "../core/state-store.js";
import type { Workspace } from "../core/workspace.js";
import { summarizeLogs } from "../ingest/logs/index.js";
import { alertNameOf, alertRuleFor } from "../knowledge/alerts/index.js";
import { ALERT_TEXT, createPatternScanner } from "../knowledge/index.js";
import type { LlmProvider } from "../llm/provider.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import type { AuditEntry } from "../security/audit/audit-entry.js";
import type { AuditLog } from "../security/audit/audit-log.js";
import { type AuditStore, readAuditSince } from "../security/audit/audit-store.js";
import { RUN_FINISHED_TOOL } from "../security/breaker/cost-breaker.js";
import type { CostBreaker, Gateway } from "../security/contracts.js";
import { createLocalLedger, seedRestartLedger } from "../tools/restart-ledger.js";
import { armSecurity, seedCostBreaker } from "./arm-security.js";
import { listRepoFiles } from "./repo-files.js";

/** Makes the run's provider once the run's gateway and breaker exist; may load the provider's SDK on demand. */
export type ProviderFactory = (guards: {
  gateway: Gateway;
  breaker: CostBreaker;
}) => LlmProvider | Promise<LlmProvider>;

export interface RunIncidentOptions {
  incident: Incident;
  workspace: Workspace;
  mode: Mode;
  config: SentryConfig;
  /** Made by the caller from its settings (`createProvider`), given the gateway and breaker below. */
  provider: ProviderFactory;
  auditStore?: AuditStore;
  /** The audit file, when the store is one: no tool may write it. */
  auditLogPath?: string;
  /** Sentry's memory file, when it is a local file: no tool may write it either. */
  memoryPath?: string;
  auditSigningKey?: KeyObject | string;
  /** The last entry already in the store, so this run continues the chain instead of starting a new one. */
  auditHead?: { seq: number; hash: string };
  /**
   * Looks the incident up in memory once the logs are condensed, so memory search reuses this single pass
   * over the logs (error templates and failure patterns) instead of reading them again.
   */
  findSimilar?: (query: {
    incident: Incident;
    logSummary?: LogSummary;
    patterns: string[];
  }) => Promise<SimilarIncident[]>;
  /** Made by the door (newRunId); the pipeline makes one when absent. */
  runId?: string;
  /**
   * The StateStore shared across runs and replicas (memory, or Redis with REDIS_URL): the restart ledger
   * (seeded from the audit chain), throttle buckets and in-flight spend. A local one for this run without it.
   */
  sharedState?: StateStore;
  /**
   * Evidence collectors: the endpoints are `config.collectors` (the operator's, narrowed by the repository);
   * the door adds the credentials it read from the variables the operator named, and tests a fetch seam.
   */
  collectors?: CollectorRuntime;
  clock?: () => Date;
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  onState?: (state: string) => void;
}

export interface RunIncidentResult {
  run: Run;
  audit: readonly AuditEntry[];
  auditLog: AuditLog;
  logSummary?: LogSummary;
}

/**
 * The one composition the CLI, the Action and the App all call: condense the logs (scanning every record for
 * known failure patterns on the way), arm the security layer, run the pipeline, and seal the audit chain.
 */
export async function runIncident(options: RunIncidentOptions): Promise<RunIncidentResult> {
  const { incident, workspace, config } = options;
  const scanner = createPatternScanner();
  scanner.scanText(
    ALERT_TEXT,
    [incident.title, incident.description ?? "", ...Object.values(incident.labels)].join("\n"),
  );

  let logSummary: LogSummary | undefined;
  if (workspace.logFiles.length > 0) {
    logSummary = await summarizeLogs(workspace.logFiles, {
      budgetTokens: config.logBudgetTokens,
      onRecord: scanner.onRecord,
      displayNames: workspace.logDisplayNames,
      ...(workspace.logFirstLines ? { firstLines: firstLinesByName(workspace) } : {}),
      incidentTime: { from: incident.startedAt, ...(incident.endedAt ? { to: incident.endedAt } : {}) },
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  const shared = await sharedStateFor(options);
  const { auditLog, gateway, tools, inputFlags } = armSecurity({
    workspace,
    mode: options.mode,
    config,
    ...(options.auditStore ? { auditStore: options.auditStore } : {}),
    ...(options.auditLogPath ? { auditLogPath: options.auditLogPath } : {}),
    ...(options.auditSigningKey ? { auditSigningKey: options.auditSigningKey } : {}),
    ...(options.auditHead ? { auditHead: options.auditHead } : {}),
    sharedState: shared,
    ...(options.memoryPath ? { ownFiles: [options.memoryPath] } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...collectorsFor(config, options.collectors),
  });
  const breaker = await seedCostBreaker(config, options.auditStore, options.clock, auditLog, shared);
  // A firing alert whose rule stands for a pattern has measured it already (a p99 over its objective is 1% of
  // requests): the logs need not show that pattern in a large share of their lines to be its evidence.
  const alertName = incident.status === "firing" ? alertNameOf(incident) : undefined;
  const alertRule = alertName ? alertRuleFor(alertName) : undefined;
  const hints = scanner.findings(alertRule ? { corroborated: new Set([alertRule.patternId]) } : undefined);
  const similar = options.findSimilar
    ? await options.findSimilar({
        incident,
        ...(logSummary ? { logSummary } : {}),
        patterns: hints.map((hint) => hint.patternId),
      })
    : [];
  const context: AgentContext = {
    incident,
    ...(logSummary ? { logSummary } : {}),
    ...(workspace.repoRoot ? { repoFiles: listRepoFiles(workspace.repoRoot) } : {}),
    hints,
    similar,
  };
  const run = await runPipeline(
    { incident, context, mode: options.mode, ...(options.runId ? { runId: options.runId } : {}) },
    {
      provider: await options.provider({ gateway, breaker }),
      tools,
      breaker,
      gateway,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onState: (update) => options.onState?.(update.state),
    },
  );
  const flagged = inputFlags();
  if (flagged.length > 0) run.inputFlags = flagged;
  auditLog.append({
    kind: "event",
    runId: run.id,
    agent: "supervisor",
    tool: RUN_FINISHED_TOOL,
    // The run's spend, in the chain: the next run's cost breaker counts it (spendFromAudit).
    input: { incident: incident.id, costUsd: run.usage.costUsd, spendRecorded: true },
    decision: "allowed",
    reason: `${run.finalState}: ${run.reason}`,
  });
  await auditLog.flush();
  return { run, audit: auditLog.entries(), auditLog, ...(logSummary ? { logSummary } : {}) };
}

/**
 * The shared state, or one for this run; its restart ledger seeded with the restarts the audit chain
 * records within the interval.
 */
async function sharedStateFor(options: RunIncidentOptions): Promise<StateStore> {
  const clock = options.clock ?? (() => new Date());
  const ledger = options.sharedState ?? createLocalLedger(clock);
  if (options.auditStore) {
    const intervalMs = options.config.restart.minIntervalMinutes * 60_000;
    const now = clock();
    const history = await readAuditSince(options.auditStore, now.getTime() - intervalMs);
    await seedRestartLedger(ledger, history, intervalMs, now);
  }
  return ledger;
}

function collectorsFor(config: SentryConfig, runtime: CollectorRuntime | undefined) {
  const access = collectorAccess(config.collectors, runtime);
  return access ? { collectors: access } : {};
}

/** The summary numbers records by display name; the workspace keys excerpts by absolute path. */
function firstLinesByName(workspace: Workspace): Record<string, number> {
  return Object.fromEntries(
    Object.entries(workspace.logFirstLines ?? {}).map(([path, line]) => [
      workspace.logDisplayNames[path] ?? path,
      line,
    ]),
  );
}
