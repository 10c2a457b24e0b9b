import { readFileSync } from "node:fs";

/**
 * Which variables of a process's start-up environment carry secrets. On Linux a process of the same user
 * reads another's start-up environment from `/proc/<pid>/environ`, and deleting a variable from
 * `process.env` does not change that file: so a command Sentry runs as its own user sees every secret
 * Sentry was started with. One classifier decides both which variables make a command unsafe and which
 * `NAME_FILE` variables the doors read a secret from (entrypoints/shared/dotenv.ts).
 */

/** Secrets Sentry itself, Probot and the Actions runner are known to take from the environment. */
const KNOWN_SECRETS = new Set([
  "PRIVATE_KEY",
  "WEBHOOK_SECRET",
  "ANTHROPIC_API_KEY",
  "OPENAI_API_KEY",
  "BEDROCK_GATEWAY_API_KEY",
  "SENTRY_API_TOKEN",
  "SENTRY_AUDIT_KEY",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GITHUB_CLIENT_SECRET",
  "REDIS_URL",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
]);
const KNOWN_PREFIXES = ["SENTRY_ALERT_TOKENS_", "SENTRY_ALERT_HMAC_"];
/** `*_TOKEN`, `*_SECRET`, `*_KEY`, `*_PASSWORD`, ... (the Action's inputs arrive as `INPUT_API-KEY`). */
const SECRET_SUFFIX =
  /(?:^|[_-])(?:TOKENS?|SECRETS?|KEYS?|PASSWORDS?|PASSWD|PASSPHRASE|CREDENTIALS?|HMAC|APIKEY)$/i;
const PRIVATE_KEY_PREFIX = /^PRIVATE[_-]?KEY/i;
/** Variables that name where a secret is, not the secret: `PRIVATE_KEY_PATH`, `ANTHROPIC_API_KEY_FILE`. */
const LOCATION_SUFFIX = /[_-](?:FILE|PATH|DIR)$/i;
/** Values that are secrets whatever the name: a URL with a password, a PEM private key. */
const SECRET_VALUE = [/^[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i, /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/];

/** True when a variable of this name is treated as a secret (its value is not looked at). */
export function isSecretName(name: string): boolean {
  if (LOCATION_SUFFIX.test(name)) return false;
  const upper = name.toUpperCase();
  return (
    KNOWN_SECRETS.has(upper) ||
    KNOWN_PREFIXES.some((prefix) => upper.startsWith(prefix)) ||
    SECRET_SUFFIX.test(name) ||
    PRIVATE_KEY_PREFIX.test(name)
  );
}

/** The names (never the values) of the secret-bearing variables in an environment; empty values don't count. */
export function secretVariables(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => {
      if (value === undefined || value === "") return false;
      if (isSecretName(name)) return true;
      return !LOCATION_SUFFIX.test(name) && SECRET_VALUE.some((pattern) => pattern.test(value));
    })
    .map(([name]) => name)
    .sort();
}

/** A `/proc/<pid>/environ` text (NUL-separated `NAME=value`) as a record. */
export function parseEnviron(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const item of text.split("\0")) {
    const eq = item.indexOf("=");
    if (eq > 0) env[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return env;
}

export type StartupEnvironment = { source: string; env: Record<string, string> };

/**
 * This process's start-up environment as another process of its user would see it. Where there is no
 * `/proc` (macOS, the BSDs: `ps eww` shows the same thing there), the current `process.env` stands in,
 * which errs on the side of refusing.
 */
export function readStartupEnvironment(path = "/proc/self/environ"): StartupEnvironment {
  try {
    return { source: path, env: parseEnviron(readFileSync(path, "latin1")) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return { source: "process.env", env: { ...process.env } as Record<string, string> };
  }
}
