import { APPROVED_LABEL, FIX_BRANCH_PREFIX, NEEDS_REVIEW_LABEL, setDraft } from "./fix-pr.js";
import type { GitHub, RepoRef } from "./octokit.js";
import { statusOf } from "./octokit.js";

export const APPROVAL_MARKER_PREFIX = "<!-- claude-sentry:approved ";

export type ApproveOutcome =
  | { status: "approved"; sha: string }
  | { status: "stale"; approvedSha: string; headSha: string }
  | { status: "invalid"; reason: string };

/**
 * `/sentry approve <sha>`: the maintainer names the exact commit they reviewed. If the head moved since,
 * the approval is stale and nothing changes; otherwise the draft is marked ready (still never merged by
 * the bot: a person or branch protection merges).
 */
export async function approveFix(
  gh: GitHub,
  repo: RepoRef,
  prNumber: number,
  sha: string,
  approver: string,
): Promise<ApproveOutcome> {
  if (!/^[0-9a-f]{7,40}$/i.test(sha))
    return { status: "invalid", reason: "give the head commit sha (7 to 40 hex digits)" };
  const pr = (
    await gh.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: prNumber })
  ).data;
  if (!pr.head.ref.startsWith(FIX_BRANCH_PREFIX))
    return { status: "invalid", reason: "only Claude Sentry fix PRs are approved this way" };
  if (pr.state !== "open") return { status: "invalid", reason: "the pull request is not open" };
  if (!pr.head.sha.toLowerCase().startsWith(sha.toLowerCase())) {
    return { status: "stale", approvedSha: sha, headSha: pr.head.sha };
  }
  if (pr.draft) await setDraft(gh, pr.node_id, false);
  await removeLabel(gh, repo, prNumber, NEEDS_REVIEW_LABEL);
  await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
    ...repo,
    issue_number: prNumber,
    labels: [APPROVED_LABEL],
  });
  await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: prNumber,
    body: `${APPROVAL_MARKER_PREFIX}${pr.head.sha} -->\nApproved by @${approver} at \`${pr.head.sha.slice(0, 12)}\`: marked ready for review. The bot does not merge in AUDIT mode.`,
  });
  return { status: "approved", sha: pr.head.sha };
}

/**
 * New commits on an approved fix PR (pull_request.synchronize) make the approval stale: back to draft,
 * back to needs-review, and a comment saying which commit was approved and which is new.
 */
export async function invalidateApproval(
  gh: GitHub,
  repo: RepoRef,
  pr: { number: number; node_id: string; head: { ref: string; sha: string }; labels: { name?: string }[] },
): Promise<"stale" | "not-approved"> {
  if (!pr.head.ref.startsWith(FIX_BRANCH_PREFIX)) return "not-approved";
  if (!pr.labels.some((l) => l.name === APPROVED_LABEL)) return "not-approved";
  await setDraft(gh, pr.node_id, true);
  await removeLabel(gh, repo, pr.number, APPROVED_LABEL);
  await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
    ...repo,
    issue_number: pr.number,
    labels: [NEEDS_REVIEW_LABEL],
  });
  await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: pr.number,
    body: `Approval is stale: new commits landed (head is now \`${pr.head.sha.slice(0, 12)}\`). Back to draft; approve the new head with \`/sentry approve ${pr.head.sha.slice(0, 12)}\`.`,
  });
  return "stale";
}

async function removeLabel(gh: GitHub, repo: RepoRef, issueNumber: number, name: string): Promise<void> {
  try {
    await gh.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
      ...repo,
      issue_number: issueNumber,
      name,
    });
  } catch (error) {
    // Already absent is the state we wanted.
    if (statusOf(error) !== 404) throw error;
  }
}
