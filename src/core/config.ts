import { z } from "zod";
import { AgentRoleSchema } from "./agent-role.js";
import { type CollectorSettings, CollectorsFileSchema, collectorSettings } from "./collector-settings.js";
import { ModeInputSchema } from "./mode.js";

/**
 * The shape of a Sentry config file. The same keys are read at two levels of trust (operator-settings.ts):
 * the operator's settings (environment, `--config`, the App's settings, the Action's inputs) grant powers;
 * a repository's `.github/sentry.yml` may only narrow them. Unknown keys are rejected with their path so a
 * typo never silently turns a guard off.
 */

export const DEFAULT_FETCH_DOCS_HOSTS = [
  "docs.github.com",
  "kubernetes.io",
  "nginx.org",
  "docs.docker.com",
  "www.postgresql.org",
  "nodejs.org",
  "docs.python.org",
  "man7.org",
];

/** A unit name as an operator lists it: no leading dash (never option-shaped), no path, no shell syntax. */
export const UnitNameSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9@_.:-]{0,63}$/,
    "a unit name: letters, digits, @ _ . : -, not starting with -",
  );

/** `nginx`, `nginx.service` and `nginx.SERVICE` name one unit in the ledger and the allow-list. */
export function canonicalUnit(name: string): string {
  return name.replace(/\.service$/i, "");
}

const HostListSchema = z.array(z.string().min(1));

const RestartFileSchema = z.strictObject({
  /** GitHub mode: the workflow dispatched with the service as input. */
  workflow: z.string().min(1).optional(),
  /** Local mode: the command run (as an argument vector, never a shell), `{service}` substituted. */
  command: z.array(z.string().min(1)).min(1).optional(),
  /** Local mode: the user the command runs as (a name or uid[:gid]), so it cannot read Sentry's secrets. */
  user: z.string().min(1).optional(),
  /** The only services a restart may name (`nginx` and `nginx.service` are one); none listed, none restarted. */
  services: z.array(UnitNameSchema).optional(),
  minIntervalMinutes: z.number().positive().optional(),
});

const CostLimitFileSchema = z.strictObject({
  usd: z.number().positive().optional(),
  windowMinutes: z.number().positive().optional(),
});

const ThrottleFileSchema = z.strictObject({
  actions: z.number().int().positive().optional(),
  windowSeconds: z.number().positive().optional(),
});

const AlertRoutingSchema = z.array(
  z.strictObject({
    match: z.record(z.string(), z.string()),
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  }),
);

/** A config file as written: every key optional, none defaulted, so a reader can tell what the file sets. */
export const ConfigFileSchema = z.strictObject({
  mode: ModeInputSchema.optional(),
  reviewers: z.array(z.string().min(1)).optional(),
  /** Paths (globs) no bot write may touch, on top of the built-in ones (path-policy.ts). */
  protectedPaths: z.array(z.string().min(1)).optional(),
  /** Hosts fetch_docs may reach (https only). */
  fetchDocsHosts: HostListSchema.optional(),
  /** Hosts `curl` and `ping` in run_diagnostics may reach. */
  diagnosticsHosts: HostListSchema.optional(),
  restart: RestartFileSchema.optional(),
  costLimit: CostLimitFileSchema.optional(),
  throttle: ThrottleFileSchema.optional(),
  // Long enough for a real model's longest agent stage (16 turns with thinking); revoked when the agent ends anyway.
  credentialTtlSeconds: z.number().int().positive().max(3600).optional(),
  logBudgetTokens: z.number().int().min(500).max(200_000).optional(),
  /** Per-agent model overrides, e.g. `{ triage: claude-haiku-4-5 }`. */
  models: z.partialRecord(AgentRoleSchema, z.string().min(1)).optional(),
  /** Which repository owns which service or label value: `{ match: { service: checkout }, repo: org/checkout }`. */
  alertRouting: AlertRoutingSchema.optional(),
  /** Evidence collectors: endpoints and credentials from the operator only; a repository may only narrow. */
  collectors: CollectorsFileSchema.optional(),
});
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** The settings a run uses: every key present. Built from the operator's settings, narrowed by the repository. */
export const SentryConfigSchema = z
  .object({
    mode: ModeInputSchema.default("AUDIT"),
    reviewers: z.array(z.string().min(1)).default([]),
    protectedPaths: z.array(z.string().min(1)).default([]),
    fetchDocsHosts: HostListSchema.default(DEFAULT_FETCH_DOCS_HOSTS),
    diagnosticsHosts: HostListSchema.default([]),
    restart: z
      .strictObject({
        workflow: z.string().min(1).optional(),
        command: z.array(z.string().min(1)).min(1).optional(),
        user: z.string().min(1).optional(),
        services: z.array(UnitNameSchema).default([]),
        minIntervalMinutes: z.number().positive().default(10),
      })
      .default({ services: [], minIntervalMinutes: 10 }),
    costLimit: z
      .strictObject({
        usd: z.number().positive().default(5),
        windowMinutes: z.number().positive().default(10),
      })
      .default({ usd: 5, windowMinutes: 10 }),
    throttle: z
      .strictObject({
        actions: z.number().int().positive().default(30),
        windowSeconds: z.number().positive().default(60),
      })
      .default({ actions: 30, windowSeconds: 60 }),
    credentialTtlSeconds: z.number().int().positive().max(3600).default(900),
    logBudgetTokens: z.number().int().min(500).max(200_000).default(6000),
    models: z.partialRecord(AgentRoleSchema, z.string().min(1)).default({}),
    alertRouting: AlertRoutingSchema.default([]),
    /** Absent: no collector configured (see collector-settings.ts). */
    collectors: CollectorsFileSchema.transform(
      (file): CollectorSettings => collectorSettings(file),
    ).optional(),
  })
  .strict();
export type SentryConfig = z.infer<typeof SentryConfigSchema>;

export const DEFAULT_CONFIG: SentryConfig = SentryConfigSchema.parse({});
