import type { AuditEntry } from "./audit-entry.js";

/**
 * Where the chain is kept: a JSONL file now, the GitHub `sentry/audit` branch later. Append-only by
 * contract: a store never rewrites what it already holds.
 */
export interface AuditReader {
  /** Everything stored, in order, as parsed but unvalidated JSON: verification decides what it is. */
  read(): Promise<unknown[]>;
}

export interface AuditStore extends AuditReader {
  append(entries: readonly AuditEntry[]): Promise<void>;
}

/** Keeps entries in memory; for tests and for runs without --audit-log. */
export function createMemoryAuditStore(): AuditStore & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    async append(entries) {
      for (const entry of entries) lines.push(JSON.stringify(entry));
    },
    async read() {
      return lines.map((line) => JSON.parse(line) as unknown);
    },
  };
}
