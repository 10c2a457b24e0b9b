import type { ApplicationFunction, Context, Probot } from "probot";
import type { SentryConfig } from "../core/config.js";
import type { StateStore } from "../core/state-store.js";
import { runIncident } from "../engine/run-incident.js";
import type { AlertOutcome } from "../github/app-delivery.js";
import { deliverAlert, deliveryTarget, operatorOf, repoConfig } from "../github/app-delivery.js";
import { invalidateApproval } from "../github/approve.js";
import { createBranchAuditStore } from "../github/audit-branch-store.js";
import { commentEventFromPayload } from "../github/chatops/comment-event.js";
import { handleComment } from "../github/chatops/handle-comment.js";
import { parseCommand } from "../github/chatops/parse-command.js";
import { isIgnoredAuthor } from "../github/chatops/permissions.js";
import { createConfigMemory, parseSentryConfig, renderConfigProblem } from "../github/config.js";
import { deliverIncident } from "../github/deliver-run.js";
import { onFixMerged } from "../github/fix-merged.js";
import { addLogs, executeWith, incidentFromIssue, logsFromIssue } from "../github/incident-inputs.js";
import { createBranchMemoryBackend } from "../github/memory-branch-backend.js";
import type { GitHub } from "../github/octokit.js";
import { guardPosting } from "../github/render/post-guard.js";
import { downloadRepoSnapshot } from "../github/repo-snapshot.js";
import { createMemoryStore } from "../memory/memory-store.js";
import { createAlertIntake, openStateStore } from "../server/alert-intake.js";
import type { AlertIncidentEvent } from "../server/alert-route.js";
import { bookResult } from "../server/delivery-result.js";
import { createRouter, healthRoute, type ServerLog } from "../server/http-server.js";
import { createAppApi, type DeliverAlert } from "./app-api.js";
import type { AppSettings } from "./app-settings.js";
import { capabilityLines } from "./shared/capabilities.js";
import { providerFactory } from "./shared/provider-settings.js";

export type { AppSettings };

export interface AppDeps {
  runIncident?: typeof runIncident;
  /** Called when a delivery (of an alert, or of an incident from the API or the watcher) finished; tests await it. */
  onDelivered?: (delivery: AlertOutcome) => void;
  /** Where replicas share dedupe and claimed delivery ids; default: opened from settings.serve.redisUrl. */
  store?: StateStore;
}

/** GitHub may redeliver a webhook (a timeout on its side, or someone pressing "Redeliver"). */
const DELIVERY_TTL_MS = 3 * 24 * 3600_000;

/**
 * Runs `handler` once per GitHub delivery id across every replica sharing `store`. A handler that fails
 * gives its claim back, so a redelivery of that webhook is a retry, not a duplicate.
 */
function oncePerDelivery<C extends { id: string; log: { info: (msg: string) => void } }>(
  store: StateStore,
  handler: (context: C) => Promise<void>,
): (context: C) => Promise<void> {
  return async (context) => {
    const key = `gh-delivery:${context.id}`;
    if (!(await store.claim(key, "1", DELIVERY_TTL_MS))) {
      context.log.info(`delivery ${context.id} already handled: skipped`);
      return;
    }
    try {
      await handler(context);
    } catch (error) {
      await store.take(key);
      throw error;
    }
  };
}

