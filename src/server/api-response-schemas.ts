import { z } from "zod";
import { IncidentSchema, SeveritySchema } from "../core/incident.js";
import { RunSchema } from "../core/run.js";

/**
 * What the API answers with, as zod schemas: the OpenAPI document's 2xx bodies are generated from these, and
 * the OpenAPI test validates real answers against that document. Objects are loose: a field added later is
 * not a breaking change, a documented one that disappears is.
 */
export const HealthResponseSchema = z.looseObject({
  status: z.literal("ok"),
  version: z.string(),
  uptimeSeconds: z.number().int().nonnegative(),
});

export const HealthzResponseSchema = z.looseObject({ status: z.literal("ok") });

export const StatusResponseSchema = z.looseObject({
  mode: z.string(),
  killSwitch: z.looseObject({ halted: z.boolean(), reason: z.string().optional() }),
  circuitBreaker: z.looseObject({
    limitUsd: z.number(),
    windowMinutes: z.number(),
    spentUsd: z.number(),
    open: z.boolean(),
  }),
  watcher: z.looseObject({ running: z.boolean(), files: z.array(z.unknown()) }),
  queue: z.looseObject({ pending: z.number().int().nonnegative() }),
  incidents: z.record(z.string(), z.number().int().nonnegative()),
});

const LinkSchema = z.looseObject({ label: z.string(), url: z.string() });

export const IncidentSummarySchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  severity: SeveritySchema,
  service: z.string().optional(),
  source: z.string(),
  via: z.string(),
  /** queued, running, done or failed: where the record is. */
  status: z.string(),
  /** The run's outcome once done (NOTHING_WRONG, PROPOSED, FIXED, ESCALATED, HALTED), else RECEIVED or a stage. */
  state: z.string(),
  /** The alert's own state, beside the outcome. */
  alertStatus: z.string().optional(),
  category: z.string().optional(),
  summary: z.string().optional(),
  receivedAt: z.string(),
  updatedAt: z.string(),
  links: z.array(LinkSchema),
});

export const IncidentListResponseSchema = z.looseObject({ incidents: z.array(IncidentSummarySchema) });

export const IncidentDetailResponseSchema = IncidentSummarySchema.extend({
  incident: IncidentSchema,
  run: RunSchema.optional(),
  similar: z.array(z.looseObject({ runId: z.string(), score: z.number() })),
  activity: z.array(z.looseObject({ time: z.string(), kind: z.string(), text: z.string() })),
  error: z.string().optional(),
});

const MemoryEntryViewSchema = z.looseObject({
  runId: z.string(),
  title: z.string(),
  category: z.string(),
  rootCause: z.string(),
  storedAt: z.string(),
});

export const MemoryResponseSchema = z.looseObject({
  enabled: z.boolean(),
  query: z.string().optional(),
  total: z.number().int().optional(),
  entries: z.array(MemoryEntryViewSchema).optional(),
  matches: z.array(z.looseObject({ runId: z.string(), score: z.number() })).optional(),
});

export const OutcomeResponseSchema = z.looseObject({ runId: z.string(), fixWorked: z.boolean() });

export const ToolsResponseSchema = z.looseObject({
  tools: z.array(
    z.looseObject({
      name: z.string(),
      description: z.string(),
      inputSchema: z.record(z.string(), z.unknown()),
      roles: z.array(z.string()),
    }),
  ),
});

export const SecurityResponseSchema = z.looseObject({
  agents: z.array(z.looseObject({ status: z.string() })),
  credentialTtlSeconds: z.number(),
  throttle: z.looseObject({ blockedCalls: z.number() }),
  gateway: z.looseObject({}),
  audit: z.looseObject({
    entries: z.number().int().nonnegative(),
    head: z.looseObject({ seq: z.number().optional(), hash: z.string() }).nullable(),
    verification: z.looseObject({ ok: z.boolean() }),
  }),
});

export const TriggerResponseSchema = z.looseObject({
  id: z.string(),
  status: z.literal("queued"),
  url: z.string(),
});

export const WatcherResponseSchema = z.looseObject({
  status: z.string(),
  watcher: z.looseObject({ running: z.boolean() }),
});

export const AlertAcceptedResponseSchema = z.looseObject({
  status: z.string(),
  /** The ids of the incidents the notification became (empty for a duplicate delivery). */
  incidents: z.array(z.string()),
});
