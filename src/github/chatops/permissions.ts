import type { GitHub, RepoRef } from "../octokit.js";
import { statusOf } from "../octokit.js";
import type { CommandName } from "./parse-command.js";

export type RepoPermission = "admin" | "maintain" | "write" | "triage" | "read" | "none";
const RANK: Record<RepoPermission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** Stopping, resuming and switching mode change what the bot may do for everyone: admins only. */
export function requiredPermission(command: CommandName | "unknown"): "write" | "admin" {
  return command === "stop" || command === "resume" || command === "mode" ? "admin" : "write";
}

export type PermissionDecision = { allowed: true } | { allowed: false; reason: string };

export function decidePermission(actual: RepoPermission, required: "write" | "admin"): PermissionDecision {
  if (RANK[actual] >= RANK[required]) return { allowed: true };
  return { allowed: false, reason: `needs ${required} permission on the repository (you have ${actual})` };
}

/**
 * Asked of the API every time (never inferred from the payload's author_association, which says nothing
 * about write access). `role_name` distinguishes maintain from write where `permission` folds them.
 */
export async function fetchPermission(gh: GitHub, repo: RepoRef, login: string): Promise<RepoPermission> {
  try {
    const res = await gh.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
      ...repo,
      username: login,
    });
    const role = res.data.role_name as string | undefined;
    if (role === "maintain") return "maintain";
    const permission = res.data.permission as RepoPermission;
    return permission in RANK ? permission : "none";
  } catch (error) {
    // Not a collaborator at all.
    if (statusOf(error) === 404) return "none";
    throw error;
  }
}

/** Comments from bots (ours included) never trigger commands: two bots answering each other is a loop. */
export function isIgnoredAuthor(
  user: { login: string; type?: string | undefined } | null | undefined,
  appSlug?: string,
): boolean {
  if (!user) return true;
  if (user.type === "Bot") return true;
  if (user.login.endsWith("[bot]")) return true;
  return appSlug !== undefined && user.login.toLowerCase() === appSlug.toLowerCase();
}
