import { type AuditEntry, auditLine } from "./audit-entry.js";

/**
 * Where the chain is kept: a JSONL file now, the GitHub `sentry/audit` branch later. Append-only by
 * contract: a store never rewrites what it already holds.
 */
export interface AuditReader {
  /** Everything stored, in order, as parsed but unvalidated JSON: verification decides what it is. */
  read(): Promise<unknown[]>;
  /**
   * The entries stamped after `since` (epoch ms), in order, for stores that can find them without reading
   * everything (a JSONL file is read from its end): a run needs only the cost window's spend.
   */
  readSince?(since: number): Promise<unknown[]>;
}

/** Everything in the store; a JSONL log that no run has written yet is an empty chain, not an error. */
export async function readAuditEntries(store: AuditReader): Promise<unknown[]> {
  try {
    return await store.read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** The entries after `since`: from the end where the store can, else from everything it holds. */
export async function readAuditSince(store: AuditReader, since: number): Promise<unknown[]> {
  return store.readSince ? store.readSince(since) : readAuditEntries(store);
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
      for (const entry of entries) lines.push(auditLine(entry));
    },
    async read() {
      return lines.map((line) => JSON.parse(line) as unknown);
    },
  };
}
