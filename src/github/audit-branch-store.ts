import { createPublicKey, type KeyObject } from "node:crypto";
import type { StateStore } from "../core/state-store.js";
import {
  type AuditEntry,
  AuditEntrySchema,
  auditLine,
  GENESIS_HASH,
  hashEntry,
} from "../security/audit/audit-entry.js";
import { exportPublicKey, loadPrivateKey, signHash } from "../security/audit/audit-keys.js";
import type { AuditStore } from "../security/audit/audit-store.js";
import {
  AuditTamperedError,
  anchorFromCommitMessage,
  type ChainAnchor,
  checkAnchors,
} from "../security/audit/chain-anchors.js";
import { appendCommit, getBranchHead, type Head, readFileAt } from "./git-data.js";
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
  /**
   * A head kept outside the branch (the App's StateStore, shared by replicas): the branch must still hold
   * it, which catches a force-push back to an older commit. Raised to each verified tip.
   */
  keptHead?: KeptHead;
  /** How many of the log's latest commits anchor it (their trailers); default 30. */
  historyDepth?: number;
}

export type ChainHead = { seq: number; hash: string };

export interface KeptHead {
  get(): Promise<ChainHead | undefined>;
  put(head: ChainHead): Promise<void>;
}

/** The kept head of one repository's audit branch in a StateStore (memory, or Redis across replicas). */
export function keptHeadIn(store: StateStore, repo: RepoRef): KeptHead {
  const key = `audit-head:${repo.owner}/${repo.repo}`.toLowerCase();
  return {
    async get() {
      const raw = await store.get(key);
      const match = raw?.match(/^(\d{1,12}):([0-9a-f]{64})$/);
      return match ? { seq: Number(match[1]), hash: match[2]! } : undefined;
    },
    put: (head) => store.put(key, `${head.seq}:${head.hash}`),
  };
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
  const where = `${repo.owner}/${repo.repo}@${branch}`;

  /** The latest commits that changed the log, each with the head its trailers recorded. */
  async function historyAnchors(commitSha: string): Promise<ChainAnchor[]> {
    const listed = await gh.request("GET /repos/{owner}/{repo}/commits", {
      ...repo,
      sha: commitSha,
      path: file,
      per_page: options.historyDepth ?? 30,
    });
    return listed.data.flatMap((commit) => {
      const anchor = anchorFromCommitMessage(commit.commit.message, `commit ${commit.sha.slice(0, 7)}`);
      return anchor ? [anchor] : [];
    });
  }

  /**
   * The log at `head`, once it is shown to extend every head its own history recorded (and the kept
   * head): a commit that cut entries off, however many commits ago within the window, is tampering.
   */
  async function verifiedText(head: Head | undefined): Promise<string> {
    const kept = await options.keptHead?.get();
    if (!head) {
      if (kept)
        throw new AuditTamperedError(
          `audit log ${where} tampered: the branch is gone but seq ${kept.seq} was kept; nothing is appended`,
        );
      return "";
    }
    const text = (await readFileAt(gh, repo, file, head.commitSha)) ?? "";
    const anchors = await historyAnchors(head.commitSha);
    if (kept) anchors.push({ ...kept, where: "the head this deployment kept" });
    let entries: unknown[];
    try {
      entries = parseLines(text);
    } catch {
      throw new AuditTamperedError(`audit log ${where} tampered: a line is not JSON; nothing is appended`);
    }
    const verdict = checkAnchors(entries, anchors);
    if (!verdict.ok)
      throw new AuditTamperedError(
        `audit log ${where} tampered (${verdict.problem}): ${verdict.message}; nothing is appended`,
      );
    const last = lastEntryOf(text);
    if (options.keptHead && last && (!kept || last.seq > kept.seq))
      await options.keptHead.put({ seq: last.seq, hash: last.hash });
    return text;
  }

  let current: Promise<string> | undefined;
  function currentText(): Promise<string> {
    current ??= (async () => verifiedText(await getBranchHead(gh, repo, branch)))().catch(
      (error: unknown) => {
        current = undefined;
        throw error;
      },
    );
    return current;
  }

  return {
    commits,
    async append(entries) {
      if (entries.length === 0) return;
      let tip: ChainHead | undefined;
      const outcome = await appendCommit(gh, repo, branch, async (head) => {
        const text = await verifiedText(head);
        const added = relink(entries, lastEntryOf(text), key);
        tip = { seq: added.at(-1)!.seq, hash: added.at(-1)!.hash };
        const prefix = text === "" || text.endsWith("\n") ? text : `${text}\n`;
        const body = `${prefix}${added.map(auditLine).join("\n")}\n`;
        return { files: { [file]: body }, message: commitMessage(options.runId, added, key) };
      });
      current = undefined;
      if (outcome.status === "committed") {
        commits.push(outcome.sha);
        if (options.keptHead && tip) await options.keptHead.put(tip);
      }
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
