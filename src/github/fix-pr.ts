import { applyPatch, parsePatch, type StructuredPatch } from "diff";
import type { SentryConfig } from "../core/config.js";
import type { Mode } from "../core/mode.js";
import type { Run } from "../core/run.js";
import { applyDotenvPatch } from "../security/policy/env-patch.js";
import { checkFileChange, checkPatchHeaders } from "../security/policy/patch-policy.js";
import { createWriteGuard, dotenvViewable, normaliseRepoPath } from "../security/policy/path-policy.js";
import { createCommit, type FileChanges, getBranchHead, readFileAt, setBranch } from "./git-data.js";
import type { GitHub, RepoRef } from "./octokit.js";
import { plainText } from "./render/markdown-safe.js";
import { renderPrBody } from "./render/pr-body.js";

export const NEEDS_REVIEW_LABEL = "sentry:needs-review";
export const APPROVED_LABEL = "sentry:approved";
export const FIX_BRANCH_PREFIX = "sentry/fix-";
/** Every bot commit carries it; a branch head without it has a person's work on it and is never overwritten. */
export const RUN_TRAILER = "Sentry-Run:";

export const fixBranch = (incidentId: string) => `${FIX_BRANCH_PREFIX}${incidentId}`;

export interface FixIntent {
  branch: string;
  base: string;
  files: string[];
  title: string;
  draft: boolean;
}

export type FixPrOutcome =
  | {
      status: "opened" | "updated";
      number: number;
      url: string;
      draft: boolean;
      autoMerge: AutoMerge;
      branch: string;
      commitSha: string;
    }
  | { status: "recorded"; intent: FixIntent; reason: string }
  | { status: "refused"; reason: string; paths?: string[] }
  | { status: "no-patch"; reason: string };

export type AutoMerge =
  | { state: "not-requested" }
  | { state: "enabled" }
  | { state: "unavailable"; reason: string };

export interface FixPrArgs {
  run: Run;
  mode: Mode;
  config: SentryConfig;
  baseBranch: string;
  issueNumber?: number;
  /** Link to the run log for the PR body. */
  runUrl?: string;
}

/** `dotenv`: the patch was made against the redacted view and is applied only through applyDotenvPatch. */
type Target = { path: string; isNew: boolean; file: StructuredPatch; dotenv: boolean };
type Planned = { ok: true; targets: Target[] } | { ok: false; reason: string; paths?: string[] };

