import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEnv } from "node:util";
import { ConfigError } from "../../core/errors.js";
import { isSecretName } from "../../security/exec/parent-secrets.js";

export interface DotEnv {
  /** The environment with the file's variables under it: a variable already set wins over the file. */
  env: NodeJS.ProcessEnv;
  /** The file read, when there was one. */
  path?: string;
}

/**
 * `.env` in the working directory, read before any setting is: `serve` and the App read the same file
 * the same way. Empty values count as unset, so a copy of .env.example (every key, most empty) changes
 * nothing until a value is filled in.
 */
export function loadDotEnv(cwd: string, env: NodeJS.ProcessEnv): DotEnv {
  const path = join(cwd, ".env");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { env: readSecretFiles(env, cwd) };
    throw error;
  }
  const fromFile = Object.entries(parseEnv(text)).filter(([, value]) => value !== "");
  const merged: NodeJS.ProcessEnv = { ...env };
  for (const [key, value] of fromFile) {
    if (merged[key] === undefined || merged[key] === "") merged[key] = value;
  }
  return { env: readSecretFiles(merged, cwd), path };
}

/**
 * `NAME_FILE=/path` for any secret-bearing NAME (ANTHROPIC_API_KEY_FILE, WEBHOOK_SECRET_FILE,
 * SENTRY_API_TOKEN_FILE, SENTRY_ALERT_TOKENS_GRAFANA_FILE, ...): the file is read once, here, into the
 * environment object the settings are built from. The secret then lives only in memory, not in the
 * process's start-up environment (/proc/PID/environ), where any command run as Sentry's user could read
 * it. The trailing newline goes; a NAME set as well, to another value, is an error.
 */
export function readSecretFiles(env: NodeJS.ProcessEnv, cwd: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const [key, location] of Object.entries(env)) {
    if (!key.endsWith("_FILE") || !location) continue;
    const name = key.slice(0, -"_FILE".length);
    if (!isSecretName(name)) continue;
    let value: string;
    try {
      value = readFileSync(resolve(cwd, location), "utf8").replace(/\r?\n$/, "");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      throw new ConfigError(`${key}: cannot read ${location} (${code})`, key, { cause: error });
    }
    if (value === "") throw new ConfigError(`${key}: ${location} is empty`, key);
    const given = env[name];
    if (given !== undefined && given !== "" && given !== value)
      throw new ConfigError(
        `${name} and ${key} are both set: keep one (the file keeps it out of /proc)`,
        name,
      );
    out[name] = value;
  }
  return out;
}
