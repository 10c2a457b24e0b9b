import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/security/exec/parent-secrets.ts
import { readFileSync } from "node:fs";
var KNOWN_SECRETS = /* @__PURE__ */ new Set([
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
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
]);
var KNOWN_PREFIXES = ["SENTRY_ALERT_TOKENS_", "SENTRY_ALERT_HMAC_"];
var SECRET_SUFFIX = /(?:^|[_-])(?:TOKENS?|SECRETS?|KEYS?|PASSWORDS?|PASSWD|PASSPHRASE|CREDENTIALS?|HMAC|APIKEY)$/i;
var PRIVATE_KEY_PREFIX = /^PRIVATE[_-]?KEY/i;
var LOCATION_SUFFIX = /[_-](?:FILE|PATH|DIR)$/i;
var SECRET_VALUE = [/^[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i, /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/];
function isSecretName(name) {
  if (LOCATION_SUFFIX.test(name)) return false;
  const upper = name.toUpperCase();
  return KNOWN_SECRETS.has(upper) || KNOWN_PREFIXES.some((prefix) => upper.startsWith(prefix)) || SECRET_SUFFIX.test(name) || PRIVATE_KEY_PREFIX.test(name);
}
function secretVariables(env) {
  return Object.entries(env).filter(([name, value]) => {
    if (value === void 0 || value === "") return false;
    if (isSecretName(name)) return true;
    return !LOCATION_SUFFIX.test(name) && SECRET_VALUE.some((pattern) => pattern.test(value));
  }).map(([name]) => name).sort();
}
function parseEnviron(text) {
  const env = {};
  for (const item of text.split("\0")) {
    const eq = item.indexOf("=");
    if (eq > 0) env[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return env;
}
function readStartupEnvironment(path = "/proc/self/environ") {
  try {
    return { source: path, env: parseEnviron(readFileSync(path, "latin1")) };
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    return { source: "process.env", env: { ...process.env } };
  }
}

export {
  isSecretName,
  secretVariables,
  readStartupEnvironment
};
