import type { MemoryBackend } from "../memory/memory-store.js";
import { AUDIT_BRANCH } from "./audit-branch-store.js";
import { appendCommit, readFileAt } from "./git-data.js";
import type { GitHub, RepoRef } from "./octokit.js";

export const MEMORY_FILE = "memory.jsonl";

/**
 * Incident memory in GitHub mode: `memory.jsonl` on the bot's `sentry/audit` branch, appended one commit at
 * a time (retried on conflicts like the audit chain), so every runner and replica shares it and a person
 * can read it in the repository.
 */
export function createBranchMemoryBackend(gh: GitHub, repo: RepoRef, branch = AUDIT_BRANCH): MemoryBackend {
  return {
    async read() {
      return (await readFileAt(gh, repo, MEMORY_FILE, branch)) ?? "";
    },
    async append(text) {
      if (text === "") return;
      await appendCommit(gh, repo, branch, async (head) => {
        const current = head ? ((await readFileAt(gh, repo, MEMORY_FILE, head.commitSha)) ?? "") : "";
        const prefix = current === "" || current.endsWith("\n") ? current : `${current}\n`;
        return { files: { [MEMORY_FILE]: `${prefix}${text}` }, message: "memory: remember a finished run" };
      });
    },
  };
}
