import { parse as parseYaml } from "yaml";
import { type ConfigFile, ConfigFileSchema, type SentryConfig } from "../core/config.js";
import { narrowConfig, type OperatorSettings } from "../core/operator-settings.js";

export const CONFIG_PATH = ".github/sentry.yml";

/** The one reading of a sentry.yml, whoever wrote it: the file as written, or the key that is wrong. */
export type ConfigResult =
  | { status: "ok"; file: ConfigFile }
  | { status: "missing" }
  | { status: "invalid"; key: string; message: string };

/** Validates a parsed config (what Probot's `context.config` returns: an object or null). */
export function parseSentryConfig(raw: unknown): ConfigResult {
  if (raw === null || raw === undefined) return { status: "missing" };
  const parsed = ConfigFileSchema.safeParse(raw);
  if (parsed.success) return { status: "ok", file: parsed.data };
  const issue = parsed.error.issues[0];
  const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  const path = [...(issue?.path ?? []), ...(unknownKey ? [unknownKey] : [])].map(String).join(".");
  return { status: "invalid", key: path || "(root)", message: issue?.message ?? "invalid" };
}

/** Config text (a checkout, the CLI's `--config`, the API): YAML syntax errors name the line instead of a key. */
export function parseSentryConfigText(text: string | undefined): ConfigResult {
  if (text === undefined) return { status: "missing" };
  let raw: unknown;
  try {
    raw = parseYaml(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return { status: "invalid", key: "(yaml syntax)", message };
  }
  // An empty file is a file that sets nothing, not a missing one.
  return parseSentryConfig(raw ?? {});
}

export type ResolvedConfig = {
  /** The operator's settings narrowed by the repository's file: what the run uses. */
  config: SentryConfig;
  source: "file" | "last-good" | "default";
  problem?: { key: string; message: string };
  /** Repository keys that tried to widen the operator's settings: ignored, and said so. */
  ignored: string[];
};

/** The repository's file result applied to the operator's settings (no memory: the CLI and the Action). */
export function resolveRepoConfig(
  operator: OperatorSettings,
  result: ConfigResult,
  options: { configPath?: string } = {},
): ResolvedConfig {
  const file = result.status === "ok" ? result.file : undefined;
  const narrowed = narrowConfig(operator, file, options);
  const problem = result.status === "invalid" ? { key: result.key, message: result.message } : undefined;
  return {
    config: narrowed.config,
    source: file ? "file" : "default",
    ignored: narrowed.ignored,
    ...(problem ? { problem } : {}),
  };
}

/**
 * Remembers the last repository file that validated, per repository, so a bad edit to sentry.yml never
 * drops a running installation back to looser settings. Replicas each keep their own; a fresh one starts
 * from the operator's settings alone. Whatever is remembered is narrowed again on every use.
 */
export function createConfigMemory() {
  const lastGood = new Map<string, ConfigFile>();
  return {
    resolve(repoKey: string, result: ConfigResult, operator: OperatorSettings): ResolvedConfig {
      if (result.status === "ok") {
        lastGood.set(repoKey, result.file);
        return resolveRepoConfig(operator, result);
      }
      const remembered = lastGood.get(repoKey);
      if (!remembered) return resolveRepoConfig(operator, result);
      const narrowed = narrowConfig(operator, remembered);
      return {
        config: narrowed.config,
        source: "last-good",
        ignored: narrowed.ignored,
        ...(result.status === "invalid" ? { problem: { key: result.key, message: result.message } } : {}),
      };
    },
  };
}
export type ConfigMemory = ReturnType<typeof createConfigMemory>;

export const CONFIG_PROBLEM_MARKER = "<!-- claude-sentry:config-problem -->";

/** The comment posted where the problem was noticed, naming the key so the fix is one edit. */
export function renderConfigProblem(resolved: ResolvedConfig, path = CONFIG_PATH): string | undefined {
  if (!resolved.problem && resolved.ignored.length === 0) return undefined;
  const lines = [CONFIG_PROBLEM_MARKER];
  if (resolved.problem) {
    const fallback =
      resolved.source === "last-good" ? "the last valid configuration" : "the default configuration";
    lines.push(
      `**Claude Sentry: \`${path}\` is invalid** at \`${resolved.problem.key}\`: ${resolved.problem.message}.`,
      "",
      `Runs continue with ${fallback} (mode ${resolved.config.mode}) until the file validates.`,
    );
  }
  if (resolved.ignored.length > 0) {
    if (resolved.problem) lines.push("");
    lines.push(
      `**Claude Sentry: \`${path}\` asks for more than the operator allows**; these keys are ignored (a repository's config can only narrow the operator's settings):`,
      "",
      ...resolved.ignored.map((line) => `- ${line}`),
    );
  }
  return lines.join("\n");
}

/** The same, as one plain line per problem (CLI stderr, the Action's warnings). */
export function configProblemLines(resolved: ResolvedConfig, path = CONFIG_PATH): string[] {
  return [
    ...(resolved.problem
      ? [`${path}: ${resolved.problem.key}: ${resolved.problem.message} (running on defaults)`]
      : []),
    ...resolved.ignored.map((line) => `${path}: ${line}`),
  ];
}
