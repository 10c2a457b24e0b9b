import { z } from "zod";

export const COMMAND_NAMES = [
  "diagnose",
  "fix",
  "approve",
  "status",
  "stop",
  "resume",
  "mode",
  "help",
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export type ParsedCommand =
  | { kind: "none" }
  | { kind: "command"; name: "approve"; sha: string }
  | { kind: "command"; name: "mode"; mode: "AUDIT" | "ACTIVE" }
  | { kind: "command"; name: Exclude<CommandName, "approve" | "mode"> }
  | { kind: "unknown"; text: string };

const ShaSchema = z.string().regex(/^[0-9a-fA-F]{7,40}$/);

/**
 * Finds the command in a comment: the first line that starts with the trigger. Quoted lines (`> /sentry …`,
 * a reply quoting someone) and code blocks are not commands. Anything malformed after the trigger is
 * "unknown", which earns the help text rather than a guess.
 */
export function parseCommand(body: string, trigger = "/sentry"): ParsedCommand {
  let inFence = false;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("```")) inFence = !inFence;
    if (inFence || line.startsWith(">")) continue;
    if (line !== trigger && !line.startsWith(`${trigger} `)) continue;
    const words = line.slice(trigger.length).trim().split(/\s+/).filter(Boolean);
    const [name, ...args] = words.map((w) => w.toLowerCase());
    const text = line.slice(0, 200);
    switch (name) {
      case "diagnose":
      case "fix":
      case "status":
      case "stop":
      case "resume":
      case "help":
        return args.length === 0 ? { kind: "command", name } : { kind: "unknown", text };
      case "approve": {
        const sha = ShaSchema.safeParse(args[0]);
        return sha.success && args.length === 1
          ? { kind: "command", name, sha: sha.data.toLowerCase() }
          : { kind: "unknown", text };
      }
      case "mode":
        if (args.length === 1 && (args[0] === "audit" || args[0] === "active")) {
          return { kind: "command", name, mode: args[0] === "audit" ? "AUDIT" : "ACTIVE" };
        }
        return { kind: "unknown", text };
      default:
        return { kind: "unknown", text };
    }
  }
  return { kind: "none" };
}

export function helpText(trigger = "/sentry"): string {
  return [
    "**Claude Sentry commands**",
    "",
    "| command | does | needs |",
    "|---|---|---|",
    `| \`${trigger} diagnose\` | diagnose this issue from its text, its alert JSON and attached logs | write |`,
    `| \`${trigger} fix\` | diagnose and propose a fix PR (draft in AUDIT mode) | write |`,
    `| \`${trigger} approve <head-sha>\` | mark a fix PR ready at that exact commit | write |`,
    `| \`${trigger} status\` | mode, kill switch and the latest run | write |`,
    `| \`${trigger} stop\` / \`${trigger} resume\` | halt / resume every write | admin |`,
    `| \`${trigger} mode audit\\|active\` | switch mode | admin |`,
    `| \`${trigger} help\` | this table | write |`,
  ].join("\n");
}
