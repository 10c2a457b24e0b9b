import type { AcceptedRun } from "./accept-run.js";
import { type AuditEntry, AuditEntrySchema, GENESIS_HASH, hashEntry } from "./audit-entry.js";
import {
  broken,
  type ChainLink,
  type ChainProblem,
  type ChainVerdict,
  sealFault,
  type TrustedKey,
  trustedKeyOf,
} from "./seal-check.js";

export type { ChainLink, ChainProblem, ChainVerdict };

export interface ChainVerifyOptions {
  /** Base64 SPKI DER or PEM. With it, every seal must be signed by this key (offline verification). */
  publicKey?: string;
  /** When true (the default), the chain must end with a seal, so entries cut from the end are caught. */
  requireSeal?: boolean;
}

interface Pending {
  line: number;
  expectedSeq: number;
  head: Accepted;
  seq: number;
  prevHash: string;
}

interface Accepted {
  hash: string;
  seq: number;
}

/**
 * A streaming verifier: push entries in file order, then call end(). It names the first entry that breaks
 * the chain, and looks ahead just far enough to say whether it was edited, removed, inserted or moved.
 */
export function createChainVerifier(options: ChainVerifyOptions = {}) {
  const trusted: TrustedKey | undefined = trustedKeyOf(options.publicKey);
  let expectedSeq = 0;
  let head: Accepted = { hash: GENESIS_HASH, seq: -1 };
  let beforeHead: Accepted = { hash: GENESIS_HASH, seq: -2 };
  let count = 0;
  let seals = 0;
  let sealedThrough = 0;
  let signedBy: string | undefined;
  let verdict: ChainVerdict | undefined;
  // A break whose kind depends on what follows: the line, what we expected there, and what we saw.
  let pending: Pending | undefined;
  function checkSeal(entry: ChainLink, line: number): boolean {
    verdict = sealFault(entry, line, trusted);
    if (verdict) return false;
    signedBy = entry.publicKey;
    return true;
  }

  function classifyAtEnd(p: Pending): ChainVerdict {
    if (p.seq === p.expectedSeq) {
      return broken(
        "edited",
        p.line - 1,
        `line ${p.line - 1}: entry edited and rehashed (the next entry no longer links to it)`,
        p.expectedSeq - 1,
      );
    }
    if (p.seq > p.expectedSeq) {
      return broken(
        "missing",
        p.line,
        `line ${p.line}: entry seq ${p.expectedSeq} is missing before this line`,
        p.expectedSeq,
      );
    }
    return broken(
      "inserted",
      p.line,
      `line ${p.line}: entry inserted (seq ${p.seq} repeats an earlier one)`,
      p.seq,
    );
  }

  function resolvePending(entry: ChainLink, line: number): void {
    const p = pending!;
    const next = line === p.line + 1;
    if (next && entry.seq === p.expectedSeq && p.prevHash === entry.hash) {
      verdict = broken(
        "reordered",
        p.line,
        `line ${p.line}: entries out of order (seq ${p.seq} before seq ${entry.seq})`,
        p.seq,
      );
    } else if (next && entry.seq === p.expectedSeq && entry.prevHash === p.head.hash) {
      verdict = broken(
        "inserted",
        p.line,
        `line ${p.line}: entry inserted (the chain continues after it)`,
        p.seq,
      );
    } else if (p.seq <= p.expectedSeq) {
      verdict = classifyAtEnd(p);
    } else if (entry.seq === p.expectedSeq) {
      verdict = broken(
        "reordered",
        p.line,
        `line ${p.line}: entries out of order (seq ${p.expectedSeq} appears later, at line ${line})`,
        p.seq,
      );
    }
  }

  function push(raw: unknown, line: number): void {
    if (verdict) return;
    const parsed = AuditEntrySchema.safeParse(raw);
    if (pending) {
      if (parsed.success) resolvePending(parsed.data, line);
      return;
    }
    if (!parsed.success) {
      verdict = broken(
        "malformed",
        line,
        `line ${line}: not an audit entry (${parsed.error.issues[0]?.message})`,
      );
      return;
    }
    const entry = parsed.data;
    if (hashEntry(raw as AuditEntry) !== entry.hash) {
      verdict = broken(
        "edited",
        line,
        `line ${line}: entry edited (its hash no longer matches its content)`,
        entry.seq,
      );
      return;
    }
    link(entry, line);
  }

  /** An entry whose shape and hash the caller has already checked (a canonical line read byte by byte). */
  function pushChecked(entry: ChainLink, line: number): void {
    if (verdict) return;
    if (pending) resolvePending(entry, line);
    else link(entry, line);
  }

  function link(entry: ChainLink, line: number): void {
    if (entry.kind === "seal" && !checkSeal(entry, line)) return;
    if (entry.seq === expectedSeq && entry.prevHash === head.hash) {
      beforeHead = head;
      head = { hash: entry.hash, seq: entry.seq };
      expectedSeq += 1;
      count += 1;
      if (entry.kind === "seal") {
        seals += 1;
        sealedThrough = count;
      }
      return;
    }
    if (entry.seq === head.seq && entry.prevHash === beforeHead.hash) {
      verdict =
        entry.hash === head.hash
          ? broken(
              "inserted",
              line,
              `line ${line}: entry inserted (a copy of the entry before it)`,
              entry.seq,
            )
          : broken(
              "inserted",
              line - 1,
              `line ${line - 1}: entry inserted before seq ${entry.seq} (it took that entry's place in the chain)`,
              head.seq,
            );
      return;
    }
    pending = { line, expectedSeq, head, seq: entry.seq, prevHash: entry.prevHash };
  }

  /**
   * Takes a run of entries another thread accepted (each canonical and correctly hashed, linked to the one
   * before, seals signed as checkSeal requires) as if pushed one by one, when its first entry links to the
   * head here. False, with nothing changed, when it does not: the caller then pushes those lines itself.
   */
  function joinRun(run: AcceptedRun): boolean {
    if (verdict || pending || !run.first || !run.last) return false;
    if (run.first.seq !== expectedSeq || run.first.prevHash !== head.hash) return false;
    beforeHead = run.beforeLast ?? head;
    head = run.last;
    expectedSeq = run.last.seq + 1;
    if (run.seals > 0) {
      sealedThrough = count + run.sealedThrough;
      seals += run.seals;
      signedBy = run.signedBy;
    }
    count += run.count;
    return true;
  }

  function end(): ChainVerdict {
    if (verdict) return verdict;
    if (pending) return classifyAtEnd(pending);
    if ((options.requireSeal ?? true) && count > 0 && sealedThrough !== count) {
      // Past the last seal, an entry cut from the end and one appended look the same: name the whole range.
      const message = `lines ${sealedThrough + 1}-${count + 1} are not covered by a signed head: an entry was cut from the end or added after the last seal (or the writer stopped before sealing)`;
      return broken("unsealed-tail", sealedThrough + 1, message);
    }
    if (trusted && count > 0 && seals === 0) {
      return broken("unsealed-tail", 1, "no seal signed by the given key");
    }
    return { ok: true, entries: count, seals, ...(signedBy ? { signedBy } : {}) };
  }

  return { push, pushChecked, joinRun, end, broken: () => verdict !== undefined };
}

/** Verifies an in-memory chain (entries in order). */
export function verifyAuditChain(
  entries: readonly unknown[],
  options: ChainVerifyOptions = {},
): ChainVerdict {
  const verifier = createChainVerifier(options);
  for (const [index, entry] of entries.entries()) verifier.push(entry, index + 1);
  return verifier.end();
}
