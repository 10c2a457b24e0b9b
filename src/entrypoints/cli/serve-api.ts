import { resolve } from "node:path";
import { ConfigError } from "../../core/errors.js";
import { ModeInputSchema } from "../../core/mode.js";
import type { StateStore } from "../../core/state-store.js";
import { createJsonlMemoryStore } from "../../memory/index.js";
import { generateAuditKeys } from "../../security/audit/audit-keys.js";
import { createMemoryAuditStore } from "../../security/audit/audit-store.js";
import { createJsonlAuditStore } from "../../security/audit/jsonl-store.js";
import type { SentryApi } from "../../server/api-app.js";
import { createLocalApi } from "../../server/local-api.js";
import { apiSettingsFromEnv } from "../shared/api-env.js";
import { loadConfigFile } from "../shared/load-config.js";
import { providerFactory } from "../shared/provider-settings.js";
import { sentryVersion } from "../shared/version.js";
import { workspaceFromPaths } from "../shared/workspace-from-paths.js";

/**
 * The API, dashboard and /metrics for `serve`, from the environment (docs/operations.md lists each
 * variable). Off unless SENTRY_API_TOKEN is set: an unauthenticated trigger would let anyone spend tokens.
 */
export function serveApiFromEnv(
  env: NodeJS.ProcessEnv,
  cwd: string,
  log: (msg: string, error?: unknown) => void,
  sharedState?: StateStore,
): SentryApi | undefined {
  const token = env.SENTRY_API_TOKEN?.trim();
  if (!token) return undefined;
  if (token.length < 16)
    throw new ConfigError("SENTRY_API_TOKEN must be at least 16 characters", "SENTRY_API_TOKEN");
  const repo = env.SENTRY_REPO_DIR?.trim() || undefined;
  const modeText = env.SENTRY_MODE;
  const mode = modeText ? ModeInputSchema.safeParse(modeText) : undefined;
  if (mode && !mode.success)
    throw new ConfigError("SENTRY_MODE must be audit, active or disabled", "SENTRY_MODE");
  const config = loadConfigFile(
    env.SENTRY_CONFIG?.trim() || undefined,
    repo ? resolve(cwd, repo) : undefined,
    cwd,
    {
      ...(mode?.success ? { mode: mode.data } : {}),
      warn: (line) => log(`warning: ${line}`),
      env,
    },
  );
  const auditPath = env.SENTRY_AUDIT_LOG?.trim() ? resolve(cwd, env.SENTRY_AUDIT_LOG.trim()) : undefined;
  const provider = providerFactory({ flag: undefined, script: env.SENTRY_SCRIPT, env, config, cwd });

  const memoryFile = env.SENTRY_MEMORY_FILE?.trim() ? resolve(cwd, env.SENTRY_MEMORY_FILE.trim()) : undefined;
  const { watchRoots, metricsToken, incidentsFile } = apiSettingsFromEnv(env, cwd);
  return createLocalApi({
    token,
    ...(metricsToken ? { metricsToken } : {}),
    version: sentryVersion(),
    config,
    ...(repo ? { repoRoot: resolve(cwd, repo) } : {}),
    provider,
    workspace: () => workspaceFromPaths({ logs: [], ...(repo ? { repo: resolve(cwd, repo) } : {}), cwd }),
    audit: {
      store: auditPath ? createJsonlAuditStore(auditPath) : createMemoryAuditStore(),
      ...(auditPath ? { path: auditPath } : {}),
      signingKey: env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey,
    },
    ...(memoryFile ? { memory: { store: createJsonlMemoryStore(memoryFile), path: memoryFile } } : {}),
    watchRoots,
    ...(incidentsFile ? { incidentsFile } : {}),
    ...(sharedState ? { sharedState } : {}),
    log,
  });
}
