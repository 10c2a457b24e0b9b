import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStateStore } from "../../src/core/memory-state-store.js";
import {
  type BranchAuditStore,
  createBranchAuditStore,
  keptHeadIn,
} from "../../src/github/audit-branch-store.js";
import { createOctokit } from "../../src/github/octokit.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { AuditTamperedError, checkAnchors } from "../../src/security/audit/chain-anchors.js";
import { createJsonlAuditStore } from "../../src/security/audit/jsonl-store.js";
import { installFakeGit } from "../github/helpers/fake-git.js";
import { githubApi } from "../github/helpers/github-nock.js";
import { cli } from "../helpers/cli-harness.js";

/**
 * Issue 16, class 6: a log cut back to an earlier seal is still a valid chain, so truncation shows only
 * against something kept outside the file. On the audit branch that is the branch's own history (each
 * audit commit's trailer records the head it wrote) and, in the App, a head kept in the StateStore; for a
 * file, a head the operator kept (--expect-head) or a clone's git history (--git-ref).
 */
const repo = { owner: "acme", repo: "shop" };
const gh = () => createOctokit({ auth: "t", throttle: false, retries: 0 });
const key = generateAuditKeys();

async function runOnce(store: BranchAuditStore, reason: string) {
  const head = await store.head();
  const log = createAuditLog(store, key.privateKey, head ? { head } : {});
  log.append({ kind: "event", reason });
  await log.flush();
}

/** Three runs, each a commit on sentry/audit; returns the file after run 1 (a valid, sealed chain). */
async function threeRuns(git: ReturnType<typeof installFakeGit>, options = {}) {
  const store = () => createBranchAuditStore(gh(), repo, { signingKey: key.privateKey, ...options });
  await runOnce(store(), "run 1");
  const afterFirst = {
    text: git.fileAt("sentry/audit", "audit.jsonl")!,
    commit: git.refs.get("sentry/audit")!,
  };
  await runOnce(store(), "run 2");
  await runOnce(store(), "run 3");
  return afterFirst;
}

describe("the audit branch's history anchors its log (GitHub API shape)", () => {
  it("a commit that cuts the log back to an earlier seal is tampering: one line, nothing appended", async () => {
    const git = installFakeGit(githubApi(), "acme", "shop");
    const { text } = await threeRuns(git);
    // Anyone who can push to the repository: an ordinary commit, no force needed.
    git.commitOn("sentry/audit", { "audit.jsonl": text }, "tidy the audit log");
    const tip = git.refs.get("sentry/audit");
    const store = createBranchAuditStore(gh(), repo, { signingKey: key.privateKey });
    const error = await store.head().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditTamperedError);
    expect(String((error as Error).message)).toMatch(
      /^audit log acme\/shop@sentry\/audit tampered \(truncated\): the log ends at seq 1 but commit [0-9a-f]{7} recorded seq 5 \([0-9a-f]{12}…\): entries were cut from its end; nothing is appended$/,
    );
    const log = createAuditLog(store, key.privateKey);
    log.append({ kind: "event", reason: "run 4" });
    await expect(log.flush()).rejects.toThrow(AuditTamperedError);
    expect(git.refs.get("sentry/audit")).toBe(tip);
  });

  it("commits on top do not hide it: unrelated files, forged trailers that match the cut log", async () => {
    const git = installFakeGit(githubApi(), "acme", "shop");
    const { text } = await threeRuns(git);
    git.commitOn("sentry/audit", { "audit.jsonl": text }, "cut");
    for (let i = 0; i < 5; i += 1) git.commitOn("sentry/audit", { "control.json": `{"n":${i}}` }, "control");
    const last = JSON.parse(text.trim().split("\n").at(-1)!) as { seq: number; hash: string };
    git.commitOn(
      "sentry/audit",
      { "audit.jsonl": `${text}\n` },
      `audit: forged\n\nSentry-Chain-Head: ${last.hash}\nSentry-Chain-Seq: ${last.seq}`,
    );
    await expect(createBranchAuditStore(gh(), repo).read()).rejects.toThrow(/tampered \(truncated\)/);
  });

  it("a log rewritten under the same length is caught too", async () => {
    const git = installFakeGit(githubApi(), "acme", "shop");
    await threeRuns(git);
    const lines = git.fileAt("sentry/audit", "audit.jsonl")!.trim().split("\n");
    const forged = JSON.parse(lines[4]!) as Record<string, unknown>;
    forged.hash = "f".repeat(64);
    lines[4] = JSON.stringify(forged);
    git.commitOn("sentry/audit", { "audit.jsonl": `${lines.join("\n")}\n` }, "edit");
    await expect(createBranchAuditStore(gh(), repo).head()).rejects.toThrow(/tampered \(rewritten\)/);
  });

  it("a line that is not JSON is reported the same way, not as a parser's stack", async () => {
    const git = installFakeGit(githubApi(), "acme", "shop");
    await threeRuns(git);
    const text = git.fileAt("sentry/audit", "audit.jsonl")!;
    git.commitOn("sentry/audit", { "audit.jsonl": `${text}{not json\n` }, "garbage");
    await expect(createBranchAuditStore(gh(), repo).head()).rejects.toThrow(
      "audit log acme/shop@sentry/audit tampered: a line is not JSON; nothing is appended",
    );
  });

  it("a force-push back to an older commit passes the history check; the kept head catches it", async () => {
    const git = installFakeGit(githubApi(), "acme", "shop");
    const state = createMemoryStateStore();
    const kept = keptHeadIn(state, repo);
    const { commit } = await threeRuns(git, { keptHead: kept });
    expect(await kept.get()).toMatchObject({ seq: 5 });
    git.refs.set("sentry/audit", commit); // git push --force origin <run 1's commit>:sentry/audit
    // Its history is consistent: only something kept outside the branch knows run 2 and 3 existed.
    expect(await createBranchAuditStore(gh(), repo).head()).toMatchObject({ seq: 1 });
    await expect(createBranchAuditStore(gh(), repo, { keptHead: kept }).head()).rejects.toThrow(
      /tampered \(truncated\): the log ends at seq 1 but the head this deployment kept recorded seq 5/,
    );
    git.refs.delete("sentry/audit");
    await expect(createBranchAuditStore(gh(), repo, { keptHead: kept }).head()).rejects.toThrow(
      /the branch is gone but seq 5 was kept/,
    );
  });

  it("ordinary runs keep working, and the kept head follows them", async () => {
    const git = installFakeGit(githubApi(), "acme", "shop");
    const kept = keptHeadIn(createMemoryStateStore(), repo);
    await threeRuns(git, { keptHead: kept });
    await runOnce(
      createBranchAuditStore(gh(), repo, { keptHead: kept, signingKey: key.privateKey }),
      "run 4",
    );
    expect(await kept.get()).toMatchObject({ seq: 7 });
  });
});

