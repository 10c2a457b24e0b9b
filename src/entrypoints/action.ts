import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import type { SentryConfig } from "../core/config.js";
import { SentryError } from "../core/errors.js";
import type { Incident } from "../core/incident.js";
import { operatorSettings } from "../core/operator-settings.js";
import type { Workspace } from "../core/workspace.js";
import { newRunId } from "../engine/engine.js";
import type { runIncident } from "../engine/run-incident.js";
import { createBranchAuditStore } from "../github/audit-branch-store.js";
import { commentEventFromPayload } from "../github/chatops/comment-event.js";
import { type CommentEvent, handleComment } from "../github/chatops/handle-comment.js";
import { parseSentryConfigText, renderConfigProblem, resolveRepoConfig } from "../github/config.js";
import {
  type Delivery,
  type DeliveryOptions,
  type DeliveryTarget,
  deliverIncident,
} from "../github/deliver-run.js";
import { executeWith } from "../github/execute-run.js";
import {
  addLogs,
  incidentFromDispatch,
  incidentFromIssue,
  logsFromIssue,
} from "../github/incident-inputs.js";
import { createBranchMemoryBackend } from "../github/memory-branch-backend.js";
import { createOctokit, type GitHub } from "../github/octokit.js";
import { guardPosting } from "../github/render/post-guard.js";
import { createMemoryStore } from "../memory/memory-store.js";
import { type RunnerContext, readRunnerContext } from "./action-context.js";
import { alertIncident, expandLogPaths, quietHeartbeat, sweep, workflowRunFailure } from "./action-events.js";
import {
  type ActionInputs,
  collectorInputs,
  getInputs,
  providerEnv,
  readConfigFile,
} from "./action-inputs.js";
import { replyFor, report } from "./action-report.js";
import { incidentFromLogs } from "./shared/incident-from-logs.js";
import { providerFactory } from "./shared/provider-settings.js";
import { workspaceFromPaths } from "./shared/workspace-from-paths.js";

export interface ActionDeps {
  env?: NodeJS.ProcessEnv;
  runIncident?: typeof runIncident;
  octokit?: (token: string, baseUrl: string) => GitHub;
  now?: () => Date;
  fetchImpl?: typeof fetch;
}

/** The operator's settings (this workflow's inputs), narrowed by the repository's config file. */
function actionConfig(ctx: RunnerContext, inputs: ActionInputs): { config: SentryConfig; problem?: string } {
  const granted = parseSentryConfigText(inputs.operatorConfig);
  if (granted.status === "invalid")
    throw new SentryError("input", `operator-config: ${granted.key}: ${granted.message}`);
  const operator = operatorSettings(granted.status === "ok" ? granted.file : undefined, {
    mode: inputs.mode,
    costUsd: inputs.maxCost,
    collectors: collectorInputs(inputs),
  });
  const resolved = resolveRepoConfig(
    operator,
    parseSentryConfigText(readConfigFile(ctx.workspaceDir, inputs.configPath)),
    { configPath: inputs.configPath },
  );
  const problem = renderConfigProblem(resolved, inputs.configPath);
  return { config: resolved.config, ...(problem ? { problem } : {}) };
}

export interface ActionResult {
  incident?: Incident;
  delivery?: Delivery;
  commentOutcome?: string;
}

/** The Action: one event in, a run (or a command) out, outputs and a job summary written. */
export async function run(deps: ActionDeps = {}): Promise<ActionResult | undefined> {
  try {
    return await runAction(deps);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(`Claude Sentry: ${message}`);
    return undefined;
  }
}

