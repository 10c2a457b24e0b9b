import { describe, expect, it } from "vitest";
import { type SentryConfig, SentryConfigSchema } from "../../src/core/config.js";
import type { Mode } from "../../src/core/mode.js";
import { approveFix, invalidateApproval } from "../../src/github/approve.js";
import { deliverFixPr } from "../../src/github/fix-pr.js";
import { createOctokit } from "../../src/github/octokit.js";
import { makeRun } from "../fixtures/github/run-fixture.js";
import { installFakeGit } from "./helpers/fake-git.js";
import { installFakeIssues } from "./helpers/fake-issues.js";
import { installFakePulls } from "./helpers/fake-pulls.js";
import { githubApi } from "./helpers/github-nock.js";

const repo = { owner: "acme", repo: "shop" };
const gh = () => createOctokit({ auth: "t", throttle: false, retries: 0 });
const config = (extra: object = {}): SentryConfig =>
  SentryConfigSchema.parse({ reviewers: ["alice", "acme/sre"], ...extra });

function world() {
  const scope = githubApi();
  const git = installFakeGit(scope, "acme", "shop");
  const issues = installFakeIssues(scope, "acme", "shop");
  const pulls = installFakePulls(scope, "acme", "shop", issues, git);
  git.commitOn(
    "main",
    { "config/logrotate.conf": "/var/log/checkout/*.log {\n  rotate 52\n  daily\n}\n" },
    "initial",
  );
  issues.nextNumber = 7;
  return { git, issues, pulls };
}

const deliver = (mode: Mode, cfg = config()) =>
  deliverFixPr(gh(), repo, { run: makeRun({ mode }), mode, config: cfg, baseBranch: "main", issueNumber: 3 });

describe("fix pull requests", () => {
  it("AUDIT: a draft on sentry/fix-<incident>, committed via the Git Data API, labelled, reviewers requested", async () => {
    const { git, issues, pulls } = world();
    const outcome = await deliver("AUDIT");
    expect(outcome).toMatchObject({ status: "opened", draft: true, branch: "sentry/fix-inc-3f2a9c1b7d40" });
    expect(git.fileAt("sentry/fix-inc-3f2a9c1b7d40", "config/logrotate.conf")).toContain("rotate 7");
    expect(git.fileAt("main", "config/logrotate.conf")).toContain("rotate 52");
    const commit = git.commits.get(git.refs.get("sentry/fix-inc-3f2a9c1b7d40")!)!;
    expect(commit.parents).toEqual([git.refs.get("main")]);
    const pr = pulls.pulls.get(7)!;
    expect(pr).toMatchObject({ draft: true, reviewers: ["alice"], teamReviewers: ["sre"], autoMerge: false });
    expect(pr.body).toContain("Refs #3");
    expect(pr.body).not.toContain("Fixes #3");
    expect(pr.body).toContain("**Risk.** low");
    expect(pr.body).toContain("**Verification: passed.**");
    expect(issues.issues.get(7)!.labels).toEqual(["sentry:needs-review"]);
    expect(pulls.graphql).toHaveLength(0);
  });

  it("ACTIVE: a ready PR that closes the issue, with auto-merge enabled through GraphQL", async () => {
    const { pulls } = world();
    const outcome = await deliver("ACTIVE");
    expect(outcome).toMatchObject({ status: "opened", draft: false, autoMerge: { state: "enabled" } });
    const pr = pulls.pulls.get(7)!;
    expect(pr).toMatchObject({ draft: false, autoMerge: true });
    expect(pr.body).toContain("Fixes #3");
    expect(pulls.graphql[0]!.query).toContain("enablePullRequestAutoMerge");
  });

  it("ACTIVE without auto-merge allowed: the PR stands and the reason is reported", async () => {
    const { pulls } = world();
    pulls.autoMergeDisabled = true;
    const outcome = await deliver("ACTIVE");
    expect(outcome).toMatchObject({
      status: "opened",
      autoMerge: { state: "unavailable", reason: expect.stringContaining("not allowed") },
    });
  });

  it("DISABLED: nothing written, the intent recorded", async () => {
    const { git, pulls } = world();
    const before = git.refs.size;
    const outcome = await deliver("DISABLED");
    expect(outcome).toMatchObject({
      status: "recorded",
      intent: { branch: "sentry/fix-inc-3f2a9c1b7d40", files: ["config/logrotate.conf"] },
    });
    expect(git.refs.size).toBe(before);
    expect(pulls.pulls.size).toBe(0);
  });

  it("protected paths from config (and the built-in ones) are never in a bot PR", async () => {
    const { git, pulls } = world();
    expect(await deliver("ACTIVE", config({ protectedPaths: ["config/**"] }))).toMatchObject({
      status: "refused",
      paths: ["config/logrotate.conf"],
    });
    const workflowPatch =
      "--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n@@ -1 +1 @@\n-a\n+b\n";
    const base = makeRun();
    const run = makeRun({ proposal: { ...base.proposal!, patch: workflowPatch } });
    const outcome = await deliverFixPr(gh(), repo, {
      run,
      mode: "ACTIVE",
      config: config(),
      baseBranch: "main",
    });
    expect(outcome).toMatchObject({ status: "refused", paths: [".github/workflows/ci.yml"] });
    expect(git.refs.has("sentry/fix-inc-3f2a9c1b7d40")).toBe(false);
    expect(pulls.pulls.size).toBe(0);
  });

  it("a second run updates the same PR instead of opening another; a person's commits are never overwritten", async () => {
    const { git, pulls } = world();
    await deliver("AUDIT");
    expect(await deliver("AUDIT")).toMatchObject({ status: "updated", number: 7 });
    expect(pulls.pulls.size).toBe(1);
    git.commitOn("sentry/fix-inc-3f2a9c1b7d40", { "notes.md": "mine" }, "a person's follow-up");
    expect(await deliver("AUDIT")).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("not the bot's"),
    });
  });
});

