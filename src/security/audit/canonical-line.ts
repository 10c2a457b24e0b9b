import {
  bytesAre,
  isHash,
  keyAfter,
  type Spelled,
  sameBytes,
  skipKey,
  skipString,
  skipValue,
  spelled,
  spelledAt,
} from "./json-walk.js";
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
interface Spelling {
  bytes: Uint8Array;
  id: Key;
}
// By length, so a key is compared in full with the two or three known keys of its length at most.
const KEYS_BY_LENGTH: Spelling[][] = [];
for (const [name, id] of KNOWN) {
  KEYS_BY_LENGTH[name.length] = [...(KEYS_BY_LENGTH[name.length] ?? []), { bytes: Buffer.from(name), id }];
}

function keyAt(b: Uint8Array, start: number, end: number): Key {
  const candidates = KEYS_BY_LENGTH[end - start];
  if (candidates === undefined) return Key.Other;
  for (let i = 0; i < candidates.length; i += 1) {
    const { bytes, id } = candidates[i]!;
    if (sameBytes(b, start, bytes)) return id;
  }
  return Key.Other;
}

const KIND_SPELLINGS = KINDS.map((kind) => ({ kind, bytes: Buffer.from(kind) }));
const DECISION_SPELLINGS = DECISIONS.map((decision) => Buffer.from(decision));

function kindAt(b: Uint8Array, start: number, end: number): ChainLink["kind"] | undefined {
  for (const { kind, bytes } of KIND_SPELLINGS) {
    if (bytes.length === end - start && sameBytes(b, start, bytes)) return kind;
  }
  return undefined;
}

function isDecision(b: Uint8Array, start: number, end: number): boolean {
  for (const bytes of DECISION_SPELLINGS)
    if (bytes.length === end - start && sameBytes(b, start, bytes)) return true;
  return false;
}

/**
 * The top-level keys of the last line accepted, each spelt `"name":`, in order. Lines of one log mostly
 * share their keys, and a key spelt as on an accepted line, where all keys before it were too, is known
 * without looking it up and in order without comparing it with the one before: that line showed both.
 */
const template = { spellings: [] as Spelled[], ids: [] as Key[] };
// Where this line's keys start and what they are, from the first that differs from the template's (the
// keys before it are the template's own), to become the template.
const MAX_RECORDED_KEYS = 64;
const keyStarts = new Int32Array(MAX_RECORDED_KEYS);
const keyColons = new Int32Array(MAX_RECORDED_KEYS);
const keyIds = new Uint8Array(MAX_RECORDED_KEYS);

function rememberKeys(b: Uint8Array, count: number, matched: number): void {
  if (count > MAX_RECORDED_KEYS) return;
  const spellings = template.spellings.slice(0, matched);
  const ids = template.ids.slice(0, matched);
  for (let i = matched; i < count; i += 1) {
    // A copy: the caller reuses its buffer for the next block (and Buffer's slice is a view, not a copy).
    spellings.push(spelled(Uint8Array.prototype.slice.call(b, keyStarts[i]!, keyColons[i]! + 1)));
    ids.push(keyIds[i]!);
  }
  template.spellings = spellings;
  template.ids = ids;
}

// Buffer's own latin1Slice skips toString's argument handling, which costs more than the copy itself.
type Sliceable = Buffer & { latin1Slice?(start: number, end: number): string };
const latin1: (b: Sliceable, start: number, end: number) => string =
  typeof (Buffer.prototype as Sliceable).latin1Slice === "function"
    ? (b, start, end) => b.latin1Slice!(start, end)
    : (b, start, end) => b.toString("latin1", start, end);

/**
 * The line's chain fields when it is a canonical, correctly hashed entry; undefined sends it the slow way.
 * `previousHash` (the hash this function returned for the line before, when it took it) only spares
 * checking that the prevHash bytes are lowercase hex when they spell that hash, which already is.
 */
