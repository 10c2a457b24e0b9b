import { resolve } from "node:path";
import { ConfigError } from "../../core/errors.js";

/** The API's settings beyond its token that `serve` and the App read alike. */
export interface ApiEnvSettings {
  /** SENTRY_WATCH_ROOTS: the folders the log watcher may follow. */
  watchRoots: string[];
  /** SENTRY_METRICS_TOKEN: opens /metrics and nothing else. */
  metricsToken?: string;
  /** SENTRY_INCIDENTS_FILE: the incident list kept across restarts. */
  incidentsFile?: string;
}

export function apiSettingsFromEnv(env: NodeJS.ProcessEnv, cwd: string): ApiEnvSettings {
  const watchRoots = (env.SENTRY_WATCH_ROOTS ?? "")
    .split(",")
    .map((root) => root.trim())
    .filter(Boolean)
    .map((root) => resolve(cwd, root));
  const metricsToken = env.SENTRY_METRICS_TOKEN?.trim();
  if (metricsToken !== undefined && metricsToken !== "" && metricsToken.length < 16)
    throw new ConfigError("SENTRY_METRICS_TOKEN must be at least 16 characters", "SENTRY_METRICS_TOKEN");
  const incidentsFile = env.SENTRY_INCIDENTS_FILE?.trim();
  return {
    watchRoots,
    ...(metricsToken ? { metricsToken } : {}),
    ...(incidentsFile ? { incidentsFile: resolve(cwd, incidentsFile) } : {}),
  };
}
