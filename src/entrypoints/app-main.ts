import { run } from "probot";
import { operatorSettings } from "../core/operator-settings.js";
import type { RepoRef } from "../github/octokit.js";
import { sentryApp } from "./app.js";
import { apiSettingsFromEnv } from "./shared/api-env.js";
import { collectorsFromEnv } from "./shared/collector-env.js";
import { loadDotEnv } from "./shared/dotenv.js";
import { loadOperatorSettings } from "./shared/load-config.js";
import { serveSettingsFromEnv } from "./shared/serve-settings.js";

// `npm start`: Probot reads APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, PORT and GHE_HOST (Enterprise Server) itself;
// the rest is ours and read only here. `.env` first, before any of them is read (Probot reads it again
// later, which changes nothing: a variable already set is kept).
const dotEnv = loadDotEnv(process.cwd(), process.env);
Object.assign(process.env, dotEnv.env);
const env = process.env;
const repoVar = (name: string): RepoRef | undefined => {
  const value = env[name]?.trim();
  if (!value) return undefined;
  const [owner, repo, extra] = value.split("/");
  if (!owner || !repo || extra !== undefined) throw new Error(`${name} must be owner/name, got ${value}`);
  return { owner, repo };
};
const handOff = env.SENTRY_HANDOFF?.trim() || "in-process";
if (handOff !== "in-process" && handOff !== "actions")
  throw new Error("SENTRY_HANDOFF must be in-process or actions");
const mode = env.SENTRY_MODE?.trim().toUpperCase();
if (mode && mode !== "AUDIT" && mode !== "ACTIVE" && mode !== "DISABLED") {
  throw new Error("SENTRY_MODE must be AUDIT, ACTIVE or DISABLED");
}
const routingRepo = repoVar("SENTRY_ROUTING_REPO");
// The API, dashboard and /metrics, as on `serve`: off unless a token is set (an open trigger spends tokens).
const apiToken = env.SENTRY_API_TOKEN?.trim();
if (apiToken !== undefined && apiToken !== "" && apiToken.length < 16)
  throw new Error("SENTRY_API_TOKEN must be at least 16 characters");
const apiExtras = apiSettingsFromEnv(env, process.cwd());
const defaultRepo = repoVar("SENTRY_DEFAULT_REPO");
// The operator's grant (commands, hosts, restart services); repositories' sentry.yml can only narrow it.
const operatorFile = env.SENTRY_CONFIG?.trim();
// Collector endpoints may come from the environment alone (SENTRY_PROMETHEUS_URL…), without a file.
const envCollectors = collectorsFromEnv(env);
const operator = operatorFile
  ? loadOperatorSettings(operatorFile, process.cwd(), env)
  : Object.keys(envCollectors).length > 0
    ? operatorSettings(undefined, { collectors: envCollectors })
    : undefined;

await run(
  sentryApp({
    serve: serveSettingsFromEnv(env),
    ...(routingRepo ? { routingRepo } : {}),
    ...(defaultRepo ? { defaultRepo } : {}),
    handOff,
    ...(operator ? { operator } : {}),
    ...(mode ? { modeOverride: mode as "AUDIT" | "ACTIVE" | "DISABLED" } : {}),
    appSlug: env.APP_SLUG?.trim() || "claude-sentry",
    serverUrl: env.GHE_HOST ? `${env.GHE_PROTOCOL ?? "https"}://${env.GHE_HOST}` : "https://github.com",
    ...(env.SENTRY_AUDIT_KEY ? { auditSigningKey: env.SENTRY_AUDIT_KEY } : {}),
    providerEnv: env,
    ...(apiToken ? { api: { token: apiToken, ...apiExtras } } : {}),
    ...(dotEnv.path ? { dotEnvPath: dotEnv.path } : {}),
  }),
);
