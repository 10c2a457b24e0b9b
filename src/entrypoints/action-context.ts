import { SentryError } from "../core/errors.js";
import type { RepoRef } from "../github/octokit.js";

/** What the runner tells us through the environment (read here, nowhere below). */
export interface RunnerContext {
  eventName: string;
  payload: Record<string, unknown>;
  repo: RepoRef;
  sha: string;
  serverUrl: string;
  apiUrl: string;
  runUrl?: string;
  /** GITHUB_RUN_ID: the same for every attempt of a workflow run, so a re-run finds its earlier comments. */
  workflowRunId?: string;
  workspaceDir: string;
  summaryFile?: string;
}

export function readRunnerContext(
  env: NodeJS.ProcessEnv,
  readEvent: (path: string) => string,
): RunnerContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new SentryError("context", "GITHUB_REPOSITORY is not set: run this inside GitHub Actions");
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload: env.GITHUB_EVENT_PATH
      ? (JSON.parse(readEvent(env.GITHUB_EVENT_PATH)) as Record<string, unknown>)
      : {},
    repo: { owner, repo },
    sha: env.GITHUB_SHA ?? "",
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    ...(env.GITHUB_RUN_ID
      ? {
          runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
          workflowRunId: env.GITHUB_RUN_ID,
        }
      : {}),
    workspaceDir: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(env.GITHUB_STEP_SUMMARY ? { summaryFile: env.GITHUB_STEP_SUMMARY } : {}),
  };
}
