import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Probot } from "probot";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import { type OperatorSettings, operatorSettings } from "../core/operator-settings.js";
import type { StateStore } from "../core/state-store.js";
import type { runIncident } from "../engine/run-incident.js";
import { routeIncident } from "../github/alert-routing.js";
import { createBranchAuditStore, keptHeadIn } from "../github/audit-branch-store.js";
import {
  CONFIG_PATH,
  type ConfigMemory,
  type ConfigResult,
  parseSentryConfigText,
  renderConfigProblem,
} from "../github/config.js";
import { type DeliveryTarget, deliverIncident, type ExecuteRun } from "../github/deliver-run.js";
import { readFileAt } from "../github/git-data.js";
import { createBranchMemoryBackend } from "../github/memory-branch-backend.js";
import type { GitHub, RepoRef } from "../github/octokit.js";
import { downloadRepoSnapshot } from "../github/repo-snapshot.js";
import { handOffToActions } from "../github/restart.js";
import { createMemoryStore } from "../memory/memory-store.js";
import { newRunId } from "../pipeline/run-pipeline.js";
import type { ExecuteIncident, ExecuteResult, IncidentLink } from "../server/api-incidents.js";
import { type AlertDelivery, installationOctokit } from "./app-api.js";
import type { AppSettings } from "./app-settings.js";
import { type ExecuteRunRecorded, executeWith } from "./github-shared.js";
import { writeLogUpload } from "./shared/log-upload.js";
import type { providerFactory } from "./shared/provider-settings.js";

/** The App's alert path (from its HTTP intake, the API and the watcher): route, read config, run, deliver. */

/** The operator's settings, built once from the App's settings: the only source of powers. */
export function operatorOf(settings: AppSettings): OperatorSettings {
  const base = settings.operator ?? operatorSettings(undefined);
  return settings.modeOverride ? { ...base, mode: settings.modeOverride } : base;
}

export async function repoConfig(
  memory: ConfigMemory,
  key: string,
  load: () => Promise<ConfigResult>,
  operator: OperatorSettings,
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
  return memory.resolve(key, result, operator);
}

export function deliveryTarget(
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
export async function deliverAlert(
  app: Probot,
  settings: AppSettings,
  memory: ConfigMemory,
  run: typeof runIncident,
  provider: (config: SentryConfig) => ReturnType<typeof providerFactory>,
  incident: Incident,
  runAllowed: boolean,
  job?: Parameters<ExecuteIncident>[0],
  restartLedger?: StateStore,
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
      operatorOf(settings),
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
    operatorOf(settings),
  );
  const target = deliveryTarget(gh, routed.repo, resolved.config, meta.data.default_branch, settings);
  // Log text from the API's trigger or the watcher: a private file for the run, removed after it.
  const logDir = job?.logs?.text ? await mkdtemp(join(tmpdir(), "sentry-logs-")) : undefined;
  const uploaded = logDir && job?.logs ? await writeLogUpload(logDir, job.logs) : undefined;
  const execute = executeWith(run, {
    incident,
    workspace: uploaded ?? { logFiles: [], logDisplayNames: {} },
    config: resolved.config,
    provider: provider(resolved.config),
    auditStore: createBranchAuditStore(gh, routed.repo, {
      ...(settings.auditSigningKey ? { signingKey: settings.auditSigningKey } : {}),
      ...(restartLedger ? { keptHead: keptHeadIn(restartLedger, routed.repo) } : {}),
    }),
    memory: createMemoryStore(createBranchMemoryBackend(gh, routed.repo)),
    ...(settings.auditSigningKey ? { auditSigningKey: settings.auditSigningKey } : {}),
    snapshot: () => downloadRepoSnapshot(gh, routed.repo, meta.data.default_branch),
    ...(restartLedger ? { restartLedger } : {}),
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
