import type nock from "nock";
import type { FakeGit } from "./fake-git.js";
import type { FakeIssues } from "./fake-issues.js";

export interface FakePull {
  number: number;
  node_id: string;
  title: string;
  body: string;
  head: string;
  base: string;
  draft: boolean;
  state: "open" | "closed";
  reviewers: string[];
  teamReviewers: string[];
  autoMerge: boolean;
}
export interface FakePulls {
  pulls: Map<number, FakePull>;
  graphql: { query: string; variables: Record<string, unknown> }[];
  /** Make enablePullRequestAutoMerge fail like a repository without auto-merge allowed. */
  autoMergeDisabled: boolean;
}

/** Pull requests share numbers (and labels) with issues, as on GitHub. Head shas come from the fake git. */
export function installFakePulls(
  scope: nock.Scope,
  owner: string,
  repo: string,
  issues: FakeIssues,
  git: FakeGit,
): FakePulls {
  const base = `/repos/${owner}/${repo}`;
  const fake: FakePulls = { pulls: new Map(), graphql: [], autoMergeDisabled: false };
  const view = (p: FakePull) => ({
    number: p.number,
    node_id: p.node_id,
    html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
    title: p.title,
    body: p.body,
    draft: p.draft,
    state: p.state,
    head: { ref: p.head, sha: git.refs.get(p.head) ?? "0".repeat(40) },
    base: { ref: p.base },
    labels: (issues.issues.get(p.number)?.labels ?? []).map((name) => ({ name })),
  });
  const byNode = (id: unknown) => [...fake.pulls.values()].find((p) => p.node_id === id);

  scope
    .persist()
    .get((uri) => uri.split("?")[0] === `${base}/pulls`)
    .reply((uri) => {
      const head = new URL(uri, "https://x").searchParams.get("head")?.split(":")[1];
      return [
        200,
        [...fake.pulls.values()].filter((p) => p.state === "open" && (!head || p.head === head)).map(view),
      ];
    })
    .post(`${base}/pulls`)
    .reply((_uri, body) => {
      const b = body as { title: string; head: string; base: string; body?: string; draft?: boolean };
      const number = issues.nextNumber++;
      const pull: FakePull = {
        number,
        node_id: `PR_${number}`,
        title: b.title,
        body: b.body ?? "",
        head: b.head,
        base: b.base,
        draft: b.draft ?? false,
        state: "open",
        reviewers: [],
        teamReviewers: [],
        autoMerge: false,
      };
      fake.pulls.set(number, pull);
      issues.issues.set(number, {
        number,
        title: b.title,
        body: pull.body,
        state: "open",
        labels: [],
        pull_request: {},
      });
      return [201, view(pull)];
    })
    .get((uri) => /\/pulls\/\d+$/.test(uri))
    .reply((uri) => {
      const pull = fake.pulls.get(Number(uri.split("/").at(-1)));
      return pull ? [200, view(pull)] : [404, { message: "Not Found" }];
    })
    .patch((uri) => /\/pulls\/\d+$/.test(uri))
    .reply((uri, body) => {
      const pull = fake.pulls.get(Number(uri.split("/").at(-1)))!;
      Object.assign(pull, body as object);
      return [200, view(pull)];
    })
    .post((uri) => /\/pulls\/\d+\/requested_reviewers$/.test(uri))
    .reply((uri, body) => {
      const pull = fake.pulls.get(Number(uri.split("/").at(-2)))!;
      const b = body as { reviewers?: string[]; team_reviewers?: string[] };
      pull.reviewers.push(...(b.reviewers ?? []));
      pull.teamReviewers.push(...(b.team_reviewers ?? []));
      return [201, view(pull)];
    })
    .post("/graphql")
    .reply((_uri, body) => {
      const b = body as { query: string; variables: Record<string, unknown> };
      fake.graphql.push(b);
      const pull = byNode(b.variables.id);
      if (!pull) return [200, { errors: [{ message: "Could not resolve to a node" }] }];
      if (b.query.includes("enablePullRequestAutoMerge")) {
        if (fake.autoMergeDisabled)
          return [200, { errors: [{ message: "Auto merge is not allowed for this repository" }] }];
        pull.autoMerge = true;
      }
      if (b.query.includes("markPullRequestReadyForReview")) pull.draft = false;
      if (b.query.includes("convertPullRequestToDraft")) pull.draft = true;
      return [200, { data: {} }];
    });
  return fake;
}
