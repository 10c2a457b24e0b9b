import type { Evidence } from "../../core/diagnosis.js";
import type { RepoRef } from "../octokit.js";

/** Where links point: the repository at the exact commit the run looked at (blob links never drift). */
export interface LinkContext {
  repo: RepoRef;
  /** `https://github.com`, or the GHES host. */
  serverUrl: string;
  commitSha?: string;
  /** Log files that are tracked in the repository at that commit (uploaded logs are not, and get no link). */
  isTrackedLog?: (file: string) => boolean;
  /** Link to the Actions run or the App's run page. */
  runUrl?: string;
}

const encodePath = (path: string) => path.split("/").map(encodeURIComponent).join("/");

export function blobUrl(ctx: LinkContext, file: string, line?: number): string | undefined {
  if (!ctx.commitSha) return undefined;
  const clean = file.replace(/^\.?\/+/, "");
  if (clean.startsWith("..") || clean.includes("/../")) return undefined;
  const anchor = line ? `#L${line}` : "";
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/blob/${ctx.commitSha}/${encodePath(clean)}${anchor}`;
}

/** Repo evidence links to the file at the commit; log evidence links when the log is in the repository. */
export function evidenceUrl(ctx: LinkContext, evidence: Evidence): string | undefined {
  if (evidence.kind === "repo") return blobUrl(ctx, evidence.file, evidence.line);
  if (evidence.kind === "log" && ctx.isTrackedLog?.(evidence.file))
    return blobUrl(ctx, evidence.file, evidence.line);
  return undefined;
}