/** The Probot app: ChatOps, approval staleness, merged fixes, and the alert routes on its server. */
export function sentryApp(settings: AppSettings, deps: AppDeps = {}): ApplicationFunction {
  const memory = createConfigMemory();
  const run = deps.runIncident ?? runIncident;
  const provider = (config: SentryConfig) =>
    providerFactory({
      flag: undefined,
      script: undefined,
      env: settings.providerEnv,
      config,
      cwd: process.cwd(),
    });

  return (app: Probot, { addHandler }) => {
    const log: ServerLog = (entry) => app.log[entry.level](entry, entry.msg);
    const store = deps.store ?? openStateStore(settings.serve.redisUrl, log);
    app.on(
      "issue_comment.created",
      oncePerDelivery(store, async (context) => {
        const parsed = commentEventFromPayload(context.payload);
        if (!parsed.ok) {
          context.log.warn(parsed.reason);
          return;
        }
        // Bots and plain comments cost no API call at all (not even the config read).
        if (isIgnoredAuthor(parsed.event.author, `${settings.appSlug}[bot]`)) return;
        if (parseCommand(parsed.event.body).kind === "none") return;
        const repo = context.repo();
        const resolved = await repoConfig(
          memory,
          `${repo.owner}/${repo.repo}`,
          async () => parseSentryConfig(await context.config<unknown>("sentry.yml")),
          operatorOf(settings),
        );
        const gh = guardPosting(context.octokit as unknown as GitHub);
        const problem = renderConfigProblem(resolved);
        if (problem) {
          await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            ...repo,
            issue_number: parsed.event.issue.number,
            body: problem,
          });
        }
        const target = deliveryTarget(gh, repo, resolved.config, parsed.defaultBranch, settings);
        const outcome = await handleComment(
          {
            gh,
            config: resolved.config,
            defaultBranch: parsed.defaultBranch,
            appSlug: `${settings.appSlug}[bot]`,
            runOnIssue: async (event, fix) => {
              const incident = incidentFromIssue(event, new Date());
              const logs = await logsFromIssue(event, { serverHost: new URL(settings.serverUrl).hostname });
              const execute = executeWith(run, {
                incident,
                workspace: addLogs({ logFiles: [], logDisplayNames: {} }, logs.files),
                config: resolved.config,
                provider: provider(resolved.config),
                auditStore: createBranchAuditStore(
                  gh,
                  repo,
                  settings.auditSigningKey ? { signingKey: settings.auditSigningKey } : {},
                ),
                memory: createMemoryStore(createBranchMemoryBackend(gh, repo)),
                ...(settings.auditSigningKey ? { auditSigningKey: settings.auditSigningKey } : {}),
                snapshot: () => downloadRepoSnapshot(gh, repo, parsed.defaultBranch),
                restartLedger: store,
                onSnapshotProblem: (reason) => context.log.warn(`running on logs only: ${reason}`),
              });
              const delivery = await deliverIncident(target, incident, execute, {
                // GitHub's delivery id: a redelivery of a command that failed edits the comment it started.
                runId: `run-gh-${context.id}`,
                proposeFix: fix,
                issueNumber: event.issue.number,
              }).finally(() => logs.remove());
              const d = delivery.status === "resolved" ? undefined : delivery.run.diagnosis;
              const skipped = logs.problems.length > 0 ? ` Skipped logs: ${logs.problems.join("; ")}` : "";
              return d
                ? `Diagnosed (${d.category}): ${d.summary.slice(0, 300)}.${skipped}`
                : `Run finished.${skipped}`;
            },
          },
          parsed.event,
        );
        context.log.info({ outcome: outcome.status }, "sentry command");
      }),
    );

    app.on(
      "pull_request.synchronize",
      oncePerDelivery(store, async (context) => {
        const pr = context.payload.pull_request;
        await invalidateApproval(guardPosting(context.octokit as unknown as GitHub), context.repo(), {
          number: pr.number,
          node_id: pr.node_id,
          head: { ref: pr.head.ref, sha: pr.head.sha },
          labels: pr.labels,
        });
      }),
    );

    app.on(
      "pull_request.closed",
      oncePerDelivery(store, async (context) => {
        const pr = context.payload.pull_request;
        await onFixMerged(guardPosting(context.octokit as unknown as GitHub), context.repo(), {
          merged: pr.merged === true,
          body: pr.body,
          head: { ref: pr.head.ref },
        });
      }),
    );

    const alerts = createAlertIntake({
      store,
      settings: settings.serve,
      onIncident: (e) => onAlert(e),
      log,
    });
    const deliver: DeliverAlert = async (incident, runAllowed, job) => {
      const outcome = await deliverAlert(
        app,
        settings,
        memory,
        run,
        provider,
        incident,
        runAllowed,
        job,
        store,
      );
      deps.onDelivered?.(outcome.delivery);
      return outcome;
    };
    const api = settings.api
      ? createAppApi(app, settings, settings.api, deliver, (msg, error) =>
          log({ level: "error", msg, ...(error ? { error: String(error) } : {}) }),
        )
      : undefined;
    const routing = {
      ...(settings.routingRepo
        ? { routingRepo: `${settings.routingRepo.owner}/${settings.routingRepo.repo}` }
        : {}),
      ...(settings.defaultRepo
        ? { defaultRepo: `${settings.defaultRepo.owner}/${settings.defaultRepo.repo}` }
        : {}),
    };
    for (const line of capabilityLines({
      auth: settings.serve.auth,
      ...(settings.api ? { api: "the App's server" } : {}),
      routing,
      env: settings.providerEnv,
      redis: settings.serve.redisUrl !== undefined,
      ...(settings.dotEnvPath ? { dotEnvPath: settings.dotEnvPath } : {}),
    }))
      app.log.info(line);
    const router = createRouter([healthRoute, alerts.route, ...(api?.routes ?? [])], log);
    addHandler((req, res) => router(req, res));

    async function onAlert(event: AlertIncidentEvent): Promise<void> {
      api?.countAlert(event);
      // A repeat the dedupe engine holds back is not a new incident run: nothing for the dashboard.
      const runs = event.runAllowed || event.incident.status === "resolved";
      if (!api || !runs) {
        await deliver(event.incident, event.runAllowed);
        return;
      }
      await api.track(event.incident, `alert:${event.incident.source}`, async (job) => {
        const { delivery, recorded } = await deliver(job.incident, event.runAllowed, job);
        return bookResult(delivery, recorded);
      });
    }
  };
}

export type { Context };
