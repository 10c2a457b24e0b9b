import type { GitHub, RepoRef } from "./octokit.js";
import { statusOf } from "./octokit.js";

/**
 * Commits made through the Git Data API (blobs, tree, commit, ref) rather than a local git: GitHub signs
 * them as the app, and no clone or credential ever touches the runner's disk.
 */

/** New file contents by path; `null` deletes the file. */
export type FileChanges = Record<string, string | null>;

export interface Head {
  commitSha: string;
  treeSha: string;
  /** The head commit's message: tells a bot commit (with our trailer) from a person's. */
  message: string;
}

export async function getBranchHead(gh: GitHub, repo: RepoRef, branch: string): Promise<Head | undefined> {
  try {
    const ref = await gh.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      ...repo,
      ref: `heads/${branch}`,
    });
    const commit = await gh.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
      ...repo,
      commit_sha: ref.data.object.sha,
    });
    return { commitSha: ref.data.object.sha, treeSha: commit.data.tree.sha, message: commit.data.message };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** A file's text at a ref, or undefined when it does not exist there. Raw media type: up to 100 MB. */
export async function readFileAt(
  gh: GitHub,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | undefined> {
  try {
    const res = await gh.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...repo,
      path,
      ref,
      mediaType: { format: "raw" },
    });
    return typeof res.data === "string"
      ? res.data
      : Buffer.from(res.data as unknown as ArrayBuffer).toString("utf8");
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

export async function createCommit(
  gh: GitHub,
  repo: RepoRef,
  args: { files: FileChanges; message: string; parent?: Head },
): Promise<string> {
  const tree = await gh.request("POST /repos/{owner}/{repo}/git/trees", {
    ...repo,
    ...(args.parent ? { base_tree: args.parent.treeSha } : {}),
    tree: Object.entries(args.files).map(([path, content]) =>
      content === null
        ? { path, mode: "100644" as const, type: "blob" as const, sha: null }
        : { path, mode: "100644" as const, type: "blob" as const, content },
    ),
  });
  const commit = await gh.request("POST /repos/{owner}/{repo}/git/commits", {
    ...repo,
    message: args.message,
    tree: tree.data.sha,
    parents: args.parent ? [args.parent.commitSha] : [],
  });
  return commit.data.sha;
}

/** Points a branch at a commit. `force: false` makes GitHub refuse (422) when someone moved it meanwhile. */
export async function setBranch(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  sha: string,
  mode: { exists: boolean; force: boolean },
): Promise<void> {
  if (mode.exists) {
    await gh.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
      ...repo,
      ref: `heads/${branch}`,
      sha,
      force: mode.force,
    });
  } else {
    await gh.request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: `refs/heads/${branch}`, sha });
  }
}

export type AppendOutcome = { status: "committed"; sha: string; attempts: number } | { status: "unchanged" };

/**
 * Appends one commit to a branch, creating the branch on first use. `build` sees the current head and
 * returns the files to write; on a ref-update conflict (another writer got there first: 422, or 409 on a
 * just-created branch) it runs again on the new head, so concurrent writers queue up instead of forking.
 */
export async function appendCommit(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  build: (head: Head | undefined) => Promise<{ files: FileChanges; message: string } | undefined>,
  maxAttempts = 5,
): Promise<AppendOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    const head = await getBranchHead(gh, repo, branch);
    const change = await build(head);
    if (!change) return { status: "unchanged" };
    const sha = await createCommit(gh, repo, { ...change, ...(head ? { parent: head } : {}) });
    try {
      await setBranch(gh, repo, branch, sha, { exists: head !== undefined, force: false });
      return { status: "committed", sha, attempts: attempt };
    } catch (error) {
      const status = statusOf(error);
      if ((status !== 422 && status !== 409) || attempt >= maxAttempts) throw error;
    }
  }
}
