import { z } from "zod";
import { canonicalJson } from "../canonical-json.js";
import { sha256Hex } from "./sha256.js";

export const GENESIS_HASH = "0".repeat(64);
const HashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * One line of the audit log. Tool-call entries carry the ToolCallRecord fields flat (agent, tool, input,
 * decision, reason, ...); seals carry an Ed25519 signature over their own hash, which covers the whole
 * chain before them. Verification hashes the raw line, so fields a newer writer adds are covered too.
 */
export const AuditEntrySchema = z.object({
  seq: z.number().int().nonnegative(),
  time: z.string(),
  kind: z.enum(["tool-call", "event", "seal"]),
  runId: z.string().optional(),
  agent: z.string().optional(),
  agentId: z.string().optional(),
  tool: z.string().optional(),
  input: z.unknown().optional(),
  /** SHA-256 of the canonical JSON of the input as given: the redacted view cannot hide what was written. */
  inputSha256: z.string().optional(),
  decision: z.enum(["allowed", "blocked"]).optional(),
  reason: z.string().optional(),
  rationale: z.string().optional(),
  outcome: z.string().optional(),
  durationMs: z.number().optional(),
  publicKey: z.string().optional(),
  signature: z.string().optional(),
  prevHash: HashSchema,
  hash: HashSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** What a caller appends; the log adds seq, time (unless given), prevHash and hash. */
export type AuditRecordInput = Omit<AuditEntry, "seq" | "prevHash" | "hash" | "time" | "kind"> & {
  kind?: "tool-call" | "event";
  time?: string;
};

/** SHA-256 over the canonical JSON of everything but the hash itself and a seal's signature. */
const NOT_HASHED: ReadonlySet<string> = new Set(["hash", "signature"]);

// The canonical text each hash was computed from, so writing the entry does not serialise it a second time.
const canonicalOf = new WeakMap<object, string>();

export function hashEntry(entry: Omit<AuditEntry, "hash"> & { hash?: string }): string {
  // Skipping the two keys while serialising avoids copying every entry twice (append and verify are hot).
  const canonical = canonicalJson(entry, NOT_HASHED);
  canonicalOf.set(entry, canonical);
  return sha256Hex(canonical);
}

/**
 * The entry's JSONL line: its canonical JSON (the exact bytes the hash covers) with `hash` and a seal's
 * `signature` after it, so a verifier can hash the line's bytes as they are instead of re-serialising.
 * Readers that parse the line see the same entry: only the key order differs from JSON.stringify.
 */
export function auditLine(entry: AuditEntry): string {
  const canonical = canonicalOf.get(entry) ?? canonicalJson(entry, NOT_HASHED);
  const signature = entry.signature === undefined ? "" : `,"signature":${JSON.stringify(entry.signature)}`;
  const tail = `,"hash":${JSON.stringify(entry.hash)}${signature}}`;
  // An entry with nothing hashed is not a chain entry; it still serialises to valid JSON.
  return canonical === "{}" ? `{${tail.slice(1)}` : `${canonical.slice(0, -1)}${tail}`;
}
