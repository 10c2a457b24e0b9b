import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** One commit of a test repository: files written (null deletes), its subject and author date. */
export interface TestCommit {
  files: Record<string, string | null>;
  subject: string;
  date: string;
}

const ENV = {
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: "/nonexistent",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.test",
  GIT_COMMITTER_NAME: "Test Author",
  GIT_COMMITTER_EMAIL: "author@example.test",
};

export function git(root: string, args: string[], date?: string): string {
  return execFileSync("git", args, {
    cwd: root,
    env: { ...ENV, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    encoding: "utf8",
  });
}

/** A real git repository at `root`, built commit by commit (files outside the commits are left untracked). */
export function gitRepo(root: string, commits: readonly TestCommit[]): string[] {
  mkdirSync(root, { recursive: true });
  git(root, ["init", "-q", "-b", "main"]);
  return commits.map((commit) => {
    for (const [path, content] of Object.entries(commit.files)) {
      const abs = join(root, path);
      if (content === null) rmSync(abs, { force: true });
      else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
    }
    git(root, ["add", "-A"]);
    git(root, ["commit", "-q", "--allow-empty", "-m", commit.subject], commit.date);
    return git(root, ["rev-parse", "HEAD"]).trim();
  });
}
