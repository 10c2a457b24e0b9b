import { createHash } from "node:crypto";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import * as core from "@actions/core";
import picomatch from "picomatch";
import { DEFAULT_CONFIG, type SentryConfig } from "../core/config.js";
import { SentryError } from "../core/errors.js";
import type { Incident } from "../core/incident.js";
import type { Run } from "../core/run.js";
import type { Workspace } from "../core/workspace.js";
import { createBranchAuditStore } from "../github/audit-branch-store.js";
import { commentEventFromPayload } from "../github/chatops/comment-event.js";
import { type CommentEvent, handleComment } from "../github/chatops/handle-comment.js";
import { parseSentryConfigText, renderConfigProblem } from "../github/config.js";
import { type Delivery, type DeliveryTarget, deliverIncident } from "../github/deliver-run.js";
import { createOctokit, type GitHub, type RepoRef } from "../github/octokit.js";
import { renderTrackingComment } from "../github/render/tracking-comment.js";
import { type ActionInputs, getInputs, readConfigFile, setOutput } from "./action-inputs.js";
import {
  addLogs,
  executeWith,
  incidentFromAlertBody,
  incidentFromDispatch,
  incidentFromIssue,
  logsFromIssue,
} from "./github-shared.js";
import { incidentFromLogs } from "./shared/incident-from-logs.js";
import { providerFactory } from "./shared/provider-settings.js";
import { runIncident } from "./shared/run-incident.js";
import { workspaceFromPaths } from "./shared/workspace-from-paths.js";

/** What the runner tells us through the environment (read here, nowhere below). */
interface RunnerContext {
  eventName: string;
  payload: Record<string, unknown>;
  repo: RepoRef;
  sha: string;
  serverUrl: string;
  apiUrl: string;
  runUrl?: string;
  workspaceDir: string;
  summaryFile?: string;
}

export interface ActionDeps {
  env?: NodeJS.ProcessEnv;
  runIncident?: typeof runIncident;
  octokit?: (token: string, baseUrl: string) => GitHub;
  now?: () => Date;
  fetchImpl?: typeof fetch;
}

function readRunnerContext(env: NodeJS.ProcessEnv, readEvent: (path: string) => string): RunnerContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new SentryError("context", "GITHUB_REPOSITORY is not set: run this inside GitHub Actions");
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload: env.GITHUB_EVENT_PATH
      ? (JSON.parse(readEvent(env.GITHUB_EVENT_PATH)) as Record<string, unknown>)
      : {},
    repo: { owner, repo },
    sha: env.GITHUB_SHA ?? "",
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    workspaceDir: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(env.GITHUB_STEP_SUMMARY ? { summaryFile: env.GITHUB_STEP_SUMMARY } : {}),
  };
}

/** `log-paths` entries are files, directories or globs relative to the checkout. */
function expandLogPaths(dir: string, patterns: string[]): string[] {
  const plain = patterns.filter((p) => !picomatch.scan(p).isGlob);
  const globs = patterns.filter((p) => picomatch.scan(p).isGlob);
  if (globs.length === 0) return plain;
  const isMatch = picomatch(globs, { dot: false });
  const found: string[] = [];
  const walk = (at: string, depth: number) => {
    if (depth > 8 || found.length > 200) return;
    for (const name of readdirSync(at)) {
      if (name === ".git" || name === "node_modules") continue;
      const path = join(at, name);
      const rel = relative(dir, path);
      if (statSync(path).isDirectory()) walk(path, depth + 1);
      else if (isMatch(rel)) found.push(rel);
    }
  };
  walk(dir, 0);
  return [...plain, ...found];
}

