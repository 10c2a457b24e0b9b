import { parse as parseYaml } from "yaml";
import { DEFAULT_CONFIG, type SentryConfig, SentryConfigSchema } from "../core/config.js";

export const CONFIG_PATH = ".github/sentry.yml";

export type ConfigResult =
  | { status: "ok"; config: SentryConfig }
  | { status: "missing" }
  | { status: "invalid"; key: string; message: string };

/** Validates a parsed `.github/sentry.yml` (what Probot's `context.config` returns: an object or null). */
export function parseSentryConfig(raw: unknown): ConfigResult {
  if (raw === null || raw === undefined) return { status: "missing" };
  const parsed = SentryConfigSchema.safeParse(raw);
  if (parsed.success) return { status: "ok", config: parsed.data };
  const issue = parsed.error.issues[0];
  const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  const path = [...(issue?.path ?? []), ...(unknownKey ? [unknownKey] : [])].map(String).join(".");
  return { status: "invalid", key: path || "(root)", message: issue?.message ?? "invalid" };
}

/** The Action reads the file from its checkout; YAML syntax errors name the line instead of a key. */
export function parseSentryConfigText(text: string | undefined): ConfigResult {
  if (text === undefined) return { status: "missing" };
  try {
    return parseSentryConfig(parseYaml(text) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return { status: "invalid", key: "(yaml syntax)", message };
  }
}

export type ResolvedConfig = {
  config: SentryConfig;
  source: "file" | "last-good" | "default";
  problem?: { key: string; message: string };
};

/**
 * Remembers the last configuration that validated, per repository, so a bad edit to sentry.yml never
 * drops a running installation back to looser defaults. Replicas each keep their own; a fresh one starts
 * from defaults (AUDIT mode, the safest).
 */
export function createConfigMemory() {
  const lastGood = new Map<string, SentryConfig>();
  return {
    resolve(repoKey: string, result: ConfigResult): ResolvedConfig {
      if (result.status === "ok") {
        lastGood.set(repoKey, result.config);
        return { config: result.config, source: "file" };
      }
      const remembered = lastGood.get(repoKey);
      const problem = result.status === "invalid" ? { key: result.key, message: result.message } : undefined;
      if (remembered) return { config: remembered, source: "last-good", ...(problem ? { problem } : {}) };
      return { config: DEFAULT_CONFIG, source: "default", ...(problem ? { problem } : {}) };
    },
  };
}
export type ConfigMemory = ReturnType<typeof createConfigMemory>;

export const CONFIG_PROBLEM_MARKER = "<!-- claude-sentry:config-problem -->";

/** The comment posted where the problem was noticed, naming the key so the fix is one edit. */
export function renderConfigProblem(resolved: ResolvedConfig): string | undefined {
  if (!resolved.problem) return undefined;
  const fallback =
    resolved.source === "last-good" ? "the last valid configuration" : "the default configuration";
  return [
    CONFIG_PROBLEM_MARKER,
    `**Claude Sentry: \`${CONFIG_PATH}\` is invalid** at \`${resolved.problem.key}\`: ${resolved.problem.message}.`,
    "",
    `Runs continue with ${fallback} (mode ${resolved.config.mode}) until the file validates.`,
  ].join("\n");
}
