import { describe, expect, it } from "vitest";
import { SentryConfigSchema } from "../../src/core/config.js";
import { commentEventFromPayload } from "../../src/github/chatops/comment-event.js";
import {
  type ChatOpsDeps,
  type CommentEvent,
  handleComment,
} from "../../src/github/chatops/handle-comment.js";
import { parseCommand } from "../../src/github/chatops/parse-command.js";
import { createOctokit } from "../../src/github/octokit.js";
import { installFakeGit } from "./helpers/fake-git.js";
import { installFakeIssues } from "./helpers/fake-issues.js";
import { installFakePulls } from "./helpers/fake-pulls.js";
import { githubApi } from "./helpers/github-nock.js";
import { commentPayload } from "./helpers/payloads.js";

const PERMISSIONS: Record<string, string> = { alice: "admin", carol: "write", dave: "read" };

function world() {
  const scope = githubApi();
  const git = installFakeGit(scope, "acme", "shop");
  const issues = installFakeIssues(scope, "acme", "shop");
  const pulls = installFakePulls(scope, "acme", "shop", issues, git);
  git.commitOn("main", { "README.md": "shop\n" }, "initial");
  scope
    .persist()
    .get(/\/repos\/acme\/shop\/collaborators\/[^/]+\/permission/)
    .reply((uri) => {
      const user = uri.split("/").at(-2)!;
      const permission = PERMISSIONS[user];
      return permission
        ? [200, { permission, role_name: permission, user: { login: user } }]
        : [404, { message: "Not Found" }];
    });
  const runs: { event: CommentEvent; fix: boolean }[] = [];
  const deps: ChatOpsDeps = {
    gh: createOctokit({ auth: "t", throttle: false, retries: 0 }),
    config: SentryConfigSchema.parse({}),
    defaultBranch: "main",
    appSlug: "claude-sentry[bot]",
    clock: () => new Date("2026-11-24T03:00:00Z"),
    runOnIssue: async (event, fix) => {
      runs.push({ event, fix });
      return fix ? "Diagnosed; fix PR opened." : "Diagnosed.";
    },
  };
  return { git, issues, pulls, deps, runs };
}

function event(body: string, opts: Parameters<typeof commentPayload>[1] = {}): CommentEvent {
  const parsed = commentEventFromPayload(commentPayload(body, opts));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.event;
}

describe("command parsing", () => {
  it("reads the first command line, ignores quotes and code, and calls anything malformed unknown", () => {
    expect(parseCommand("please look\n/sentry diagnose")).toEqual({ kind: "command", name: "diagnose" });
    expect(parseCommand("/sentry approve ABCDEF1")).toEqual({
      kind: "command",
      name: "approve",
      sha: "abcdef1",
    });
    expect(parseCommand("/sentry mode active")).toEqual({ kind: "command", name: "mode", mode: "ACTIVE" });
    expect(parseCommand("> /sentry stop\n```\n/sentry stop\n```")).toEqual({ kind: "none" });
    expect(parseCommand("/sentry approve main")).toMatchObject({ kind: "unknown" });
    expect(parseCommand("/sentry mode disabled")).toMatchObject({ kind: "unknown" });
    expect(parseCommand("/sentry rm -rf")).toMatchObject({ kind: "unknown" });
    expect(parseCommand("/sentryx diagnose")).toEqual({ kind: "none" });
  });
});

