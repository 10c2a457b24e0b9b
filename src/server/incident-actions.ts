import { z } from "zod";
import type { MemoryStore } from "../memory/index.js";
import type { AuditEntry } from "../security/audit/audit-entry.js";
import { type IncidentBook, type IncidentRecord, pushActivity } from "./api-incidents.js";
import { fail, readJson } from "./api-request.js";
import { incidentDetail } from "./dashboard/incident-view.js";
import { type RouteContext, sendJson } from "./http-server.js";

/** Who did it, as they typed it: shown and audited, never trusted for anything else. */
const ByField = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N} ._@-]{1,100}$/u, "letters, digits, spaces and . _ @ - only")
  .optional();

export const AcknowledgeBodySchema = z.strictObject({
  by: ByField,
  note: z.string().max(1_000).optional(),
});
export type AcknowledgeBody = z.infer<typeof AcknowledgeBodySchema>;

export const IncidentOutcomeBodySchema = z.strictObject({
  fixWorked: z.boolean(),
  by: ByField,
  note: z.string().max(1_000).optional(),
});
export type IncidentOutcomeBody = z.infer<typeof IncidentOutcomeBodySchema>;

/** A person's action as the audit chain records it: an event of agent "human" on the incident's run. */
export interface HumanAction {
  incidentId: string;
  runId?: string;
  reason: string;
}

/** Appends to the audit chain; returns what it appended (for /api/security). */
export type AuditAction = (action: HumanAction) => Promise<readonly AuditEntry[]>;

/** One at a time, in order: runs and people's actions append to one chain and must not interleave. */
export function createSerial(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };
}

export interface IncidentActionDeps {
  book: IncidentBook;
  memory?: MemoryStore;
  auditAction?: AuditAction;
  clock: () => Date;
}

function findRecord(deps: IncidentActionDeps, ctx: RouteContext): IncidentRecord | undefined {
  const id = ctx.params.id ?? "";
  if (!/^[a-z0-9-]{1,64}$/.test(id)) {
    fail(ctx.res, 400, "invalid id", "ids are lower-case letters, digits and -");
    return undefined;
  }
  const record = deps.book.get(id);
  if (!record) fail(ctx.res, 404, "not found", `no incident ${id}`);
  return record;
}

async function record(
  deps: IncidentActionDeps,
  target: IncidentRecord,
  text: string,
  by: string | undefined,
): Promise<void> {
  const time = deps.clock().toISOString();
  const who = by ? `${by} (API token)` : "API token";
  pushActivity(target, { time, kind: "human", text: `${text} by ${who}` });
  deps.book.save(target);
  const entries = await deps.auditAction?.({
    incidentId: target.id,
    ...(target.run ? { runId: target.run.id } : {}),
    reason: `${target.id}: ${text} by ${who}`,
  });
  if (entries) deps.book.addAudit(entries);
}

/** POST /api/incidents/:id/acknowledge and /outcome: a person takes the incident, or says if the fix worked. */
export function incidentActionHandlers(deps: IncidentActionDeps) {
  return {
    async acknowledge(ctx: RouteContext) {
      const target = findRecord(deps, ctx);
      if (!target) return;
      const body = await readJson(ctx.req, ctx.res, AcknowledgeBodySchema, 16 * 1024);
      if (!body) return;
      target.acknowledged = {
        at: deps.clock().toISOString(),
        ...(body.by ? { by: body.by } : {}),
        ...(body.note ? { note: body.note } : {}),
      };
      await record(deps, target, `acknowledged${body.note ? `: ${body.note}` : ""}`, body.by);
      sendJson(ctx.res, 200, incidentDetail(target));
    },
    async outcome(ctx: RouteContext) {
      const target = findRecord(deps, ctx);
      if (!target) return;
      const body = await readJson(ctx.req, ctx.res, IncidentOutcomeBodySchema, 16 * 1024);
      if (!body) return;
      if (!target.run?.proposal)
        return fail(ctx.res, 409, "no fix", "this incident has no proposed fix to judge");
      target.fixOutcome = {
        fixWorked: body.fixWorked,
        at: deps.clock().toISOString(),
        ...(body.by ? { by: body.by } : {}),
        ...(body.note ? { note: body.note } : {}),
      };
      // Memory ranks fixes that worked first for the next similar incident; a run it never kept is fine.
      if (deps.memory) await deps.memory.recordOutcome(target.run.id, body.fixWorked, body.note);
      const verdict = body.fixWorked ? "the fix worked" : "the fix did not work";
      await record(deps, target, `${verdict}${body.note ? `: ${body.note}` : ""}`, body.by);
      sendJson(ctx.res, 200, incidentDetail(target));
    },
  };
}