describe("approve by sha", () => {
  it("marks the draft ready when the sha is the head; refuses a stale sha; new commits make an approval stale", async () => {
    const { git, issues, pulls } = world();
    const opened = await deliver("AUDIT");
    if (opened.status !== "opened") throw new Error(opened.status);
    expect(await approveFix(gh(), repo, 7, "deadbeef", "bob")).toMatchObject({
      status: "stale",
      headSha: opened.commitSha,
    });
    expect(pulls.pulls.get(7)!.draft).toBe(true);

    expect(await approveFix(gh(), repo, 7, opened.commitSha.slice(0, 10), "bob")).toMatchObject({
      status: "approved",
    });
    expect(pulls.pulls.get(7)!.draft).toBe(false);
    expect(issues.issues.get(7)!.labels).toEqual(["sentry:approved"]);
    expect(issues.comments.at(-1)!.body).toContain("Approved by @bob");

    git.commitOn("sentry/fix-inc-3f2a9c1b7d40", { "x.txt": "new" }, "push after approval");
    const pr = pulls.pulls.get(7)!;
    const outcome = await invalidateApproval(gh(), repo, {
      number: 7,
      node_id: pr.node_id,
      head: { ref: pr.head, sha: git.refs.get(pr.head)! },
      labels: issues.issues.get(7)!.labels.map((name) => ({ name })),
    });
    expect(outcome).toBe("stale");
    expect(pulls.pulls.get(7)!.draft).toBe(true);
    expect(issues.issues.get(7)!.labels).toEqual(["sentry:needs-review"]);
    expect(await approveFix(gh(), repo, 7, opened.commitSha, "bob")).toMatchObject({ status: "stale" });
  });

  it("refuses PRs that are not Claude Sentry fixes", async () => {
    const { pulls } = world();
    pulls.pulls.set(5, {
      number: 5,
      node_id: "PR_5",
      title: "x",
      body: "",
      head: "feature",
      base: "main",
      draft: true,
      state: "open",
      reviewers: [],
      teamReviewers: [],
      autoMerge: false,
    });
    expect(await approveFix(gh(), repo, 5, "abcdef1", "bob")).toMatchObject({ status: "invalid" });
  });
});
