import { after, isHash, key, latin1, NOT_SIMPLE, string, text, value, w } from "./json-walk.js";
import type { ChainLink } from "./seal-check.js";
import { sha256Hex } from "./sha256.js";

/**
 * Reads one line written by `auditLine` straight from its bytes: the canonical JSON of the hashed fields,
 * then `"hash"` and a seal's `"signature"`. It accepts a line only when those bytes are exactly what
 * `canonicalJson(JSON.parse(line))` would give (keys strictly sorted at every depth, no whitespace, strings
 * and numbers in JSON.stringify's form), the fields the schema types have their type, and the SHA-256 of
 * the bytes is the line's hash. Anything else (an older writer's key order, non-ASCII keys, `\u` escapes,
 * a hash that does not match) returns undefined, and the caller parses the line the slow way, which
 * decides and names the problem: this walk never rejects a line on its own.
 */

const KINDS = ["tool-call", "event", "seal"] as const;
const DECISIONS = ["allowed", "blocked"];

// The top-level keys the schema types, told apart by their bytes so no key becomes a string.
enum Key {
  Other,
  Seq,
  Time,
  Kind,
  PrevHash,
  PublicKey,
  Decision,
  DurationMs,
  Text, // the schema's other string fields
  Hash,
  Signature,
}
const KNOWN: [string, Key][] = [
  ["seq", Key.Seq],
  ["time", Key.Time],
  ["kind", Key.Kind],
  ["prevHash", Key.PrevHash],
  ["publicKey", Key.PublicKey],
  ["decision", Key.Decision],
  ["durationMs", Key.DurationMs],
  ["hash", Key.Hash],
  ["signature", Key.Signature],
  ...["runId", "agent", "agentId", "tool", "inputSha256", "reason", "rationale", "outcome"].map(
    (name): [string, Key] => [name, Key.Text],
  ),
];
const KEYS_BY_LENGTH: [Uint8Array, Key][][] = [];
for (const [name, id] of KNOWN) {
  KEYS_BY_LENGTH[name.length] = [...(KEYS_BY_LENGTH[name.length] ?? []), [Buffer.from(name), id]];
}

function keyAt(start: number, end: number): Key {
  const candidates = KEYS_BY_LENGTH[end - start];
  if (!candidates) return Key.Other;
  for (const [bytes, id] of candidates) {
    let i = 0;
    while (i < bytes.length && bytes[i] === w.b[start + i]) i += 1;
    if (i === bytes.length) return id;
  }
  return Key.Other;
}

/** The line's chain fields when it is a canonical, correctly hashed entry; undefined sends it the slow way. */
export function readCanonicalLine(bytes: Buffer, start: number, end: number): ChainLink | undefined {
  w.b = bytes;
  w.p = start;
  if (w.b[w.p] !== 0x7b || end - start < 2) return undefined;
  w.base = start;
  w.simple = bytes.toString("latin1", start, end);
  if (NOT_SIMPLE.test(w.simple)) w.simple = undefined;
  w.p += 1;
  let prev = -1;
  let prevEnd = -1;
  let seq = -1;
  let kind: ChainLink["kind"] | undefined;
  let time = false;
  let prevHash: string | undefined;
  let publicKey: string | undefined;
  for (;;) {
    const keyStart = w.p + 1;
    const comma = w.p - 1;
    if (!key()) return undefined;
    const id = keyAt(keyStart, w.stringEnd);
    if (id === Key.Hash) return tail(start, end, comma, { seq, kind, time, prevHash, publicKey });
    if (!after(prev, prevEnd, keyStart, w.stringEnd) || id === Key.Signature) return undefined;
    prev = keyStart;
    prevEnd = w.stringEnd;
    if (w.b[w.p++] !== 0x3a) return undefined;
    const valueStart = w.p;
    if (!value(0)) return undefined;
    if (id === Key.Other) {
      // input, and fields a newer writer added: any canonical JSON, hashed as it is
    } else if (id === Key.Seq) {
      // A plain integer of at most 15 digits; anything else the schema decides on the slow path.
      if (w.p - valueStart > 15) return undefined;
      seq = 0;
      for (let i = valueStart; i < w.p; i += 1) {
        const digit = w.b[i]! - 0x30;
        if (digit < 0 || digit > 9) return undefined;
        seq = seq * 10 + digit;
      }
    } else if (id === Key.DurationMs) {
      if (w.b[valueStart] !== 0x2d && (w.b[valueStart]! < 0x30 || w.b[valueStart]! > 0x39)) return undefined;
    } else {
      if (w.b[valueStart] !== 0x22) return undefined;
      if (id === Key.Time) time = true;
      else if (id === Key.PrevHash) {
        if (!isHash(valueStart + 1, w.stringEnd)) return undefined;
        prevHash = latin1(valueStart + 1, w.stringEnd);
      } else if (id === Key.Kind) {
        kind = KINDS.find((k) => k === latin1(valueStart + 1, w.stringEnd));
        if (!kind) return undefined;
      } else if (id === Key.Decision) {
        if (!DECISIONS.includes(latin1(valueStart + 1, w.stringEnd))) return undefined;
      } else if (id === Key.PublicKey) publicKey = JSON.parse(text(valueStart, w.p)) as string;
    }
    if (w.b[w.p++] !== 0x2c) return undefined; // `}` before `"hash"` means the line has no hash
  }
}

interface Head {
  seq: number;
  kind: ChainLink["kind"] | undefined;
  time: boolean;
  prevHash: string | undefined;
  publicKey: string | undefined;
}

/** `"hash":"…"` and optionally `,"signature":"…"`, then the line's end; hashes the canonical bytes. */
function tail(start: number, end: number, comma: number, head: Head): ChainLink | undefined {
  const { seq, kind, time, prevHash, publicKey } = head;
  if (seq < 0 || !kind || !time || !prevHash || w.b[comma] !== 0x2c) return undefined;
  if (w.b[w.p++] !== 0x3a) return undefined;
  const hashStart = w.p + 1;
  if (!string() || !isHash(hashStart, w.stringEnd)) return undefined;
  const hash = latin1(hashStart, w.stringEnd);
  let signature: string | undefined;
  if (w.b[w.p] === 0x2c) {
    w.p += 1;
    const keyStart = w.p + 1;
    if (!key() || keyAt(keyStart, w.stringEnd) !== Key.Signature || w.b[w.p++] !== 0x3a) return undefined;
    const valueStart = w.p;
    if (!string()) return undefined;
    signature = JSON.parse(text(valueStart, w.p)) as string;
  }
  if (w.b[w.p] !== 0x7d || w.p + 1 !== end) return undefined;
  // The canonical form ends where `,"hash"` starts: close it in place for one hash over a single view.
  w.b[comma] = 0x7d;
  const actual = sha256Hex(w.b.subarray(start, comma + 1));
  w.b[comma] = 0x2c;
  if (actual !== hash) return undefined;
  return {
    seq,
    kind,
    prevHash,
    hash,
    ...(publicKey === undefined ? {} : { publicKey }),
    ...(signature === undefined ? {} : { signature }),
  };
}
