import type { FixRule } from "./fix-rule.js";

/** Code changes the logs justify (src/llm/offline/code-fixes.ts): they change behaviour, so risk is medium. */
export const CODE_FIX_RULES: readonly FixRule[] = [
  {
    id: "backoff-retry",
    evidence:
      "a 429 storm, and a retry loop in the repository (attempt counter, the HTTP call, its status checked) that goes round without a computed wait",
    change:
      "a wait before the next attempt: exponential backoff with full jitter, the server's Retry-After winning, in the file's language; the attempt count kept",
    risk: "medium",
    mustNot: [
      "remove the retry or change its attempt count",
      "catch and ignore the failure",
      "change a loop that already waits a computed backoff",
    ],
  },
  {
    id: "lock-shared-map",
    evidence:
      "Go's `concurrent map writes` (or read and map write) at a line naming one map the file declares (a struct field or package variable)",
    change:
      "a sync.Mutex declared next to the map, taken (with a deferred unlock) in every function of the file that touches it",
    risk: "medium",
    mustNot: [
      "recover() from the fatal error",
      "lock in a function that already locks, or that calls another function taking the same lock",
      "guess between several maps on the line",
    ],
  },
];
