import { createHash } from "node:crypto";
import { z } from "zod";
import { canonicalJson } from "../canonical-json.js";

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

export function hashEntry(entry: Omit<AuditEntry, "hash"> & { hash?: string }): string {
  // Skipping the two keys while serialising avoids copying every entry twice (append and verify are hot).
  return createHash("sha256").update(canonicalJson(entry, NOT_HASHED)).digest("hex");
}
