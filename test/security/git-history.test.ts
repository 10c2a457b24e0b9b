import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Workspace } from "../../src/core/workspace.js";
import { githubRepo } from "../../src/tools/git-history.js";
import { git, gitRepo } from "../helpers/git-repo.js";
import { makeRunner } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function scratch(): { base: string; root: string; workspace: Workspace } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), "git-history-")));
  dirs.push(base);
  const root = join(base, "repo");
  return { base, root, workspace: { repoRoot: root, logFiles: [], logDisplayNames: {} } };
}

const TWO_COMMITS = [
  {
    files: { "conf/worker.properties": "queue.url=amqp://mq\n" },
    subject: "worker config",
    date: "2026-03-01T10:00:00Z",
  },
  {
    files: { "conf/worker.properties": "broker.url=amqp://mq\n" },
    subject: "rename queue.url to broker.url",
    date: "2026-03-05T09:30:00Z",
  },
];

async function history(workspace: Workspace, input: unknown, role: "detective" | "surgeon" = "detective") {
  const { runner, audit } = makeRunner(workspace, "AUDIT");
  const session = runner.startAgent("run-git", role);
  const result = await runner.invoke(session, { tool: "git_history", input });
  return { result, audit, runner };
}

describe("git_history: the repository's history, read-only and bounded", () => {
  it("prints each commit's hash, date, subject and diff of the file, and audits the call", async () => {
    const { root, workspace } = scratch();
    const [first, second] = gitRepo(root, TWO_COMMITS);
    const { result, audit } = await history(workspace, { paths: ["conf/worker.properties"] });
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.output).toContain(
      `commit ${second}\nDate: 2026-03-05T09:30:00+00:00\nSubject: rename queue.url to broker.url`,
    );
    expect(result.output).toContain(`commit ${first}`);
    expect(result.output).toContain("-queue.url=amqp://mq\n+broker.url=amqp://mq");
    expect(result.output.indexOf(second!)).toBeLessThan(result.output.indexOf(first!));
    const entry = audit.entries().find((e) => e.kind === "tool-call" && e.tool === "git_history");
    expect(entry).toMatchObject({ decision: "allowed", agent: "detective" });
  });

  it("names the GitHub repository from origin without the credential in its URL", async () => {
    const { root, workspace } = scratch();
    gitRepo(root, TWO_COMMITS);
    git(root, [
      "remote",
      "add",
      "origin",
      "https://x-access-token:ghs_abcdefabcdefabcdefabcdefabcdefabcdef@github.com/acme/billing.git",
    ]);
    const { result } = await history(workspace, { paths: ["conf/worker.properties"], patch: false });
    expect(
      result.status === "ok" && result.output.startsWith("remote: https://github.com/acme/billing\n"),
    ).toBe(true);
    expect(JSON.stringify(result)).not.toContain("ghs_");
    expect(githubRepo("git@github.com:acme/billing.git")).toBe("https://github.com/acme/billing");
    expect(githubRepo("https://gitlab.com/acme/billing.git")).toBeUndefined();
  });

  it("is granted to the Detective and the Surgeon only, and only shown in a git checkout", async () => {
    const { root, workspace } = scratch();
    gitRepo(root, TWO_COMMITS);
    const { runner } = makeRunner(workspace, "AUDIT");
    expect(runner.specsFor("surgeon").map((s) => s.name)).toContain("git_history");
    expect(runner.specsFor("detective").map((s) => s.name)).toContain("git_history");
    for (const role of ["triage", "validator"] as const) {
      const denied = await runner.invoke(runner.startAgent("run-git", role), {
        tool: "git_history",
        input: { paths: ["conf/worker.properties"] },
      });
      expect(denied).toMatchObject({ status: "denied", reason: `role ${role} may not use git_history` });
    }
    rmSync(join(root, ".git"), { recursive: true });
    expect(
      makeRunner(workspace, "AUDIT")
        .runner.specsFor("surgeon")
        .map((s) => s.name),
    ).not.toContain("git_history");
  });

  it("refuses paths the path policy refuses, directories, logs and git internals", async () => {
    const { root, workspace } = scratch();
    gitRepo(root, [
      ...TWO_COMMITS,
      { files: { ".env": "TOKEN=x\n" }, subject: "env", date: "2026-03-06T00:00:00Z" },
    ]);
    for (const path of ["../outside", "/etc/passwd", ".git/config", ".env", "conf", "conf/%2e%2e"]) {
      const { result } = await history(workspace, { paths: [path] });
      expect(result.status, path).not.toBe("ok");
    }
    const { result } = await history(workspace, { paths: ["conf/worker.properties"], maxCount: 500 });
    expect(result).toMatchObject({ status: "denied" });
  });

  it("reads nothing from a repository that is not its own .git directory", async () => {
    const { base, root, workspace } = scratch();
    mkdirSync(join(root, "conf"), { recursive: true });
    writeFileSync(join(root, "conf/worker.properties"), "broker.url=amqp://mq\n");
    expect((await history(workspace, { paths: ["conf/worker.properties"] })).result).toMatchObject({
      status: "error",
      reason: expect.stringContaining("not a git checkout"),
    });
    // A .git file pointing at another repository on the machine.
    gitRepo(join(base, "other"), TWO_COMMITS);
    writeFileSync(join(root, ".git"), `gitdir: ${join(base, "other/.git")}\n`);
    expect((await history(workspace, { paths: ["conf/worker.properties"] })).result).toMatchObject({
      status: "error",
      reason: expect.stringContaining(".git is not a directory"),
    });
    rmSync(join(root, ".git"));
    git(root, ["init", "-q"]);
    writeFileSync(join(root, ".git/commondir"), join(base, "other/.git"));
    expect((await history(workspace, { paths: ["conf/worker.properties"] })).result).toMatchObject({
      status: "error",
      reason: expect.stringContaining("commondir"),
    });
    // Nor does git look above the repository for one (the parent is a checkout, this one has no .git).
    rmSync(join(root, ".git"), { recursive: true });
    git(base, ["init", "-q"]);
    expect((await history(workspace, { paths: ["conf/worker.properties"] })).result.status).toBe("error");
  });
});

