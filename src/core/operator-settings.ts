import type { z } from "zod";
import { type CollectorsFile, mergeCollectorsFiles, narrowCollectors } from "./collector-settings.js";
import { type ConfigFile, canonicalUnit, SentryConfigSchema } from "./config.js";
import type { Mode } from "./mode.js";

/**
 * What the operator grants — the person or service that runs Sentry, never the repository being diagnosed:
 * commands, hosts, credentials, ACTIVE mode, limits. Built only at the doors (environment, the CLI's
 * `--config`, the App's settings, the Action's inputs) and handed down; `mode` is the highest mode any run may
 * use. A repository's `.github/sentry.yml` can only narrow it (`narrowConfig`).
 */
export const OperatorSettingsSchema = SentryConfigSchema;
export type OperatorSettings = z.infer<typeof OperatorSettingsSchema>;

/** The operator's settings from an operator-owned config file (or none) and the door's own overrides. */
export function operatorSettings(
  file: ConfigFile | undefined,
  overrides: { mode?: Mode | undefined; costUsd?: number | undefined; collectors?: CollectorsFile } = {},
): OperatorSettings {
  // Collector endpoints from the door's environment (SENTRY_PROMETHEUS_URL…) win over the file's, key by key.
  const collectors =
    overrides.collectors && Object.keys(overrides.collectors).length > 0
      ? mergeCollectorsFiles(file?.collectors, overrides.collectors)
      : file?.collectors;
  const base = OperatorSettingsSchema.parse({ ...(file ?? {}), ...(collectors ? { collectors } : {}) });
  return {
    ...base,
    ...(overrides.mode ? { mode: overrides.mode } : {}),
    ...(overrides.costUsd ? { costLimit: { ...base.costLimit, usd: overrides.costUsd } } : {}),
  };
}

export interface NarrowedConfig {
  config: OperatorSettings;
  /** Repository keys that tried to widen what the operator allows: each ignored, each said out loud. */
  ignored: string[];
}

const MODE_RANK: Record<Mode, number> = { DISABLED: 0, AUDIT: 1, ACTIVE: 2 };

/** The lower of two modes: what a repository (or `/sentry mode`) may do to the operator's mode. */
export function lowerMode(ceiling: Mode, wanted: Mode): Mode {
  return MODE_RANK[wanted] <= MODE_RANK[ceiling] ? wanted : ceiling;
}

/**
 * The repository's config applied to the operator's: each key may only take away. Modes take the lower,
 * host and service lists the intersection, protected paths the union, limits the stricter value; commands
 * and workflows are the operator's alone. A key that would widen is ignored and named in `ignored` (the
 * doors print it, the App comments it), so the run goes on with the operator's value, never a looser one.
 * Preferences that grant nothing (reviewers, models, the log budget, alert routing) are the repository's.
 */
