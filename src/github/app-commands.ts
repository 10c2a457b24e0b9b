import { type AppEngine, appExecute, deliveryTarget } from "./app-delivery.js";
import { commentEventFromPayload } from "./chatops/comment-event.js";
import { handleComment } from "./chatops/handle-comment.js";
import { parseCommand } from "./chatops/parse-command.js";
import { isIgnoredAuthor } from "./chatops/permissions.js";
import { renderConfigProblem } from "./config.js";
import { deliverIncident } from "./deliver-run.js";
import { addLogs, incidentFromIssue, logsFromIssue } from "./incident-inputs.js";
import type { GitHub, RepoRef } from "./octokit.js";
import { repoConfig } from "./repo-config.js";

/** The App's ChatOps path: a `/sentry` comment on an issue, read, checked and run through the engine. */
export interface AppComment {
  gh: GitHub;
  repo: RepoRef;
  /** GitHub's delivery id: the run id, so a redelivery of a command that failed edits the comment it started. */
  deliveryId: string;
  payload: unknown;
  /** `<slug>[bot]`: the App's own comments never trigger commands. */
  botLogin: string;
}

/** The ChatOps outcome, or undefined for a payload that is not a comment, a bot's comment or a plain one. */
export async function handleAppComment(engine: AppEngine, comment: AppComment): Promise<string | undefined> {
  const parsed = commentEventFromPayload(comment.payload);
  if (!parsed.ok) {
    engine.warn(parsed.reason);
    return undefined;
  }
  // Bots and plain comments cost no API call at all (not even the config read).
  if (isIgnoredAuthor(parsed.event.author, comment.botLogin)) return undefined;
  if (parseCommand(parsed.event.body).kind === "none") return undefined;
  const { gh, repo } = comment;
  const resolved = await repoConfig(engine.memory, gh, repo, parsed.defaultBranch, engine.settings);
  const problem = renderConfigProblem(resolved);
  if (problem) {
    await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: parsed.event.issue.number,
      body: problem,
    });
  }
  const target = deliveryTarget(gh, repo, resolved.config, parsed.defaultBranch, engine.settings);
  const outcome = await handleComment(
    {
      gh,
      config: resolved.config,
      defaultBranch: parsed.defaultBranch,
      appSlug: comment.botLogin,
      runOnIssue: async (event, fix) => {
        const incident = incidentFromIssue(event, new Date());
        const logs = await logsFromIssue(event, { serverHost: new URL(engine.settings.serverUrl).hostname });
        const workspace = addLogs({ logFiles: [], logDisplayNames: {} }, logs.files);
        const delivery = await deliverIncident(
          target,
          incident,
          appExecute(engine, target, incident, workspace),
          {
            runId: `run-gh-${comment.deliveryId}`,
            proposeFix: fix,
            issueNumber: event.issue.number,
          },
        ).finally(() => logs.remove());
        const d = delivery.status === "resolved" ? undefined : delivery.run.diagnosis;
        const skipped = logs.problems.length > 0 ? ` Skipped logs: ${logs.problems.join("; ")}` : "";
        return d
          ? `Diagnosed (${d.category}): ${d.summary.slice(0, 300)}.${skipped}`
          : `Run finished.${skipped}`;
      },
    },
    parsed.event,
  );
  return outcome.status;
}
