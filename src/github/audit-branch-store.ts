import { createPublicKey, type KeyObject } from "node:crypto";
import { type AuditEntry, AuditEntrySchema, GENESIS_HASH, hashEntry } from "../security/audit/audit-entry.js";
import { exportPublicKey, loadPrivateKey, signHash } from "../security/audit/audit-keys.js";
import type { AuditStore } from "../security/audit/audit-store.js";
import { appendCommit, getBranchHead, readFileAt } from "./git-data.js";
import type { GitHub, RepoRef } from "./octokit.js";

export const AUDIT_BRANCH = "sentry/audit";
export const AUDIT_FILE = "audit.jsonl";

export interface BranchAuditStoreOptions {
  branch?: string;
  file?: string;
  /** Signs the chain head in each commit, and re-seals entries that must be re-linked after a conflict. */
  signingKey?: KeyObject | string;
  /** Names the run in commit messages. */
  runId?: string;
}

export interface BranchAuditStore extends AuditStore {
  /** The last entry on the branch, so a run's AuditLog continues the chain instead of starting a new one. */
  head(): Promise<{ seq: number; hash: string } | undefined>;
  /** Commits made by this store (one per flush), newest last. */
  readonly commits: string[];
}

function parseLines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
}

function lastEntryOf(text: string): AuditEntry | undefined {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const last = lines.at(-1);
  if (!last) return undefined;
  const parsed = AuditEntrySchema.safeParse(JSON.parse(last));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Links `entries` after `last`. When another run committed first, our entries were chained on a head that
 * is no longer the tip: they are re-numbered and re-hashed onto the new tip (and seals re-signed), which is
 * what keeps concurrent runs on one chain.
 */
function relink(
  entries: readonly AuditEntry[],
  last: AuditEntry | undefined,
  key: KeyObject | undefined,
): AuditEntry[] {
  let seq = last ? last.seq + 1 : 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  if (entries[0] && entries[0].seq === seq && entries[0].prevHash === prevHash) return [...entries];
  return entries.map((entry) => {
    const { hash: _h, signature: _s, seq: _q, prevHash: _p, ...content } = entry;
    if (entry.kind === "seal" && !key) {
      throw new Error("audit branch moved under a sealed batch and no signing key was given to re-seal it");
    }
    const base = {
      ...content,
      seq,
      prevHash,
      ...(entry.kind === "seal" && key ? { publicKey: exportPublicKey(createPublicKey(key)) } : {}),
    };
    const hash = hashEntry(base);
    const relinked: AuditEntry = {
      ...base,
      hash,
      ...(entry.kind === "seal" && key ? { signature: signHash(key, hash) } : {}),
    };
    seq += 1;
    prevHash = hash;
    return relinked;
  });
}

function commitMessage(runId: string | undefined, added: AuditEntry[], key: KeyObject | undefined): string {
  const tip = added.at(-1)!;
  const trailers = [`Sentry-Chain-Head: ${tip.hash}`, `Sentry-Chain-Seq: ${tip.seq}`];
  if (key) {
    trailers.push(`Sentry-Chain-Signature: ${signHash(key, tip.hash)}`);
    trailers.push(`Sentry-Public-Key: ${exportPublicKey(createPublicKey(key))}`);
  }
  return [`audit: ${runId ? `run ${runId}, ` : ""}${added.length} entries`, "", ...trailers].join("\n");
}

/**
 * The audit chain kept as a JSONL file on a dedicated branch, one commit per flush (one per run). Make
 * one per run: it reads the branch once and keeps that text for `head` and `read` until it appends.
 */
export function createBranchAuditStore(
  gh: GitHub,
  repo: RepoRef,
  options: BranchAuditStoreOptions = {},
): BranchAuditStore {
  const branch = options.branch ?? AUDIT_BRANCH;
  const file = options.file ?? AUDIT_FILE;
  const key = options.signingKey ? loadPrivateKey(options.signingKey) : undefined;
  const commits: string[] = [];

  // A run asks for the head and then the window's spend before it starts: one fetch of the file serves
  // both. Appending forgets it (appendCommit reads the tip afresh anyway).
  let current: Promise<string> | undefined;
  function currentText(): Promise<string> {
    current ??= (async () => {
      const head = await getBranchHead(gh, repo, branch);
      return head ? ((await readFileAt(gh, repo, file, head.commitSha)) ?? "") : "";
    })().catch((error: unknown) => {
      current = undefined;
      throw error;
    });
    return current;
  }

  return {
    commits,
    async append(entries) {
      if (entries.length === 0) return;
      const outcome = await appendCommit(gh, repo, branch, async (head) => {
        const text = head ? ((await readFileAt(gh, repo, file, head.commitSha)) ?? "") : "";
        const added = relink(entries, lastEntryOf(text), key);
        const prefix = text === "" || text.endsWith("\n") ? text : `${text}\n`;
        const body = `${prefix}${added.map((entry) => JSON.stringify(entry)).join("\n")}\n`;
        return { files: { [file]: body }, message: commitMessage(options.runId, added, key) };
      });
      current = undefined;
      if (outcome.status === "committed") commits.push(outcome.sha);
    },
    async read() {
      return parseLines(await currentText());
    },
    async head() {
      const last = lastEntryOf(await currentText());
      return last ? { seq: last.seq, hash: last.hash } : undefined;
    },
  };
}
