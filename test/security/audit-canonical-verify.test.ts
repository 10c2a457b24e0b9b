import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type AuditEntry, auditLine, hashEntry } from "../../src/security/audit/audit-entry.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { createMemoryAuditStore } from "../../src/security/audit/audit-store.js";
import { readCanonicalLine } from "../../src/security/audit/canonical-line.js";
import { verifyAuditFile } from "../../src/security/audit/jsonl-store.js";
import { verifyAuditChain } from "../../src/security/audit/verify-chain.js";
import { canonicalJson } from "../../src/security/canonical-json.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-audit-canonical-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keys = generateAuditKeys();
let files = 0;

/** Inputs that exercise every branch of the byte walk: escapes, non-ASCII, numbers JSON prints oddly. */
const INPUTS: unknown[] = [
  { path: "src/db.ts", startLine: 12 },
  { z: 1, a: [true, false, null, { y: "x", b: -3 }], m: {} },
  { pattern: 'err\\d+ "quoted"\ttab\nnew', list: [] },
  { text: "naïve café — 日本語 🚀", ключ: "значение" },
  { n: [0.1, -2.5e-7, 1e21, 123456789012345680, 2 ** 60, -0, 5e-324], "10": "a", "2": "b" },
  { control: "\u0001\u001f\u007f", surrogate: "\ud800" },
];

async function writtenChain(count: number): Promise<string[]> {
  const store = createMemoryAuditStore();
  const log = createAuditLog(store, keys.privateKey);
  for (let i = 0; i < count; i += 1) {
    log.append({
      runId: "run-1",
      agent: "detective",
      tool: "read_file",
      input: INPUTS[i % INPUTS.length],
      decision: i % 4 === 0 ? "blocked" : "allowed",
      reason: `reason ${i}`,
      durationMs: i * 1.5,
    });
    if (i % 5 === 4) await log.flush();
  }
  await log.flush();
  return store.lines;
}