function actionConfig(ctx: RunnerContext, inputs: ActionInputs): { config: SentryConfig; problem?: string } {
  const resolved = parseSentryConfigText(readConfigFile(ctx.workspaceDir, inputs.configPath));
  let config = resolved.status === "ok" ? resolved.config : DEFAULT_CONFIG;
  if (inputs.mode) config = { ...config, mode: inputs.mode };
  if (inputs.maxCost) config = { ...config, costLimit: { ...config.costLimit, usd: inputs.maxCost } };
  const problem =
    resolved.status === "invalid"
      ? renderConfigProblem({
          config,
          source: "default",
          problem: { key: resolved.key, message: resolved.message },
        })
      : undefined;
  return { config, ...(problem ? { problem } : {}) };
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
  const gh = (deps.octokit ?? ((token, baseUrl) => createOctokit({ auth: token, baseUrl, log: core.debug })))(
    inputs.githubToken,
    ctx.apiUrl,
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
    env: { ...env, ...(inputs.anthropicApiKey ? { ANTHROPIC_API_KEY: inputs.anthropicApiKey } : {}) },
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
    options: { proposeFix?: boolean; issueNumber?: number; notice?: string } = {},
  ) => {
    const execute = executeWith(deps.runIncident ?? runIncident, {
      incident,
      workspace,
      config,
      provider,
      auditStore,
      ...(inputs.auditSigningKey ? { auditSigningKey: inputs.auditSigningKey } : {}),
    });
    // The Action has no memory of a last good config: the comment names the key, the run uses defaults.
    const delivery = await deliverIncident(target, incident, execute, {
      ...options,
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
      return { incident, delivery: await deliver(incident, repoWorkspace(inputs.logPaths)) };
    }
  }
}

function alertIncident(text: string): Incident {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new SentryError("input", `input alert is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = incidentFromAlertBody(body);
  if (!parsed.ok) throw new SentryError("input", parsed.reason);
  return parsed.incident;
}

type Deliver = (incident: Incident, workspace: Workspace) => Promise<Delivery>;

/** schedule: a health sweep of the configured log paths and endpoints; an issue only when something is wrong. */
async function sweep(
  ctx: RunnerContext,
  inputs: ActionInputs,
  repoWorkspace: (logs: string[]) => Workspace,
  deliver: Deliver,
  now: () => Date,
  fetchImpl: typeof fetch,
): Promise<ActionResult> {
  const failures: string[] = [];
  for (const url of inputs.healthUrls) {
    try {
      const res = await fetchImpl(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (res.status >= 500) failures.push(`${url} answered ${res.status}`);
    } catch (error) {
      failures.push(`${url} unreachable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (inputs.logPaths.length === 0 && failures.length === 0) {
    writeSummary(ctx, "## Claude Sentry health sweep\n\nAll endpoints healthy; no log paths configured.\n");
    return {};
  }
  const workspace = repoWorkspace(inputs.logPaths);
  const base = incidentFromLogs(workspace, now(), "schedule");
  const incident: Incident = {
    ...base,
    title:
      failures.length > 0 ? `Health sweep: ${failures.length} endpoint(s) failing` : "Scheduled health sweep",
    ...(failures.length > 0 ? { description: failures.join("\n"), severity: "P2" } : {}),
  };
  return { incident, delivery: await deliver(incident, workspace) };
}

/** workflow_run: a failed workflow's job logs become the incident's logs. */
async function workflowRunFailure(
  ctx: RunnerContext,
  gh: GitHub,
  deliver: Deliver,
  now: () => Date,
): Promise<ActionResult> {
  const wr = ctx.payload.workflow_run as
    | { id: number; name?: string; conclusion?: string | null; head_branch?: string; html_url?: string }
    | undefined;
  if (!wr || wr.conclusion !== "failure") {
    core.info(`workflow_run ${wr?.conclusion ?? "without a conclusion"}: nothing to diagnose`);
    return {};
  }
  const jobs = await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs", {
    ...ctx.repo,
    run_id: wr.id,
    filter: "latest",
  });
  const failed = jobs.data.jobs.filter((job) => job.conclusion === "failure").slice(0, 5);
  const dir = mkdtempSync(join(tmpdir(), "sentry-wr-"));
  const files: { path: string; display: string }[] = [];
  for (const job of failed) {
    const log = await gh.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", {
      ...ctx.repo,
      job_id: job.id,
    });
    const text = typeof log.data === "string" ? log.data : String(log.data);
    const path = join(dir, `job-${job.id}.log`);
    writeFileSync(path, text.slice(-5_000_000), { mode: 0o600 });
    files.push({ path, display: `${job.name}.log` });
  }
  const workspace = addLogs(
    workspaceFromPaths({ logs: [], repo: ctx.workspaceDir, cwd: ctx.workspaceDir }),
    files,
  );
  const fingerprint = `workflow_run:${ctx.repo.owner}/${ctx.repo.repo}:${wr.name ?? wr.id}:${wr.head_branch ?? ""}`;
  const base = incidentFromLogs(workspace, now(), "logs");
  const incident: Incident = {
    ...base,
    id: `inc-${createHash("sha256").update(fingerprint).digest("hex").slice(0, 12)}`,
    fingerprint,
    severity: "P3",
    title: `Workflow ${wr.name ?? wr.id} failed on ${wr.head_branch ?? "a branch"}`,
    description: `Failed jobs: ${failed.map((j) => j.name).join(", ") || "(none listed)"}\n${wr.html_url ?? ""}`,
  };
  return { incident, delivery: await deliver(incident, workspace) };
}

