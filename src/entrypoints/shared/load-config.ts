import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SentryConfig } from "../../core/config.js";
import { ConfigError } from "../../core/errors.js";
import type { Mode } from "../../core/mode.js";
import { type OperatorSettings, operatorSettings } from "../../core/operator-settings.js";
import {
  CONFIG_PATH,
  type ConfigResult,
  configProblemLines,
  parseSentryConfigText,
  resolveRepoConfig,
} from "../../github/config.js";
import { collectorsFromEnv } from "./collector-env.js";

/**
 * The CLI's settings: `--config FILE` is the operator's (it may grant commands, hosts and ACTIVE mode),
 * `--mode`/SENTRY_MODE the operator's mode; the repository's own `.github/sentry.yml` can only narrow them,
 * and each key of it that tried to widen is passed to `warn`. An invalid file of either kind is bad input.
 */
export function loadConfigFile(
  explicit: string | undefined,
  repoRoot: string | undefined,
  cwd: string,
  options: {
    mode?: Mode;
    warn?: (line: string) => void;
    env?: Readonly<Record<string, string | undefined>>;
  } = {},
): SentryConfig {
  let operatorFile: ConfigResult = { status: "missing" };
  if (explicit) {
    operatorFile = readConfig(resolve(cwd, explicit), explicit);
    if (operatorFile.status === "missing")
      throw new ConfigError(`cannot read config ${explicit}: ENOENT`, "(file)");
  }
  const operator = operatorSettings(operatorFile.status === "ok" ? operatorFile.file : undefined, {
    mode: options.mode,
    collectors: collectorsFromEnv(options.env ?? process.env),
  });
  const repoFile = repoRoot ? join(repoRoot, CONFIG_PATH) : undefined;
  const repoResult: ConfigResult =
    repoFile && existsSync(repoFile) ? readConfig(repoFile, repoFile) : { status: "missing" };
  const resolved = resolveRepoConfig(operator, repoResult);
  for (const line of configProblemLines(resolved, repoFile ?? CONFIG_PATH)) options.warn?.(line);
  return resolved.config;
}

/** The App's operator file (SENTRY_CONFIG): it grants; an invalid or missing one stops start-up. */
export function loadOperatorSettings(
  file: string,
  cwd: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): OperatorSettings {
  const result = readConfig(resolve(cwd, file), file);
  if (result.status === "missing") throw new ConfigError(`cannot read config ${file}: ENOENT`, "(file)");
  return operatorSettings(result.status === "ok" ? result.file : undefined, {
    collectors: collectorsFromEnv(env),
  });
}

/** Reads and parses one file; an invalid one is bad input (exit 2) naming the file and the key. */
function readConfig(file: string, shown: string): ConfigResult {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { status: "missing" };
    throw new ConfigError(`cannot read config ${shown}: ${code}`, "(file)");
  }
  const result = parseSentryConfigText(text);
  if (result.status === "invalid")
    throw new ConfigError(`config ${shown}: ${result.key}: ${result.message}`, result.key);
  return result;
}
