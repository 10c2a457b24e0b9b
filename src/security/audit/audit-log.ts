import { createPublicKey, type KeyObject } from "node:crypto";
import { type AuditEntry, type AuditRecordInput, GENESIS_HASH, hashEntry } from "./audit-entry.js";
import { exportPublicKey, loadPrivateKey, signHash } from "./audit-keys.js";
import type { AuditStore } from "./audit-store.js";
import { type ChainVerdict, verifyAuditChain } from "./verify-chain.js";

export interface AuditLog {
  /** Appends to the chain in memory (synchronously, so order is the order of decisions) and queues it for the store. */
  append(record: AuditRecordInput): AuditEntry;
  /** The entries this log holds in memory (all of them unless created with retain: false). */
  entries(): readonly AuditEntry[];
  /** Seals the head (when a signing key was given) and writes everything queued to the store. */
  flush(): Promise<void>;
  /**
   * Writes everything queued to the store without sealing: the write-ahead step, so a decision is on disk
   * before the action it allows runs, and a crash mid-action still leaves it.
   */
  persist(): Promise<void>;
  verify(): ChainVerdict;
  /** Base64 SPKI DER of the sealing key, to publish beside the log. */
  readonly publicKey: string | undefined;
}

export interface AuditLogOptions {
  clock?: () => Date;
  /** Keep entries in memory (default true). A benchmark of a million entries turns it off. */
  retain?: boolean;
  /** Continue an existing chain (e.g. the last entry already in the store). */
  head?: { seq: number; hash: string };
}

export function createAuditLog(
  store?: AuditStore,
  signingKey?: KeyObject | string,
  options: AuditLogOptions = {},
): AuditLog {
  const clock = options.clock ?? (() => new Date());
  const privateKey = signingKey ? loadPrivateKey(signingKey) : undefined;
  const publicKey = privateKey ? exportPublicKey(createPublicKey(privateKey)) : undefined;
  const retained: AuditEntry[] = [];
  let queue: AuditEntry[] = [];
  let seq = options.head ? options.head.seq + 1 : 0;
  let prevHash = options.head?.hash ?? GENESIS_HASH;
  let sealedSeq = -1;
  let writing: Promise<void> = Promise.resolve();

  function push(content: Omit<AuditEntry, "seq" | "prevHash" | "hash">): AuditEntry {
    const entry = { seq, ...content, prevHash } as AuditEntry;
    entry.hash = hashEntry(entry);
    seq += 1;
    prevHash = entry.hash;
    if (options.retain ?? true) retained.push(entry);
    if (store) queue.push(entry);
    return entry;
  }

  async function writeQueued(): Promise<void> {
    if (!store || queue.length === 0) return;
    const batch = queue;
    queue = [];
    // Serialised so two writes never land out of order.
    writing = writing.then(() => store.append(batch));
    await writing;
  }

  return {
    publicKey,
    append(record) {
      // seq, prevHash and hash belong to the chain, never to the caller, even if a caller passes them.
      const {
        time,
        kind,
        seq: _seq,
        prevHash: _prev,
        hash: _hash,
        ...rest
      } = record as AuditRecordInput & Partial<AuditEntry>;
      return push({ time: time ?? clock().toISOString(), kind: kind ?? "tool-call", ...rest });
    },
    entries: () => retained,
    async flush() {
      if (privateKey && publicKey && sealedSeq !== seq - 1 && seq > 0) {
        const base = { seq, time: clock().toISOString(), kind: "seal" as const, publicKey, prevHash };
        const hash = hashEntry(base);
        const seal: AuditEntry = { ...base, hash, signature: signHash(privateKey, hash) };
        seq += 1;
        prevHash = hash;
        sealedSeq = seal.seq;
        if (options.retain ?? true) retained.push(seal);
        if (store) queue.push(seal);
      }
      await writeQueued();
    },
    persist: writeQueued,
    verify: () => verifyAuditChain(retained, { requireSeal: privateKey !== undefined }),
  };
}
