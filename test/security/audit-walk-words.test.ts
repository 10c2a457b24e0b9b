import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type AuditEntry, AuditEntrySchema, hashEntry } from "../../src/security/audit/audit-entry.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { createMemoryAuditStore } from "../../src/security/audit/audit-store.js";
import { readCanonicalLine } from "../../src/security/audit/canonical-line.js";
import { plainEnd, sameBytes, spelled, spelledAt } from "../../src/security/audit/json-walk.js";

/**
 * The walk reads four bytes at a time where it only looks for the end of a plain run or compares a key
 * with the template's. These tests hold both to the byte-by-byte reading they replace, at every alignment
 * and at the buffer's end, so the word tests can only save time, never take a byte the bytes would refuse.
 */

const isPlain = (c: number) => c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c;

function plainEndByBytes(b: Uint8Array, p: number): number {
  let q = p;
  while (q < b.length && isPlain(b[q]!)) q += 1;
  return q;
}

describe("four bytes at a time", () => {
  it("ends a plain run at the same byte as a byte-by-byte scan, for every byte value at every place", () => {
    let cases = 0;
    for (let c = 0; c < 256; c += 1) {
      for (const length of [1, 3, 4, 5, 8, 11, 16]) {
        for (let at = 0; at < length; at += 1) {
          // Offsets 0-3 put the run at each alignment of the words it is read in.
          for (let offset = 0; offset < 4; offset += 1) {
            const bytes = Buffer.alloc(offset + length + 3, 0x61);
            bytes[offset + at] = c;
            expect(plainEnd(bytes, offset), `byte ${c} at ${at}+${offset}`).toBe(
              plainEndByBytes(bytes, offset),
            );
            cases += 1;
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(40_000);
  });

  it("agrees with the byte scan on random bytes, up to the end of a buffer that is no whole number of words", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const alphabet = [0x00, 0x0a, 0x1f, 0x20, 0x21, 0x22, 0x5c, 0x5b, 0x7e, 0x7f, 0x80, 0xc3, 0xff];
    for (let i = 0; i < 3000; i += 1) {
      const length = random() % 40;
      const bytes = Buffer.alloc(length);
      for (let j = 0; j < length; j += 1)
        bytes[j] = random() % 4 === 0 ? alphabet[random() % alphabet.length]! : 0x61 + (random() % 26);
      const from = length === 0 ? 0 : random() % length;
      expect(plainEnd(bytes, from)).toBe(plainEndByBytes(bytes, from));
    }
  });

  it("compares a spelling as the bytes do, and never past the buffer's end", () => {
    for (const text of ['"":', '"a":', '"ab":', '"seq":', '"prevHash":', '"inputSha256":']) {
      const expected = spelled(Buffer.from(text));
      for (let offset = 0; offset < 4; offset += 1) {
        const bytes = Buffer.concat([Buffer.alloc(offset, 0x2c), Buffer.from(text), Buffer.from('"x"}')]);
        expect(spelledAt(bytes, offset, expected)).toBe(true);
        for (let at = 0; at < text.length; at += 1) {
          const changed = Buffer.from(bytes);
          changed[offset + at] = changed[offset + at]! ^ 0x01;
          expect(spelledAt(changed, offset, expected), `${text} changed at ${at}`).toBe(false);
          expect(sameBytes(changed, offset, expected.bytes)).toBe(false);
        }
        // Cut inside the spelling: false, where a word read would have thrown.
        const cut = bytes.subarray(0, offset + text.length - 1);
        expect(spelledAt(cut, offset, expected)).toBe(false);
      }
    }
  });
});

describe("the byte walk's template, compared four bytes at a time", () => {
  const keys = generateAuditKeys();

  function parsedLink(line: string) {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return undefined;
    }
    const parsed = AuditEntrySchema.safeParse(raw);
    if (!parsed.success || hashEntry(raw as AuditEntry) !== parsed.data.hash) return undefined;
    const { seq, kind, prevHash, hash } = parsed.data;
    return { seq, kind, prevHash, hash };
  }

  const withHash = (body: string) =>
    `${body.slice(0, -1)},"hash":"${createHash("sha256").update(body).digest("hex")}"}`;

  it("agrees with the parser on keys that differ from the template's only where its last, overlapping word reads", async () => {
    const store = createMemoryAuditStore();
    const log = createAuditLog(store, keys.privateKey);
    log.append({ tool: "read_file", reason: "because", rationale: "checking", durationMs: 1 });
    await log.flush();
    const [primer] = store.lines;
    const body = primer!.replace(/,"hash":.*$/, "}");
    // "rationale" and "reason" are 12 and 9 bytes with their quotes and colon: the last word overlaps.
    // Renamed keys that stay in order are other fields to both readers; the others are refused by both.
    for (const [from, to, taken] of [
      ['"rationale":', '"rationalf":', true],
      ['"rationale":', '"zationale":', false],
      ['"reason":', '"reasoo":', true],
      ['"reason":', '"reason" ', false],
      ['"tool":', '"toom":', true],
      ['"durationMs":', '"durationMt":', true],
      ['"durationMs":', '"zurationMs":', false],
    ] as const) {
      const forged = withHash(body.replace(from, to));
      const first = Buffer.from(`${primer}\n`);
      expect(readCanonicalLine(first, 0, first.length - 1)).toBeDefined();
      const line = Buffer.from(`${forged}\n`);
      const fast = readCanonicalLine(line, 0, line.length - 1);
      expect(fast === undefined ? undefined : { ...fast }, to).toEqual(parsedLink(forged));
      expect(fast !== undefined, to).toBe(taken);
    }
  });

  it("reads a line cut inside a template key at the very end of its buffer without throwing", async () => {
    const store = createMemoryAuditStore();
    const log = createAuditLog(store, keys.privateKey);
    log.append({ tool: "read_file", reason: "because", rationale: "checking", durationMs: 1 });
    log.append({ tool: "read_file", reason: "because", rationale: "checking", durationMs: 2 });
    await log.flush();
    const [first, second] = store.lines;
    const primer = Buffer.from(first!);
    expect(readCanonicalLine(primer, 0, primer.length)).toBeDefined();
    for (let cut = 1; cut < second!.length; cut += 1) {
      const bytes = Buffer.from(second!.slice(0, cut));
      expect(readCanonicalLine(bytes, 0, bytes.length)).toBeUndefined();
    }
    const whole = Buffer.from(second!);
    expect(readCanonicalLine(whole, 0, whole.length)).toEqual(parsedLink(second!));
  });
});
