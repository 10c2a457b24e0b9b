import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { Mode } from "../core/mode.js";
import { checkUnit } from "../security/policy/unit-policy.js";
import type { GitHub, RepoRef } from "./octokit.js";

export type RestartOutcome =
  | { status: "dispatched"; workflow: string; service: string }
  | { status: "refused"; reason: string };

/**
 * restart_service in GitHub mode: dispatch the configured workflow with the service as input. ACTIVE only.
 * The rate limit is read from GitHub itself (recent workflow_dispatch runs of that workflow), so replicas
 * and restarted processes share it without any state of their own.
 */
export async function dispatchRestart(
  gh: GitHub,
  repo: RepoRef,
  args: { service: string; mode: Mode; config: SentryConfig; ref: string; now: Date },
): Promise<RestartOutcome> {
  const workflow = args.config.restart.workflow;
  if (args.mode !== "ACTIVE")
    return { status: "refused", reason: `restarts run only in ACTIVE mode (mode is ${args.mode})` };
  if (!workflow) return { status: "refused", reason: "no restart.workflow configured by the operator" };
  // The same unit rule the tool applied: a plain service on the operator's allow-list, normalised.
  const unit = checkUnit(args.service, args.config.restart.services);
  if (!unit.ok) return { status: "refused", reason: unit.reason };
  const since = new Date(args.now.getTime() - args.config.restart.minIntervalMinutes * 60_000);
  const recent = await gh.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
    ...repo,
    workflow_id: workflow,
    event: "workflow_dispatch",
    created: `>=${since.toISOString()}`,
    per_page: 1,
  });
  if (recent.data.total_count > 0) {
    return {
      status: "refused",
      reason: `rate-limited: ${workflow} was dispatched less than ${args.config.restart.minIntervalMinutes} minutes ago`,
    };
  }
  await gh.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", {
    ...repo,
    workflow_id: workflow,
    ref: args.ref,
    inputs: { service: unit.unit },
  });
  return { status: "dispatched", workflow, service: unit.unit };
}

/**
 * The App hands a heavy run to the target repository's own workflow (which runs this Action): GitHub's
 * runners do the work, the App only routes. The client_payload uses the relayed-alert fields the `github`
 * normalizer reads, so the runner makes the same incident (same fingerprint) the App would have. GitHub
 * allows at most 10 top-level keys and 64 KB.
 */
export async function handOffToActions(gh: GitHub, repo: RepoRef, incident: Incident): Promise<void> {
  await gh.request("POST /repos/{owner}/{repo}/dispatches", {
    ...repo,
    event_type: "sentry-alert",
    client_payload: {
      source: incident.source,
      fingerprint: incident.fingerprint.slice(0, 200),
      status: incident.status,
      severity: incident.severity,
      title: incident.title,
      ...(incident.service ? { service: incident.service } : {}),
      ...(incident.description ? { description: incident.description.slice(0, 20_000) } : {}),
      starts_at: incident.startedAt,
    },
  });
}
