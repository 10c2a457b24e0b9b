import type { CollectorName, CollectorSettings } from "../core/collector-settings.js";
import type { CommandExecutor } from "../security/policy/command-policy.js";
import type { FetchLike } from "./http-fetch.js";

/**
 * What the collector tools work with in one run: the narrowed settings, the credentials the door read from
 * the environment variables the operator named (only those), and test seams. Built by the engine.
 */
export interface CollectorAccess {
  settings: CollectorSettings;
  /** Values of the operator's named variables; a name absent here is an unset variable. */
  credentials: Readonly<Record<string, string>>;
  fetch?: FetchLike;
  /** journald's executor in tests; otherwise the tool runner's (the one run_diagnostics uses). */
  exec?: CommandExecutor;
}

/** The environment variables the settings name as credentials, for the door to read (and nothing else). */
export function credentialNames(settings: CollectorSettings): string[] {
  const { prometheus, loki, elasticsearch } = settings;
  return [
    prometheus.tokenEnv,
    loki.tokenEnv,
    elasticsearch.tokenEnv,
    elasticsearch.usernameEnv,
    elasticsearch.passwordEnv,
  ].filter((name): name is string => name !== undefined);
}

/** Only the named variables are copied out of the environment the door passes. */
export function credentialsFrom(
  settings: CollectorSettings | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  if (!settings) return {};
  const out: Record<string, string> = {};
  for (const name of credentialNames(settings)) {
    const value = env[name];
    if (value) out[name] = value;
  }
  return out;
}

export function isEnabled(access: CollectorAccess | undefined, name: CollectorName): boolean {
  if (!access) return false;
  const c = access.settings[name];
  if (!c.enabled) return false;
  if (name === "kubernetes") return access.settings.kubernetes.source !== undefined;
  if (name === "journald") return true;
  return "url" in c && c.url !== undefined;
}

/** The bearer header for a collector whose token variable the operator named. */
export function bearer(access: CollectorAccess, tokenEnv: string | undefined): Record<string, string> {
  const token = tokenEnv ? access.credentials[tokenEnv] : undefined;
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** What a door hands the engine: the credentials it read (credentialsFrom) and, in tests, fetch and exec seams. */
export interface CollectorRuntime {
  credentials?: Readonly<Record<string, string>>;
  fetch?: FetchLike;
  exec?: CommandExecutor;
}

/** The run's access, or none when the operator configured no collector. */
export function collectorAccess(
  settings: CollectorSettings | undefined,
  runtime: CollectorRuntime = {},
): CollectorAccess | undefined {
  if (!settings) return undefined;
  return {
    settings,
    credentials: runtime.credentials ?? {},
    ...(runtime.fetch ? { fetch: runtime.fetch } : {}),
    ...(runtime.exec ? { exec: runtime.exec } : {}),
  };
}
