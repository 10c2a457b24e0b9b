/**
 * Real phrasings for one knowledge-base entry, as the software prints them (kubelet and scheduler messages,
 * runtime errors, database logs), used by patterns.test.ts: every `match` line must be recognised, no
 * `nearMiss` line may be. A near miss shares the entry's words but means something else or nothing wrong.
 */
export interface Sample {
  match: string[];
  nearMiss: string[];
  /** Also check that the first match line, seen fewer times than minCount, does not count yet. */
  belowCount?: boolean;
  /** The subject the first match line names. */
  subject?: string;
}
