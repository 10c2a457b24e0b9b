/**
 * The seam for dedupe, idempotency and counters shared across processes and replicas (architecture.md
 * "StateStore"): alert dedupe, claimed delivery ids, throttle buckets, the restart ledger, in-flight spend. Every operation is atomic
 * on its own, which is all the dedupe engine relies on, so several replicas sharing one Redis agree.
 * Keys are plain strings; TTLs in milliseconds; a missing TTL means "until deleted".
 */
export interface TokenBucket {
  capacity: number;
  windowMs: number;
  now: number;
}

export type TokenTake = { ok: true } | { ok: false; retryAfterMs: number };

export interface TallyChange {
  entry: string;
  amount: number;
  /** Epoch ms: a reservation whose holder crashed stops counting then. */
  expiresAt: number;
  cap?: number;
}

export interface StateStore {
  /** Sets `key` only if absent (Redis SET NX PX). True when this caller created it. */
  claim(key: string, value: string, ttlMs?: number): Promise<boolean>;
  get(key: string): Promise<string | undefined>;
  put(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Deletes `key`. True when it existed: exactly one of several concurrent callers wins. */
  take(key: string): Promise<boolean>;
  /** Adds `by` to an integer counter (created at 0) and returns the new value; the TTL is set on creation. */
  add(key: string, by: number, ttlMs?: number): Promise<number>;
  /**
   * Takes one token from the bucket at `key`: `capacity` tokens refilled evenly over `windowMs`, created
   * full. Refill and take are one atomic step, so replicas sharing the store share the bucket. `now` is the
   * caller's clock (epoch ms); a bucket whose `now` runs behind its last use refills nothing.
   */
  takeToken(key: string, bucket: TokenBucket): Promise<TokenTake>;
  /**
   * A total over entries that each expire on their own (in-flight spend): the live total at `now`, after
   * `change` when given. A change sets its entry to `amount` until `expiresAt` (0 removes it) unless `cap`
   * is given and the other live entries plus `amount` pass it; then nothing changes and `ok` is false.
   * Read and write are one atomic step, so of two replicas racing for the last room under a cap one wins.
   */
  tally(key: string, now: number, change?: TallyChange): Promise<{ ok: boolean; total: number }>;
  close(): Promise<void>;
}
