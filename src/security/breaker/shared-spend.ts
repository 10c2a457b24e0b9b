import { randomUUID } from "node:crypto";
import type { StateStore } from "../../core/state-store.js";
import type { Usage } from "../../core/usage.js";
import type { CostBreaker, SpendHold } from "../contracts.js";

/** The fleet's one tally: every run on every replica sharing the store holds and charges spend here. */
const SPEND_KEY = "cost-breaker:spend";

/**
 * How long a hold counts when its holder never settles it (a replica that crashed mid-call). Providers
 * give up on a call after 5 minutes (DEFAULT_TIMEOUT_MS), so a live call never outlasts this.
 */
export const IN_FLIGHT_TTL_MS = 15 * 60_000;

export interface SharedSpendOptions {
  store: StateStore;
  usd: number;
  windowMinutes: number;
  clock: () => Date;
  /** The largest single charge known (earlier calls in the window, this run's): what one call may cost. */
  largestCharge: () => number;
  /** The run's own breaker, which prices and records each charge (and puts it in the audit chain). */
  charge: (model: string, usage: Usage) => { at: number; usd: number };
}

/**
 * Holds each model call's likely spend in the shared StateStore before the call, under the cost limit
 * counted across replicas (their charges in the window plus what their calls in flight hold), then turns
 * the hold into the call's priced charge for the window. "Likely" is the largest charge in the window: a
 * call in flight on one replica blocks another whose window is that close to the limit. A store that cannot answer refuses the call: a
 * breaker that cannot count does not let spend through.
 */
export function sharedSpend(options: SharedSpendOptions): Required<Pick<CostBreaker, "reserve">> {
  const { store, usd, windowMinutes, clock } = options;
  const refused = (reason: string): SpendHold => ({ ok: false, reason: `cost circuit breaker: ${reason}` });
  return {
    async reserve() {
      const entry = `call:${randomUUID()}`;
      const estimate = options.largestCharge();
      const now = clock().getTime();
      // Refused once the others' spend and holds pass the limit, as one run's own breaker trips (a call is
      // let through under the limit, whatever it costs); its own hold then counts against everyone else.
      const cap = usd + estimate;
      const held = await store
        .tally(SPEND_KEY, now, { entry, amount: estimate, expiresAt: now + IN_FLIGHT_TTL_MS, cap })
        .catch((error: unknown) => error as Error);
      if (held instanceof Error) return refused(`shared spend state unavailable (${held.message})`);
      if (!held.ok)
        return refused(
          `$${held.total.toFixed(2)} spent or held by calls in flight across replicas in the last ${windowMinutes} min passes the $${usd} limit`,
        );
      const release = async () => {
        await store
          .tally(SPEND_KEY, clock().getTime(), { entry, amount: 0, expiresAt: 0 })
          .catch(() => undefined);
      };
      return {
        ok: true,
        release,
        async settle(model, usage) {
          const record = options.charge(model, usage);
          // The hold becomes the charge, counted by every replica until it leaves the window. A failed
          // write is not lost spend: the audit chain has it, and the hold expires on its own.
          const expiresAt = record.at + windowMinutes * 60_000;
          await store
            .tally(SPEND_KEY, clock().getTime(), { entry, amount: record.usd, expiresAt })
            .catch(() => undefined);
        },
      };
    },
  };
}