/** The file verifier beside the in-memory one, which parses every entry and rebuilds its canonical JSON. */
async function bothVerdicts(lines: readonly string[], options = { publicKey: keys.publicKey }) {
  const file = join(dir, `chain-${files++}.jsonl`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  const viaBytes = await verifyAuditFile(file, options);
  const parsed = lines.map((line) => {
    try {
      return JSON.parse(line) as unknown;
    } catch (error) {
      return { unparsable: line.slice(0, 200), error: String(error) };
    }
  });
  return { viaBytes, viaParse: verifyAuditChain(parsed, options) };
}

const replaced = (lines: readonly string[], at: number, line: string) =>
  lines.map((old, i) => (i === at ? line : old));

/** An entry as a writer before the canonical format wrote it: JSON.stringify in insertion order. */
function oldStyleLine(line: string): string {
  const { seq, time, kind, prevHash, hash, signature, ...rest } = JSON.parse(line) as AuditEntry;
  return JSON.stringify({ seq, time, kind, ...rest, prevHash, hash, ...(signature ? { signature } : {}) });
}

describe("audit lines in canonical form", () => {
  it("writes each entry as its canonical JSON followed by its hash, so the bytes hash to the entry's hash", async () => {
    const lines = await writtenChain(12);
    for (const line of lines) {
      const entry = JSON.parse(line) as AuditEntry;
      const { hash, signature, ...hashed } = entry;
      const prefix = canonicalJson(hashed);
      expect(line.startsWith(prefix.slice(0, -1))).toBe(true);
      expect(createHash("sha256").update(prefix).digest("hex")).toBe(hash);
      expect(hashEntry(entry)).toBe(hash);
      const bytes = Buffer.from(line);
      const read = readCanonicalLine(bytes, 0, bytes.length);
      // Lines with \u escapes (control characters, lone surrogates) or non-ASCII keys take the full parse.
      if (!/\\u|ключ/.test(line))
        expect(read).toMatchObject({ seq: entry.seq, hash, prevHash: entry.prevHash });
    }
    expect(await bothVerdicts(lines)).toEqual({
      viaBytes: { ok: true, entries: 15, seals: 3, signedBy: keys.publicKey },
      viaParse: { ok: true, entries: 15, seals: 3, signedBy: keys.publicKey },
    });
  });

  it("still verifies a log written before the canonical format, alone or continued by canonical lines", async () => {
    const lines = await writtenChain(10);
    const old = lines.map(oldStyleLine);
    expect(old[1]).not.toBe(lines[1]);
    const bytes = Buffer.from(old[1]!);
    expect(readCanonicalLine(bytes, 0, bytes.length)).toBeUndefined();
    for (const mixed of [old, [...old.slice(0, 6), ...lines.slice(6)]]) {
      const { viaBytes, viaParse } = await bothVerdicts(mixed);
      expect(viaBytes).toEqual({ ok: true, entries: 12, seals: 2, signedBy: keys.publicKey });
      expect(viaBytes).toEqual(viaParse);
    }
  });

  it("fails a non-canonical line hashed over its own bytes, naming its line", async () => {
    const lines = await writtenChain(4);
    const entry = JSON.parse(lines[2]!) as AuditEntry;
    const { hash: _h, ...content } = entry;
    // Keys out of order, hashed as written: the bytes are self-consistent but not the canonical form.
    const body = JSON.stringify(Object.fromEntries(Object.entries(content).reverse()));
    const forged = `${body.slice(0, -1)},"hash":"${createHash("sha256").update(body).digest("hex")}"}`;
    const { viaBytes, viaParse } = await bothVerdicts([...lines.slice(0, 2), forged, ...lines.slice(3)]);
    expect(viaBytes).toMatchObject({ ok: false, problem: "edited", line: 3 });
    expect(viaBytes).toEqual(viaParse);
  });

  it("agrees with the parsing verifier on every single-line tamper, reorder, removal and truncation", async () => {
    const lines = await writtenChain(10);
    const cases: string[][] = [];
    for (let i = 0; i < lines.length; i += 1) {
      const entry = JSON.parse(lines[i]!) as AuditEntry;
      const edited = { ...entry, reason: "nothing to see", durationMs: 1 } as AuditEntry;
      cases.push(replaced(lines, i, auditLine(edited))); // edited, hash left stale
      const rehashed = { ...edited, hash: hashEntry(edited) } as AuditEntry;
      cases.push(replaced(lines, i, auditLine(rehashed))); // edited and rehashed
      cases.push(lines.filter((_, at) => at !== i)); // removed
      if (i + 1 < lines.length) cases.push(replaced(replaced(lines, i, lines[i + 1]!), i + 1, lines[i]!)); // swapped
      cases.push(lines.slice(0, i)); // truncated
      cases.push(replaced(lines, i, lines[i]!.replace('"seq":', '"seq": '))); // whitespace: not canonical
    }
    for (const tampered of cases) {
      const { viaBytes, viaParse } = await bothVerdicts(tampered);
      expect(viaBytes).toEqual(viaParse);
    }
    const swapped = await bothVerdicts(replaced(replaced(lines, 3, lines[4]!), 4, lines[3]!));
    expect(swapped.viaBytes).toMatchObject({ ok: false, problem: "reordered", line: 4 });
    const cut = await bothVerdicts(lines.slice(0, -1));
    expect(cut.viaBytes).toMatchObject({ ok: false, problem: "unsealed-tail" });
  });

  it("agrees with the parsing verifier when any single byte of a line is changed", async () => {
    const lines = await writtenChain(3);
    const target = 1; // the entry with nested, unsorted input and literals
    const bytes = Buffer.from(lines[target]!);
    const replacements = [0x20, 0x22, 0x2c, 0x30, 0x5c, 0x7d, 0x61, 0xc3];
    for (let at = 0; at < bytes.length; at += 5) {
      const flipped = Buffer.from(bytes);
      flipped[at] = replacements[at % replacements.length]!;
      if (flipped[at] === bytes[at]) continue;
      const { viaBytes, viaParse } = await bothVerdicts(replaced(lines, target, flipped.toString("latin1")));
      expect(viaBytes).toEqual(viaParse);
      expect(viaBytes.ok).toBe(false);
    }
  });

  it("numbers lines as the reader does: blank lines count and CRLF endings are one break", async () => {
    const lines = await writtenChain(4);
    const file = join(dir, "crlf.jsonl");
    const stale = auditLine({ ...(JSON.parse(lines[3]!) as AuditEntry), reason: "changed" });
    writeFileSync(
      file,
      `${lines[0]}\r\n\r\n${lines[1]}\r\n${lines[2]}\r\n${stale}\r\n${lines.slice(4).join("\r\n")}`,
    );
    expect(await verifyAuditFile(file)).toMatchObject({ ok: false, problem: "edited", line: 5 });
  });
});
