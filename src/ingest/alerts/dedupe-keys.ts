import { memoizeString } from "./memo.js";

/** The dedupe engine's StateStore keys of one fingerprint. */
export interface FingerprintKeys {
  alert: string;
  inc: string;
  recent: string;
  hold: string;
  count: string;
  members: string;
  runs: string;
  flaps: string;
}

/**
 * Built once per fingerprint rather than per store call: a storm repeats a few hundred fingerprints
 * thousands of times a second, and a key built anew is a new string that the store's map must flatten and
 * hash on every lookup, where a kept one carries its hash.
 */
export const keysOf: (fingerprint: string) => FingerprintKeys = memoizeString((fp) => ({
  alert: `alert:${fp}`,
  inc: `inc:${fp}`,
  recent: `recent:${fp}`,
  hold: `hold:${fp}`,
  count: `count:${fp}`,
  members: `members:${fp}`,
  runs: `runs:${fp}`,
  flaps: `flaps:${fp}`,
}));
