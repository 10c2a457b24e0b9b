import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApplicationFunction, Context, Probot } from "probot";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { StateStore } from "../core/state-store.js";
import { runIncident } from "../engine/run-incident.js";
import { routeIncident } from "../github/alert-routing.js";
import { invalidateApproval } from "../github/approve.js";
import { createBranchAuditStore } from "../github/audit-branch-store.js";
import { commentEventFromPayload } from "../github/chatops/comment-event.js";
import { handleComment } from "../github/chatops/handle-comment.js";
import { parseCommand } from "../github/chatops/parse-command.js";
import { isIgnoredAuthor } from "../github/chatops/permissions.js";
import {
  CONFIG_PATH,
  type ConfigMemory,
  type ConfigResult,
  createConfigMemory,
  parseSentryConfig,
  parseSentryConfigText,
  renderConfigProblem,
} from "../github/config.js";
import { type DeliveryTarget, deliverIncident, type ExecuteRun } from "../github/deliver-run.js";
import { onFixMerged } from "../github/fix-merged.js";
import { readFileAt } from "../github/git-data.js";
import { createBranchMemoryBackend } from "../github/memory-branch-backend.js";
import type { GitHub, RepoRef } from "../github/octokit.js";
import { downloadRepoSnapshot } from "../github/repo-snapshot.js";
import { handOffToActions } from "../github/restart.js";
import { createMemoryStore } from "../memory/memory-store.js";
import { newRunId } from "../pipeline/run-pipeline.js";
import { createAlertIntake, openStateStore } from "../server/alert-intake.js";
import type { AlertIncidentEvent } from "../server/alert-route.js";
import type { ExecuteIncident, ExecuteResult, IncidentLink } from "../server/api-incidents.js";
import { createRouter, healthRoute, type ServerLog } from "../server/http-server.js";
import { type AlertDelivery, createAppApi, type DeliverAlert, installationOctokit } from "./app-api.js";
import type { AppSettings } from "./app-settings.js";
import {
  addLogs,
  type ExecuteRunRecorded,
  executeWith,
  incidentFromIssue,
  logsFromIssue,
} from "./github-shared.js";
import { capabilityLines } from "./shared/capabilities.js";
import { providerFactory } from "./shared/provider-settings.js";

export type { AppSettings };

