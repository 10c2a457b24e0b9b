import type { Probot } from "probot";
import type { GitHub, RepoRef } from "./octokit.js";
import { guardPosting } from "./render/post-guard.js";

/** The App's client for one repository: its installation looked up, every post guarded. */
export async function installationOctokit(app: Probot, repo: RepoRef): Promise<GitHub> {
  const appOctokit = await app.auth();
  const installation = await appOctokit.request("GET /repos/{owner}/{repo}/installation", { ...repo });
  return guardPosting((await app.auth(installation.data.id)) as unknown as GitHub);
}

/** Resolves the installation's client on first use: the server starts before any repository is asked. */
export function lazyInstallationClient(app: Probot, repo: RepoRef): () => Promise<GitHub> {
  let client: Promise<GitHub> | undefined;
  return () => {
    client ??= installationOctokit(app, repo).catch((error: unknown) => {
      client = undefined; // a failed token request is retried on the next call, not cached
      throw error;
    });
    return client;
  };
}
