import { lstat } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * How git is run on a repository Sentry does not trust. A repository's own config can name programs git
 * runs (core.fsmonitor, core.pager, diff.external, textconv drivers, gpg.program under log.showSignature, a
 * promisor remote's transport): every one is overridden on the command line, which git reads after the
 * repository's config, or switched off by a flag. No system or global config is read (HOME is an empty
 * directory), and the repository is named explicitly so git never discovers another one above it.
 */
export const GIT_OVERRIDES: readonly string[] = [
  "core.hooksPath=/dev/null",
  "core.fsmonitor=false",
  "core.pager=cat",
  "core.untrackedCache=false",
  "diff.external=",
  "diff.noprefix=false",
  "diff.mnemonicPrefix=false",
  "log.showSignature=false",
  "log.mailmap=false",
  "mailmap.file=",
  "mailmap.blob=",
  "color.ui=never",
  "gpg.program=false",
  "gpg.ssh.program=false",
  // A partial clone fetches missing objects lazily: no transport may run, whatever the repository allows.
  "protocol.allow=never",
  ...["ext", "ssh", "git", "file", "http", "https", "ftp", "ftps", "fd"].map(
    (p) => `protocol.${p}.allow=never`,
  ),
  "core.sshCommand=false",
  "credential.helper=",
].flatMap((setting) => ["-c", setting]);

/** The environment git runs with, over the executor's fixed PATH and locale. */
export function gitEnvironment(root: string, home: string): Record<string, string> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_DIR: join(root, ".git"),
    GIT_WORK_TREE: root,
    GIT_CEILING_DIRECTORIES: dirname(root),
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_LITERAL_PATHSPECS: "1",
    GIT_NO_REPLACE_OBJECTS: "1",
    GIT_ATTR_NOSYSTEM: "1",
    GIT_PAGER: "cat",
    PAGER: "cat",
  };
}

/**
 * Why this repository's history is not read, if it is not: `.git` must be a plain directory of its own. A
 * `.git` file (worktree, submodule), a `commondir` or object alternates point git at another repository on
 * this machine, whose history a hostile checkout could then read out through Sentry.
 */
export async function historyProblem(root: string): Promise<string | undefined> {
  const dotGit = join(root, ".git");
  const info = await lstat(dotGit).catch(() => undefined);
  if (!info) return "the repository is not a git checkout (no .git directory): no history to read";
  if (!info.isDirectory())
    return ".git is not a directory (a worktree, submodule or link): its history is not read";
  for (const redirect of ["commondir", "objects/info/alternates", "objects/info/http-alternates"]) {
    if (await lstat(join(dotGit, redirect)).catch(() => undefined))
      return `.git/${redirect} points git at another repository: its history is not read`;
  }
  return undefined;
}
