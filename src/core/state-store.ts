/**
 * The seam for dedupe, idempotency and counters shared across processes and replicas (architecture.md
 * "StateStore"): alert dedupe, claimed delivery ids, throttle buckets, the restart ledger, in-flight spend. Every operation is atomic
 * on its own, which is all the dedupe engine relies on, so several replicas sharing one Redis agree.
 * Keys are plain strings; TTLs in milliseconds; a missing TTL means "until deleted".
 */
export interface StateStore {
  /** Sets `key` only if absent (Redis SET NX PX). True when this caller created it. */
  claim(key: string, value: string, ttlMs?: number): Promise<boolean>;
  get(key: string): Promise<string | undefined>;
  put(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Deletes `key`. True when it existed: exactly one of several concurrent callers wins. */
  take(key: string): Promise<boolean>;
  /** Adds `by` to an integer counter (created at 0) and returns the new value; the TTL is set on creation. */
  add(key: string, by: number, ttlMs?: number): Promise<number>;
  close(): Promise<void>;
}
