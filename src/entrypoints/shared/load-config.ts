import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { type SentryConfig, SentryConfigSchema } from "../../core/config.js";
import { ConfigError } from "../../core/errors.js";

export type ConfigParse =
  | { status: "ok"; config: SentryConfig }
  | { status: "invalid"; path: string; reason: string };

/** Parses `.github/sentry.yml` text; an invalid file names the key, so the fix is obvious. */
export function parseConfigText(text: string): ConfigParse {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    return {
      status: "invalid",
      path: "(file)",
      reason: `not valid YAML: ${(error as Error).message.split("\n")[0]}`,
    };
  }
  const parsed = SentryConfigSchema.safeParse(raw);
  if (parsed.success) return { status: "ok", config: parsed.data };
  const issue = parsed.error.issues[0];
  const keys = issue && "keys" in issue && Array.isArray(issue.keys) ? `.${issue.keys.join(", ")}` : "";
  const path = `${issue?.path.join(".") ?? ""}${keys}` || "(root)";
  return { status: "invalid", path, reason: issue?.message ?? "invalid" };
}

/** `--config FILE`, else the repository's `.github/sentry.yml`, else the defaults. */
export function loadConfigFile(
  explicit: string | undefined,
  repoRoot: string | undefined,
  cwd: string,
): SentryConfig {
  const file = explicit
    ? resolve(cwd, explicit)
    : repoRoot
      ? join(repoRoot, ".github/sentry.yml")
      : undefined;
  if (!file || (!explicit && !existsSync(file))) return SentryConfigSchema.parse({});
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `cannot read config ${explicit ?? file}: ${(error as NodeJS.ErrnoException).code}`,
      "(file)",
    );
  }
  const result = parseConfigText(text);
  if (result.status === "invalid") {
    throw new ConfigError(`config ${explicit ?? file}: ${result.path}: ${result.reason}`, result.path);
  }
  return result.config;
}