const stripPrefix = (name: string | undefined) =>
  (name ?? "")
    .split("\t")[0]!
    .trim()
    .replace(/^[ab]\//, "");

/**
 * The patch's files as delivery will write them, judged by the same rules apply_patch used (one path
 * policy, one patch policy): contents only — no deletion, rename or mode change — and no protected path,
 * however it is spelt (`./.github/workflows/…`, `.github//workflows/…`).
 */
function planTargets(patch: string, config: SentryConfig): Planned {
  const headers = checkPatchHeaders(patch);
  if (headers) return { ok: false, reason: headers };
  // The same narrow exception apply_patch has: a dotenv file passes the guard, and is then changed only
  // through its redacted view (applyToBase), with the checks apply_patch ran.
  const guard = createWriteGuard(config.protectedPaths, { dotenvView: true });
  const viewable = dotenvViewable();
  const targets: Target[] = [];
  const blocked: string[] = [];
  for (const file of parsePatch(patch).filter((f) => f.hunks.length > 0)) {
    const oldName = stripPrefix(file.oldFileName);
    const newName = stripPrefix(file.newFileName);
    if (newName === "/dev/null" || newName === "")
      return { ok: false, reason: "deleting files is refused", paths: [oldName] };
    const target = normaliseRepoPath(newName);
    if (!target.ok) return { ok: false, reason: target.reason, paths: [newName] };
    const isNew = oldName === "/dev/null";
    const source = isNew ? target : normaliseRepoPath(oldName);
    if (!source.ok || source.path !== target.path)
      return { ok: false, reason: "renames are refused", paths: [oldName, newName] };
    if (guard(target.path)) blocked.push(target.path);
    targets.push({ path: target.path, isNew, file, dotenv: viewable(target.path) });
  }
  if (blocked.length > 0) return { ok: false, reason: "the patch touches protected paths", paths: blocked };
  return { ok: true, targets };
}

/** Paths a bot PR may never contain: built-in guards, key files, and the repository's own list. */
export function protectedPathsIn(paths: readonly string[], config: SentryConfig): string[] {
  const guard = createWriteGuard(config.protectedPaths);
  return paths.filter((path) => guard(path) !== undefined);
}

async function applyToBase(
  gh: GitHub,
  repo: RepoRef,
  targets: Target[],
  baseSha: string,
): Promise<{ ok: true; changes: FileChanges } | { ok: false; reason: string }> {
  const changes: FileChanges = {};
  for (const { path, isNew, file, dotenv } of targets) {
    const current = isNew ? "" : await readFileAt(gh, repo, path, baseSha);
    if (current === undefined)
      return { ok: false, reason: `${path} does not exist at ${baseSha.slice(0, 7)}` };
    if (isNew && (await readFileAt(gh, repo, path, baseSha)) !== undefined)
      return { ok: false, reason: `${path} already exists at ${baseSha.slice(0, 7)}` };
    if (dotenv) {
      const applied = await applyDotenvPatch(path, isNew ? undefined : current, file);
      if (!applied.ok) return { ok: false, reason: applied.reason };
      changes[path] = applied.content;
      continue;
    }
    const patched = applyPatch(current, file, { fuzzFactor: 0 });
    if (patched === false)
      return { ok: false, reason: `the patch no longer applies to ${path} at ${baseSha.slice(0, 7)}` };
    // The final tree is judged again, with the rules apply_patch used, on what is really committed.
    const refused = checkFileChange(path, isNew ? undefined : current, patched);
    if (refused) return { ok: false, reason: refused };
    changes[path] = patched;
  }
  return { ok: true, changes };
}

async function findOpenPr(gh: GitHub, repo: RepoRef, branch: string) {
  const res = await gh.request("GET /repos/{owner}/{repo}/pulls", {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: "open",
    per_page: 1,
  });
  return res.data[0];
}

/**
 * Delivers a run's patch as a pull request on `sentry/fix-<incident>`, committed through the Git Data API.
 * AUDIT: draft + needs-review label + reviewers, never merged by the bot. ACTIVE: ready, with auto-merge
 * so branch protection and required checks still decide. DISABLED: nothing written, the intent returned.
 */
export async function deliverFixPr(gh: GitHub, repo: RepoRef, args: FixPrArgs): Promise<FixPrOutcome> {
  const { run, mode, config } = args;
  const patch = run.proposal?.patch;
  if (!patch) return { status: "no-patch", reason: "the run proposed no patch" };
  const planned = planTargets(patch, config);
  if (!planned.ok)
    return { status: "refused", reason: planned.reason, ...(planned.paths ? { paths: planned.paths } : {}) };
  if (planned.targets.length === 0) return { status: "no-patch", reason: "the patch holds no hunks" };
  const paths = planned.targets.map((t) => t.path);

  const branch = fixBranch(run.incident.id);
  const title = `fix(${run.diagnosis?.category ?? "incident"}): ${(run.diagnosis?.summary ?? run.incident.title).slice(0, 120)}`;
  const draft = mode !== "ACTIVE";
  if (mode === "DISABLED") {
    return {
      status: "recorded",
      reason: "mode DISABLED: nothing written",
      intent: { branch, base: args.baseBranch, files: paths, title, draft },
    };
  }

  const base = await getBranchHead(gh, repo, args.baseBranch);
  if (!base) return { status: "refused", reason: `base branch ${args.baseBranch} not found` };
  const applied = await applyToBase(gh, repo, planned.targets, base.commitSha);
  if (!applied.ok) return { status: "refused", reason: applied.reason };

  const existing = await getBranchHead(gh, repo, branch);
  if (existing && !existing.message.includes(RUN_TRAILER)) {
    return {
      status: "refused",
      reason: `${branch} has commits that are not the bot's; not overwriting them`,
    };
  }
  const message = `${title}\n\n${plainText(run.proposal?.rationale ?? "", 4_000)}\n\n${RUN_TRAILER} ${run.id}\nSentry-Incident: ${run.incident.id}`;
  const commitSha = await createCommit(gh, repo, { files: applied.changes, message, parent: base });
  // The bot owns its fix branch: a newer proposal replaces the older one (checked above that no person's work is lost).
  await setBranch(gh, repo, branch, commitSha, { exists: existing !== undefined, force: true });

  const body = renderPrBody(run, {
    mode,
    ...(args.issueNumber ? { issueNumber: args.issueNumber } : {}),
    ...(args.runUrl ? { runUrl: args.runUrl } : {}),
  });
  const open = await findOpenPr(gh, repo, branch);
  let number: number;
  let url: string;
  let nodeId: string;
  if (open) {
    await gh.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...repo,
      pull_number: open.number,
      title,
      body,
    });
    ({ number, html_url: url, node_id: nodeId } = open);
  } else {
    const created = await gh.request("POST /repos/{owner}/{repo}/pulls", {
      ...repo,
      title,
      head: branch,
      base: args.baseBranch,
      body,
      draft,
    });
    ({ number, html_url: url, node_id: nodeId } = created.data);
  }
  if (mode === "AUDIT") {
    if (open && !open.draft) await setDraft(gh, nodeId, true);
    await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...repo,
      issue_number: number,
      labels: [NEEDS_REVIEW_LABEL],
    });
    await requestReviewers(gh, repo, number, config.reviewers);
    return {
      status: open ? "updated" : "opened",
      number,
      url,
      draft: true,
      autoMerge: { state: "not-requested" },
      branch,
      commitSha,
    };
  }
  const autoMerge = await enableAutoMerge(gh, nodeId);
  return { status: open ? "updated" : "opened", number, url, draft: false, autoMerge, branch, commitSha };
}

/** `org/team` entries are team reviewers; plain logins are users. */
async function requestReviewers(gh: GitHub, repo: RepoRef, number: number, reviewers: readonly string[]) {
  if (reviewers.length === 0) return;
  const teams = reviewers.filter((r) => r.includes("/")).map((r) => r.split("/")[1]!);
  const users = reviewers.filter((r) => !r.includes("/"));
  await gh.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
    ...repo,
    pull_number: number,
    reviewers: users,
    team_reviewers: teams,
  });
}

/** Auto-merge is repository opt-in; when it is off the PR still stands, ready for a person to merge. */
async function enableAutoMerge(gh: GitHub, pullRequestId: string): Promise<AutoMerge> {
  try {
    await gh.graphql(
      `mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) { clientMutationId } }`,
      { id: pullRequestId },
    );
    return { state: "enabled" };
  } catch (error) {
    return { state: "unavailable", reason: error instanceof Error ? error.message : String(error) };
  }
}

/** REST cannot move a PR between draft and ready; GraphQL can. */
export async function setDraft(gh: GitHub, pullRequestId: string, draft: boolean): Promise<void> {
  const mutation = draft
    ? `mutation($id: ID!) { convertPullRequestToDraft(input: { pullRequestId: $id }) { clientMutationId } }`
    : `mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { clientMutationId } }`;
  await gh.graphql(mutation, { id: pullRequestId });
}
