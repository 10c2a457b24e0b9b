import { SentryError } from "../../core/errors.js";

/**
 * A log cut back to an earlier seal is still a valid chain: only something kept outside the file shows
 * entries are gone. An anchor is such a thing — a head (seq and hash) recorded where the file's writer
 * can't quietly change it: an audit commit's trailer on the branch's history, or a head the operator (or
 * the App's StateStore) kept. A log that no longer holds every anchor at its seq, with its hash, lost
 * entries or had them rewritten.
 */
export interface ChainAnchor {
  seq: number;
  hash: string;
  /** Where it was kept, for the refusal line: `commit 1a2b3c4`, `the kept head`. */
  where: string;
}

export type AnchorVerdict = { ok: true } | { ok: false; problem: "truncated" | "rewritten"; message: string };

/** The branch, or a log, no longer holds what was kept: reported as tampering, and nothing is appended. */
export class AuditTamperedError extends SentryError {
  constructor(message: string) {
    super("audit_tampered", message);
  }
}

interface Linked {
  seq?: unknown;
  hash?: unknown;
  prevHash?: unknown;
}

/**
 * True when `entries` hold every anchor, and the links from the first entry to the last anchor are
 * unbroken (an anchor kept while entries before it were cut out would otherwise pass).
 */
export function checkAnchors(entries: readonly unknown[], anchors: readonly ChainAnchor[]): AnchorVerdict {
  if (anchors.length === 0) return { ok: true };
  const linked = entries as readonly Linked[];
  const first = typeof linked[0]?.seq === "number" ? linked[0].seq : 0;
  const deepest = Math.max(...anchors.map((anchor) => anchor.seq));
  for (let i = 1; i < linked.length && i <= deepest - first; i += 1) {
    const entry = linked[i]!;
    if (entry.seq !== first + i || entry.prevHash !== linked[i - 1]!.hash)
      return {
        ok: false,
        problem: "rewritten",
        message: `the log's chain breaks at line ${i + 1} (seq ${String(entry.seq)}): entries were removed or replaced before a kept head`,
      };
  }
  for (const anchor of [...anchors].sort((a, b) => b.seq - a.seq)) {
    const entry = linked[anchor.seq - first];
    if (entry === undefined) {
      const last = linked.length === 0 ? "is empty" : `ends at seq ${first + linked.length - 1}`;
      return {
        ok: false,
        problem: "truncated",
        message: `the log ${last} but ${anchor.where} recorded seq ${anchor.seq} (${anchor.hash.slice(0, 12)}…): entries were cut from its end`,
      };
    }
    if (entry.hash !== anchor.hash)
      return {
        ok: false,
        problem: "rewritten",
        message: `seq ${anchor.seq} is ${String(entry.hash).slice(0, 12)}… in the log but ${anchor.where} recorded ${anchor.hash.slice(0, 12)}…: the log was rewritten`,
      };
  }
  return { ok: true };
}

/** The chain head an audit commit's message records (`Sentry-Chain-Head` and `Sentry-Chain-Seq` trailers). */
export function anchorFromCommitMessage(message: string, where: string): ChainAnchor | undefined {
  const hash = message.match(/^Sentry-Chain-Head: ([0-9a-f]{64})$/m)?.[1];
  const seq = message.match(/^Sentry-Chain-Seq: (\d{1,12})$/m)?.[1];
  return hash && seq ? { seq: Number(seq), hash, where } : undefined;
}
