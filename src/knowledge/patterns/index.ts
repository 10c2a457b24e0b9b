import type { FailurePattern } from "../failure-pattern.js";
import { APPLICATION_PATTERNS } from "./application.js";
import { NETWORK_PATTERNS } from "./network.js";
import { RESOURCE_PATTERNS } from "./resources.js";

/** The whole table, most causal first (a stable order makes ties predictable). */
export const FAILURE_PATTERNS: readonly FailurePattern[] = [
  ...RESOURCE_PATTERNS,
  ...NETWORK_PATTERNS,
  ...APPLICATION_PATTERNS,
].sort((a, b) => a.rank - b.rank);

export function patternById(id: string): FailurePattern | undefined {
  return FAILURE_PATTERNS.find((s) => s.id === id);
}
