import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Probot } from "probot";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import { type OperatorSettings, operatorSettings } from "../core/operator-settings.js";
import type { StateStore } from "../core/state-store.js";
import type { LogUpload } from "../core/workspace.js";
import { writeLogUpload } from "../engine/log-upload.js";
import type { ProviderFactory, runIncident } from "../engine/run-incident.js";
import { createMemoryStore } from "../memory/memory-store.js";
import { newRunId } from "../pipeline/run-pipeline.js";
import { routeIncident } from "./alert-routing.js";
import { createBranchAuditStore } from "./audit-branch-store.js";
import {
  CONFIG_PATH,
  type ConfigMemory,
  type ConfigResult,
  parseSentryConfigText,
  renderConfigProblem,
} from "./config.js";
import { type Delivery, type DeliveryTarget, deliverIncident, type ExecuteRun } from "./deliver-run.js";
import { readFileAt } from "./git-data.js";
import { type ExecuteRunRecorded, executeWith } from "./incident-inputs.js";
import { installationOctokit } from "./installation.js";
import { createBranchMemoryBackend } from "./memory-branch-backend.js";
import type { GitHub, RepoRef } from "./octokit.js";
import { downloadRepoSnapshot } from "./repo-snapshot.js";
import { handOffToActions } from "./restart.js";

/** The App's alert path (from its HTTP intake, the API and the watcher): route, read config, run, deliver. */

/** The App's settings this path reads (parsed from the environment by the App's door). */
export interface AppDeliverySettings {
  /** The repository whose sentry.yml `alertRouting` decides where alerts go (SENTRY_ROUTING_REPO). */
  routingRepo?: RepoRef;
  /** Where alerts go when no rule matches (SENTRY_DEFAULT_REPO). */
  defaultRepo?: RepoRef;
  /** `actions`: hand alert runs to the target repository's workflow via repository_dispatch (SENTRY_HANDOFF). */
  handOff: "in-process" | "actions";
  /** https://github.com, or https://GHE_HOST for GitHub Enterprise Server. */
  serverUrl: string;
  auditSigningKey?: string;
  /** SENTRY_MODE: the highest mode any repository's runs may use (DISABLED is the operator's kill switch). */
  modeOverride?: "AUDIT" | "ACTIVE" | "DISABLED";
  /** The operator's grant (SENTRY_CONFIG): a repository's own sentry.yml can only narrow it. */
  operator?: OperatorSettings;
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

/** The operator's settings, built once from the App's settings: the only source of powers. */
export function operatorOf(settings: AppDeliverySettings): OperatorSettings {
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
  settings: AppDeliverySettings,
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
  settings: AppDeliverySettings,
  memory: ConfigMemory,
  run: typeof runIncident,
  provider: (config: SentryConfig) => ProviderFactory,
  incident: Incident,
  runAllowed: boolean,
  job?: AlertJob,
  restartLedger?: StateStore,
): Promise<AlertDelivery> {
  const done = (delivery: AlertOutcome, recorded?: Recorded): AlertDelivery => ({
    delivery,
    ...(recorded ? { recorded } : {}),
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
    auditStore: createBranchAuditStore(
      gh,
      routed.repo,
      settings.auditSigningKey ? { signingKey: settings.auditSigningKey } : {},
    ),
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