/**
 * The job summary file, appended directly: @actions/core's `summary` caches the file path on first use,
 * which is wrong for anything that runs run() more than once in a process (tests, a long-lived runner).
 */
function writeSummary(ctx: RunnerContext, markdown: string): void {
  if (!ctx.summaryFile) {
    core.info(markdown);
    return;
  }
  appendFileSync(ctx.summaryFile, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
}

function replyFor(delivery: Delivery, problems: string[]): string {
  const notes = problems.length > 0 ? `\n\nSkipped logs: ${problems.join("; ")}` : "";
  if (delivery.status === "resolved") return `The incident is resolved.${notes}`;
  const d = delivery.run.diagnosis;
  const head = d
    ? `Diagnosed (${d.category}, ${Math.round(d.confidence * 100)}%): ${d.summary.slice(0, 300)}`
    : `Run ended ${delivery.run.finalState}: ${delivery.run.reason.slice(0, 300)}`;
  const pr =
    delivery.pr && "number" in delivery.pr
      ? ` Fix PR #${delivery.pr.number}.`
      : delivery.pr
        ? ` Fix: ${delivery.pr.status} (${"reason" in delivery.pr ? delivery.pr.reason : ""}).`
        : "";
  return `${head}${pr} Details in the run comment above.${notes}`;
}

/** Outputs and the job summary: the same facts the tracking comment shows. */
async function report(
  ctx: RunnerContext,
  incident: Incident,
  delivery: Delivery,
  target: DeliveryTarget,
): Promise<void> {
  setOutput("incident-id", incident.id);
  setOutput("severity", incident.severity);
  if (delivery.status === "resolved") {
    setOutput("issue-number", delivery.issue?.number);
    writeSummary(ctx, `## Claude Sentry\n\nIncident ${incident.id} resolved.\n`);
    return;
  }
  const run: Run = delivery.run;
  setOutput("severity", run.diagnosis?.severity ?? incident.severity);
  setOutput("category", run.diagnosis?.category);
  setOutput("issue-number", delivery.issue?.number);
  setOutput("pr-number", delivery.pr && "number" in delivery.pr ? delivery.pr.number : undefined);
  setOutput("run-json", JSON.stringify(run));
  const halted =
    delivery.status === "halted"
      ? `> Writes halted: ${delivery.gate.open ? "" : delivery.gate.reason}. Nothing was written to the repository.\n\n`
      : "";
  const body = renderTrackingComment({ runId: run.id, entered: [] }, target.links, run);
  writeSummary(ctx, `${halted}${body.replace(/^<!--.*?-->\n/, "")}\n`);
}
