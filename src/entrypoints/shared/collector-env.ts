import { type CollectorsFile, CollectorsFileSchema } from "../../core/collector-settings.js";
import { ConfigError } from "../../core/errors.js";

/**
 * Collector endpoints from the operator's environment (serve, the App, the CLI): these win over the
 * operator's `--config` file key by key, and like it they are narrowed by the repository afterwards. Tokens
 * are never read from here by value: `*_TOKEN_ENV` names the variable that holds one.
 */
const VARIABLES: Record<
  string,
  (file: Record<string, Record<string, unknown> | number>, value: string) => void
> = {
  SENTRY_PROMETHEUS_URL: (f, v) => set(f, "prometheus", "url", v),
  SENTRY_PROMETHEUS_TOKEN_ENV: (f, v) => set(f, "prometheus", "tokenEnv", v),
  SENTRY_KUBERNETES: (f, v) => set(f, "kubernetes", "source", v),
  SENTRY_KUBERNETES_CONTEXT: (f, v) => set(f, "kubernetes", "context", v),
  SENTRY_LOKI_URL: (f, v) => set(f, "loki", "url", v),
  SENTRY_LOKI_TOKEN_ENV: (f, v) => set(f, "loki", "tokenEnv", v),
  SENTRY_ELASTICSEARCH_URL: (f, v) => set(f, "elasticsearch", "url", v),
  SENTRY_ELASTICSEARCH_INDEX: (f, v) => set(f, "elasticsearch", "index", v),
  SENTRY_ELASTICSEARCH_TOKEN_ENV: (f, v) => set(f, "elasticsearch", "tokenEnv", v),
  SENTRY_JOURNALD: (f, v) => set(f, "journald", "enabled", v === "true" || v === "1"),
  SENTRY_COLLECTOR_WINDOW_MINUTES: (f, v) => {
    f.beforeMinutes = Number(v);
  },
  SENTRY_COLLECTOR_TIMEOUT_SECONDS: (f, v) => {
    f.timeoutSeconds = Number(v);
  },
};

function set(
  file: Record<string, Record<string, unknown> | number>,
  collector: string,
  key: string,
  value: unknown,
) {
  const section = (file[collector] as Record<string, unknown> | undefined) ?? {};
  section[key] = value;
  file[collector] = section;
}

/** The collectors the environment configures (empty when none); a bad value is bad input naming the variable. */
export function collectorsFromEnv(env: Readonly<Record<string, string | undefined>>): CollectorsFile {
  const file: Record<string, Record<string, unknown> | number> = {};
  const used: string[] = [];
  for (const [name, apply] of Object.entries(VARIABLES)) {
    const value = env[name]?.trim();
    if (!value) continue;
    apply(file, value);
    used.push(name);
  }
  const parsed = CollectorsFileSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `collector settings from ${used.join(", ")}: ${issue?.path.join(".")}: ${issue?.message}`,
      "(environment)",
    );
  }
  return parsed.data;
}
