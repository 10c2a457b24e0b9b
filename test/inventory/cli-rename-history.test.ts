import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";
import { git, gitRepo, type TestCommit } from "../helpers/git-repo.js";

/**
 * End to end through the CLI (offline provider): a variable read in code and a near name defined in a deploy
 * file. Which side follows is decided by the two files' git history, read through git_history; without a
 * history (or with one that shows no rename) both are cited and nothing is proposed.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface RunJson {
  finalState: string;
  diagnosis?: {
    rootCause: string;
    evidence: { kind: string; file: string; line?: number; excerpt: string; note?: string }[];
  };
  proposal?: { patch: string };
  verification?: { outcome: string; checks: { name: string; outcome: string; detail: string }[] };
  toolCalls?: { agent: string; tool: string; decision: string }[];
}

const COMPOSE = (name: string) =>
  `services:\n  dispatcher:\n    image: ghcr.io/acme/dispatcher:2.4.1\n    environment:\n      - LOG_LEVEL=info\n      - ${name}=amqp://broker:5672/jobs\n  broker:\n    image: rabbitmq:3.13\n`;
const MAIN_GO = (name: string) =>
  `package main\n\nimport (\n\t"log"\n\t"os"\n)\n\nfunc main() {\n\turl := os.Getenv("${name}")\n\tif url == "" {\n\t\tlog.Fatal("missing required environment variable: ${name}")\n\t}\n\trun(url)\n}\n`;

function repoWith(commits: readonly TestCommit[] | undefined, files: Record<string, string>, log: string) {
  const root = mkdtempSync(join(tmpdir(), "rename-history-e2e-"));
  dirs.push(root);
  const repo = join(root, "repo");
  let hashes: string[] = [];
  if (commits) hashes = gitRepo(repo, commits);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
  mkdirSync(join(root, "logs"));
  writeFileSync(
    join(root, "logs/dispatcher.log"),
    Array.from({ length: 4 }, (_, i) => `2026-05-02T08:0${i}:00Z ${log}`).join("\n"),
  );
  return { root, repo, hashes };
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

function relationCheck(run: RunJson) {
  return run.verification?.checks.find(
    (c) => c.name === "the proposed value satisfies the violated relation",
  );
}

const START = { subject: "dispatcher: first version", date: "2026-04-01T09:00:00Z" };

describe("a variable rename directed by the git history, through the CLI", () => {
  it("deploy side renamed in a commit: the code follows, and the commit is cited with its GitHub link", async () => {
    const { root, repo, hashes } = repoWith(
      [
        {
          ...START,
          files: { "compose.yaml": COMPOSE("BROKER_URL"), "cmd/dispatcher/main.go": MAIN_GO("BROKER_URL") },
        },
        {
          files: { "compose.yaml": COMPOSE("JOBS_BROKER_URL") },
          subject: "ops: one broker per queue family, rename BROKER_URL",
          date: "2026-04-20T14:12:00Z",
        },
      ],
      {},
      "dispatcher exited: missing required environment variable: BROKER_URL",
    );
    git(repo, ["remote", "add", "origin", "git@github.com:acme/dispatch.git"]);
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain('+\turl := os.Getenv("JOBS_BROKER_URL")');
    expect(run.proposal?.patch).toContain("+++ b/cmd/dispatcher/main.go");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({
        kind: "command",
        file: `https://github.com/acme/dispatch/commit/${hashes[1]}`,
        excerpt: expect.stringContaining("ops: one broker per queue family"),
      }),
    );
    expect(run.diagnosis?.rootCause).toMatch(/compose\.yaml renamed BROKER_URL to JOBS_BROKER_URL in commit/);
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("code side renamed in a commit: the deploy file defines the code's name", async () => {
    const { root, hashes } = repoWith(
      [
        {
          ...START,
          files: { "compose.yaml": COMPOSE("BROKER_URL"), "cmd/dispatcher/main.go": MAIN_GO("BROKER_URL") },
        },
        {
          files: { "cmd/dispatcher/main.go": MAIN_GO("JOBS_BROKER_URL") },
          subject: "dispatcher: read JOBS_BROKER_URL",
          date: "2026-04-22T10:00:00Z",
        },
      ],
      {},
      "dispatcher exited: missing required environment variable: JOBS_BROKER_URL",
    );
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+      - JOBS_BROKER_URL=amqp://broker:5672/jobs");
    expect(run.proposal?.patch).toContain("+++ b/compose.yaml");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "command", file: `git show ${hashes[1]}` }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("no git history: both sides cited, nothing proposed", async () => {
    const { root } = repoWith(
      undefined,
      { "compose.yaml": COMPOSE("JOBS_BROKER_URL"), "cmd/dispatcher/main.go": MAIN_GO("BROKER_URL") },
      "dispatcher exited: missing required environment variable: BROKER_URL",
    );
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
    const repo = (run.diagnosis?.evidence ?? []).filter((e) => e.kind === "repo").map((e) => e.file);
    expect(repo).toEqual(expect.arrayContaining(["compose.yaml", "cmd/dispatcher/main.go"]));
    expect(run.diagnosis?.rootCause).toMatch(/no change proposed/);
  });

  it("near miss: a history where the names never agreed says nothing about direction", async () => {
    const { root } = repoWith(
      [
        {
          ...START,
          files: {
            "compose.yaml": COMPOSE("JOBS_BROKER_URL"),
            "cmd/dispatcher/main.go": MAIN_GO("BROKER_URL"),
          },
        },
        { files: { "README.md": "dispatcher\n" }, subject: "docs", date: "2026-04-23T10:00:00Z" },
      ],
      {},
      "dispatcher exited: missing required environment variable: BROKER_URL",
    );
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
    expect(run.diagnosis?.rootCause).toMatch(
      /no commit in the history of compose\.yaml or cmd\/dispatcher\/main\.go/,
    );
  });

  it("near miss: the code moved, but other code still reads the defined name", async () => {
    const { root } = repoWith(
      [
        {
          ...START,
          files: {
            "compose.yaml": COMPOSE("BROKER_URL"),
            "cmd/dispatcher/main.go": MAIN_GO("BROKER_URL"),
            "cmd/retrier/retry.go": 'package main\n\nimport "os"\n\nvar broker = os.Getenv("BROKER_URL")\n',
          },
        },
        {
          files: { "cmd/dispatcher/main.go": MAIN_GO("JOBS_BROKER_URL") },
          subject: "dispatcher: read JOBS_BROKER_URL",
          date: "2026-04-22T10:00:00Z",
        },
      ],
      {},
      "dispatcher exited: missing required environment variable: JOBS_BROKER_URL",
    );
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
    expect(run.diagnosis?.rootCause).toMatch(/cmd\/retrier\/retry\.go:5 still reads BROKER_URL/);
  });
});
