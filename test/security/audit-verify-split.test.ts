import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acceptRun } from "../../src/security/audit/accept-run.js";
import { type AuditEntry, auditLine, hashEntry } from "../../src/security/audit/audit-entry.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { createMemoryAuditStore } from "../../src/security/audit/audit-store.js";
import { type ChainVerifyOptions, verifyAuditChain } from "../../src/security/audit/verify-chain.js";
import { verifyAuditFileSplit } from "../../src/security/audit/verify-file.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-audit-split-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keys = generateAuditKeys();
const other = generateAuditKeys();
let files = 0;

async function writtenChain(count: number): Promise<string[]> {
  const store = createMemoryAuditStore();
  const log = createAuditLog(store, keys.privateKey);
  for (let i = 0; i < count; i += 1) {
    log.append({
      runId: "run-1",
      agent: "detective",
      tool: "read_file",
      input: i % 7 === 3 ? { text: "naïve \\ café", n: [1.5, -2] } : { path: `src/m${i}.ts`, startLine: i },
      decision: i % 4 === 0 ? "blocked" : "allowed",
      reason: `reason ${i}`,
      durationMs: i,
    });
    if (i % 4 === 3) await log.flush();
  }
  await log.flush();
  return store.lines;
}

// The second range accepted on this thread, so the many cases below need no thread each.
const sameThread = (file: string, from: number, to: number, publicKey?: string) => ({
  result: Promise.resolve(acceptRun(file, from, to, publicKey)),
  stop() {},
});

function fileOf(lines: readonly string[], ending = "\n"): { file: string; lineStarts: number[] } {
  const file = join(dir, `chain-${files++}.jsonl`);
  const text = `${lines.join(ending)}${ending}`;
  writeFileSync(file, text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1)
    if (text[i] === "\n") lineStarts.push(Buffer.byteLength(text.slice(0, i + 1)));
  return { file, lineStarts };
}

const options: ChainVerifyOptions = { publicKey: keys.publicKey };
const oneThread = async (file: string, opts: ChainVerifyOptions = options) =>
  (await verifyAuditFileSplit(file, opts, { split: statSync(file).size })).verdict;
const parsed = (lines: readonly string[], opts: ChainVerifyOptions = options) =>
  verifyAuditChain(
    lines.map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        return { unparsable: line.slice(0, 200), error: String(error) };
      }
    }),
    opts,
  );

const replaced = (lines: readonly string[], at: number, line: string) =>
  lines.map((old, i) => (i === at ? line : old));

