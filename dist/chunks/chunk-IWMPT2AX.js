import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-Z34A77QH.js";
import {
  broken,
  sealFault,
  trustedKeyOf
} from "./chunk-QKJJ65UN.js";
import {
  sha256Hex
} from "./chunk-BLIBE5CM.js";

// src/security/canonical-json.ts
function canonicalJson(value, omitTopLevel) {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) {
    let out2 = "[";
    for (let i = 0; i < value.length; i += 1) out2 += (i ? "," : "") + canonicalJson(value[i]);
    return `${out2}]`;
  }
  const record = value;
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === void 0 || omitTopLevel?.has(key)) continue;
    out += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
}

// src/security/audit/audit-entry.ts
var GENESIS_HASH = "0".repeat(64);
var HashSchema = external_exports.string().regex(/^[0-9a-f]{64}$/);
var AuditEntrySchema = external_exports.object({
  seq: external_exports.number().int().nonnegative(),
  time: external_exports.string(),
  kind: external_exports.enum(["tool-call", "event", "seal"]),
  runId: external_exports.string().optional(),
  agent: external_exports.string().optional(),
  agentId: external_exports.string().optional(),
  tool: external_exports.string().optional(),
  input: external_exports.unknown().optional(),
  /** SHA-256 of the canonical JSON of the input as given: the redacted view cannot hide what was written. */
  inputSha256: external_exports.string().optional(),
  decision: external_exports.enum(["allowed", "blocked"]).optional(),
  reason: external_exports.string().optional(),
  rationale: external_exports.string().optional(),
  outcome: external_exports.string().optional(),
  durationMs: external_exports.number().optional(),
  publicKey: external_exports.string().optional(),
  signature: external_exports.string().optional(),
  prevHash: HashSchema,
  hash: HashSchema
});
var NOT_HASHED = /* @__PURE__ */ new Set(["hash", "signature"]);
var canonicalOf = /* @__PURE__ */ new WeakMap();
function hashEntry(entry) {
  const canonical = canonicalJson(entry, NOT_HASHED);
  canonicalOf.set(entry, canonical);
  return sha256Hex(canonical);
}
function auditLine(entry) {
  const canonical = canonicalOf.get(entry) ?? canonicalJson(entry, NOT_HASHED);
  const signature = entry.signature === void 0 ? "" : `,"signature":${JSON.stringify(entry.signature)}`;
  const tail = `,"hash":${JSON.stringify(entry.hash)}${signature}}`;
  return canonical === "{}" ? `{${tail.slice(1)}` : `${canonical.slice(0, -1)}${tail}`;
}

// src/security/audit/verify-chain.ts
function createChainVerifier(options = {}) {
  const trusted = trustedKeyOf(options.publicKey);
  let expectedSeq = 0;
  let head = { hash: GENESIS_HASH, seq: -1 };
  let beforeHead = { hash: GENESIS_HASH, seq: -2 };
  let count = 0;
  let seals = 0;
  let sealedThrough = 0;
  let signedBy;
  let verdict;
  let pending;
  function checkSeal(entry, line) {
    verdict = sealFault(entry, line, trusted);
    if (verdict) return false;
    signedBy = entry.publicKey;
    return true;
  }
  function classifyAtEnd(p) {
    if (p.seq === p.expectedSeq) {
      return broken(
        "edited",
        p.line - 1,
        `line ${p.line - 1}: entry edited and rehashed (the next entry no longer links to it)`,
        p.expectedSeq - 1
      );
    }
    if (p.seq > p.expectedSeq) {
      return broken(
        "missing",
        p.line,
        `line ${p.line}: entry seq ${p.expectedSeq} is missing before this line`,
        p.expectedSeq
      );
    }
    return broken(
      "inserted",
      p.line,
      `line ${p.line}: entry inserted (seq ${p.seq} repeats an earlier one)`,
      p.seq
    );
  }
  function resolvePending(entry, line) {
    const p = pending;
    const next = line === p.line + 1;
    if (next && entry.seq === p.expectedSeq && p.prevHash === entry.hash) {
      verdict = broken(
        "reordered",
        p.line,
        `line ${p.line}: entries out of order (seq ${p.seq} before seq ${entry.seq})`,
        p.seq
      );
    } else if (next && entry.seq === p.expectedSeq && entry.prevHash === p.head.hash) {
      verdict = broken(
        "inserted",
        p.line,
        `line ${p.line}: entry inserted (the chain continues after it)`,
        p.seq
      );
    } else if (p.seq <= p.expectedSeq) {
      verdict = classifyAtEnd(p);
    } else if (entry.seq === p.expectedSeq) {
      verdict = broken(
        "reordered",
        p.line,
        `line ${p.line}: entries out of order (seq ${p.expectedSeq} appears later, at line ${line})`,
        p.seq
      );
    }
  }
  function push(raw, line) {
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
        `line ${line}: not an audit entry (${parsed.error.issues[0]?.message})`
      );
      return;
    }
    const entry = parsed.data;
    if (hashEntry(raw) !== entry.hash) {
      verdict = broken(
        "edited",
        line,
        `line ${line}: entry edited (its hash no longer matches its content)`,
        entry.seq
      );
      return;
    }
    link(entry, line);
  }
  function pushChecked(entry, line) {
    if (verdict) return;
    if (pending) resolvePending(entry, line);
    else link(entry, line);
  }
  function link(entry, line) {
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
      verdict = entry.hash === head.hash ? broken(
        "inserted",
        line,
        `line ${line}: entry inserted (a copy of the entry before it)`,
        entry.seq
      ) : broken(
        "inserted",
        line - 1,
        `line ${line - 1}: entry inserted before seq ${entry.seq} (it took that entry's place in the chain)`,
        head.seq
      );
      return;
    }
    pending = { line, expectedSeq, head, seq: entry.seq, prevHash: entry.prevHash };
  }
  function joinRun(run) {
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
  function end() {
    if (verdict) return verdict;
    if (pending) return classifyAtEnd(pending);
    if ((options.requireSeal ?? true) && count > 0 && sealedThrough !== count) {
      const message = `lines ${sealedThrough + 1}-${count + 1} are not covered by a signed head: an entry was cut from the end or added after the last seal (or the writer stopped before sealing)`;
      return broken("unsealed-tail", sealedThrough + 1, message);
    }
    if (trusted && count > 0 && seals === 0) {
      return broken("unsealed-tail", 1, "no seal signed by the given key");
    }
    return { ok: true, entries: count, seals, ...signedBy ? { signedBy } : {} };
  }
  return { push, pushChecked, joinRun, end, broken: () => verdict !== void 0 };
}
function verifyAuditChain(entries, options = {}) {
  const verifier = createChainVerifier(options);
  for (const [index, entry] of entries.entries()) verifier.push(entry, index + 1);
  return verifier.end();
}

export {
  canonicalJson,
  GENESIS_HASH,
  AuditEntrySchema,
  hashEntry,
  auditLine,
  createChainVerifier,
  verifyAuditChain
};
