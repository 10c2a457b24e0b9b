import type { SentryConfig } from "../../core/config.js";
import { lowerMode } from "../../core/operator-settings.js";
import { approveFix } from "../approve.js";
import { readControl, readWriteGate, writeControl } from "../control.js";
import type { GitHub, RepoRef } from "../octokit.js";
import { inlineCode } from "../render/markdown-safe.js";
import { helpText, type ParsedCommand, parseCommand } from "./parse-command.js";
import { decidePermission, fetchPermission, isIgnoredAuthor, requiredPermission } from "./permissions.js";

/** An issue or PR comment, as both the Action and the App see it (parsed from the webhook payload). */
export interface CommentEvent {
  repo: RepoRef;
  commentId: number;
  body: string;
  author: { login: string; type?: string | undefined };
  issue: { number: number; title: string; body: string; isPullRequest: boolean };
}

export interface ChatOpsDeps {
  gh: GitHub;
  config: SentryConfig;
  defaultBranch: string;
  /** The app's own login (`my-app[bot]`), so its comments are ignored even if GitHub mislabels the type. */
  appSlug?: string;
  trigger?: string;
  clock?: () => Date;
  /** Runs the pipeline on the issue (and proposes a fix when `fix`); returns one line for the reply. */
  runOnIssue(event: CommentEvent, fix: boolean): Promise<string>;
}

export type CommentOutcome =
  | { status: "ignored"; reason: string }
  | { status: "denied"; command: string; reason: string }
  | { status: "halted"; command: string; reason: string }
  | { status: "done"; command: string; reply: string };

const commandName = (c: ParsedCommand) => (c.kind === "command" ? c.name : "unknown");

/** Handles one comment: ignore bots, acknowledge, check permission through the API, then act. */
export async function handleComment(deps: ChatOpsDeps, event: CommentEvent): Promise<CommentOutcome> {
  if (isIgnoredAuthor(event.author, deps.appSlug)) return { status: "ignored", reason: "comment by a bot" };
  const command = parseCommand(event.body, deps.trigger);
  if (command.kind === "none") return { status: "ignored", reason: "no command" };
  const { gh, repo } = { gh: deps.gh, repo: event.repo };
  const name = commandName(command);

  // The reaction is the at-once acknowledgement: a run can take minutes before the reply.
  await gh.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
    ...repo,
    comment_id: event.commentId,
    content: "eyes",
  });
  const reply = (body: string) =>
    gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: event.issue.number,
      body,
    });

  const permission = await fetchPermission(gh, repo, event.author.login);
  const decision = decidePermission(permission, requiredPermission(name === "unknown" ? "unknown" : name));
  if (!decision.allowed) {
    await reply(`@${event.author.login} \`${deps.trigger ?? "/sentry"} ${name}\` ${decision.reason}.`);
    return { status: "denied", command: name, reason: decision.reason };
  }
  if (command.kind === "unknown") {
    await reply(`Unknown command ${inlineCode(command.text, 100)}.\n\n${helpText(deps.trigger)}`);
    return { status: "done", command: "unknown", reply: "help" };
  }

  const result = await runCommand(deps, event, command);
  if (typeof result !== "string") {
    await reply(`Halted: ${result.halted}. Nothing was run or written.`);
    return { status: "halted", command: name, reason: result.halted };
  }
  await reply(result);
  return { status: "done", command: name, reply: result };
}

async function runCommand(
  deps: ChatOpsDeps,
  event: CommentEvent,
  command: Extract<ParsedCommand, { kind: "command" }>,
): Promise<string | { halted: string }> {
  const { gh } = deps;
  const repo = event.repo;
  const now = (deps.clock ?? (() => new Date()))();
  const who = event.author.login;
  switch (command.name) {
    case "help":
      return helpText(deps.trigger);
    case "status": {
      const [gate, control] = await Promise.all([
        readWriteGate(gh, repo, deps.config, deps.defaultBranch),
        readControl(gh, repo),
      ]);
      return [
        `**Claude Sentry status** — mode **${gate.mode}**${control.mode ? ` (set by ${control.updatedBy ?? "a maintainer"})` : " (from config)"}.`,
        gate.open ? "Writes are enabled." : `Writes are halted: ${gate.reason}.`,
      ].join("\n");
    }
    case "stop":
      await writeControl(gh, repo, { stopped: true }, who, now);
      return `Stopped by @${who}: Claude Sentry makes no further writes until \`/sentry resume\`.`;
    case "resume":
      await writeControl(gh, repo, { stopped: false }, who, now);
      return `Resumed by @${who}.`;
    case "mode":
      await writeControl(gh, repo, { mode: command.mode }, who, now);
      // The configuration (the operator's settings narrowed by sentry.yml) is a ceiling `/sentry mode` cannot lift.
      if (lowerMode(deps.config.mode, command.mode) !== command.mode)
        return `Mode set to **${command.mode}** by @${who}, but runs stay at **${deps.config.mode}**: that is the most the operator's settings allow.`;
      return `Mode set to **${command.mode}** by @${who}.`;
    case "approve": {
      if (!event.issue.isPullRequest) return "`/sentry approve <sha>` works on a fix pull request.";
      const gate = await readWriteGate(gh, repo, deps.config, deps.defaultBranch);
      if (!gate.open) return { halted: gate.reason };
      const outcome = await approveFix(gh, repo, event.issue.number, command.sha, who);
      if (outcome.status === "approved") return `Approved \`${outcome.sha.slice(0, 12)}\`.`;
      if (outcome.status === "stale") {
        return `Approval refused: \`${outcome.approvedSha}\` is not the head (now \`${outcome.headSha.slice(0, 12)}\`). Review the new commits and approve the head.`;
      }
      return `Approval refused: ${outcome.reason}.`;
    }
    case "diagnose":
    case "fix": {
      const gate = await readWriteGate(gh, repo, deps.config, deps.defaultBranch);
      if (!gate.open) return { halted: gate.reason };
      return deps.runOnIssue(event, command.name === "fix");
    }
  }
}
