import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { auditCommand } from "../../src/entrypoints/cli/audit-command.js";
import { createBranchAuditStore } from "../../src/github/audit-branch-store.js";
import { createOctokit } from "../../src/github/octokit.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { verifyAuditFile } from "../../src/security/audit/jsonl-store.js";
import { installFakeGit } from "./helpers/fake-git.js";
import { githubApi } from "./helpers/github-nock.js";

const repo = { owner: "acme", repo: "shop" };
const gh = () => createOctokit({ auth: "t", throttle: false, retries: 0 });

async function runOnce(
  store: ReturnType<typeof createBranchAuditStore>,
  key: ReturnType<typeof generateAuditKeys>,
  n: number,
) {
  const head = await store.head();
  const log = createAuditLog(store, key.privateKey, head ? { head } : {});
  for (let i = 0; i < n; i += 1) log.append({ kind: "event", reason: `step ${i}` });
  await log.flush();
}

async function verifyClone(text: string, publicKey: string) {
  const file = join(mkdtempSync(join(tmpdir(), "audit-")), "audit.jsonl");
  writeFileSync(file, text);
  return verifyAuditFile(file, { publicKey });
}

/** `claude-sentry audit verify FILE --public-key KEY` on the branch's file, as a clone would run it. */
async function cliVerify(text: string, publicKey: string): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), "audit-clone-"));
  writeFileSync(join(dir, "audit.jsonl"), text);
  let out = "";
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  const code = await auditCommand.run(["verify", "audit.jsonl", "--public-key", publicKey], {
    stdout: sink,
    stderr: sink,
    stdin: process.stdin,
    env: {},
    cwd: dir,
    interactive: false,
  });
  return { code, out };
}

describe("audit branch store", () => {
  it("creates the branch on first use and appends one commit per run", async () => {
    const git = installFakeGit(githubApi(), "acme", "shop");
    const key = generateAuditKeys();
    const store = createBranchAuditStore(gh(), repo, { signingKey: key.privateKey, runId: "run-1" });
    await runOnce(store, key, 3);
    expect(git.refs.has("sentry/audit")).toBe(true);
    const first = git.commits.get(git.refs.get("sentry/audit")!)!;
    expect(first.parents).toEqual([]);
    expect(first.message).toMatch(/Sentry-Chain-Head: [0-9a-f]{64}/);
    expect(first.message).toMatch(/Sentry-Chain-Signature: \S+/);

    await runOnce(createBranchAuditStore(gh(), repo, { signingKey: key.privateKey, runId: "run-2" }), key, 2);
    const second = git.commits.get(git.refs.get("sentry/audit")!)!;
    expect(second.parents).toHaveLength(1);
    const text = git.fileAt("sentry/audit", "audit.jsonl")!;
    expect(text.trim().split("\n")).toHaveLength(3 + 1 + 2 + 1);
    expect(await verifyClone(text, key.publicKey)).toMatchObject({ ok: true, entries: 7, seals: 2 });
    expect(await cliVerify(text, key.publicKey)).toMatchObject({ code: 0 });
    const tampered = text.replace('"step 1"', '"step 9"');
    expect((await cliVerify(tampered, key.publicKey)).code).not.toBe(0);
  });

  it("re-links a run onto the new tip when another run committed first (a conflict retried, no fork)", async () => {
    const git = installFakeGit(githubApi(), "acme", "shop");
    const key = generateAuditKeys();
    await runOnce(createBranchAuditStore(gh(), repo, { signingKey: key.privateKey }), key, 1);

    // Run B reads the head, then run A commits before B's ref update lands.
    const storeB = createBranchAuditStore(gh(), repo, { signingKey: key.privateKey, runId: "B" });
    const headB = await storeB.head();
    const logB = createAuditLog(storeB, key.privateKey, { head: headB! });
    logB.append({ kind: "event", reason: "B" });
    let slipped = false;
    git.beforeRefUpdate = () => {
      if (slipped) return;
      slipped = true;
      git.beforeRefUpdate = undefined;
      const text = git.fileAt("sentry/audit", "audit.jsonl")!;
      // A's entries, chained properly by its own AuditLog on the same head.
      const logA = createAuditLog(undefined, key.privateKey, { head: headB! });
      logA.append({ kind: "event", reason: "A" });
      void logA.flush();
      const lines = logA.entries().map((e) => JSON.stringify(e));
      git.commitOn("sentry/audit", { "audit.jsonl": `${text}${lines.join("\n")}\n` }, "audit: A");
    };
    await logB.flush();
    expect(slipped).toBe(true);
    expect(storeB.commits).toHaveLength(1);
    const text = git.fileAt("sentry/audit", "audit.jsonl")!;
    const reasons = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).reason);
    expect(reasons).toEqual(["step 0", undefined, "A", undefined, "B", undefined]);
    expect(await verifyClone(text, key.publicKey)).toMatchObject({ ok: true, entries: 6 });
  });
});
