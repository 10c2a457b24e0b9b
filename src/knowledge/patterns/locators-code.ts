import type { RepoLocator } from "../failure-pattern.js";
import { CODE } from "./locators.js";

/**
 * The retry loop around a rate-limited call: a `for`/`while` whose header counts attempts or retries. The
 * fix reads the loop whole (src/llm/offline/retry-backoff.ts) and changes only a loop that makes an HTTP call,
 * checks its status and goes round without a computed wait; any other such loop is cited.
 */
export const RETRY_LOOP: RepoLocator[] = [
  {
    grep: "^\\s*(for|while)\\b.*([Aa]ttempt|[Rr]etr(y|ies)|[Tt]ries|ATTEMPT|RETR)",
    files: CODE,
    fix: "backoff-retry",
    when: /\b429\b|Too Many Requests|rate.?limit/i,
    what: "the retry loop around the rate-limited call (it retries without waiting)",
  },
];

/** The Go statement a `concurrent map writes` trace names; the map it touches gets a mutex when unambiguous. */
export const MAP_LOCK: RepoLocator[] = [
  {
    grep: "",
    fromStackTrace: true,
    files: /\.go$/,
    fix: "lock-shared-map",
    what: "the map access the trace names (the map is shared by goroutines without a lock)",
  },
];
