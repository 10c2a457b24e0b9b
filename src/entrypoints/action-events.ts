import { mkdtempSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import picomatch from "picomatch";
import { SentryError } from "../core/errors.js";
import { heartbeatAlertName, heartbeatReason } from "../core/heartbeat-alert.js";
import type { Incident } from "../core/incident.js";
import type { Workspace } from "../core/workspace.js";
import type { Delivery } from "../github/deliver-run.js";
import { addLogs, incidentFromAlertBody } from "../github/incident-inputs.js";
import type { GitHub } from "../github/octokit.js";
import { incidentIdFor } from "../ingest/alerts/index.js";
import type { RunnerContext } from "./action-context.js";
import type { ActionInputs } from "./action-inputs.js";
import { writeSummary } from "./action-report.js";
import { incidentFromLogs } from "./shared/incident-from-logs.js";
import { workspaceFromPaths } from "./shared/workspace-from-paths.js";

/** The Action's event handlers that need more than a few lines: alerts from inputs, the sweep, failed runs. */

/**
 * `log-paths` entries are files, directories or globs relative to the checkout. The checkout is the
 * repository's content, so a committed symlink (`logs/app.log -> ../.git/config`, which holds the job's
 * token) must not turn into a log: globs never follow links, and a named path must resolve inside the
 * checkout and outside `.git`.
 */
export function expandLogPaths(dir: string, patterns: string[]): string[] {
  const plain = patterns
    .filter((p) => !picomatch.scan(p).isGlob)
    .filter((p) => {
      if (staysInside(dir, p)) return true;
      core.warning(`log path ${p} resolves outside the checkout or into .git: skipped`);
      return false;
    });
  const globs = patterns.filter((p) => picomatch.scan(p).isGlob);
  if (globs.length === 0) return plain;
  const isMatch = picomatch(globs, { dot: false });
  const found: string[] = [];
  const walk = (at: string, depth: number) => {
    if (depth > 8 || found.length > 200) return;
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name === ".git" || entry.name === "node_modules") continue;
      const path = join(at, entry.name);
      const rel = relative(dir, path);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (entry.isFile() && isMatch(rel)) found.push(rel);
    }
  };
  walk(dir, 0);
  return [...plain, ...found];
}

/** A path that does not exist yet is left for the reader to report; one that resolves elsewhere is dropped. */
function staysInside(dir: string, path: string): boolean {
  let real: string;
  try {
    real = realpathSync(resolve(dir, path));
  } catch {
    return !isAbsolute(path) && !path.split(/[\\/]/).includes("..");
  }
  const rel = relative(realpathSync(dir), real);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel) && !rel.split(sep).includes(".git"));
}

export function alertIncident(text: string): Incident {
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

/**
 * A firing heartbeat alert (Watchdog and kin, forwarded by repository_dispatch or given as the alert input)
 * is the pipeline working: like the App, the Action logs why and opens no issue.
 */
export function quietHeartbeat(incident: Incident): { incident: Incident } | undefined {
  const name = heartbeatAlertName(incident);
  if (name === undefined || incident.status !== "firing") return undefined;
  core.info(heartbeatReason(name));
  return { incident };
}

export type Deliver = (incident: Incident, workspace: Workspace) => Promise<Delivery>;

/** schedule: a health sweep of the configured log paths and endpoints; an issue only when something is wrong. */
export async function sweep(
  ctx: RunnerContext,
  inputs: ActionInputs,
  repoWorkspace: (logs: string[]) => Workspace,
  deliver: Deliver,
  now: () => Date,
  fetchImpl: typeof fetch,
): Promise<{ incident?: Incident; delivery?: Delivery }> {
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
export async function workflowRunFailure(
  ctx: RunnerContext,
  gh: GitHub,
  deliver: Deliver,
  now: () => Date,
): Promise<{ incident?: Incident; delivery?: Delivery }> {
  const wr = ctx.payload.workflow_run as
    | { id: number; name?: string; conclusion?: string | null; head_branch?: string; html_url?: string }
    | undefined;
  if (wr === undefined || wr.conclusion !== "failure") {
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
    id: incidentIdFor(fingerprint),
    fingerprint,
    severity: "P3",
    title: `Workflow ${wr.name ?? wr.id} failed on ${wr.head_branch ?? "a branch"}`,
    description: `Failed jobs: ${failed.map((j) => j.name).join(", ") || "(none listed)"}\n${wr.html_url ?? ""}`,
  };
  return { incident, delivery: await deliver(incident, workspace) };
}