async function runAction(deps: ActionDeps): Promise<ActionResult | undefined> {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const got = getInputs();
  if (!got.ok) {
    core.setFailed(`Claude Sentry: ${got.message}`);
    return undefined;
  }
  const inputs = got.inputs;
  const ctx = readRunnerContext(env, (path) => readFileSync(path, "utf8"));
  const gh = guardPosting(
    (deps.octokit ?? ((token, baseUrl) => createOctokit({ auth: token, baseUrl, log: core.debug })))(
      inputs.githubToken,
      ctx.apiUrl,
    ),
  );
  const { config, problem } = actionConfig(ctx, inputs);
  if (problem) core.warning(problem.replace(/<!--.*?-->\n?/, ""));
  const defaultBranch = String(
    (ctx.payload.repository as { default_branch?: string } | undefined)?.default_branch ?? "main",
  );
  const target: DeliveryTarget = {
    gh,
    repo: ctx.repo,
    config,
    defaultBranch,
    links: {
      repo: ctx.repo,
      serverUrl: ctx.serverUrl,
      ...(ctx.sha ? { commitSha: ctx.sha } : {}),
      ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    },
    clock: now,
  };
  const provider = providerFactory({
    flag: inputs.provider,
    script: undefined,
    env: { ...env, ...providerEnv(inputs) },
    config,
    cwd: ctx.workspaceDir,
  });
  const auditStore = createBranchAuditStore(gh, ctx.repo, {
    ...(inputs.auditSigningKey ? { signingKey: inputs.auditSigningKey } : {}),
  });
  const repoWorkspace = (logs: string[]): Workspace =>
    workspaceFromPaths({
      logs: expandLogPaths(ctx.workspaceDir, logs),
      repo: ctx.workspaceDir,
      cwd: ctx.workspaceDir,
    });
  const deliver = async (
    incident: Incident,
    workspace: Workspace,
    options: Omit<DeliveryOptions, "runId"> = {},
  ) => {
    const execute = executeWith({
      ...(deps.runIncident ? { runIncident: deps.runIncident } : {}),
      incident,
      workspace,
      config,
      provider,
      auditStore,
      env,
      memory: createMemoryStore(createBranchMemoryBackend(gh, ctx.repo), now),
      ...(inputs.auditSigningKey ? { auditSigningKey: inputs.auditSigningKey } : {}),
    });
    // The Action has no memory of a last good config: the comment names the key, the run uses defaults.
    // One id per incident per workflow run: a re-run of the job edits the tracking comment it wrote before.
    const runId = ctx.workflowRunId ? `run-gha-${ctx.workflowRunId}-${incident.id}` : newRunId(now());
    const delivery = await deliverIncident(target, incident, execute, {
      ...options,
      runId,
      ...(problem ? { notice: problem } : {}),
    });
    await report(ctx, incident, delivery, target);
    return delivery;
  };

  switch (ctx.eventName) {
    case "issue_comment": {
      const parsed = commentEventFromPayload(ctx.payload);
      if (!parsed.ok) throw new SentryError("payload", parsed.reason);
      if (parsed.action !== "created") return {};
      let delivered: Delivery | undefined;
      const outcome = await handleComment(
        {
          gh,
          config,
          defaultBranch: parsed.defaultBranch,
          trigger: inputs.triggerPhrase,
          clock: now,
          runOnIssue: async (event: CommentEvent, fix: boolean) => {
            const incident = incidentFromIssue(event, now());
            const logs = await logsFromIssue(event, {
              serverHost: new URL(ctx.serverUrl).hostname,
              ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
            });
            delivered = await deliver(incident, addLogs(repoWorkspace(inputs.logPaths), logs.files), {
              proposeFix: fix,
              issueNumber: event.issue.number,
            });
            return replyFor(delivered, logs.problems);
          },
        },
        parsed.event,
      );
      core.info(`comment: ${outcome.status}`);
      return { commentOutcome: outcome.status, ...(delivered ? { delivery: delivered } : {}) };
    }
    case "repository_dispatch": {
      const parsed = incidentFromDispatch(ctx.payload);
      if (!parsed.ok) throw new SentryError("payload", parsed.reason);
      const quiet = quietHeartbeat(parsed.incident);
      if (quiet) return quiet;
      return {
        incident: parsed.incident,
        delivery: await deliver(parsed.incident, repoWorkspace(inputs.logPaths)),
      };
    }
    case "workflow_dispatch": {
      const given = (ctx.payload.inputs as Record<string, unknown> | undefined)?.["log-paths"];
      const logs =
        typeof given === "string" && given.trim()
          ? given
              .split(/[\n,]/)
              .map((s) => s.trim())
              .filter(Boolean)
          : inputs.logPaths;
      const workspace = repoWorkspace(logs);
      const incident = inputs.alert
        ? alertIncident(inputs.alert)
        : incidentFromLogs(workspace, now(), "logs");
      const quiet = quietHeartbeat(incident);
      if (quiet) return quiet;
      return { incident, delivery: await deliver(incident, workspace) };
    }
    case "schedule":
      return sweep(ctx, inputs, repoWorkspace, deliver, now, deps.fetchImpl ?? fetch);
    case "workflow_run":
      return workflowRunFailure(ctx, gh, deliver, now);
    default: {
      if (!inputs.alert)
        throw new SentryError(
          "event",
          `event ${ctx.eventName || "(none)"} is not handled: use issue_comment, repository_dispatch, workflow_dispatch, schedule or workflow_run, or pass an alert input`,
        );
      const incident = alertIncident(inputs.alert);
      const quiet = quietHeartbeat(incident);
      if (quiet) return quiet;
      return { incident, delivery: await deliver(incident, repoWorkspace(inputs.logPaths)) };
    }
  }
}
