import type { Probot } from "probot";
import { DEFAULT_CONFIG } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { StateStore } from "../core/state-store.js";
import { appendHumanAction } from "../engine/human-action.js";
import type { AlertDelivery, AlertJob } from "../github/app-delivery.js";
import { createBranchAuditStore, keptHeadIn } from "../github/audit-branch-store.js";
import { lazyInstallationClient } from "../github/installation.js";
import { createBranchMemoryBackend } from "../github/memory-branch-backend.js";
import { createMemoryStore, type MemoryBackend } from "../memory/memory-store.js";
import { type AuditReader, createMemoryAuditStore } from "../security/audit/audit-store.js";
import { createSentryApi, type SentryApi } from "../server/api-app.js";
import { bookResult } from "../server/delivery-result.js";
import { type AuditAction, createSerial } from "../server/incident-actions.js";
import type { AppSettings } from "./app-settings.js";
import { sentryVersion } from "./shared/version.js";

export type DeliverAlert = (
  incident: Incident,
  runAllowed: boolean,
  job?: AlertJob,
) => Promise<AlertDelivery>;

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
  sharedState?: StateStore,
): SentryApi {
  const home = settings.defaultRepo;
  const client = home ? lazyInstallationClient(app, home) : undefined;
  const memoryBackend: MemoryBackend | undefined =
    client && home
      ? {
          read: async () => createBranchMemoryBackend(await client(), home).read(),
          append: async (text) => createBranchMemoryBackend(await client(), home).append(text),
        }
      : undefined;
  // Without a home repository the chain a person's actions go to lives in this process, as /api/security shows.
  const localChain = createMemoryAuditStore();
  const auditStore: AuditReader =
    client && home ? { read: async () => createBranchAuditStore(await client(), home).read() } : localChain;
  const key = settings.auditSigningKey;
  const serial = createSerial();
  const auditAction: AuditAction = (action) =>
    serial(async () =>
      appendHumanAction(
        {
          store:
            client && home
              ? createBranchAuditStore(await client(), home, {
                  ...(key ? { signingKey: key } : {}),
                  // The kept head makes a rewritten audit branch fail loudly here as it does for runs.
                  ...(sharedState ? { keptHead: keptHeadIn(sharedState, home) } : {}),
                })
              : localChain,
          ...(key ? { signingKey: key } : {}),
        },
        action,
      ),
    );
  const mode = settings.modeOverride ?? "AUDIT";
  return createSentryApi({
    token: api.token,
    ...(api.metricsToken ? { metricsToken: api.metricsToken } : {}),
    ...(api.incidentsFile ? { incidentsFile: api.incidentsFile } : {}),
    version: sentryVersion(),
    auditAction,
    mode,
    ...(settings.modeOverride ? {} : { modeLabel: "per repository (.github/sentry.yml; AUDIT unless set)" }),
    config: DEFAULT_CONFIG,
    execute: async (job) => {
      const { delivery, recorded } = await deliver(job.incident, true, job);
      return bookResult(delivery, recorded);
    },
    auditStore,
    ...(memoryBackend ? { memory: createMemoryStore(memoryBackend) } : {}),
    watchRoots: api.watchRoots,
    log,
  });
}
