import type { ApplicationFunction, Context, Probot } from "probot";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
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
import { type Delivery, type DeliveryTarget, deliverIncident } from "../github/deliver-run.js";
import { onFixMerged } from "../github/fix-merged.js";
import { readFileAt } from "../github/git-data.js";
import { createBranchMemoryBackend } from "../github/memory-branch-backend.js";
import type { GitHub, RepoRef } from "../github/octokit.js";
import { handOffToActions } from "../github/restart.js";
import { createDedupeEngine } from "../ingest/alerts/dedupe.js";
import { createMemoryStateStore } from "../ingest/alerts/memory-state-store.js";
import { createRedisStateStore } from "../ingest/alerts/redis-state-store.js";
import { createMemoryStore } from "../memory/memory-store.js";
import { type AlertIncidentEvent, createAlertRoute } from "../server/alert-route.js";
import { createRouter, healthRoute, type ServerLog } from "../server/http-server.js";
import type { ServeSettings } from "./cli/serve-command.js";
import { addLogs, executeWith, incidentFromIssue, logsFromIssue } from "./github-shared.js";
import { providerFactory } from "./shared/provider-settings.js";
import { runIncident } from "./shared/run-incident.js";

/** Everything the App reads from its environment, parsed once in app-main.ts. */
export interface AppSettings {
  serve: ServeSettings;
  /** The repository whose sentry.yml `alertRouting` decides where alerts go (SENTRY_ROUTING_REPO). */
  routingRepo?: RepoRef;
  /** Where alerts go when no rule matches (SENTRY_DEFAULT_REPO). */
  defaultRepo?: RepoRef;
  /** `actions`: hand alert runs to the target repository's workflow via repository_dispatch (SENTRY_HANDOFF). */
  handOff: "in-process" | "actions";
  /** The app's slug (APP_SLUG): its own comments, as `<slug>[bot]`, never trigger commands. */
  appSlug: string;
  /** https://github.com, or https://GHE_HOST for GitHub Enterprise Server. */
  serverUrl: string;
  auditSigningKey?: string;
  /** SENTRY_MODE: overrides every repository's configured mode (DISABLED is the operator's kill switch). */
  modeOverride?: "AUDIT" | "ACTIVE" | "DISABLED";
  /** Provider variables (ANTHROPIC_API_KEY, LLM_PROVIDER, …) handed to the shared provider factory. */
  providerEnv: NodeJS.ProcessEnv;
}

export interface AppDeps {
  runIncident?: typeof runIncident;
  /** Resolves when an alert's delivery finished; tests await it. */
  onDelivered?: (delivery: Delivery | { status: "dropped" | "handed-off"; reason: string }) => void;
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
    app.on("issue_comment.created", async (context) => {
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
            });
            const delivery = await deliverIncident(target, incident, execute, {
              proposeFix: fix,
              issueNumber: event.issue.number,
            });
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
    });

    app.on("pull_request.synchronize", async (context) => {
      const pr = context.payload.pull_request;
      await invalidateApproval(context.octokit as unknown as GitHub, context.repo(), {
        number: pr.number,
        node_id: pr.node_id,
        head: { ref: pr.head.ref, sha: pr.head.sha },
        labels: pr.labels,
      });
    });

    app.on("pull_request.closed", async (context) => {
      const pr = context.payload.pull_request;
      await onFixMerged(context.octokit as unknown as GitHub, context.repo(), {
        merged: pr.merged === true,
        body: pr.body,
        head: { ref: pr.head.ref },
      });
    });

    const log: ServerLog = (entry) => app.log[entry.level](entry, entry.msg);
    const store = settings.serve.redisUrl
      ? createRedisStateStore(settings.serve.redisUrl)
      : createMemoryStateStore();
    const dedupe = createDedupeEngine({
      store,
      settings: settings.serve.dedupe,
      onDeferred: (e) => void onAlert(e),
    });
    const alerts = createAlertRoute({
      auth: settings.serve.auth,
      dedupe,
      onIncident: (e) => onAlert(e),
      bodyLimit: settings.serve.bodyLimit,
      log,
    });
    const router = createRouter([healthRoute, alerts.route], log);
    addHandler((req, res) => router(req, res));

    async function onAlert(event: AlertIncidentEvent): Promise<void> {
      const outcome = await deliverAlert(
        app,
        settings,
        memory,
        run,
        provider,
        event.incident,
        event.runAllowed,
      );
      deps.onDelivered?.(outcome);
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

async function installationOctokit(app: Probot, repo: RepoRef): Promise<GitHub> {
  const appOctokit = await app.auth();
  const installation = await appOctokit.request("GET /repos/{owner}/{repo}/installation", { ...repo });
  return (await app.auth(installation.data.id)) as unknown as GitHub;
}

/** An alert from the server: route it to its repository, then run in process or hand it to Actions. */
async function deliverAlert(
  app: Probot,
  settings: AppSettings,
  memory: ConfigMemory,
  run: typeof runIncident,
  provider: (config: SentryConfig) => ReturnType<typeof providerFactory>,
  incident: Incident,
  runAllowed: boolean,
): Promise<Delivery | { status: "dropped" | "handed-off"; reason: string }> {
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
  if (!routed.ok) return { status: "dropped", reason: routed.reason };
  const gh = await installationOctokit(app, routed.repo);
  if (settings.handOff === "actions" && incident.status === "firing" && runAllowed) {
    await handOffToActions(gh, routed.repo, incident);
    return {
      status: "handed-off",
      reason: `repository_dispatch to ${routed.repo.owner}/${routed.repo.repo}`,
    };
  }
  if (!runAllowed && incident.status === "firing") {
    return { status: "dropped", reason: "dedupe allowed no new run (flapping or run budget spent)" };
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
  const execute = executeWith(run, {
    incident,
    workspace: { logFiles: [], logDisplayNames: {} },
    config: resolved.config,
    provider: provider(resolved.config),
    auditStore: createBranchAuditStore(
      gh,
      routed.repo,
      settings.auditSigningKey ? { signingKey: settings.auditSigningKey } : {},
    ),
    memory: createMemoryStore(createBranchMemoryBackend(gh, routed.repo)),
    ...(settings.auditSigningKey ? { auditSigningKey: settings.auditSigningKey } : {}),
  });
  const notice = renderConfigProblem(resolved);
  return deliverIncident(target, incident, execute, notice ? { notice } : {});
}

export type { Context };
