import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-Z34A77QH.js";

// src/security/audit/audit-keys.ts
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify
} from "node:crypto";
function generateAuditKeys() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey, publicKey: exportPublicKey(publicKey) };
}
function exportPublicKey(key) {
  return key.export({ type: "spki", format: "der" }).toString("base64");
}
function loadPrivateKey(key) {
  return typeof key === "string" ? createPrivateKey(key) : key;
}
function loadPublicKey(key) {
  const trimmed = key.trim();
  if (trimmed.startsWith("-----BEGIN")) return createPublicKey(trimmed);
  return createPublicKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "spki" });
}
function signHash(privateKey, hash2) {
  return sign(null, Buffer.from(hash2, "hex"), privateKey).toString("base64");
}
function verifyHashSignature(publicKey, hash2, signature) {
  return verify(null, Buffer.from(hash2, "hex"), publicKey, Buffer.from(signature, "base64"));
}

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

// src/security/audit/sha256.ts
import * as crypto from "node:crypto";
var sha256Hex = typeof crypto.hash === "function" ? (data) => crypto.hash("sha256", data, "hex") : (data) => crypto.createHash("sha256").update(data).digest("hex");

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
function broken(problem, line, message, seq) {
  return { ok: false, problem, line, message, ...seq === void 0 ? {} : { seq } };
}
function createChainVerifier(options = {}) {
  const trustedKey = options.publicKey ? loadPublicKey(options.publicKey) : void 0;
  const trustedKeyText = trustedKey ? exportPublicKey(trustedKey) : void 0;
  let expectedSeq = 0;
  let head = { hash: GENESIS_HASH, seq: -1 };
  let beforeHead = { hash: GENESIS_HASH, seq: -2 };
  let count = 0;
  let seals = 0;
  let sealedThrough = 0;
  let signedBy;
  let verdict;
  let pending;
  const fail = (problem, line, message, seq) => {
    verdict = broken(problem, line, message, seq);
  };
  function checkSeal(entry, line) {
    if (!entry.signature || !entry.publicKey) {
      fail("edited", line, `line ${line}: seal without signature or public key`, entry.seq);
      return false;
    }
    if (trustedKeyText && entry.publicKey !== trustedKeyText) {
      fail("wrong-key", line, `line ${line}: seal signed by a different key than the one given`, entry.seq);
      return false;
    }
    let key;
    try {
      key = trustedKey ?? loadPublicKey(entry.publicKey);
    } catch (error) {
      fail("malformed", line, `line ${line}: unreadable public key (${String(error)})`, entry.seq);
      return false;
    }
    if (!verifyHashSignature(key, entry.hash, entry.signature)) {
      fail("bad-signature", line, `line ${line}: seal signature does not match the chain head`, entry.seq);
      return false;
    }
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
  function end() {
    if (verdict) return verdict;
    if (pending) return classifyAtEnd(pending);
    if ((options.requireSeal ?? true) && count > 0 && sealedThrough !== count) {
      const message = `lines ${sealedThrough + 1}-${count + 1} are not covered by a signed head: an entry was cut from the end or added after the last seal (or the writer stopped before sealing)`;
      return broken("unsealed-tail", sealedThrough + 1, message);
    }
    if (trustedKey && count > 0 && seals === 0) {
      return broken("unsealed-tail", 1, "no seal signed by the given key");
    }
    return { ok: true, entries: count, seals, ...signedBy ? { signedBy } : {} };
  }
  return { push, pushChecked, end };
}
function verifyAuditChain(entries, options = {}) {
  const verifier = createChainVerifier(options);
  for (const [index, entry] of entries.entries()) verifier.push(entry, index + 1);
  return verifier.end();
}

export {
  canonicalJson,
  sha256Hex,
  GENESIS_HASH,
  AuditEntrySchema,
  hashEntry,
  auditLine,
  generateAuditKeys,
  exportPublicKey,
  loadPrivateKey,
  loadPublicKey,
  signHash,
  createChainVerifier,
  verifyAuditChain
};
