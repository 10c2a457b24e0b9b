import { mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { LogSummary } from "../core/log-summary.js";
import type { Mode } from "../core/mode.js";
import type { StateStore } from "../core/state-store.js";
import type { Workspace } from "../core/workspace.js";
import { type IncidentResult, incidentFromAlertBody } from "../engine/incident-from-alert.js";
import { memoryFinder, rememberRun } from "../engine/memory-lookup.js";
import type { ProviderFactory, runIncident } from "../engine/run-incident.js";
import {
  downloadLog,
  findAlertJson,
  findLogLinks,
  GITHUB_CONTENT_HOSTS,
} from "../github/chatops/attachments.js";
import type { CommentEvent } from "../github/chatops/handle-comment.js";
import type { ExecuteRun } from "../github/deliver-run.js";
import type { SnapshotResult } from "../github/repo-snapshot.js";
import { incidentIdFor } from "../ingest/alerts/index.js";
import { type MemoryMatch, toSimilarIncident } from "../memory/index.js";
import type { MemoryStore } from "../memory/memory-store.js";
import type { AuditEntry } from "../security/audit/audit-entry.js";
import type { AuditStore } from "../security/audit/audit-store.js";
import { collectorRuntime } from "./shared/collector-env.js";

/** Code the Action and the App share: turning GitHub's world into an Incident and a Workspace. */

export { type IncidentResult, incidentFromAlertBody };

/**
 * repository_dispatch: `client_payload` is either a vendor payload under `alert` (with an optional
 * `source`), or the relayed-alert fields themselves (docs/alerts.md), which the `github` normalizer reads.
 */
export function incidentFromDispatch(payload: unknown): IncidentResult {
  const client = (payload as { client_payload?: Record<string, unknown> } | undefined)?.client_payload;
  if (!client || typeof client !== "object")
    return { ok: false, reason: "repository_dispatch without a client_payload" };
  if (client.alert && typeof client.alert === "object") {
    return incidentFromAlertBody(client.alert, typeof client.source === "string" ? client.source : undefined);
  }
  return incidentFromAlertBody(payload, "github");
}

/** `/sentry diagnose` on an issue: its alert JSON if it has one, else the issue itself is the incident. */
export function incidentFromIssue(event: CommentEvent, now: Date): Incident {
  const alert = findAlertJson(event.issue.body);
  if (alert !== undefined) {
    const parsed = incidentFromAlertBody(alert);
    if (parsed.ok) return parsed.incident;
  }
  const fingerprint = `github-issue:${event.repo.owner}/${event.repo.repo}#${event.issue.number}`;
  return {
    id: incidentIdFor(fingerprint),
    fingerprint,
    source: "chatops",
    severity: "P3",
    title: event.issue.title.slice(0, 500) || `Issue #${event.issue.number}`,
    description: event.issue.body.slice(0, 20_000),
    labels: { issue: String(event.issue.number) },
    startedAt: now.toISOString(),
    status: "firing",
    raw: { issue: event.issue.number },
  };
}

/** Logs attached to or linked from the issue and the command comment, saved to a private temp dir. */
export async function logsFromIssue(
  event: CommentEvent,
  options: { serverHost?: string; maxBytes?: number; fetchImpl?: typeof fetch } = {},
): Promise<{
  files: { path: string; display: string }[];
  problems: string[];
  /** Deletes the saved logs: a long-running App must not keep strangers' logs on its disk. */
  remove: () => Promise<void>;
}> {
  const links = findLogLinks(`${event.issue.body}\n${event.body}`, options.serverHost);
  const dir = links.length > 0 ? mkdtempSync(join(tmpdir(), "sentry-logs-")) : "";
  const files: { path: string; display: string }[] = [];
  const problems: string[] = [];
  for (const [i, url] of links.entries()) {
    const got = await downloadLog(url, {
      // GitHub Enterprise Server serves attachments from its own host.
      allowedHosts: [...GITHUB_CONTENT_HOSTS, ...(options.serverHost ? [options.serverHost] : [])],
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
    });
    if (!got.ok) {
      problems.push(`${url}: ${got.reason}`);
      continue;
    }
    const name = decodeURIComponent(new URL(url).pathname.split("/").at(-1) ?? `log-${i}`).replace(
      /[^\w.-]/g,
      "_",
    );
    const path = join(dir, `${i}-${name}`);
    writeFileSync(path, got.text, { mode: 0o600 });
    files.push({ path, display: name });
  }
  const remove = async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  return { files, problems, remove };
}

export function addLogs(workspace: Workspace, files: { path: string; display: string }[]): Workspace {
  return {
    ...workspace,
    logFiles: [...workspace.logFiles, ...files.map((f) => f.path)],
    logDisplayNames: {
      ...workspace.logDisplayNames,
      ...Object.fromEntries(files.map((f) => [f.path, f.display])),
    },
  };
}

/** What delivery gets from a run, plus what the App's dashboard shows of it (its audit trail, memory matches). */
export type ExecuteRunRecorded = (args: Parameters<ExecuteRun>[0]) => Promise<
  Awaited<ReturnType<ExecuteRun>> & {
    audit: readonly AuditEntry[];
    logSummary?: LogSummary;
    matches: MemoryMatch[];
  }
>;

export interface ExecuteWithArgs {
  incident: Incident;
  workspace: Workspace;
  config: SentryConfig;
  provider: ProviderFactory;
  auditStore?: AuditStore & { head?: () => Promise<{ seq: number; hash: string } | undefined> };
  auditSigningKey?: string;
  /** Past incidents: looked up before the run (shown to agents and in the comment), the run stored after. */
  memory?: MemoryStore;
  /**
   * The repository's code for runs without a checkout (the App): fetched only when a run goes ahead (not
   * behind a closed gate) and removed after it. Without it, or when it fails, the run reads logs only.
   */
  snapshot?: () => Promise<SnapshotResult>;
  onSnapshotProblem?: (reason: string) => void;
  /** The App's StateStore: the restart ledger shared across runs and replicas. */
  restartLedger?: StateStore;
}

/** Adapts the shared composition (`runIncident`) to what delivery calls. */
export function executeWith(run: typeof runIncident, args: ExecuteWithArgs): ExecuteRunRecorded {
  return async ({ mode, runId, onState }) => {
    const wanted = args.snapshot && mode !== "DISABLED" && !args.workspace.repoRoot;
    const got = wanted ? await args.snapshot?.() : undefined;
    if (got && !got.ok) args.onSnapshotProblem?.(got.reason);
    if (got?.ok && got.snapshot.truncated)
      args.onSnapshotProblem?.("the repository is past the snapshot's budget: the run reads part of it");
    const snapshot = got?.ok ? got.snapshot : undefined;
    try {
      const workspace = snapshot ? { ...args.workspace, repoRoot: snapshot.dir } : args.workspace;
      return await runRecorded(run, { ...args, workspace }, mode, runId, onState);
    } finally {
      await snapshot?.remove();
    }
  };
}

async function runRecorded(
  run: typeof runIncident,
  args: ExecuteWithArgs,
  mode: Mode,
  runId: string,
  onState: (state: string) => void,
): ReturnType<ExecuteRunRecorded> {
  // A closed gate (kill switch, DISABLED) halts every write, the audit branch's included: the run's
  // own record (Run, job summary) is where the intent shows.
  const store = mode === "DISABLED" ? undefined : args.auditStore;
  const memory = mode === "DISABLED" ? undefined : args.memory;
  const auditHead = await store?.head?.();
  const recalled = memory ? memoryFinder(memory) : undefined;
  const result = await run({
    incident: args.incident,
    workspace: args.workspace,
    mode,
    runId,
    config: args.config,
    provider: args.provider,
    ...(store ? { auditStore: store } : {}),
    ...(args.auditSigningKey ? { auditSigningKey: args.auditSigningKey } : {}),
    ...(auditHead ? { auditHead } : {}),
    ...(recalled ? { findSimilar: recalled.find } : {}),
    ...(args.restartLedger ? { restartLedger: args.restartLedger } : {}),
    // The App's and the Action's collectors: the credentials their operator named, from this process's env.
    collectors: collectorRuntime(args.config, process.env),
    onState,
  });
  if (memory) await rememberRun(memory, result.run, result.logSummary);
  const matches = recalled?.matches() ?? [];
  return {
    run: result.run,
    ...(recalled ? { similar: matches.map(toSimilarIncident) } : {}),
    audit: result.audit,
    ...(result.logSummary ? { logSummary: result.logSummary } : {}),
    matches,
  };
}
