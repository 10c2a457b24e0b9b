import { type OperatorSettings, operatorSettings } from "../core/operator-settings.js";
import { CONFIG_PATH, type ConfigMemory, type ConfigResult, parseSentryConfigText } from "./config.js";
import { readFileAt } from "./git-data.js";
import type { GitHub, RepoRef } from "./octokit.js";

/** The operator's grant and mode cap, as the App's door parsed them from its environment. */
export interface OperatorGrant {
  /** SENTRY_MODE: the highest mode any repository's runs may use (DISABLED is the operator's kill switch). */
  modeOverride?: "AUDIT" | "ACTIVE" | "DISABLED";
  /** The operator's grant (SENTRY_CONFIG): a repository's own sentry.yml can only narrow it. */
  operator?: OperatorSettings;
}

/** The operator's settings, built once from the App's settings: the only source of powers. */
export function operatorOf(settings: OperatorGrant): OperatorSettings {
  const base = settings.operator ?? operatorSettings(undefined);
  return settings.modeOverride ? { ...base, mode: settings.modeOverride } : base;
}

/**
 * The App's one reading of a repository's `.github/sentry.yml`, for commands and alerts alike: the file at
 * `ref`, else the organisation's default in its `.github` repository (as Probot's `context.config` falls
 * back), parsed by the one parser (`parseSentryConfigText`) into the one result shape.
 */
export async function readSentryConfig(gh: GitHub, repo: RepoRef, ref: string): Promise<ConfigResult> {
  const own = await readFileAt(gh, repo, CONFIG_PATH, ref);
  if (own !== undefined) return parseSentryConfigText(own);
  if (repo.repo === ".github") return { status: "missing" };
  const org = await readFileAt(gh, { owner: repo.owner, repo: ".github" }, CONFIG_PATH, "HEAD");
  return parseSentryConfigText(org);
}

/**
 * The repository's config narrowed by the operator's, remembering the last good file per repository. A
 * read that fails (GitHub down, no access) keeps the last good config, and names what went wrong.
 */
export async function repoConfig(
  memory: ConfigMemory,
  gh: GitHub,
  repo: RepoRef,
  ref: string,
  settings: OperatorGrant,
) {
  let result: ConfigResult;
  try {
    result = await readSentryConfig(gh, repo, ref);
  } catch (error) {
    result = {
      status: "invalid",
      key: "(unreadable)",
      message: error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
    };
  }
  return memory.resolve(`${repo.owner}/${repo.repo}`, result, operatorOf(settings));
}
