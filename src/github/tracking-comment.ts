import type { SimilarIncident } from "../core/agent-context.js";
import type { Run } from "../core/run.js";
import type { GitHub, RepoRef } from "./octokit.js";
import type { LinkContext } from "./render/links.js";
import { type RunProgress, renderTrackingComment, runMarker } from "./render/tracking-comment.js";

export interface Tracker {
  /** Called as each pipeline state is entered. Edits are serialised so GitHub always shows the latest. */
  stateEntered(state: string): Promise<void>;
  finish(run: Run, similar?: readonly SimilarIncident[]): Promise<void>;
  commentId(): number | undefined;
}

/** A run that restarts (a retried job) finds its comment again by the run marker instead of adding another. */
async function findComment(
  gh: GitHub,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
): Promise<number | undefined> {
  for (let page = 1; page <= 10; page += 1) {
    const res = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: issueNumber,
      per_page: 100,
      page,
    });
    // Anyone can comment: only a bot's comment whose first line is exactly the marker is ours.
    const hit = res.data.find(
      (c) => (c.body ?? "").split("\n")[0] === marker && (c.user?.type ?? "Bot") === "Bot",
    );
    if (hit) return Number(hit.id);
    if (res.data.length < 100) return undefined;
  }
  return undefined;
}

export function createTracker(
  gh: GitHub,
  repo: RepoRef,
  issueNumber: number,
  runId: string,
  links: LinkContext,
): Tracker {
  const progress: RunProgress = { runId, entered: [] };
  let id: number | undefined;
  let chain: Promise<void> = Promise.resolve();

  async function write(body: string): Promise<void> {
    id ??= await findComment(gh, repo, issueNumber, runMarker(runId));
    if (id === undefined) {
      const created = await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: issueNumber,
        body,
      });
      id = Number(created.data.id);
      return;
    }
    await gh.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...repo,
      comment_id: id,
      body,
    });
  }

  function enqueue(body: () => string): Promise<void> {
    chain = chain.then(() => write(body()));
    return chain;
  }

  return {
    stateEntered(state) {
      if (progress.entered.at(-1) === state) return chain;
      progress.entered.push(state);
      return enqueue(() => renderTrackingComment(progress, links));
    },
    finish(run, similar = []) {
      return enqueue(() => renderTrackingComment(progress, links, run, similar));
    },
    commentId: () => id,
  };
}
