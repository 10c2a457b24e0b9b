import { costOf } from "../../core/pricing.js";
import type { Usage } from "../../core/usage.js";
import type { BreakerState, CostBreaker } from "../contracts.js";

export interface CostBreakerOptions {
  usd: number;
  windowMinutes: number;
  clock?: () => Date;
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
  const charges: { at: number; model: string; usd: number }[] = [];

  const recent = () => {
    const since = clock().getTime() - windowMs;
    while (charges.length > 0 && charges[0]!.at <= since) charges.shift();
    return charges;
  };
  const spent = () => recent().reduce((sum, c) => sum + c.usd, 0);

  return {
    charge(model: string, usage: Usage) {
      // Priced from tokens, not from a provider's own figure, so a provider cannot under-report its cost.
      const usd = Math.max(costOf(model, usage), usage.costUsd);
      charges.push({ at: clock().getTime(), model, usd });
    },
    check(): BreakerState {
      const total = spent();
      if (total > options.usd) {
        return {
          ok: false,
          reason: `cost circuit breaker: $${total.toFixed(2)} spent in the last ${options.windowMinutes} min passes the $${options.usd} limit`,
        };
      }
      return { ok: true };
    },
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
