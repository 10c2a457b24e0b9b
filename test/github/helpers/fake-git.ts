import { createHash } from "node:crypto";
import type nock from "nock";

/**
 * A small in-memory Git Data API behind nock (refs, commits, trees with inline content, raw contents),
 * enough to drive real commit sequences: fast-forward checks return 422 like GitHub does.
 */
export interface FakeGit {
  refs: Map<string, string>;
  commits: Map<string, { tree: string; parents: string[]; message: string }>;
  trees: Map<string, Map<string, string>>;
  /** Runs before a ref update is applied: lets a test slip in a concurrent writer. */
  beforeRefUpdate?: ((branch: string) => void) | undefined;
  fileAt(branch: string, path: string): string | undefined;
  commitOn(branch: string, files: Record<string, string>, message: string): string;
}

const sha = (text: string) => createHash("sha1").update(text).digest("hex");

export function installFakeGit(scope: nock.Scope, owner: string, repo: string): FakeGit {
  const base = `/repos/${owner}/${repo}`;
  const git: FakeGit = {
    refs: new Map(),
    commits: new Map(),
    trees: new Map(),
    fileAt(branch, path) {
      const head = git.refs.get(branch);
      const tree = head ? git.trees.get(git.commits.get(head)!.tree) : undefined;
      return tree?.get(path);
    },
    commitOn(branch, files, message) {
      const parent = git.refs.get(branch);
      const treeFiles = new Map(parent ? git.trees.get(git.commits.get(parent)!.tree) : []);
      for (const [path, content] of Object.entries(files)) treeFiles.set(path, content);
      const treeSha = sha(JSON.stringify([...treeFiles]));
      git.trees.set(treeSha, treeFiles);
      const commitSha = sha(`${treeSha}${parent}${message}${Math.random()}`);
      git.commits.set(commitSha, { tree: treeSha, parents: parent ? [parent] : [], message });
      git.refs.set(branch, commitSha);
      return commitSha;
    },
  };
  const branchOf = (uri: string, prefix: string) =>
    decodeURIComponent(uri.split("?")[0]!.slice(prefix.length));

  scope
    .persist()
    .get((uri) => uri.startsWith(`${base}/git/ref/`))
    .reply((uri) => {
      const branch = branchOf(uri, `${base}/git/ref/`).replace(/^heads\//, "");
      const head = git.refs.get(branch);
      return head
        ? [200, { ref: `refs/heads/${branch}`, object: { sha: head, type: "commit" } }]
        : [404, { message: "Not Found" }];
    })
    .get((uri) => uri.startsWith(`${base}/git/commits/`))
    .reply((uri) => {
      const commitSha = branchOf(uri, `${base}/git/commits/`);
      const commit = git.commits.get(commitSha);
      return commit
        ? [
            200,
            {
              sha: commitSha,
              tree: { sha: commit.tree },
              message: commit.message,
              parents: commit.parents.map((p) => ({ sha: p })),
            },
          ]
        : [404, { message: "Not Found" }];
    })
    .get((uri) => uri.split("?")[0] === `${base}/commits`)
    .reply((uri) => {
      // GitHub's commit list: newest first along the history of `sha`, only commits that changed `path`.
      const query = new URL(uri, "https://x").searchParams;
      const path = query.get("path");
      const perPage = Number(query.get("per_page") ?? 30);
      const listed: unknown[] = [];
      let at: string | undefined = git.commits.has(query.get("sha") ?? "")
        ? query.get("sha")!
        : git.refs.get(query.get("sha") ?? "main");
      while (at && listed.length < perPage) {
        const commit = git.commits.get(at);
        if (!commit) break;
        const parent = commit.parents[0];
        const before = parent ? git.trees.get(git.commits.get(parent)!.tree)?.get(path ?? "") : undefined;
        const now = git.trees.get(commit.tree)?.get(path ?? "");
        if (!path || before !== now)
          listed.push({
            sha: at,
            commit: { message: commit.message },
            parents: commit.parents.map((p) => ({ sha: p })),
          });
        at = parent;
      }
      return [200, listed];
    })
    .get((uri) => uri.startsWith(`${base}/contents/`))
    .reply((uri) => {
      const path = branchOf(uri, `${base}/contents/`);
      const ref = new URL(uri, "https://x").searchParams.get("ref") ?? "main";
      const commit = git.commits.get(ref) ?? git.commits.get(git.refs.get(ref) ?? "");
      const content = commit ? git.trees.get(commit.tree)?.get(path) : undefined;
      return content === undefined ? [404, { message: "Not Found" }] : [200, content];
    })
    .post(`${base}/git/trees`)
    .reply((_uri, body) => {
      const { base_tree, tree } = body as {
        base_tree?: string;
        tree: { path: string; content?: string; sha?: null }[];
      };
      const files = new Map(base_tree ? git.trees.get(base_tree) : []);
      for (const entry of tree) {
        if (entry.content === undefined) files.delete(entry.path);
        else files.set(entry.path, entry.content);
      }
      const treeSha = sha(JSON.stringify([...files]));
      git.trees.set(treeSha, files);
      return [201, { sha: treeSha, tree: [] }];
    })
    .post(`${base}/git/commits`)
    .reply((_uri, body) => {
      const { tree, parents, message } = body as { tree: string; parents: string[]; message: string };
      const commitSha = sha(`${tree}${parents.join()}${message}${Math.random()}`);
      git.commits.set(commitSha, { tree, parents, message });
      return [201, { sha: commitSha, tree: { sha: tree } }];
    })
    .post(`${base}/git/refs`)
    .reply((_uri, body) => {
      const { ref, sha: target } = body as { ref: string; sha: string };
      const branch = ref.replace(/^refs\/heads\//, "");
      git.beforeRefUpdate?.(branch);
      if (git.refs.has(branch)) return [422, { message: "Reference already exists" }];
      git.refs.set(branch, target);
      return [201, { ref, object: { sha: target } }];
    })
    .patch((uri) => uri.startsWith(`${base}/git/refs/`))
    .reply((uri, body) => {
      const branch = branchOf(uri, `${base}/git/refs/`).replace(/^heads\//, "");
      const { sha: target, force } = body as { sha: string; force?: boolean };
      git.beforeRefUpdate?.(branch);
      const current = git.refs.get(branch);
      if (!current) return [422, { message: "Reference does not exist" }];
      if (!force && !git.commits.get(target)?.parents.includes(current)) {
        return [422, { message: "Update is not a fast forward" }];
      }
      git.refs.set(branch, target);
      return [200, { ref: `refs/heads/${branch}`, object: { sha: target } }];
    });
  return git;
}
