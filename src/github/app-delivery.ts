import type { Probot } from "probot";
import type { SentryConfig } from "../core/config.js";
import { heartbeatAlertName, heartbeatReason } from "../core/heartbeat-alert.js";
import type { Incident } from "../core/incident.js";
import type { StateStore } from "../core/state-store.js";
import type { LogUpload, Workspace } from "../core/workspace.js";
import type { ProviderFactory } from "../engine/engine.js";
import { newRunId } from "../engine/engine.js";
import { createMemoryStore } from "../memory/memory-store.js";
import { routeIncident } from "./alert-routing.js";
import { createBranchAuditStore, keptHeadIn } from "./audit-branch-store.js";
import { type ConfigMemory, renderConfigProblem } from "./config.js";
import { type Delivery, type DeliveryTarget, deliverIncident, type ExecuteRun } from "./deliver-run.js";
import { type ExecuteRunRecorded, type ExecuteWithArgs, executeWith } from "./execute-run.js";
import { installationOctokit } from "./installation.js";
import { createBranchMemoryBackend } from "./memory-branch-backend.js";
import type { GitHub, RepoRef } from "./octokit.js";
import { type OperatorGrant, repoConfig } from "./repo-config.js";
import { downloadRepoSnapshot } from "./repo-snapshot.js";
import { handOffToActions } from "./restart.js";

/** The App's alert path (from its HTTP intake, the API and the watcher): route, read config, run, deliver. */

/** The App's settings this path reads (parsed from the environment by the App's door). */
export interface AppDeliverySettings extends OperatorGrant {
  /** The repository whose sentry.yml `alertRouting` decides where alerts go (SENTRY_ROUTING_REPO). */
  routingRepo?: RepoRef;
  /** Where alerts go when no rule matches (SENTRY_DEFAULT_REPO). */
  defaultRepo?: RepoRef;
  /** `actions`: hand alert runs to the target repository's workflow via repository_dispatch (SENTRY_HANDOFF). */
  handOff: "in-process" | "actions";
  /** https://github.com, or https://GHE_HOST for GitHub Enterprise Server. */
  serverUrl: string;
  auditSigningKey?: string;
}

/** What became of an alert: a delivery, or why none happened. */
export type AlertOutcome = Delivery | { status: "dropped" | "handed-off"; reason: string };

/** An alert's outcome, and what its run recorded when there was one. */
export interface AlertDelivery {
  delivery: AlertOutcome;
  recorded?: Recorded;
}

/** A job from the dashboard's incident book: posted log text, and where the run's states go. */
export interface AlertJob {
  logs?: LogUpload;
  onState: (state: string) => void;
}

export function deliveryTarget(
  gh: GitHub,
  repo: RepoRef,
  config: SentryConfig,
  defaultBranch: string,
  settings: AppDeliverySettings,
): DeliveryTarget {
  return { gh, repo, config, defaultBranch, links: { repo, serverUrl: settings.serverUrl } };
}

/** What the App's runs share: its settings, the config memory, the provider and the StateStore. */
export interface AppEngine {
  settings: AppDeliverySettings;
  memory: ConfigMemory;
  provider: (config: SentryConfig) => ProviderFactory;
  /** The App's StateStore, shared across runs and replicas: restart ledger, throttle buckets, in-flight spend. */
  sharedState?: StateStore;
  /** The engine's composition underneath (a test seam). */
  runIncident?: ExecuteWithArgs["runIncident"];
  /** The App's environment (after `.env`): the collectors' credentials are read from it. */
  env: ExecuteWithArgs["env"];
  warn: (line: string) => void;
}

/**
 * A run in one repository through the one engine entry: its audit branch (chain and seal), its memory, its
 * code downloaded for the run (removed after), and the App's shared state (restart ledger, throttle, spend).
 */
export function appExecute(
  engine: AppEngine,
  target: DeliveryTarget,
  incident: Incident,
  workspace: Workspace,
  logs?: LogUpload,
): ExecuteRunRecorded {
  const { gh, repo } = target;
  const key = engine.settings.auditSigningKey;
  return executeWith({
    incident,
    workspace,
    ...(logs ? { logs } : {}),
    config: target.config,
    provider: engine.provider(target.config),
    // The App's StateStore keeps each repository's last verified head: a branch rewound behind it is refused.
    auditStore: createBranchAuditStore(gh, repo, {
      ...(key ? { signingKey: key } : {}),
      ...(engine.sharedState ? { keptHead: keptHeadIn(engine.sharedState, repo) } : {}),
    }),
    memory: createMemoryStore(createBranchMemoryBackend(gh, repo)),
    ...(key ? { auditSigningKey: key } : {}),
    snapshot: () => downloadRepoSnapshot(gh, repo, target.defaultBranch),
    ...(engine.sharedState ? { sharedState: engine.sharedState } : {}),
    ...(engine.runIncident ? { runIncident: engine.runIncident } : {}),
    onNotice: engine.warn,
    env: engine.env,
  });
}

/**
 * An alert from the server (or an incident from the API's trigger or the log watcher): route it to its
 * repository, then run in process or hand it to Actions. `job` comes from the dashboard's incident book:
 * posted log text, and where the run's states go.
 */
export async function deliverAlert(
  app: Probot,
  engine: AppEngine,
  incident: Incident,
  runAllowed: boolean,
  job?: AlertJob,
): Promise<AlertDelivery> {
  const { settings, memory } = engine;
  const heartbeat = heartbeatAlertName(incident);
  if (heartbeat && incident.status === "firing") {
    return { delivery: { status: "dropped", reason: heartbeatReason(heartbeat) } };
  }
  let rules: SentryConfig["alertRouting"] = [];
  if (settings.routingRepo) {
    const gh = await installationOctokit(app, settings.routingRepo);
    rules = (await repoConfig(memory, gh, settings.routingRepo, "HEAD", settings)).config.alertRouting;
  }
  const routed = routeIncident(incident, rules, settings.defaultRepo);
  if (!routed.ok) return { delivery: { status: "dropped", reason: routed.reason } };
  const gh = await installationOctokit(app, routed.repo);
  if (settings.handOff === "actions" && incident.status === "firing" && runAllowed) {
    await handOffToActions(gh, routed.repo, incident);
    const reason = `repository_dispatch to ${routed.repo.owner}/${routed.repo.repo}`;
    return { delivery: { status: "handed-off", reason } };
  }
  if (!runAllowed && incident.status === "firing") {
    const reason = "dedupe allowed no new run (flapping or run budget spent)";
    return { delivery: { status: "dropped", reason } };
  }
  const meta = await gh.request("GET /repos/{owner}/{repo}", { ...routed.repo });
  const branch = meta.data.default_branch;
  const resolved = await repoConfig(memory, gh, routed.repo, branch, settings);
  const target = deliveryTarget(gh, routed.repo, resolved.config, branch, settings);
  const execute = appExecute(engine, target, incident, { logFiles: [], logDisplayNames: {} }, job?.logs);
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
  const delivery = await deliverIncident(target, incident, observed, {
    runId: newRunId(new Date()),
    ...(notice ? { notice } : {}),
  });
  return { delivery, ...(recorded ? { recorded } : {}) };
}

type Recorded = Awaited<ReturnType<ExecuteRunRecorded>>;
