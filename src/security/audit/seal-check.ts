import type { KeyObject } from "node:crypto";
import type { AuditEntry } from "./audit-entry.js";
import { exportPublicKey, loadPublicKey, verifyHashSignature } from "./audit-keys.js";

export type ChainProblem =
  | "malformed"
  | "edited"
  | "missing"
  | "inserted"
  | "reordered"
  | "bad-signature"
  | "wrong-key"
  | "unsealed-tail";

export type ChainVerdict =
  | { ok: true; entries: number; seals: number; signedBy?: string }
  | { ok: false; problem: ChainProblem; line: number; seq?: number; message: string };

/** What the chain checks of an entry: its place, its links and, for a seal, its signature. */
export type ChainLink = Pick<AuditEntry, "seq" | "kind" | "prevHash" | "hash" | "publicKey" | "signature">;

export function broken(problem: ChainProblem, line: number, message: string, seq?: number): ChainVerdict {
  return { ok: false, problem, line, message, ...(seq === undefined ? {} : { seq }) };
}

/** The key every seal must be signed by (offline verification), loaded once. */
export interface TrustedKey {
  key: KeyObject;
  text: string;
}

export function trustedKeyOf(publicKey: string | undefined): TrustedKey | undefined {
  if (!publicKey) return undefined;
  const key = loadPublicKey(publicKey);
  return { key, text: exportPublicKey(key) };
}

/** Why a seal fails (the verdict naming its line), or undefined when it is signed as it must be. */
export function sealFault(entry: ChainLink, line: number, trusted?: TrustedKey): ChainVerdict | undefined {
  if (!entry.signature || !entry.publicKey) {
    return broken("edited", line, `line ${line}: seal without signature or public key`, entry.seq);
  }
  if (trusted && entry.publicKey !== trusted.text) {
    return broken(
      "wrong-key",
      line,
      `line ${line}: seal signed by a different key than the one given`,
      entry.seq,
    );
  }
  let key: KeyObject;
  try {
    key = trusted?.key ?? loadPublicKey(entry.publicKey);
  } catch (error) {
    return broken("malformed", line, `line ${line}: unreadable public key (${String(error)})`, entry.seq);
  }
  if (!verifyHashSignature(key, entry.hash, entry.signature)) {
    return broken(
      "bad-signature",
      line,
      `line ${line}: seal signature does not match the chain head`,
      entry.seq,
    );
  }
  return undefined;
}