describe("git_history red team: a hostile repository runs nothing and stays bounded", () => {
  it("ignores every program the repository's config and attributes name", async () => {
    const { base, root, workspace } = scratch();
    gitRepo(root, [
      ...TWO_COMMITS,
      {
        files: { ".gitattributes": "*.properties diff=evil\n", ".git-hooks/post-checkout": "#!/bin/sh\n" },
        subject: "attributes",
        date: "2026-03-06T00:00:00Z",
      },
      {
        files: { "conf/worker.properties": "broker.url=amqp://mq2\n" },
        subject: "point at mq2",
        date: "2026-03-07T00:00:00Z",
      },
    ]);
    const pwned = join(base, "pwned");
    mkdirSync(pwned);
    const touch = (name: string) => `touch ${join(pwned, name)}`;
    const script = (name: string) => {
      const path = join(base, `${name}.sh`);
      writeFileSync(path, `#!/bin/sh\n${touch(name)}\n`, { mode: 0o755 });
      return path;
    };
    for (const [key, value] of [
      ["core.fsmonitor", script("fsmonitor")],
      ["core.pager", script("pager")],
      ["pager.log", script("pager-log")],
      ["diff.external", script("external")],
      ["diff.evil.textconv", script("textconv")],
      ["diff.evil.command", script("command")],
      ["log.showSignature", "true"],
      ["gpg.program", script("gpg")],
      ["core.hooksPath", join(root, ".git-hooks")],
      ["core.sshCommand", script("ssh")],
      ["alias.log", `!${touch("alias")}`],
    ] as const) {
      git(root, ["config", key, value]);
    }
    for (const hook of ["post-checkout", "pre-commit", "reference-transaction", "post-index-change"]) {
      writeFileSync(join(root, ".git/hooks", hook), `#!/bin/sh\n${touch(hook)}\n`, { mode: 0o755 });
    }
    const { result } = await history(workspace, { paths: ["conf/worker.properties"] });
    expect(result.status).toBe("ok");
    expect(result.status === "ok" && result.output).toContain("+broker.url=amqp://mq2");
    expect(readdirSync(pwned)).toEqual([]);
  });

  it("fetches nothing for a partial clone whose promisor remote is a command", async () => {
    const { base, root, workspace } = scratch();
    gitRepo(root, TWO_COMMITS);
    const blob = git(root, ["rev-parse", "HEAD:conf/worker.properties"]).trim();
    rmSync(join(root, ".git/objects", blob.slice(0, 2), blob.slice(2)));
    const marker = join(base, "fetched");
    for (const [key, value] of [
      ["core.repositoryformatversion", "1"],
      ["extensions.partialClone", "origin"],
      ["remote.origin.promisor", "true"],
      ["remote.origin.url", `ext::sh -c touch% ${marker}`],
      ["protocol.ext.allow", "always"],
    ] as const) {
      git(root, ["config", key, value]);
    }
    const { result } = await history(workspace, { paths: ["conf/worker.properties"] });
    expect(result.status).not.toBe("denied");
    expect(existsSync(marker)).toBe(false);
  });

  it("keeps a huge history to whole commits under its caps", async () => {
    const { root, workspace } = scratch();
    const line = "x".repeat(2000);
    const commits = Array.from({ length: 14 }, (_, i) => ({
      files: {
        "conf/worker.properties": `${Array.from({ length: 60 }, (_, k) => `k${k}=${i}${line}`).join("\n")}\n`,
      },
      subject: `bulk ${i}`,
      date: `2026-04-${String((i % 28) + 1).padStart(2, "0")}T00:00:00Z`,
    }));
    gitRepo(root, commits);
    const { result } = await history(workspace, { paths: ["conf/worker.properties"], maxCount: 12 });
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.output.length).toBeLessThan(20_000);
    expect(result.output).toMatch(/\[(?:history|output) cut/);
    // Only the newest commits, newest first.
    expect(result.output.indexOf("Subject: bulk 13")).toBeGreaterThan(-1);
    expect(result.output).not.toContain("Subject: bulk 0\n");
  });
});