export interface AppDeps {
  runIncident?: typeof runIncident;
  /** Called when a delivery (of an alert, or of an incident from the API or the watcher) finished; tests await it. */
  onDelivered?: (delivery: AlertDelivery["delivery"]) => void;
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

async function repoConfig(
  memory: ConfigMemory,
  key: string,
  load: () => Promise<ConfigResult>,
  modeOverride?: AppSettings["modeOverride"],
) {
  let result: ConfigResult;
  try {
    result = await load();
  } catch (error) {
    // context.config throws on YAML syntax errors; name the file, keep the last good config.
    result = {
      status: "invalid",
      key: "(yaml syntax)",
      message: error instanceof Error ? error.message.split("\n")[0]! : String(error),
    };
  }
  const resolved = memory.resolve(key, result);
  return modeOverride ? { ...resolved, config: { ...resolved.config, mode: modeOverride } } : resolved;
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
          settings.modeOverride,
        );
        const gh = context.octokit as unknown as GitHub;
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
        await invalidateApproval(context.octokit as unknown as GitHub, context.repo(), {
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
        await onFixMerged(context.octokit as unknown as GitHub, context.repo(), {
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
      const outcome = await deliverAlert(app, settings, memory, run, provider, incident, runAllowed, job);
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
      await api.track(
        event.incident,
        `alert:${event.incident.source}`,
        async (job) => (await deliver(job.incident, event.runAllowed, job)).result,
      );
    }
  };
}

function deliveryTarget(
  gh: GitHub,
  repo: RepoRef,
  config: SentryConfig,
  defaultBranch: string,
  settings: AppSettings,
): DeliveryTarget {
  return { gh, repo, config, defaultBranch, links: { repo, serverUrl: settings.serverUrl } };
}

/**
 * An alert from the server (or an incident from the API's trigger or the log watcher): route it to its
 * repository, then run in process or hand it to Actions. `job` comes from the dashboard's incident book:
 * the run's states go to it, and the outcome comes back as what the book records.
 */
async function deliverAlert(
  app: Probot,
  settings: AppSettings,
  memory: ConfigMemory,
  run: typeof runIncident,
  provider: (config: SentryConfig) => ReturnType<typeof providerFactory>,
  incident: Incident,
  runAllowed: boolean,
  job?: Parameters<ExecuteIncident>[0],
): Promise<AlertDelivery> {
  const done = (delivery: AlertDelivery["delivery"], recorded?: Recorded): AlertDelivery => ({
    delivery,
    result: bookResult(delivery, recorded),
  });
  let rules: SentryConfig["alertRouting"] = [];
  if (settings.routingRepo) {
    const gh = await installationOctokit(app, settings.routingRepo);
    const resolved = await repoConfig(
      memory,
      `${settings.routingRepo.owner}/${settings.routingRepo.repo}`,
      async () => parseSentryConfigText(await readFileAt(gh, settings.routingRepo!, CONFIG_PATH, "HEAD")),
    );
    rules = resolved.config.alertRouting;
  }
  const routed = routeIncident(incident, rules, settings.defaultRepo);
  if (!routed.ok) return done({ status: "dropped", reason: routed.reason });
  const gh = await installationOctokit(app, routed.repo);
  if (settings.handOff === "actions" && incident.status === "firing" && runAllowed) {
    await handOffToActions(gh, routed.repo, incident);
    return done({
      status: "handed-off",
      reason: `repository_dispatch to ${routed.repo.owner}/${routed.repo.repo}`,
    });
  }
  if (!runAllowed && incident.status === "firing") {
    return done({ status: "dropped", reason: "dedupe allowed no new run (flapping or run budget spent)" });
  }
  const meta = await gh.request("GET /repos/{owner}/{repo}", { ...routed.repo });
  const resolved = await repoConfig(
    memory,
    `${routed.repo.owner}/${routed.repo.repo}`,
    async () =>
      parseSentryConfigText(await readFileAt(gh, routed.repo, CONFIG_PATH, meta.data.default_branch)),
    settings.modeOverride,
  );
  const target = deliveryTarget(gh, routed.repo, resolved.config, meta.data.default_branch, settings);
  // Log text from the API's trigger or the watcher: a private file for the run, removed after it.
  const logDir = job?.logText ? await mkdtemp(join(tmpdir(), "sentry-logs-")) : undefined;
  const logFile = logDir ? join(logDir, "incident.log") : undefined;
  if (logFile) await writeFile(logFile, job?.logText ?? "", { mode: 0o600 });
  const execute = executeWith(run, {
    incident,
    workspace: addLogs(
      { logFiles: [], logDisplayNames: {} },
      logFile ? [{ path: logFile, display: "incident.log" }] : [],
    ),
    config: resolved.config,
    provider: provider(resolved.config),
    auditStore: createBranchAuditStore(
      gh,
      routed.repo,
      settings.auditSigningKey ? { signingKey: settings.auditSigningKey } : {},
    ),
    memory: createMemoryStore(createBranchMemoryBackend(gh, routed.repo)),
    ...(settings.auditSigningKey ? { auditSigningKey: settings.auditSigningKey } : {}),
    snapshot: () => downloadRepoSnapshot(gh, routed.repo, meta.data.default_branch),
    onSnapshotProblem: (reason) => app.log.warn(`running on logs only: ${reason}`),
  });
  let recorded: Recorded | undefined;
  const observed: ExecuteRun = async (args) => {
    recorded = await execute({
      ...args,
      onState: (state) => {
        args.onState(state);
        job?.onState(state);
      },
    });
    return recorded;
  };
  const notice = renderConfigProblem(resolved);
  try {
    return done(
      await deliverIncident(target, incident, observed, {
        runId: newRunId(new Date()),
        ...(notice ? { notice } : {}),
      }),
      recorded,
    );
  } finally {
    if (logDir) await rm(logDir, { recursive: true, force: true });
  }
}

type Recorded = Awaited<ReturnType<ExecuteRunRecorded>>;

const issueLink = (issue: { number: number; url: string }): IncidentLink => ({
  label: `issue #${issue.number}`,
  url: issue.url,
});

/** What the incident book records of a delivery: the run when there was one, else what happened instead. */
function bookResult(delivery: AlertDelivery["delivery"], recorded: Recorded | undefined): ExecuteResult {
  switch (delivery.status) {
    case "dropped":
      return { state: "DROPPED", reason: delivery.reason };
    case "handed-off":
      return { state: "HANDED_OFF", reason: delivery.reason };
    case "resolved":
      return {
        state: "RESOLVED",
        reason: delivery.issue ? `alert resolved; closed issue #${delivery.issue.number}` : "alert resolved",
        ...(delivery.issue ? { delivered: [issueLink(delivery.issue)] } : {}),
      };
    default: {
      const links: IncidentLink[] = delivery.issue ? [issueLink(delivery.issue)] : [];
      if (delivery.pr && "url" in delivery.pr)
        links.push({ label: `fix PR #${delivery.pr.number}`, url: delivery.pr.url });
      return {
        run: delivery.run,
        ...(links.length > 0 ? { delivered: links } : {}),
        audit: recorded?.audit ?? [],
        ...(recorded?.logSummary ? { logSummary: recorded.logSummary } : {}),
        ...(recorded ? { similar: recorded.matches } : {}),
      };
    }
  }
}

export type { Context };
