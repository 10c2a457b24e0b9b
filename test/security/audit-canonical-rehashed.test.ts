import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type AuditEntry,
  AuditEntrySchema,
  auditLine,
  hashEntry,
} from "../../src/security/audit/audit-entry.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { createMemoryAuditStore } from "../../src/security/audit/audit-store.js";
import { readCanonicalLine } from "../../src/security/audit/canonical-line.js";

/**
 * The byte walk may only take a line the parsing verifier would take with the same fields. Changing a
 * line and leaving its hash stale tests the hash check; these tests rehash the changed bytes, as an
 * attacker or a careless writer would, so only the walk's own checks (canonical form, the schema's types)
 * stand between a changed line and the fast path. The walk also remembers the keys of the line before
 * (readCanonicalLine's template), so each case is read right after a clean line that primed it.
 */

const keys = generateAuditKeys();

/** What the parsing verifier accepts of a single line, or undefined: JSON.parse, the schema, the hash. */
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

/** The line with `"hash"` set to the SHA-256 of the bytes before it, closed as the walk hashes them. */
function rehashed(line: Buffer): Buffer {
  const at = line.lastIndexOf(',"hash":"');
  if (at < 0) return line;
  const prefix = Buffer.concat([line.subarray(0, at), Buffer.from("}")]);
  const hash = createHash("sha256").update(prefix).digest("hex");
  return Buffer.concat([line.subarray(0, at), Buffer.from(`,"hash":"${hash}"`), line.subarray(at + 74)]);
}

async function cleanLines(): Promise<string[]> {
  const store = createMemoryAuditStore();
  const log = createAuditLog(store, keys.privateKey);
  log.append({
    runId: "run-1",
    agent: "detective",
    agentId: "detective-1",
    tool: "read_file",
    input: { path: "src/a.ts", z: [1, -2.5, true, null, { b: "x", c: {} }] },
    decision: "allowed",
    reason: "naïve \\ café",
    rationale: "checking",
    outcome: "ok",
    durationMs: 12,
  });
  log.append({ kind: "event", reason: "budget reached", durationMs: 0 });
  await log.flush();
  return store.lines;
}

/** Reads `line` after `primer` (so the walk's template holds the primer's keys) and compares both readers. */
function agrees(primer: string, line: Buffer): void {
  const first = Buffer.from(primer);
  expect(readCanonicalLine(first, 0, first.length)).toBeDefined();
  const copy = Buffer.concat([line, Buffer.from("\n")]); // the walk sees a line ending, as in a file
  const fast = readCanonicalLine(copy, 0, line.length);
  const text = line.toString("utf8");
  if (fast) {
    // Taken by the walk: the parser takes it too, with the same chain fields (and the bytes are unchanged).
    expect(parsedLink(text), text).toEqual({
      seq: fast.seq,
      kind: fast.kind,
      prevHash: fast.prevHash,
      hash: fast.hash,
    });
    expect(copy.subarray(0, line.length).equals(line)).toBe(true);
  }
}

