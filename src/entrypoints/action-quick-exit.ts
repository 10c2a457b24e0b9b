import { readFileSync } from "node:fs";

/**
 * The line the full Action would log for an event it ignores, when that is sure from the event alone: a
 * comment that is no command, or a finished workflow run that did not fail. Undefined sends the event on.
 */
export function quickAnswer(env: NodeJS.ProcessEnv, readEvent = readEventFile): string | undefined {
  if (isIgnoredComment(env, readEvent)) return "comment: ignored";
  if (env.GITHUB_EVENT_NAME !== "workflow_run" || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const payload = JSON.parse(readEvent(env.GITHUB_EVENT_PATH)) as {
      workflow_run?: { conclusion?: unknown };
    };
    const conclusion = payload?.workflow_run?.conclusion;
    if (typeof conclusion === "string" && conclusion !== "failure")
      return `workflow_run ${conclusion}: nothing to diagnose`;
  } catch {
    // unreadable: the full Action reports it
  }
  return undefined;
}

/**
 * Most events an `issue_comment` workflow sees are comments that are not commands. This answers them
 * before the Action loads the rest of itself (megabytes of bundled code), so a busy repository pays a bare
 * Node start for each. It reads only node:fs and the environment, and is conservative: anything it is not
 * sure about (a line that starts with the trigger, an unreadable event, a trigger input that is not a plain
 * phrase) goes to the full Action, whose command parser decides.
 */
export function isIgnoredComment(env: NodeJS.ProcessEnv, readEvent = readEventFile): boolean {
  if (env.GITHUB_EVENT_NAME !== "issue_comment" || !env.GITHUB_EVENT_PATH) return false;
  const trigger = (env["INPUT_TRIGGER-PHRASE"] ?? "").trim() || "/sentry";
  if (!/^\/[\w-]{1,30}$/.test(trigger)) return false;
  let payload: { action?: unknown; comment?: { body?: unknown } };
  try {
    payload = JSON.parse(readEvent(env.GITHUB_EVENT_PATH)) as typeof payload;
  } catch {
    return false;
  }
  if (typeof payload !== "object" || payload === null) return false;
  if (payload.action !== "created") return typeof payload.action === "string";
  const body = payload.comment?.body;
  if (typeof body !== "string") return false;
  return !body.split(/\r?\n/).some((raw) => {
    const line = raw.trim();
    return line === trigger || line.startsWith(`${trigger} `);
  });
}

function readEventFile(path: string): string {
  return readFileSync(path, "utf8");
}