/** Every kind of break the verifier names, placed at line index `at`. */
function tampers(lines: readonly string[], at: number): [string, string[]][] {
  const entry = JSON.parse(lines[at]!) as AuditEntry;
  const edited = { ...entry, reason: "nothing to see" } as AuditEntry;
  const rehashed = { ...edited, hash: hashEntry(edited) } as AuditEntry;
  const cases: [string, string[]][] = [
    ["edited", replaced(lines, at, auditLine(edited))],
    ["edited and rehashed", replaced(lines, at, auditLine(rehashed))],
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

describe("audit verify on two threads", () => {
  it("gives the one-thread verdict for a clean chain wherever the split falls, joining the second range", async () => {
    const lines = await writtenChain(30);
    const { file, lineStarts } = fileOf(lines);
    const alone = await oneThread(file);
    expect(alone).toEqual({ ok: true, entries: lines.length, seals: 8, signedBy: keys.publicKey });
    const last = lineStarts.at(-2)!;
    for (const start of lineStarts.slice(0, -1)) {
      for (const split of [start, start + 1]) {
        const both = await verifyAuditFileSplit(file, options, { split, acceptRun: sameThread });
        expect(both.verdict).toEqual(alone);
        // Past the last line's start there is no second range.
        expect([split, both.joined]).toEqual([split, split <= last]);
      }
    }
    // A worker that fails leaves its range to this thread.
    const failed = { result: Promise.resolve(undefined), stop() {} };
    const alone2 = await verifyAuditFileSplit(file, options, {
      split: lineStarts[9]!,
      acceptRun: () => failed,
    });
    expect(alone2).toEqual({ verdict: alone, joined: false });
    // Without the trusted key, and without requiring a seal, the same.
    const unsealed = fileOf(lines.slice(0, 6)).file;
    for (const opts of [{}, { requireSeal: false }] as ChainVerifyOptions[]) {
      const both = await verifyAuditFileSplit(unsealed, opts, { split: 300, acceptRun: sameThread });
      expect(both.verdict).toEqual(await oneThread(unsealed, opts));
    }
  });

  it("names the same first bad line as one thread for every break before, at and after the split", async () => {
    const lines = await writtenChain(24);
    let compared = 0;
    // Around seals (every fifth line) and the ends of the file.
    for (const at of [0, 1, 4, 10, 14, lines.length - 1]) {
      for (const [name, tampered] of tampers(lines, at)) {
        const { file, lineStarts } = fileOf(tampered);
        const alone = await oneThread(file);
        // The parsing verifier has no blank lines: the file reader skips them.
        if (name !== "blank line") expect(alone, `${name} at ${at}`).toEqual(parsed(tampered));
        // The split a line before, exactly at, and a line after the broken one, and mid-line.
        for (const line of [at - 1, at, at + 1]) {
          const split = lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))]!;
          for (const at2 of [split, split + 7]) {
            const both = await verifyAuditFileSplit(file, options, { split: at2, acceptRun: sameThread });
            expect(both.verdict, `${name} at line ${at + 1}, split at byte ${at2}`).toEqual(alone);
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(250);
  }, 120_000);

  it("numbers lines across the split as one thread does with CRLF endings", async () => {
    const lines = await writtenChain(12);
    const stale = auditLine({ ...(JSON.parse(lines[9]!) as AuditEntry), reason: "changed" });
    const { file, lineStarts } = fileOf(replaced(lines, 9, stale), "\r\n");
    const alone = await oneThread(file);
    expect(alone).toMatchObject({ ok: false, problem: "edited", line: 10 });
    for (const split of lineStarts) {
      const both = await verifyAuditFileSplit(file, options, { split, acceptRun: sameThread });
      expect(both.verdict).toEqual(alone);
    }
  });

  it("runs the second range on a worker thread with the same results", async () => {
    const lines = await writtenChain(40);
    const { file, lineStarts } = fileOf(lines);
    const split = lineStarts[20]!;
    const clean = await verifyAuditFileSplit(file, options, { split });
    expect(clean).toEqual({ verdict: await oneThread(file), joined: true });
    // A break exactly at the split, and one inside the worker's range.
    for (const at of [20, 31]) {
      const entry = JSON.parse(lines[at]!) as AuditEntry;
      const broken = fileOf(replaced(lines, at, auditLine({ ...entry, reason: "changed" }))).file;
      const both = await verifyAuditFileSplit(broken, options, { split });
      expect(both.verdict).toEqual(await oneThread(broken));
      expect(both.verdict).toMatchObject({ ok: false, problem: "edited", line: at + 1 });
    }
  }, 60_000);
});

describe("audit verify bundled as npm run build bundles it", () => {
  it("finds the worker entry beside the bundle and joins its run", async () => {
    const { build } = await import("esbuild");
    const outdir = mkdtempSync(join(tmpdir(), "sentry-audit-bundle-"));
    try {
      const root = join(import.meta.dirname, "../..");
      await build({
        entryPoints: [
          { in: join(root, "src/security/audit/verify-file.ts"), out: "verify-file" },
          { in: join(root, "src/security/audit/verify-worker.ts"), out: "audit-verify-worker" },
        ],
        outdir,
        bundle: true,
        splitting: true,
        chunkNames: "chunks/[name]-[hash]",
        platform: "node",
        format: "esm",
        logLevel: "error",
      });
      writeFileSync(join(outdir, "package.json"), '{ "type": "module" }\n');
      const bundled = (await import(join(outdir, "verify-file.js"))) as {
        verifyAuditFileSplit: typeof verifyAuditFileSplit;
      };
      const lines = await writtenChain(20);
      const { file, lineStarts } = fileOf(lines);
      const result = await bundled.verifyAuditFileSplit(file, options, { split: lineStarts[10]! });
      expect(result).toEqual({ verdict: await oneThread(file), joined: true });
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 60_000);
});
