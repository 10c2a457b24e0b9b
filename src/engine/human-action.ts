import type { AuditEntry } from "../security/audit/audit-entry.js";
import { createAuditLog } from "../security/audit/audit-log.js";
import { chainHead } from "./audit-head.js";
import type { AuditTarget } from "./engine.js";

/** A person's action (acknowledge, "the fix worked") as the audit chain records it. */
export interface HumanActionEntry {
  incidentId: string;
  runId?: string;
  reason: string;
}

/**
 * Appends a person's action to the chain the runs write, continuing it from its head: an event of agent
 * "human" on the incident's run. The caller keeps actions and runs of one chain from interleaving.
 */
export async function appendHumanAction(
  audit: AuditTarget & { store: NonNullable<AuditTarget["store"]> },
  action: HumanActionEntry,
): Promise<readonly AuditEntry[]> {
  const head = await chainHead(audit);
  const log = createAuditLog(audit.store, audit.signingKey, head ? { head } : {});
  log.append({
    kind: "event",
    agent: "human",
    reason: action.reason,
    runId: action.runId ?? action.incidentId,
  });
  await log.flush();
  return log.entries();
}
