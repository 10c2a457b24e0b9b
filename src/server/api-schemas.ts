import { z } from "zod";
import { SeveritySchema } from "../core/incident.js";

/** POST /api/trigger: an incident by hand (from the dashboard form or a script), with optional log text. */
export const TriggerBodySchema = z.strictObject({
  title: z.string().trim().min(1).max(500),
  description: z.string().max(20_000).optional(),
  severity: SeveritySchema.default("P3"),
  service: z
    .string()
    .regex(/^[\w.-]{1,100}$/)
    .optional(),
  labels: z.record(z.string().max(100), z.string().max(500)).optional(),
  /** Log lines to diagnose (pasted or posted by the watcher). */
  logs: z.string().max(1_000_000).optional(),
  /** Where `logs` was cut from (the watcher's file, as named there): evidence cites it by this name. */
  logFile: z
    .string()
    .min(1)
    .max(500)
    .regex(/^[^\u0000-\u001f\u007f]+$/, "no control characters")
    .optional(),
  /** The line of logFile that the first line of `logs` is. */
  firstLine: z.number().int().positive().optional(),
});
export type TriggerBody = z.infer<typeof TriggerBodySchema>;

export const WatcherStartBodySchema = z.strictObject({
  files: z.array(z.string().min(1).max(4_096)).min(1).max(20),
});
export type WatcherStartBody = z.infer<typeof WatcherStartBodySchema>;

/** POST /api/memory/:runId/outcome: someone confirms whether a remembered fix worked. */
export const OutcomeBodySchema = z.strictObject({
  fixWorked: z.boolean(),
  note: z.string().max(1_000).optional(),
});

export const IncidentListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  state: z
    .string()
    .regex(/^[A-Za-z_]{1,20}$/)
    .optional(),
});

export const MemoryQuerySchema = z.object({
  q: z.string().max(2_000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ErrorBodySchema = z.object({ error: z.string(), reason: z.string().optional() });
