import type { TallyChange, TokenBucket, TokenTake } from "./state-store.js";

/** The token bucket rule both stores keep (Redis in its Lua script): refill by elapsed time, then take one. */
export function refillAndTake(
  held: { tokens: number; at: number } | undefined,
  bucket: TokenBucket,
): { state: { tokens: number; at: number }; take: TokenTake } {
  const rate = bucket.capacity / bucket.windowMs;
  let tokens = held?.tokens ?? bucket.capacity;
  let at = held?.at ?? bucket.now;
  if (bucket.now > at) {
    tokens = Math.min(bucket.capacity, tokens + (bucket.now - at) * rate);
    at = bucket.now;
  }
  if (tokens >= 1) return { state: { tokens: tokens - 1, at }, take: { ok: true } };
  return { state: { tokens, at }, take: { ok: false, retryAfterMs: Math.ceil((1 - tokens) / rate) } };
}

type Entries = Map<string, { amount: number; expiresAt: number }>;

/** One tally in memory: expired entries dropped, then the change applied under its cap. */
export function applyTally(
  entries: Entries,
  now: number,
  change: TallyChange | undefined,
): { ok: boolean; total: number } {
  let others = 0;
  let own = 0;
  for (const [name, e] of entries) {
    if (e.expiresAt <= now) entries.delete(name);
    else if (name === change?.entry) own = e.amount;
    else others += e.amount;
  }
  if (!change) return { ok: true, total: others };
  if (change.cap !== undefined && others + change.amount > change.cap)
    return { ok: false, total: others + own };
  if (change.amount > 0 && change.expiresAt > now)
    entries.set(change.entry, { amount: change.amount, expiresAt: change.expiresAt });
  else entries.delete(change.entry);
  return { ok: true, total: others + (entries.get(change.entry)?.amount ?? 0) };
}
