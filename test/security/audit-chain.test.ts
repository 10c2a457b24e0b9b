import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditEntry, hashEntry } from "../../src/security/audit/audit-entry.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { verifyAuditChain } from "../../src/security/audit/verify-chain.js";

const keys = generateAuditKeys();

/** A sealed chain of n tool-call entries, with seals every `sealEvery` entries and at the end. */
function buildChain(n: number, sealEvery: number): AuditEntry[] {
  const log = createAuditLog(undefined, keys.privateKey, { clock: () => new Date("2026-01-01T00:00:00Z") });
  for (let i = 0; i < n; i += 1) {
    log.append({
      runId: "r",
      agent: "detective",
      agentId: "detective-1",
      tool: "read_file",
      input: { path: `f${i}` },
      decision: i % 3 ? "allowed" : "blocked",
      reason: `reason ${i}`,
    });
    if ((i + 1) % sealEvery === 0) void log.flush();
  }
  void log.flush();
  return JSON.parse(JSON.stringify(log.entries())) as AuditEntry[];
}

/** The line a verdict names, or for an unsealed tail the range of lines it names. */
function expectLine(verdict: { problem: string; line: number }, line: number, length: number): void {
  if (verdict.problem === "unsealed-tail") {
    expect(line).toBeGreaterThanOrEqual(verdict.line);
    expect(line).toBeLessThanOrEqual(length + 1);
  } else {
    expect(verdict.line).toBe(line);
  }
}

const chainArb = fc.record({
  n: fc.integer({ min: 2, max: 40 }),
  sealEvery: fc.integer({ min: 1, max: 50 }),
});

describe("audit chain verification", () => {
  it("passes untouched chains, with and without the public key", () => {
    fc.assert(
      fc.property(chainArb, ({ n, sealEvery }) => {
        const chain = buildChain(n, sealEvery);
        expect(verifyAuditChain(chain)).toMatchObject({ ok: true });
        expect(verifyAuditChain(chain, { publicKey: keys.publicKey })).toMatchObject({
          ok: true,
          signedBy: keys.publicKey,
        });
      }),
      { numRuns: 50 },
    );
  });

  it("catches every single-entry edit, naming the line (also when the attacker rehashes the entry)", () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.boolean(), ({ n, sealEvery }, pick, rehash) => {
        const chain = buildChain(n, sealEvery);
        const index = pick % chain.length;
        const edited = { ...chain[index]!, reason: "nothing to see here", decision: "allowed" as const };
        if (rehash) edited.hash = hashEntry(edited);
        chain[index] = edited;
        const verdict = verifyAuditChain(chain, { publicKey: keys.publicKey });
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) {
          expect(["edited", "bad-signature"]).toContain(verdict.problem);
          expect(verdict.line).toBe(index + 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("catches every single-entry deletion", () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), ({ n, sealEvery }, pick) => {
        const chain = buildChain(n, sealEvery);
        const index = pick % chain.length;
        chain.splice(index, 1);
        const verdict = verifyAuditChain(chain, { publicKey: keys.publicKey });
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) {
          expect(["missing", "unsealed-tail"]).toContain(verdict.problem);
          expectLine(verdict, index + 1, chain.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("catches every single-entry insertion (a copy, or a forged entry linked into place)", () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.nat(), fc.boolean(), ({ n, sealEvery }, at, from, forge) => {
        const chain = buildChain(n, sealEvery);
        const index = at % (chain.length + 1);
        let inserted: AuditEntry;
        if (forge) {
          const prev = chain[index - 1];
          const base = {
            ...chain[from % chain.length]!,
            seq: index,
            prevHash: prev ? prev.hash : "0".repeat(64),
            reason: "forged",
            kind: "tool-call" as const,
          };
          delete base.signature;
          delete base.publicKey;
          inserted = { ...base, hash: hashEntry(base) };
        } else {
          inserted = { ...chain[from % chain.length]! };
        }
        chain.splice(index, 0, inserted);
        const verdict = verifyAuditChain(chain, { publicKey: keys.publicKey });
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) {
          expect(["inserted", "unsealed-tail", "reordered"]).toContain(verdict.problem);
          // An exact copy of a neighbour could be either of the two identical lines.
          const twin = [chain[index - 1], chain[index + 1]].some(
            (e) => JSON.stringify(e) === JSON.stringify(inserted),
          );
          if (twin) expect([index, index + 1, index + 2]).toContain(verdict.line);
          else expectLine(verdict, index + 1, chain.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("catches every reorder of two entries", () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.nat(), ({ n, sealEvery }, a, b) => {
        const chain = buildChain(n, sealEvery);
        const i = a % chain.length;
        let j = b % chain.length;
        if (i === j) j = (j + 1) % chain.length;
        [chain[i], chain[j]] = [chain[j]!, chain[i]!];
        const verdict = verifyAuditChain(chain, { publicKey: keys.publicKey });
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) {
          expect(["reordered", "unsealed-tail"]).toContain(verdict.problem);
          expectLine(verdict, Math.min(i, j) + 1, chain.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a chain re-signed with another key when the real public key is given", () => {
    const chain = buildChain(5, 10);
    const other = generateAuditKeys();
    const forged = createAuditLog(undefined, other.privateKey);
    for (const e of chain.filter((x) => x.kind !== "seal")) {
      const { seq: _s, prevHash: _p, hash: _h, kind: _k, ...record } = e;
      forged.append(record);
    }
    void forged.flush();
    expect(verifyAuditChain(JSON.parse(JSON.stringify(forged.entries())))).toMatchObject({ ok: true });
    expect(
      verifyAuditChain(JSON.parse(JSON.stringify(forged.entries())), { publicKey: keys.publicKey }),
    ).toMatchObject({ ok: false, problem: "wrong-key" });
  });
});
