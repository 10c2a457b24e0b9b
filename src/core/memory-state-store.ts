import { applyTally, refillAndTake } from "./memory-tally.js";
import type { StateStore } from "./state-store.js";

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * The default StateStore: one process, one Map. Expired keys are dropped when read and by a sweep every
 * `sweepEvery` writes, so an alert storm over many fingerprints does not grow memory without bound. The
 * sweep of keys looks at `2 * sweepEvery` of them, resuming where the last one stopped: a full pass over
 * every key each time cost a storm more than the rest of the store (each delivery id is a key kept 15
 * minutes), and since the hand moves twice as fast as keys are added, it still comes round to every key.
 */
export function createMemoryStateStore(
  options: { clock?: () => number; sweepEvery?: number } = {},
): StateStore {
  const clock = options.clock ?? Date.now;
  const sweepEvery = options.sweepEvery ?? 10_000;
  const entries = new Map<string, Entry>();
  const buckets = new Map<string, { tokens: number; at: number; expiresAt: number }>();
  const tallies = new Map<string, Map<string, { amount: number; expiresAt: number }>>();
  let writes = 0;
  let hand = entries.entries();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= clock()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const write = (key: string, value: string, ttlMs?: number) => {
    entries.set(key, { value, expiresAt: ttlMs === undefined ? Number.POSITIVE_INFINITY : clock() + ttlMs });
    writes += 1;
    if (writes % sweepEvery === 0) {
      const now = clock();
      for (let looked = 0; looked < 2 * sweepEvery; looked += 1) {
        const next = hand.next();
        if (next.done) {
          hand = entries.entries();
          if (looked >= entries.size) break; // the whole map looked at in this sweep
          continue;
        }
        if (next.value[1].expiresAt <= now) entries.delete(next.value[0]);
      }
      for (const [k, b] of buckets) if (b.expiresAt <= now) buckets.delete(k);
      for (const [k, t] of tallies) {
        applyTally(t, now, undefined);
        if (t.size === 0) tallies.delete(k);
      }
    }
  };

  return {
    async claim(key, value, ttlMs) {
      if (live(key)) return false;
      write(key, value, ttlMs);
      return true;
    },
    async get(key) {
      return live(key)?.value;
    },
    async put(key, value, ttlMs) {
      write(key, value, ttlMs);
    },
    async take(key) {
      // `live` already dropped an expired entry: only a live one is left to delete (no second lookup).
      const existed = live(key) !== undefined;
      if (existed) entries.delete(key);
      return existed;
    },
    async add(key, by, ttlMs) {
      const entry = live(key);
      const next = (entry ? Number(entry.value) : 0) + by;
      if (entry) entry.value = String(next);
      else write(key, String(next), ttlMs);
      return next;
    },
    async takeToken(key, bucket) {
      const held = buckets.get(key);
      const { state, take } = refillAndTake(held && held.expiresAt > bucket.now ? held : undefined, bucket);
      // Untouched for a whole window, a bucket is full again: it need not be kept.
      buckets.set(key, { ...state, expiresAt: state.at + bucket.windowMs });
      writes += 1;
      return take;
    },
    async tally(key, now, change) {
      const tally = tallies.get(key) ?? new Map();
      const result = applyTally(tally, now, change);
      if (tally.size > 0) tallies.set(key, tally);
      else tallies.delete(key);
      return result;
    },
    async close() {
      entries.clear();
      buckets.clear();
      tallies.clear();
    },
  };
}
