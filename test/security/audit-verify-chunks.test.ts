import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type AcceptedRun, acceptRun } from "../../src/security/audit/accept-run.js";
import { type AuditEntry, auditLine, hashEntry } from "../../src/security/audit/audit-entry.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { createMemoryAuditStore } from "../../src/security/audit/audit-store.js";
import { acceptFromBack, type ChunkPlan, claim, WORKER } from "../../src/security/audit/chunk-claims.js";
import type { ChainVerifyOptions } from "../../src/security/audit/verify-chain.js";
import { verifyAuditFileSplit } from "../../src/security/audit/verify-file.js";

/**
 * Two threads share a big file in chunks claimed from both ends (chunk-claims.ts). Whichever chunks the
 * worker ends up with, and whatever it makes of them, the verdict, line number and message must be the
 * one-thread ones. Here the worker's share is taken on this thread, before this thread claims its own, so
 * every share from none to all of the chunks is tried; one case runs a real worker thread.
 */

const dir = mkdtempSync(join(tmpdir(), "sentry-audit-chunks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keys = generateAuditKeys();
const other = generateAuditKeys();
const options: ChainVerifyOptions = { publicKey: keys.publicKey };
let files = 0;

async function writtenChain(count: number): Promise<string[]> {
  const store = createMemoryAuditStore();
  const log = createAuditLog(store, keys.privateKey);
  for (let i = 0; i < count; i += 1) {
    log.append({
      runId: "run-1",
      tool: "read_file",
      input: i % 7 === 3 ? { text: "naïve \\ café" } : { path: `src/m${i}.ts`, startLine: i },
      decision: i % 4 === 0 ? "blocked" : "allowed",
      reason: `reason ${i}`,
    });
    if (i % 4 === 3) await log.flush();
  }
  await log.flush();
  return store.lines;
}

function fileOf(lines: readonly string[], ending = "\n"): string {
  const file = join(dir, `chain-${files++}.jsonl`);
  writeFileSync(file, `${lines.join(ending)}${ending}`);
  return file;
}

const oneThread = async (file: string, opts: ChainVerifyOptions = options) =>
  (await verifyAuditFileSplit(file, opts, { split: statSync(file).size })).verdict;

/** A stand-in for the worker that claims the last `share` chunks (all when share exceeds them), on this thread. */
function workerTaking(share: number, result: "runs" | "failed" = "runs") {
  return (file: string, plan: ChunkPlan, publicKey?: string) => {
    const runs: (AcceptedRun | undefined)[] = [];
    const chunks = plan.bounds.length - 1;
    if (share >= chunks) runs.push(...acceptFromBack(file, plan, publicKey));
    else {
      for (let i = chunks - 1; i >= chunks - share && claim(plan, i, WORKER); i -= 1) {
        runs[i] = acceptRun(file, plan.bounds[i]!, plan.bounds[i + 1]!, publicKey);
      }
    }
    return { result: Promise.resolve(result === "runs" ? runs : undefined), stop() {} };
  };
}

const replaced = (lines: readonly string[], at: number, line: string) =>
  lines.map((old, i) => (i === at ? line : old));

function tampers(lines: readonly string[], at: number): [string, string[]][] {
  const entry = JSON.parse(lines[at]!) as AuditEntry;
  const edited = { ...entry, reason: "nothing to see" } as AuditEntry;
  const cases: [string, string[]][] = [
    ["edited", replaced(lines, at, auditLine(edited))],
    ["edited and rehashed", replaced(lines, at, auditLine({ ...edited, hash: hashEntry(edited) }))],
    ["removed", lines.filter((_, i) => i !== at)],
    ["duplicated", [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)]],
    ["truncated", lines.slice(0, at)],
    ["not canonical", replaced(lines, at, lines[at]!.replace('"seq":', '"seq": '))],
    ["blank line", [...lines.slice(0, at), "", ...lines.slice(at)]],
    ["garbage", replaced(lines, at, "{not json")],
  ];
  if (at + 1 < lines.length)
    cases.push(["swapped", replaced(replaced(lines, at, lines[at + 1]!), at + 1, lines[at]!)]);
  if (entry.kind === "seal") {
    cases.push([
      "bad signature",
      replaced(lines, at, auditLine({ ...entry, signature: `A${entry.signature!.slice(1)}` })),
    ]);
    cases.push(["other key", replaced(lines, at, auditLine({ ...entry, publicKey: other.publicKey }))]);
  }
  return cases;
}

describe("audit verify with chunks shared by two threads", () => {
  it("gives the one-thread verdict for a clean chain, whatever the chunks and the worker's share", async () => {
    const lines = await writtenChain(30);
    const file = fileOf(lines);
    const alone = await oneThread(file);
    expect(alone).toEqual({ ok: true, entries: lines.length, seals: 8, signedBy: keys.publicKey });
    for (const chunkBytes of [60, 400, 1500, 1e9]) {
      for (const share of [0, 1, 2, 5, 1000]) {
        const both = await verifyAuditFileSplit(file, options, {
          chunkBytes,
          acceptChunks: workerTaking(share),
        });
        expect(both.verdict, `chunks of ${chunkBytes}, worker's share ${share}`).toEqual(alone);
        // Chunks smaller than a line leave some empty (they start at the same line): those have no run.
        if (share > 0 && chunkBytes >= 400) expect(both.joined).toBe(true);
      }
      // A worker that claims chunks and then fails leaves them to this thread.
      const failed = await verifyAuditFileSplit(file, options, {
        chunkBytes,
        acceptChunks: workerTaking(3, "failed"),
      });
      expect(failed).toEqual({ verdict: alone, joined: false });
    }
    for (const opts of [{}, { requireSeal: false }] as ChainVerifyOptions[]) {
      const unsealed = fileOf(lines.slice(0, 6));
      const both = await verifyAuditFileSplit(unsealed, opts, {
        chunkBytes: 200,
        acceptChunks: workerTaking(2),
      });
      expect(both.verdict).toEqual(await oneThread(unsealed, opts));
    }
  });

  it("names the same first bad line as one thread for every break, in this thread's chunks or the worker's", async () => {
    const lines = await writtenChain(24);
    let compared = 0;
    for (const at of [0, 1, 4, 10, 14, lines.length - 1]) {
      for (const [name, tampered] of tampers(lines, at)) {
        const file = fileOf(tampered);
        const alone = await oneThread(file);
        for (const chunkBytes of [60, 300, 1200]) {
          for (const share of [0, 1, 3, 1000]) {
            const both = await verifyAuditFileSplit(file, options, {
              chunkBytes,
              acceptChunks: workerTaking(share),
            });
            expect(both.verdict, `${name} at line ${at + 1}, chunks ${chunkBytes}, share ${share}`).toEqual(
              alone,
            );
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  }, 120_000);

  it("numbers lines across chunks as one thread does with CRLF endings", async () => {
    const lines = await writtenChain(12);
    const stale = auditLine({ ...(JSON.parse(lines[9]!) as AuditEntry), reason: "changed" });
    const file = fileOf(replaced(lines, 9, stale), "\r\n");
    const alone = await oneThread(file);
    expect(alone).toMatchObject({ ok: false, problem: "edited", line: 10 });
    for (const chunkBytes of [60, 250, 700]) {
      for (const share of [0, 2, 1000]) {
        const both = await verifyAuditFileSplit(file, options, {
          chunkBytes,
          acceptChunks: workerTaking(share),
        });
        expect(both.verdict).toEqual(alone);
      }
    }
  });

  it("shares the chunks with a real worker thread, with the same results", async () => {
    const lines = await writtenChain(40);
    const file = fileOf(lines);
    expect(await verifyAuditFileSplit(file, options, { chunkBytes: 500 })).toMatchObject({
      verdict: await oneThread(file),
    });
    for (const at of [5, 31]) {
      const entry = JSON.parse(lines[at]!) as AuditEntry;
      const broken = fileOf(replaced(lines, at, auditLine({ ...entry, reason: "changed" })));
      const both = await verifyAuditFileSplit(broken, options, { chunkBytes: 500 });
      expect(both.verdict).toEqual(await oneThread(broken));
      expect(both.verdict).toMatchObject({ ok: false, problem: "edited", line: at + 1 });
    }
  }, 60_000);
});
