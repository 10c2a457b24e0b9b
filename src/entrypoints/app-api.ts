import type { Probot } from "probot";
import { DEFAULT_CONFIG } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import { createBranchAuditStore } from "../github/audit-branch-store.js";
import type { Delivery } from "../github/deliver-run.js";
import { createBranchMemoryBackend } from "../github/memory-branch-backend.js";
import type { GitHub, RepoRef } from "../github/octokit.js";
import { guardPosting } from "../github/render/post-guard.js";
import { createMemoryStore, type MemoryBackend } from "../memory/memory-store.js";
import { type AuditReader, createMemoryAuditStore } from "../security/audit/audit-store.js";
import { createSentryApi, type SentryApi } from "../server/api-app.js";
import type { ExecuteIncident, ExecuteResult } from "../server/api-incidents.js";
import type { AppSettings } from "./app-settings.js";

/** An alert's delivery as the App's handlers see it, and as the dashboard's incident book records it. */
export interface AlertDelivery {
  delivery: Delivery | { status: "dropped" | "handed-off"; reason: string };
  result: ExecuteResult;
}

export type DeliverAlert = (
  incident: Incident,
  runAllowed: boolean,
  job?: Parameters<ExecuteIncident>[0],
) => Promise<AlertDelivery>;

export async function installationOctokit(app: Probot, repo: RepoRef): Promise<GitHub> {
  const appOctokit = await app.auth();
  const installation = await appOctokit.request("GET /repos/{owner}/{repo}/installation", { ...repo });
  return guardPosting((await app.auth(installation.data.id)) as unknown as GitHub);
}

/** Resolves the installation's client on first use: the server starts before any repository is asked. */
function lazyClient(app: Probot, repo: RepoRef): () => Promise<GitHub> {
  let client: Promise<GitHub> | undefined;
  return () => {
    client ??= installationOctokit(app, repo).catch((error: unknown) => {
      client = undefined; // a failed token request is retried on the next call, not cached
      throw error;
    });
    return client;
  };
}

/**
 * The API, dashboard and /metrics on the App's server. Incidents from the trigger form and the log
 * watcher are delivered like alerts (routed to their repository, issue and pull request on GitHub).
 * Memory and the audit chain live per repository on its audit branch; the API shows those of
 * SENTRY_DEFAULT_REPO, and the security panel's counters cover every run this server made.
 */
export function createAppApi(
  app: Probot,
  settings: AppSettings,
  api: NonNullable<AppSettings["api"]>,
  deliver: DeliverAlert,
  log: (msg: string, error?: unknown) => void,
): SentryApi {
  const home = settings.defaultRepo;
  const client = home ? lazyClient(app, home) : undefined;
  const memoryBackend: MemoryBackend | undefined =
    client && home
      ? {
          read: async () => createBranchMemoryBackend(await client(), home).read(),
          append: async (text) => createBranchMemoryBackend(await client(), home).append(text),
        }
      : undefined;
  const auditStore: AuditReader =
    client && home
      ? { read: async () => createBranchAuditStore(await client(), home).read() }
      : createMemoryAuditStore();
  const mode = settings.modeOverride ?? "AUDIT";
  return createSentryApi({
    token: api.token,
    mode,
    ...(settings.modeOverride ? {} : { modeLabel: "per repository (.github/sentry.yml; AUDIT unless set)" }),
    config: DEFAULT_CONFIG,
    execute: async (job) => (await deliver(job.incident, true, job)).result,
    auditStore,
    ...(memoryBackend ? { memory: createMemoryStore(memoryBackend) } : {}),
    executeRemembers: true,
    watchRoots: api.watchRoots,
    log,
  });
}