describe("checkAnchors", () => {
  it("refuses a log whose links break before an anchor (entries cut from the middle)", () => {
    const entries = [
      { seq: 0, hash: "a", prevHash: "0" },
      { seq: 1, hash: "b", prevHash: "a" },
      { seq: 3, hash: "d", prevHash: "c" },
    ];
    expect(checkAnchors(entries, [{ seq: 2, hash: "d", where: "x" }])).toMatchObject({
      ok: false,
      problem: "rewritten",
    });
    expect(checkAnchors(entries.slice(0, 2), [{ seq: 1, hash: "b", where: "x" }])).toEqual({ ok: true });
  });
});

describe("audit verify against a clone's git history or a kept head (CLI, a real git repository)", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
      cwd: dir,
      encoding: "utf8",
    });

  it("a commit that cut the log is caught with --git-ref; a rewind with --expect-head", async () => {
    dir = mkdtempSync(join(tmpdir(), "sentry-audit-git-"));
    const file = join(dir, "audit.jsonl");
    git("init", "-q", "-b", "sentry/audit");
    const heads: string[] = [];
    for (const run of [1, 2, 3]) {
      const store = createJsonlAuditStore(file);
      const entries = readFileSync(file, { encoding: "utf8", flag: "a+" }).trim();
      const lastLine = entries
        ? (JSON.parse(entries.split("\n").at(-1)!) as { seq: number; hash: string })
        : undefined;
      const log = createAuditLog(store, key.privateKey, lastLine ? { head: lastLine } : {});
      log.append({ kind: "event", reason: `run ${run}` });
      await log.flush();
      const tip = log.entries().at(-1)!;
      heads.push(tip.hash);
      git("add", "audit.jsonl");
      git(
        "commit",
        "-q",
        "-m",
        `audit: run ${run}\n\nSentry-Chain-Head: ${tip.hash}\nSentry-Chain-Seq: ${tip.seq}`,
      );
    }
    const whole = readFileSync(file, "utf8");
    const cut = whole.split("\n").slice(0, 2).join("\n");
    writeFileSync(file, `${cut}\n`);
    git("commit", "-q", "-am", "tidy");
    // On its own the cut log is a valid, sealed chain.
    expect((await cli(["audit", "verify", file, "--public-key", key.publicKey])).code).toBe(0);
    const caught = await cli(["audit", "verify", file, "--git-ref", "HEAD"]);
    expect(caught.code).toBe(1);
    expect(caught.stdout).toMatch(
      /^FAILED \(truncated\) the log ends at seq 1 but commit [0-9a-f]{7} recorded seq 5/,
    );

    // Rewound instead (git reset --hard, force-pushed): the history agrees with the file; the kept head doesn't.
    git("reset", "-q", "--hard", "HEAD~3");
    expect((await cli(["audit", "verify", file, "--git-ref", "HEAD"])).code).toBe(0);
    const rewound = await cli(["audit", "verify", file, "--git-ref", "HEAD", "--expect-head", heads[2]!]);
    expect(rewound.code).toBe(1);
    expect(rewound.stdout).toMatch(/FAILED \(truncated\)/);

    const bad = await cli(["audit", "verify", file, "--git-ref", "--upload-pack=x"]);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    const unknown = await cli(["audit", "verify", file, "--git-ref", "no-such-ref"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/git log no-such-ref failed/);
  });
});
