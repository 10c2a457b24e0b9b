import { costOf } from "../../core/pricing.js";
import type { StateStore } from "../../core/state-store.js";
import type { Usage } from "../../core/usage.js";
import type { BreakerState, CostBreaker } from "../contracts.js";
import { sharedSpend } from "./shared-spend.js";

export interface CostBreakerOptions {
  usd: number;
  windowMinutes: number;
  /** Spend already made by earlier runs (read from the audit chain they share), so the window spans runs. */
  history?: readonly SpendRecord[];
  clock?: () => Date;
  /**
   * Called with every charge as it is made, so the run can put it in the audit chain at once: a run that
   * crashes later must still have spent what it spent, for the next run's window.
   */
  onCharge?: (record: SpendRecord) => void;
  /**
   * The StateStore replicas share (Redis with REDIS_URL): each model call holds its likely spend there while
   * in flight and leaves its charge there for the window, so the limit counts every replica's calls.
   */
  store?: StateStore;
}

/** One priced model spend: when (epoch ms), which model, how many US dollars. */
export interface SpendRecord {
  at: number;
  model: string;
  usd: number;
}

/** The event each finished run appends to the audit chain; its input carries the run's spend. */
export const RUN_FINISHED_TOOL = "pipeline";
/** The event appended for each model call's spend, as it is charged. */
export const MODEL_SPEND_TOOL = "model-spend";

/**
 * What earlier runs spent since `since` (epoch ms), from their "run finished" events in the audit chain.
 * The chain is the ledger every process writing it shares (a CLI with --audit-log, the Action's and the
 * App's replicas on one repository's audit branch), so the limit holds across runs and processes, not just
 * within one run. Entries are unvalidated JSON here: anything not shaped like that event is ignored.
 */
export function spendFromAudit(entries: readonly unknown[], since: number): SpendRecord[] {
  const out: SpendRecord[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as { kind?: unknown; tool?: unknown; time?: unknown; input?: unknown } | null;
    if (!entry || typeof entry.time !== "string") continue;
    const at = Date.parse(entry.time);
    if (!Number.isFinite(at)) continue;
    // Entries are in time order: once one is older than the window, every earlier one is too.
    if (at <= since) break;
    if (entry.kind !== "event") continue;
    const input = entry.input as { costUsd?: unknown; model?: unknown; spendRecorded?: unknown } | undefined;
    // A run that recorded each charge says so in its final event, whose total is then not counted again;
    // older logs have only the final event.
    const counts =
      entry.tool === MODEL_SPEND_TOOL || (entry.tool === RUN_FINISHED_TOOL && input?.spendRecorded !== true);
    if (!counts) continue;
    const usd = input?.costUsd;
    if (typeof usd !== "number" || !Number.isFinite(usd) || usd <= 0) continue;
    const model =
      entry.tool === MODEL_SPEND_TOOL && typeof input?.model === "string" ? input.model : "earlier run";
    out.push({ at, model, usd });
  }
  return out.reverse();
}

export interface CostBreakerReport {
  tripped: boolean;
  spentUsd: number;
  limitUsd: number;
  windowMinutes: number;
  byModel: Record<string, number>;
}

/**
 * Spend in a sliding window, priced from token usage with the one price table (core/pricing.ts). Once the
 * window's spend passes the limit every model call is refused until enough of it has aged out.
 */
export function createCostBreaker(
  options: CostBreakerOptions,
): CostBreaker & { report(): CostBreakerReport } {
  const clock = options.clock ?? (() => new Date());
  const windowMs = options.windowMinutes * 60_000;
  const charges: SpendRecord[] = [...(options.history ?? [])].sort((a, b) => a.at - b.at);

  const recent = () => {
    const since = clock().getTime() - windowMs;
    while (charges.length > 0 && charges[0]!.at <= since) charges.shift();
    return charges;
  };
  const spent = () => recent().reduce((sum, c) => sum + c.usd, 0);
  const charge = (model: string, usage: Usage): SpendRecord => {
    // Priced from tokens, not from a provider's own figure, so a provider cannot under-report its cost.
    const usd = Math.max(costOf(model, usage), usage.costUsd);
    const record = { at: clock().getTime(), model, usd };
    charges.push(record);
    options.onCharge?.(record);
    return record;
  };
  const check = (): BreakerState => {
    const total = spent();
    if (total > options.usd) {
      return {
        ok: false,
        reason: `cost circuit breaker: $${total.toFixed(2)} spent in the last ${options.windowMinutes} min passes the $${options.usd} limit`,
      };
    }
    return { ok: true };
  };
  const shared = options.store
    ? sharedSpend({
        store: options.store,
        usd: options.usd,
        windowMinutes: options.windowMinutes,
        clock,
        largestCharge: () => recent().reduce((max, c) => Math.max(max, c.usd), 0),
        charge,
      })
    : undefined;

  return {
    charge(model: string, usage: Usage) {
      charge(model, usage);
    },
    check,
    ...(shared
      ? {
          // This run's own window first (the audit chain's spend included), then the fleet's.
          reserve: async () => {
            const local = check();
            return local.ok ? shared.reserve() : local;
          },
        }
      : {}),
    report() {
      const byModel: Record<string, number> = {};
      for (const c of recent()) byModel[c.model] = (byModel[c.model] ?? 0) + c.usd;
      const total = spent();
      return {
        tripped: total > options.usd,
        spentUsd: total,
        limitUsd: options.usd,
        windowMinutes: options.windowMinutes,
        byModel,
      };
    },
  };
}
