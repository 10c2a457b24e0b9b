import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  CONFIG_PATH,
  CollectorsFileSchema,
  configProblemLines,
  operatorSettings,
  parseSentryConfigText,
  resolveRepoConfig
} from "./chunk-BQI2XCIV.js";
import {
  ConfigError
} from "./chunk-U3NNAQLI.js";

// src/entrypoints/shared/collector-env.ts
var VARIABLES = {
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
  }
};
function set(file, collector, key, value) {
  const section = file[collector] ?? {};
  section[key] = value;
  file[collector] = section;
}
function collectorsFromEnv(env) {
  const file = {};
  const used = [];
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
      "(environment)"
    );
  }
  return parsed.data;
}

// src/entrypoints/shared/load-config.ts
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
function loadConfigFile(explicit, repoRoot, cwd, options = {}) {
  let operatorFile = { status: "missing" };
  if (explicit) {
    operatorFile = readConfig(resolve(cwd, explicit), explicit);
    if (operatorFile.status === "missing")
      throw new ConfigError(`cannot read config ${explicit}: ENOENT`, "(file)");
  }
  const operator = operatorSettings(operatorFile.status === "ok" ? operatorFile.file : void 0, {
    mode: options.mode,
    collectors: collectorsFromEnv(options.env ?? process.env)
  });
  const repoFile = repoRoot ? join(repoRoot, CONFIG_PATH) : void 0;
  const repoResult = repoFile && existsSync(repoFile) ? readConfig(repoFile, repoFile) : { status: "missing" };
  const resolved = resolveRepoConfig(operator, repoResult);
  for (const line of configProblemLines(resolved, repoFile ?? CONFIG_PATH)) options.warn?.(line);
  return resolved.config;
}
function loadOperatorSettings(file, cwd, env = process.env) {
  const result = readConfig(resolve(cwd, file), file);
  if (result.status === "missing") throw new ConfigError(`cannot read config ${file}: ENOENT`, "(file)");
  return operatorSettings(result.status === "ok" ? result.file : void 0, {
    collectors: collectorsFromEnv(env)
  });
}
function readConfig(file, shown) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { status: "missing" };
    throw new ConfigError(`cannot read config ${shown}: ${code}`, "(file)");
  }
  const result = parseSentryConfigText(text);
  if (result.status === "invalid")
    throw new ConfigError(`config ${shown}: ${result.key}: ${result.message}`, result.key);
  return result;
}

export {
  collectorsFromEnv,
  loadConfigFile,
  loadOperatorSettings
};
