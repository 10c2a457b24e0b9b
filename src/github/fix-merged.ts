import { FIX_BRANCH_PREFIX } from "./fix-pr.js";
import { resolveIncidentIssue } from "./incident-issue.js";
import type { GitHub, RepoRef } from "./octokit.js";
import { FIX_MARKER_PREFIX } from "./render/pr-body.js";

export type MergedOutcome =
  | { status: "resolved"; issueNumber: number }
  | { status: "kept-open"; reason: string }
  | { status: "not-ours" };

/**
 * A merged fix closes its incident only when the run verified it: an unverified fix that merges is a
 * person's call, and the incident stays open until the alert resolves.
 */
export async function onFixMerged(
  gh: GitHub,
  repo: RepoRef,
  pr: { merged: boolean; body: string | null; head: { ref: string } },
): Promise<MergedOutcome> {
  if (!pr.merged || !pr.head.ref.startsWith(FIX_BRANCH_PREFIX)) return { status: "not-ours" };
  const body = pr.body ?? "";
  const marker = body.split("\n").find((line) => line.startsWith(FIX_MARKER_PREFIX));
  if (!marker) return { status: "not-ours" };
  if (!marker.includes("verification=passed"))
    return { status: "kept-open", reason: "the fix was not verified" };
  const issue = /(?:Fixes|Refs) #(\d+)/.exec(body);
  if (!issue) return { status: "kept-open", reason: "no linked incident issue" };
  const issueNumber = Number(issue[1]);
  const current = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
    ...repo,
    issue_number: issueNumber,
  });
  if (current.data.state === "closed") return { status: "resolved", issueNumber };
  const severity = current.data.labels
    .map((l) => (typeof l === "string" ? l : (l.name ?? "")))
    .find((name) => /^severity:P[1-4]$/.test(name))
    ?.slice("severity:".length) as "P1" | "P2" | "P3" | "P4" | undefined;
  await resolveIncidentIssue(gh, repo, issueNumber, severity ?? "P3", "the verified fix was merged");
  return { status: "resolved", issueNumber };
}
