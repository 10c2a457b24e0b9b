import { lstatSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { defineTool, type ToolContext } from "./define-tool.js";
import { GIT_OVERRIDES, gitEnvironment, historyProblem } from "./git-isolation.js";

const TIMEOUT_MS = 10_000;
const MAX_OUTPUT_BYTES = 512 * 1024;
const MAX_COMMITS = 30;

export const GitHistoryInputSchema = z.strictObject({
  paths: z
    .array(z.string().min(1).max(1024))
    .min(1)
    .max(4)
    .describe("Repository-relative files whose history to read (renames followed when there is one)"),
  patch: z.boolean().optional().describe("Include each commit's diff of these files (default true)"),
  maxCount: z
    .number()
    .int()
    .min(1)
    .max(MAX_COMMITS)
    .optional()
    .describe("Newest commits to show (default 10)"),
});

/** The header of each commit as this tool prints it; the offline diagnoser reads commits back by it. */
export const COMMIT_FORMAT = "commit %H%nDate: %aI%nSubject: %s%n";

export const gitHistoryTool = defineTool({
  name: "git_history",
  description:
    "Read the git history of up to 4 repository files: the newest commits (hash, date, subject) and, by default, each commit's diff of those files. Read-only; runs nothing the repository configures; 10 s timeout.",
  input: GitHistoryInputSchema,
  writes: false,
  // Shown only for a git checkout: a repository without history has nothing for this tool to read.
  available: (ctx) =>
    ctx.workspace.repoRoot !== undefined &&
    lstatSync(join(ctx.workspace.repoRoot, ".git"), { throwIfNoEntry: false })?.isDirectory() === true,
  async handler(input, ctx) {
    const root = ctx.workspace.repoRoot;
    if (!root) return { status: "denied", reason: "no repository in this run" };
    const paths: string[] = [];
    for (const path of input.paths) {
      const resolved = await ctx.paths.resolveRead(path);
      if (!resolved.ok) return { status: "denied", reason: `${path}: ${resolved.reason}` };
      if (resolved.kind !== "repo")
        return { status: "denied", reason: `${path} is a log, not a repository file` };
      // A directory's history (or a gone path that was one) carries the diffs of every file under it,
      // secret files included: only files that exist now, whose renames --follow traces back.
      if (!resolved.exists) return { status: "error", reason: `no such file: ${path}` };
      if (!lstatSync(resolved.abs).isFile())
        return { status: "denied", reason: `${path} is not a file: git_history reads files one by one` };
      paths.push(resolved.display);
    }
    const problem = await historyProblem(root);
    if (problem) return { status: "error", reason: problem };
    const home = await mkdtemp(join(tmpdir(), "sentry-git-home-"));
    try {
      const git = (args: string[]) =>
        ctx.exec("git", [...GIT_OVERRIDES, "--no-pager", ...args], {
          timeoutMs: TIMEOUT_MS,
          maxBytes: MAX_OUTPUT_BYTES,
          cwd: root,
          env: gitEnvironment(root, home),
        });
      const log = await git(logArgs(paths, input.patch ?? true, input.maxCount ?? 10));
      if (log.exitCode !== 0 && !log.truncated && !log.timedOut)
        return { status: "error", reason: `git log failed: ${firstLine(log.stderr)}` };
      const remote = await git(["config", "--get", "remote.origin.url"]);
      return { status: "ok", output: render(log, githubRepo(remote.stdout)) };
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  },
});

function logArgs(paths: readonly string[], patch: boolean, count: number): string[] {
  return [
    "log",
    `--max-count=${count}`,
    `--format=${COMMIT_FORMAT}`,
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-show-signature",
    "--no-mailmap",
    ...(patch ? ["-p"] : []),
    // --follow takes exactly one path; several are read as one history without it.
    ...(paths.length === 1 ? ["--follow"] : []),
    "--",
    ...paths,
  ];
}

type ExecResult = Awaited<ReturnType<ToolContext["exec"]>>;

function render(log: ExecResult, github: string | undefined): string {
  // A cut history keeps whole commits only, so no diff is read as complete when it is not.
  const cut = log.truncated || log.timedOut;
  const body = cut ? log.stdout.slice(0, Math.max(0, log.stdout.lastIndexOf("\ncommit ") + 1)) : log.stdout;
  const parts = [
    ...(github ? [`remote: ${github}`] : []),
    body.trim() === "" ? "no commits touch these paths" : body.trimEnd(),
  ];
  if (log.timedOut) parts.push(`[history cut: git stopped after ${TIMEOUT_MS} ms; ask for fewer commits]`);
  else if (log.truncated)
    parts.push(`[history cut at ${MAX_OUTPUT_BYTES} bytes; ask for fewer commits or patch: false]`);
  return parts.join("\n");
}

/** `https://github.com/owner/repo` from origin's URL in any of its spellings; credentials never survive. */
export function githubRepo(url: string): string | undefined {
  const m =
    /^(?:https:\/\/(?:[^@/\s]*@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return m ? `https://github.com/${m[1]}/${m[2]}` : undefined;
}

function firstLine(text: string): string {
  return (text.split("\n").find((l) => l.trim() !== "") ?? "no message").slice(0, 300);
}