describe("the byte walk takes no line the parser would refuse, even rehashed", () => {
  it("for every byte of a line replaced by each kind of JSON byte, the hash recomputed", async () => {
    const lines = await cleanLines();
    const replacements = [
      0x20, 0x22, 0x2c, 0x2d, 0x30, 0x31, 0x3a, 0x5b, 0x5c, 0x5d, 0x7b, 0x7d, 0x61, 0x7a, 0x09, 0xc3,
    ];
    let taken = 0;
    let cases = 0;
    for (const target of lines) {
      const bytes = Buffer.from(target);
      const hashAt = bytes.lastIndexOf(',"hash":"');
      for (let at = 0; at < hashAt; at += 1) {
        for (const byte of replacements) {
          if (bytes[at] === byte) continue;
          const changed = Buffer.from(bytes);
          changed[at] = byte;
          for (const primer of lines) {
            agrees(primer, rehashed(changed));
            cases += 1;
          }
          const fast = readCanonicalLine(
            Buffer.concat([rehashed(changed), Buffer.from("\n")]),
            0,
            changed.length,
          );
          if (fast) taken += 1;
        }
      }
    }
    expect(cases).toBeGreaterThan(10_000);
    // Some changes stay canonical (a letter in a string, a digit in a number): the walk still takes those.
    expect(taken).toBeGreaterThan(100);
  }, 120_000);

  it("keys out of order, repeated or cut short after a line with the same keys", async () => {
    const [toolCall] = await cleanLines();
    const entry = JSON.parse(toolCall!) as AuditEntry;
    const { hash: _hash, ...content } = entry;
    const names = Object.keys(content).sort();
    const forms: string[] = [];
    // The same keys with two neighbours swapped, at every place (the template matches up to there).
    for (let i = 0; i + 1 < names.length; i += 1) {
      const order = [...names];
      [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
      forms.push(
        JSON.stringify(
          Object.fromEntries(order.map((name) => [name, content[name as keyof typeof content]])),
        ),
      );
    }
    // A key written twice: the parser keeps the last value, the walk must not keep the first.
    const canonical = auditLine(entry);
    forms.push(canonical.replace('"seq":0,', '"seq":0,"seq":7,').replace(/,"hash":.*$/, "}"));
    forms.push(
      canonical
        .replace('"decision":"allowed",', '"decision":"allowed","decision":"maybe",')
        .replace(/,"hash":.*$/, "}"),
    );
    // A key the schema requires, missing.
    forms.push(canonical.replace('"seq":0,', "").replace(/,"hash":.*$/, "}"));
    for (const body of forms) {
      const hash = createHash("sha256").update(body).digest("hex");
      const line = Buffer.from(`${body.slice(0, -1)},"hash":"${hash}"}`);
      agrees(toolCall!, line);
      expect(
        readCanonicalLine(Buffer.concat([line, Buffer.from("\n")]), 0, line.length),
        body,
      ).toBeUndefined();
    }
  });

  it("refuses a renamed key read from the buffer that held the line before (the reader reuses its block)", async () => {
    const [toolCall] = await cleanLines();
    const block = Buffer.from(`${toolCall}\n`);
    const end = block.length - 1;
    expect(readCanonicalLine(block, 0, end)).toBeDefined();
    // Same length, same place, out of order: only the remembered keys could make it look like "reason".
    const renamed = toolCall!.replace('"reason":', '"aaaaaa":').replace(/,"hash":.*$/, "}");
    const hash = createHash("sha256").update(renamed).digest("hex");
    const forged = `${renamed.slice(0, -1)},"hash":"${hash}"}`;
    expect(block.write(forged, 0, "utf8")).toBe(end);
    expect(readCanonicalLine(block, 0, end)).toBeUndefined();
    expect(parsedLink(forged)).toBeUndefined();
  });

  it("takes lines whose keys change from one line to the next, and the same lines again", async () => {
    const store = createMemoryAuditStore();
    const log = createAuditLog(store, keys.privateKey);
    for (let i = 0; i < 24; i += 1) {
      const optional =
        i % 3 === 0
          ? { rationale: "why" }
          : i % 3 === 1
            ? ({ outcome: "ok", zeta: i } as { outcome: string })
            : {};
      if (i % 4 === 3) log.append({ kind: "event", reason: `event ${i}` });
      else log.append({ tool: "read_file", input: { n: i }, decision: "allowed", ...optional });
    }
    await log.flush();
    for (let round = 0; round < 2; round += 1) {
      let previous: string | undefined;
      for (const line of store.lines) {
        const bytes = Buffer.from(line);
        const link = readCanonicalLine(bytes, 0, bytes.length, previous);
        expect(link, line).toEqual({ ...parsedLink(line), ...(link?.kind === "seal" ? pick(line) : {}) });
        previous = link?.hash;
      }
    }
  });
});

function pick(line: string) {
  const { publicKey, signature } = JSON.parse(line) as AuditEntry;
  return { publicKey, signature };
}