describe("ChatOps", () => {
  it("diagnose and fix: acknowledged with a reaction at once, run, and answered", async () => {
    const { deps, issues, runs } = world();
    expect(await handleComment(deps, event("/sentry diagnose"))).toMatchObject({
      status: "done",
      command: "diagnose",
    });
    expect(issues.reactions).toEqual([{ commentId: 492700400, content: "eyes" }]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ fix: false, event: { issue: { title: "Checkout is returning 500s" } } });
    expect(issues.comments.at(-1)!.body).toBe("Diagnosed.");
    expect(await handleComment(deps, event("/sentry fix"))).toMatchObject({ status: "done", command: "fix" });
    expect(runs[1]!.fix).toBe(true);
  });

  it("refuses each command to users without the permission it needs, checked through the API", async () => {
    const { deps, issues, runs } = world();
    for (const command of ["diagnose", "fix", "approve abcdef1", "status", "help"]) {
      const outcome = await handleComment(deps, event(`/sentry ${command}`, { login: "dave" }));
      expect(outcome).toMatchObject({ status: "denied", reason: expect.stringContaining("needs write") });
    }
    expect(await handleComment(deps, event("/sentry diagnose", { login: "mallory" }))).toMatchObject({
      status: "denied",
      reason: expect.stringContaining("you have none"),
    });
    for (const command of ["stop", "resume", "mode active"]) {
      const outcome = await handleComment(deps, event(`/sentry ${command}`, { login: "carol" }));
      expect(outcome).toMatchObject({ status: "denied", reason: expect.stringContaining("needs admin") });
    }
    expect(runs).toHaveLength(0);
    expect(issues.comments.at(-1)!.body).toContain("@carol");
  });

  it("ignores bots, the app itself, and comments without a command; no reaction, no reply", async () => {
    const { deps, issues } = world();
    expect(
      await handleComment(deps, event("/sentry diagnose", { login: "dependabot[bot]", type: "Bot" })),
    ).toMatchObject({ status: "ignored" });
    expect(
      await handleComment(deps, event("/sentry diagnose", { login: "claude-sentry[bot]", type: "User" })),
    ).toMatchObject({ status: "ignored" });
    expect(await handleComment(deps, event("thanks!"))).toMatchObject({ status: "ignored" });
    expect(issues.reactions).toHaveLength(0);
    expect(issues.comments).toHaveLength(0);
  });

  it("unknown commands and help get the command table", async () => {
    const { deps, issues } = world();
    await handleComment(deps, event("/sentry reboot prod"));
    expect(issues.comments.at(-1)!.body).toContain("Unknown command");
    expect(issues.comments.at(-1)!.body).toContain("/sentry approve <head-sha>");
    await handleComment(deps, event("/sentry help"));
    expect(issues.comments.at(-1)!.body).toContain(
      "| `/sentry stop` / `/sentry resume` | halt / resume every write | admin |",
    );
  });

  it("stop halts runs at once (kill switch), resume lifts it, status reports it; mode switches", async () => {
    const { deps, runs, git, issues } = world();
    expect(await handleComment(deps, event("/sentry stop", { login: "alice" }))).toMatchObject({
      status: "done",
    });
    expect(JSON.parse(git.fileAt("sentry/audit", "control.json")!)).toMatchObject({
      stopped: true,
      updatedBy: "alice",
    });
    expect(await handleComment(deps, event("/sentry diagnose"))).toMatchObject({
      status: "halted",
      reason: expect.stringContaining("stopped by alice"),
    });
    await handleComment(deps, event("/sentry status"));
    expect(issues.comments.at(-1)!.body).toContain("Writes are halted");
    await handleComment(deps, event("/sentry resume", { login: "alice" }));
    // control.json is on a branch any writer can push to: it may lower the mode, never lift it past the config.
    await handleComment(deps, event("/sentry mode active", { login: "alice" }));
    expect(issues.comments.at(-1)!.body).toContain("runs stay at **AUDIT**");
    await handleComment(deps, event("/sentry status"));
    expect(issues.comments.at(-1)!.body).toContain("mode **AUDIT** (set by alice)");
    deps.config = SentryConfigSchema.parse({ mode: "ACTIVE" });
    await handleComment(deps, event("/sentry status"));
    expect(issues.comments.at(-1)!.body).toContain("mode **ACTIVE** (set by alice)");
    await handleComment(deps, event("/sentry mode audit", { login: "alice" }));
    await handleComment(deps, event("/sentry status"));
    expect(issues.comments.at(-1)!.body).toContain("mode **AUDIT** (set by alice)");
    await handleComment(deps, event("/sentry mode active", { login: "alice" }));
    expect(await handleComment(deps, event("/sentry diagnose"))).toMatchObject({ status: "done" });
    expect(runs).toHaveLength(1);
  });

  it("a STOP_SENTRY file on the default branch halts runs and approvals", async () => {
    const { deps, git, runs } = world();
    git.commitOn("main", { STOP_SENTRY: "incident review in progress\n" }, "stop");
    expect(await handleComment(deps, event("/sentry fix"))).toMatchObject({
      status: "halted",
      reason: expect.stringContaining("STOP_SENTRY"),
    });
    expect(await handleComment(deps, event("/sentry approve abcdef1", { pr: true }))).toMatchObject({
      status: "halted",
    });
    expect(runs).toHaveLength(0);
  });

  it("approve on a fix PR: the head sha marks it ready, an old sha is refused as stale", async () => {
    const { deps, git, pulls, issues } = world();
    git.commitOn("sentry/fix-inc-1", { "a.txt": "x" }, "fix\n\nSentry-Run: r1");
    pulls.pulls.set(1, {
      number: 1,
      node_id: "PR_1",
      title: "fix",
      body: "",
      head: "sentry/fix-inc-1",
      base: "main",
      draft: true,
      state: "open",
      reviewers: [],
      teamReviewers: [],
      autoMerge: false,
    });
    issues.issues.set(1, {
      number: 1,
      title: "fix",
      body: "",
      state: "open",
      labels: ["sentry:needs-review"],
      pull_request: {},
    });
    const head = git.refs.get("sentry/fix-inc-1")!;
    await handleComment(deps, event("/sentry approve 0000000", { pr: true }));
    expect(issues.comments.at(-1)!.body).toContain("Approval refused");
    expect(pulls.pulls.get(1)!.draft).toBe(true);
    await handleComment(deps, event(`/sentry approve ${head.slice(0, 8)}`, { pr: true }));
    expect(pulls.pulls.get(1)!.draft).toBe(false);
    expect(issues.issues.get(1)!.labels).toEqual(["sentry:approved"]);
  });
});