export function readCanonicalLine(
  b: Buffer,
  start: number,
  end: number,
  previousHash?: string,
): ChainLink | undefined {
  if (b[start] !== 0x7b || end - start < 2) return undefined;
  let p = start + 1;
  let prev = -1;
  let prevEnd = -1;
  let seq = -1;
  let kind: ChainLink["kind"] | undefined;
  let time = false;
  let prevHash: string | undefined;
  let publicKey: string | undefined;
  const { spellings, ids } = template;
  let onTemplate = true;
  let matched = 0; // leading keys spelt as the template's
  for (let k = 0; ; k += 1) {
    let id: Key;
    let colon: number;
    const expected = onTemplate ? spellings[k] : undefined;
    if (expected !== undefined && spelledAt(b, p, expected)) {
      id = ids[k]!;
      colon = p + expected.bytes.length - 1;
      matched = k + 1;
    } else {
      onTemplate = false;
      const keyEnd = skipKey(b, p); // after the closing quote: the key is [p + 1, keyEnd - 1)
      if (keyEnd < 0) return undefined;
      id = keyAt(b, p + 1, keyEnd - 1);
      if (id !== Key.Hash && !keyAfter(b, prev, prevEnd, p + 1, keyEnd - 1)) return undefined;
      if (b[keyEnd] !== 0x3a) return undefined;
      colon = keyEnd;
    }
    if (!onTemplate && k < MAX_RECORDED_KEYS) {
      keyStarts[k] = p;
      keyColons[k] = colon;
      keyIds[k] = id;
    }
    if (id === Key.Hash) {
      // `}` before `"hash"` (no comma) means the line has no hash; the hashed fields must all be there.
      if (seq < 0 || !kind || !time || !prevHash || b[p - 1] !== 0x2c) return undefined;
      const link = tail(b, start, end, p - 1, colon, { seq, kind, prevHash, publicKey });
      if (link && !(onTemplate && k + 1 === spellings.length)) rememberKeys(b, k + 1, matched);
      return link;
    }
    if (id === Key.Signature) return undefined;
    prev = p + 1;
    prevEnd = colon - 1;
    const valueStart = colon + 1;
    if (id === Key.Other) {
      p = skipValue(b, valueStart, 0); // input, and fields a newer writer added: any canonical JSON
    } else if (id === Key.Seq) {
      // A plain integer of at most 15 digits; anything else the schema decides on the slow path.
      p = skipValue(b, valueStart, 0);
      if (p < 0 || p - valueStart > 15) return undefined;
      seq = 0;
      for (let i = valueStart; i < p; i += 1) {
        const digit = b[i]! - 0x30;
        if (digit < 0 || digit > 9) return undefined;
        seq = seq * 10 + digit;
      }
    } else if (id === Key.DurationMs) {
      const first = b[valueStart]!;
      if (first !== 0x2d && (first < 0x30 || first > 0x39)) return undefined;
      p = skipValue(b, valueStart, 0);
    } else if (id === Key.PrevHash) {
      if (b[valueStart] !== 0x22 || b[valueStart + 65] !== 0x22) return undefined;
      prevHash = latin1(b, valueStart + 1, valueStart + 65);
      if (prevHash !== previousHash && !isHash(b, valueStart + 1)) return undefined;
      p = valueStart + 66;
    } else {
      p = skipString(b, valueStart); // every other known key holds a string
      if (p < 0) return undefined;
      if (id === Key.Time) time = true;
      else if (id === Key.Kind) {
        kind = kindAt(b, valueStart + 1, p - 1);
        if (!kind) return undefined;
      } else if (id === Key.Decision) {
        if (!isDecision(b, valueStart + 1, p - 1)) return undefined;
      } else if (id === Key.PublicKey) publicKey = JSON.parse(b.toString("utf8", valueStart, p)) as string;
    }
    if (p < 0 || b[p++] !== 0x2c) return undefined;
  }
}

interface Head {
  seq: number;
  kind: ChainLink["kind"];
  prevHash: string;
  publicKey: string | undefined;
}

/**
 * `"hash":"…"` (colon is after `"hash"`) and optionally `,"signature":"…"`, then the line's end; hashes
 * the canonical bytes, which end where `,"hash"` starts (at `comma`).
 */
function tail(b: Buffer, start: number, end: number, comma: number, colon: number, head: Head) {
  const hashStart = colon + 2;
  if (b[colon] !== 0x3a || b[colon + 1] !== 0x22 || b[hashStart + 64] !== 0x22) return undefined;
  let p = hashStart + 65;
  let signature: string | undefined;
  if (b[p] === 0x2c) {
    const keyStart = p + 1;
    const signatureKeyEnd = skipKey(b, keyStart);
    if (signatureKeyEnd !== keyStart + 11 || !bytesAre(b, keyStart, '"signature":')) return undefined;
    p = skipString(b, signatureKeyEnd + 1);
    if (p < 0) return undefined;
    signature = JSON.parse(b.toString("utf8", signatureKeyEnd + 1, p)) as string;
  }
  if (b[p] !== 0x7d || p + 1 !== end) return undefined;
  // Close the canonical form in place for one hash over a single view of it.
  b[comma] = 0x7d;
  const actual = sha256Hex(new Uint8Array(b.buffer, b.byteOffset + start, comma + 1 - start));
  b[comma] = 0x2c;
  // The hex digest is lowercase hex, so bytes equal to it are a well-formed hash too.
  if (latin1(b, hashStart, hashStart + 64) !== actual) return undefined;
  const link: ChainLink = { seq: head.seq, kind: head.kind, prevHash: head.prevHash, hash: actual };
  if (head.publicKey !== undefined) link.publicKey = head.publicKey;
  if (signature !== undefined) link.signature = signature;
  return link;
}
