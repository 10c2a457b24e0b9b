import { z } from "zod";
import { AgentRoleSchema } from "./agent-role.js";
import { ModeInputSchema } from "./mode.js";

/**
 * `.github/sentry.yml` (and the CLI's `--config`). Unknown keys are rejected with their path so a typo
 * never silently turns a guard off.
 */
export const SentryConfigSchema = z
  .object({
    mode: ModeInputSchema.default("AUDIT"),
    reviewers: z.array(z.string().min(1)).default([]),
    /** Paths (globs) no bot write may touch, on top of the built-in ones (.git, .github/workflows, keys, STOP_SENTRY). */
    protectedPaths: z.array(z.string().min(1)).default([]),
    /** Hosts fetch_docs may reach (https only). */
    fetchDocsHosts: z
      .array(z.string().min(1))
      .default([
        "docs.github.com",
        "kubernetes.io",
        "nginx.org",
        "docs.docker.com",
        "www.postgresql.org",
        "nodejs.org",
        "docs.python.org",
        "man7.org",
      ]),
    /** Hosts `curl` in run_diagnostics may reach. */
    diagnosticsHosts: z.array(z.string().min(1)).default([]),
    restart: z
      .strictObject({
        /** GitHub mode: the workflow dispatched with the service as input. */
        workflow: z.string().optional(),
        /** Local mode: the command run (as an argument vector, never a shell), `{service}` substituted. */
        command: z.array(z.string()).optional(),
        minIntervalMinutes: z.number().positive().default(10),
      })
      .default({ minIntervalMinutes: 10 }),
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
    // Long enough for a real model's longest agent stage (16 turns with thinking); revoked when the agent ends anyway.
    credentialTtlSeconds: z.number().int().positive().max(3600).default(900),
    logBudgetTokens: z.number().int().min(500).max(200_000).default(6000),
    /** Per-agent model overrides, e.g. `{ triage: claude-haiku-4-5 }`. */
    models: z.partialRecord(AgentRoleSchema, z.string().min(1)).default({}),
    /** Which repository owns which service or label value: `{ match: { service: checkout }, repo: org/checkout }`. */
    alertRouting: z
      .array(
        z.strictObject({
          match: z.record(z.string(), z.string()),
          repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
        }),
      )
      .default([]),
  })
  .strict();
export type SentryConfig = z.infer<typeof SentryConfigSchema>;

export const DEFAULT_CONFIG: SentryConfig = SentryConfigSchema.parse({});
