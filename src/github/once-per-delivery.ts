import type { StateStore } from "../core/state-store.js";

/** GitHub may redeliver a webhook (a timeout on its side, or someone pressing "Redeliver"). */
const DELIVERY_TTL_MS = 3 * 24 * 3600_000;

/**
 * Runs `handler` once per GitHub delivery id across every replica sharing `store`. A handler that fails
 * gives its claim back, so a redelivery of that webhook is a retry, not a duplicate.
 */
export function oncePerDelivery<C extends { id: string; log: { info: (msg: string) => void } }>(
  store: StateStore,
  handler: (context: C) => Promise<void>,
): (context: C) => Promise<void> {
  return async (context) => {
    const key = `gh-delivery:${context.id}`;
    if (!(await store.claim(key, "1", DELIVERY_TTL_MS))) {
      context.log.info(`delivery ${context.id} already handled: skipped`);
      return;
    }
    try {
      await handler(context);
    } catch (error) {
      await store.take(key);
      throw error;
    }
  };
}
