import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ConfigError } from "../../core/errors.js";
import { ModeInputSchema } from "../../core/mode.js";
import { readAuditHead } from "../../engine/audit-head.js";
import { runIncident } from "../../engine/run-incident.js";
import { createJsonlMemoryStore } from "../../memory/index.js";
import { generateAuditKeys } from "../../security/audit/audit-keys.js";
import {
  type AuditStore,
  createMemoryAuditStore,
  readAuditEntries,
} from "../../security/audit/audit-store.js";
import { createJsonlAuditStore } from "../../security/audit/jsonl-store.js";
import { createSentryApi, type SentryApi } from "../../server/api-app.js";
import type { ExecuteIncident } from "../../server/api-incidents.js";
import { loadConfigFile } from "../shared/load-config.js";
import { writeLogUpload } from "../shared/log-upload.js";
import { providerFactory } from "../shared/provider-settings.js";
import { workspaceFromPaths } from "../shared/workspace-from-paths.js";
import { sentryVersion } from "./version.js";

/** The chain's last entry: from the file's tail when there is a file (it may hold millions), else from memory. */
async function chainHead(
  store: AuditStore,
  auditPath: string | undefined,
): Promise<{ seq: number; hash: string } | undefined> {
  if (auditPath) return readAuditHead(auditPath);
  const last = (await readAuditEntries(store)).at(-1) as { seq?: unknown; hash?: unknown } | undefined;
  return typeof last?.seq === "number" && typeof last.hash === "string"
    ? { seq: last.seq, hash: last.hash }
    : undefined;
}

/**
 * The API, dashboard and /metrics for `serve`, from the environment (docs/operations.md lists each
 * variable). Off unless SENTRY_API_TOKEN is set: an unauthenticated trigger would let anyone spend tokens.
 */
export function serveApiFromEnv(
  env: NodeJS.ProcessEnv,
  cwd: string,
  log: (msg: string, error?: unknown) => void,
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
    },
  );
  const auditPath = env.SENTRY_AUDIT_LOG?.trim() ? resolve(cwd, env.SENTRY_AUDIT_LOG.trim()) : undefined;
  const auditStore = auditPath ? createJsonlAuditStore(auditPath) : createMemoryAuditStore();
  const signingKey = env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey;
  const provider = providerFactory({ flag: undefined, script: env.SENTRY_SCRIPT, env, config, cwd });
  const runMode = config.mode;

  const execute: ExecuteIncident = async ({ incident, logs, similar, onState }) => {
    const dir = await mkdtemp(join(tmpdir(), "sentry-incident-"));
    try {
      const base = workspaceFromPaths({ logs: [], ...(repo ? { repo: resolve(cwd, repo) } : {}), cwd: dir });
      // Cited as the watched file with its own line numbers, or as "incident.log", never as a temporary path.
      const workspace = logs?.text ? { ...base, ...(await writeLogUpload(dir, logs)) } : base;
      const head = await chainHead(auditStore, auditPath);
      return await runIncident({
        incident,
        workspace,
        mode: runMode,
        config,
        provider,
        auditStore,
        ...(auditPath ? { auditLogPath: auditPath } : {}),
        ...(head ? { auditHead: head } : {}),
        auditSigningKey: signingKey,
        similar,
        onState,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  const roots = (env.SENTRY_WATCH_ROOTS ?? "")
    .split(",")
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => resolve(cwd, r));
  const metricsToken = env.SENTRY_METRICS_TOKEN?.trim();
  if (metricsToken !== undefined && metricsToken.length < 16)
    throw new ConfigError("SENTRY_METRICS_TOKEN must be at least 16 characters", "SENTRY_METRICS_TOKEN");
  return createSentryApi({
    token,
    ...(metricsToken ? { metricsToken } : {}),
    version: sentryVersion(),
    mode: runMode,
    config,
    ...(repo ? { repoRoot: resolve(cwd, repo) } : {}),
    execute,
    auditStore,
    ...(env.SENTRY_MEMORY_FILE?.trim()
      ? { memory: createJsonlMemoryStore(resolve(cwd, env.SENTRY_MEMORY_FILE.trim())) }
      : {}),
    watchRoots: roots,
    log,
  });
}
