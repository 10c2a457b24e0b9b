import { z } from "zod";
import { canonicalUnit } from "../core/config.js";
import { createMemoryStateStore } from "../core/memory-state-store.js";
import type { StateStore } from "../core/state-store.js";

/** The note a performed restart leaves in its audit entry (proposals in AUDIT mode leave none). */
export const RESTART_PERFORMED = "restart performed";

/** The ledger key of one unit: one entry per canonical unit, whichever spelling asked. */
export const restartKey = (unit: string) => `restart:${unit}`;

/**
 * A one-process ledger on the tool's own clock, for runs that were given no shared StateStore (tests, MCP).
 * The doors pass the shared store (memory or Redis) so the interval holds across runs and replicas.
 */
export function createLocalLedger(clock: () => Date): StateStore {
  return createMemoryStateStore({ clock: () => clock().getTime() });
}

/**
 * Restarts a previous run performed, read back from the audit chain (allowed, successful restart_service
 * calls), so a CLI run started a minute after another does not restart the same unit again.
 */
export async function seedRestartLedger(
  ledger: StateStore,
  entries: readonly unknown[],
  intervalMs: number,
  now: Date,
): Promise<void> {
  for (const raw of entries) {
    const entry = PerformedRestartSchema.safeParse(raw);
    if (!entry.success || !entry.data.reason.includes(RESTART_PERFORMED)) continue;
    const at = Date.parse(entry.data.time);
    const left = at + intervalMs - now.getTime();
    if (Number.isFinite(at) && left > 0)
      await ledger.put(restartKey(canonicalUnit(entry.data.input.service)), String(at), left);
  }
}

/** An audit entry of a restart_service call that ran (read from a file: validated, not trusted). */
const PerformedRestartSchema = z.object({
  kind: z.literal("tool-call"),
  tool: z.literal("restart_service"),
  outcome: z.literal("ok"),
  reason: z.string(),
  time: z.string(),
  input: z.object({ service: z.string() }),
});
