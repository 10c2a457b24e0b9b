import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { UsageError } from "../core/errors.js";
import { type AuditStore, readAuditEntries } from "../security/audit/audit-store.js";

export type ChainHead = { seq: number; hash: string };

/** An audit store, and what tells its last entry without reading it all. */
export interface AuditHeadSource {
  /** A store that knows its head (the audit branch) says so; others are read. */
  store: AuditStore & { head?: () => Promise<ChainHead | undefined> };
  /** The JSONL file, when the store is one: the head comes from its tail, and no tool may write it. */
  path?: string;
}

/** The chain's last entry, so a run continues the chain instead of starting a new one. */
export async function chainHead(source: AuditHeadSource): Promise<ChainHead | undefined> {
  if (source.path) return readAuditHead(source.path);
  if (source.store.head) return source.store.head();
  const last = (await readAuditEntries(source.store)).at(-1) as { seq?: unknown; hash?: unknown } | undefined;
  return typeof last?.seq === "number" && typeof last.hash === "string"
    ? { seq: last.seq, hash: last.hash }
    : undefined;
}

const TAIL_BYTES = 64 * 1024;

/**
 * The last entry of an existing JSONL audit file, so a new run continues the chain. Reads only the tail:
 * audit files grow without bound. A missing file starts a new chain.
 */
export async function readAuditHead(file: string): Promise<ChainHead | undefined> {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UsageError(`cannot read audit log ${file}: ${(error as NodeJS.ErrnoException).code}`, {
      cause: error,
    });
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const last = buffer.toString("utf8").trimEnd().split("\n").at(-1);
    if (!last) return undefined;
    const entry = JSON.parse(last) as { seq?: unknown; hash?: unknown };
    if (typeof entry.seq !== "number" || typeof entry.hash !== "string") {
      throw new UsageError(`audit log ${file} does not end with an audit entry: refusing to append to it`);
    }
    return { seq: entry.seq, hash: entry.hash };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`audit log ${file} does not end with a JSON entry: refusing to append to it`, {
      cause: error,
    });
  } finally {
    closeSync(fd);
  }
}