export function narrowConfig(
  operator: OperatorSettings,
  repo: ConfigFile | undefined,
  options: { configPath?: string } = {},
): NarrowedConfig {
  const ignored: string[] = [];
  const protectedPaths = [...operator.protectedPaths, ...(repo?.protectedPaths ?? [])];
  // The file Sentry read its config from is never a bot's to write, wherever `config-path` points.
  const configPath = options.configPath ? repoRelative(options.configPath) : undefined;
  if (configPath) protectedPaths.push(configPath);
  if (!repo) return { config: { ...operator, protectedPaths }, ignored };

  let mode = operator.mode;
  if (repo.mode) {
    mode = lowerMode(operator.mode, repo.mode);
    if (mode !== repo.mode)
      ignored.push(`mode: ${repo.mode} ignored: the operator allows at most ${operator.mode}`);
  }
  const restart = repo.restart ?? {};
  for (const key of ["command", "workflow", "user"] as const) {
    const wanted = restart[key];
    if (wanted !== undefined && JSON.stringify(wanted) !== JSON.stringify(operator.restart[key]))
      ignored.push(`restart.${key} ignored: restart ${key}s come from the operator, not the repository`);
  }
  const cost = repo.costLimit ?? {};
  const throttle = repo.throttle ?? {};
  const config: OperatorSettings = {
    ...operator,
    mode,
    protectedPaths,
    reviewers: repo.reviewers ?? operator.reviewers,
    fetchDocsHosts: intersect("fetchDocsHosts", operator.fetchDocsHosts, repo.fetchDocsHosts, ignored),
    diagnosticsHosts: intersect(
      "diagnosticsHosts",
      operator.diagnosticsHosts,
      repo.diagnosticsHosts,
      ignored,
    ),
    restart: {
      ...operator.restart,
      services: intersect(
        "restart.services",
        operator.restart.services,
        restart.services,
        ignored,
        canonicalUnit,
      ),
      minIntervalMinutes: Math.max(operator.restart.minIntervalMinutes, restart.minIntervalMinutes ?? 0),
    },
    costLimit: {
      usd: Math.min(operator.costLimit.usd, cost.usd ?? Number.POSITIVE_INFINITY),
      windowMinutes: Math.max(operator.costLimit.windowMinutes, cost.windowMinutes ?? 0),
    },
    throttle: {
      actions: Math.min(operator.throttle.actions, throttle.actions ?? Number.POSITIVE_INFINITY),
      windowSeconds: Math.max(operator.throttle.windowSeconds, throttle.windowSeconds ?? 0),
    },
    credentialTtlSeconds: Math.min(operator.credentialTtlSeconds, repo.credentialTtlSeconds ?? 3600),
    logBudgetTokens: repo.logBudgetTokens ?? operator.logBudgetTokens,
    models: { ...operator.models, ...(repo.models ?? {}) },
    alertRouting: repo.alertRouting ?? operator.alertRouting,
    ...(operator.collectors
      ? { collectors: narrowCollectors(operator.collectors, repo.collectors, ignored) }
      : {}),
  };
  if (repo.collectors && !operator.collectors)
    ignored.push("collectors ignored: the operator configured no collector, and a repository cannot add one");
  for (const [key, asked, got] of [
    ["costLimit.usd", cost.usd, config.costLimit.usd],
    ["costLimit.windowMinutes", cost.windowMinutes, config.costLimit.windowMinutes],
    ["throttle.actions", throttle.actions, config.throttle.actions],
    ["throttle.windowSeconds", throttle.windowSeconds, config.throttle.windowSeconds],
    ["credentialTtlSeconds", repo.credentialTtlSeconds, config.credentialTtlSeconds],
    ["restart.minIntervalMinutes", restart.minIntervalMinutes, config.restart.minIntervalMinutes],
  ] as const) {
    if (asked !== undefined && asked !== got)
      ignored.push(`${key}: ${asked} ignored: the operator's ${got} is stricter`);
  }
  return { config, ignored };
}

/** The repository's list, kept only where the operator's list has the same entry (case-insensitive). */
function intersect(
  key: string,
  allowed: readonly string[],
  wanted: readonly string[] | undefined,
  ignored: string[],
  canonical: (value: string) => string = (value) => value,
): string[] {
  if (wanted === undefined) return [...allowed];
  const norm = (value: string) => canonical(value).toLowerCase();
  const asked = new Set(wanted.map(norm));
  const granted = new Set(allowed.map(norm));
  // The operator's spelling is kept: the repository only chooses which of the operator's entries remain.
  const kept = allowed.filter((value) => asked.has(norm(value)));
  const dropped = wanted.filter((value) => !granted.has(norm(value)));
  if (dropped.length > 0)
    ignored.push(`${key}: ${dropped.map(shown).join(", ")} ignored: not among what the operator allows`);
  return kept;
}

/** A repository's value as it is named back to it: plain characters only, short (it is posted on GitHub). */
function shown(value: string): string {
  return value.replace(/[^\w.@:/-]/g, "?").slice(0, 80);
}

/** `./.github//x.yml` → `.github/x.yml`; absolute or escaping paths are not the repository's (undefined). */
function repoRelative(path: string): string | undefined {
  if (path.startsWith("/")) return undefined;
  const parts = path.split("/").filter((part) => part !== "" && part !== ".");
  return parts.length > 0 && !parts.includes("..") ? parts.join("/") : undefined;
}
