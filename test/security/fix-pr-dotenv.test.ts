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
 * Delivery agrees with apply_patch on dotenv files: the Run's patch was made against the redacted view, is
 * applied to the file at the base commit through that view, and the commit keeps its secrets as they were.
 */
const repo = { owner: "acme", repo: "shop" };
const ENV = "DATABASE_HOST=localhost\nDB_PASSWORD=hunter2-correct-horse\nLOG_LEVEL=info\n";
const VIEW = "DATABASE_HOST=localhost\nDB_PASSWORD=[REDACTED:secret]\nLOG_LEVEL=info\n";

async function deliver(patch: string) {
  const scope = githubApi();
  const git = installFakeGit(scope, "acme", "shop");
  const issues = installFakeIssues(scope, "acme", "shop");
  const pulls = installFakePulls(scope, "acme", "shop", issues, git);
  git.commitOn("main", { ".env": ENV, "secrets.env": "TOKEN=x\n" }, "initial");
  const base = makeRun();
  const outcome = await deliverFixPr(createOctokit({ auth: "t", throttle: false, retries: 0 }), repo, {
    run: makeRun({ proposal: { ...base.proposal!, patch } }),
    mode: "AUDIT",
    config: SentryConfigSchema.parse({}),
    baseBranch: "main",
  });
  return { outcome, git, pulls };
}

describe("the fix PR on a dotenv file", () => {
  it("delivers a change to a non-secret line and commits the file with its secrets intact", async () => {
    const patch = createTwoFilesPatch("a/.env", "b/.env", VIEW, VIEW.replace("=localhost", "=db"));
    const { outcome, git } = await deliver(patch);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: "opened" });
    expect(git.fileAt("sentry/fix-inc-3f2a9c1b7d40", ".env")).toBe(ENV.replace("=localhost", "=db"));
  });

  const hostile: [string, string, RegExp][] = [
    [
      "change the redacted line",
      createTwoFilesPatch("a/.env", "b/.env", VIEW, VIEW.replace("[REDACTED:secret]", "pwned")),
      /redacted value/,
    ],
    ["add a token", createTwoFilesPatch("a/.env", "b/.env", VIEW, `${VIEW}API_TOKEN=x\n`), /names a secret/],
    [
      "touch a file that is secret by another name",
      createTwoFilesPatch("a/secrets.env", "b/secrets.env", "TOKEN=x\n", "TOKEN=y\n"),
      /protected paths/,
    ],
  ];
  for (const [name, patch, reason] of hostile) {
    it(`refuses to ${name} and writes nothing`, async () => {
      const { outcome, git, pulls } = await deliver(patch);
      expect(outcome.status).toBe("refused");
      expect(outcome.status === "refused" && outcome.reason).toMatch(reason);
      expect(pulls.pulls.size).toBe(0);
      expect(git.fileAt("main", ".env")).toBe(ENV);
    });
  }
});
