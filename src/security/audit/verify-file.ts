import { closeSync, fstatSync, openSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { AcceptedRun } from "./accept-run.js";
import { readCanonicalLine } from "./canonical-line.js";
import { claim, lineStartFrom, planChunks, THIS_THREAD } from "./chunk-claims.js";
import { readLines } from "./line-reader.js";
import { acceptChunksInWorker, acceptRunInWorker, type RunningRun } from "./run-in-worker.js";
import { type ChainVerdict, type ChainVerifyOptions, createChainVerifier } from "./verify-chain.js";

/** Below this a second thread costs more to start than it saves. */
const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
/**
 * The chunks two threads share: what one thread verifies in about 0.06 s, so at the end one waits for
 * the other at most about that long, and there are a few dozen chunks in the 1M-entry (546 MB) bench chain.
 */
const CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * For tests: where the second range starts (moved to the next line's start), and what runs it; or, for
 * the shared chunks at any size, how big they are and what takes the worker's share.
 */
export interface SplitOptions {
  split?: number;
  acceptRun?: (file: string, from: number, to: number, publicKey?: string) => RunningRun;
  chunkBytes?: number;
  acceptChunks?: typeof acceptChunksInWorker;
}

/**
 * Verifies a JSONL audit file without holding it in memory: a block of bytes at a time, each line read
 * byte by byte when it is in canonical form (see canonical-line.ts), else parsed and checked through the
 * schema and canonicalJson, as logs written before the canonical format were. Lines are numbered as
 * readJsonl numbers them (blank lines count; a CRLF ending is one break). It runs without yielding: it is
 * the CLI's offline check, not something a server calls while it serves.
 */
export async function verifyAuditFile(file: string, options: ChainVerifyOptions = {}): Promise<ChainVerdict> {
  return (await verifyAuditFileSplit(file, options)).verdict;
}

/**
 * A big file is verified by two threads: a worker accepts what it can of the chunks it claims from the
 * file's end (see chunk-claims.ts), or, when a test gives `split`, of the range from there (acceptRun),
 * while this thread verifies from the start. Each run that links to where this thread got to is joined in
 * one step; any line no joined run took (from where a run stopped, or a whole chunk whose run does not
 * join) this thread verifies line by line, so every verdict, line number and message is what one thread
 * gives. `joined` says whether a worker's run was used.
 */
export async function verifyAuditFileSplit(
  file: string,
  options: ChainVerifyOptions = {},
  {
    split,
    acceptRun = acceptRunInWorker,
    chunkBytes,
    acceptChunks = acceptChunksInWorker,
  }: SplitOptions = {},
): Promise<{ verdict: ChainVerdict; joined: boolean }> {
  const verifier = createChainVerifier(options);
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const twoThreads = size >= SPLIT_MIN_BYTES && availableParallelism() >= 2;
    let line = 0;
    let lastHash: string | undefined; // of the line before, when it was read byte by byte
    const visit = (bytes: Buffer, start: number, end: number) => {
      line += 1;
      const checked = readCanonicalLine(bytes, start, end, lastHash);
      lastHash = checked?.hash;
      if (checked) verifier.pushChecked(checked, line);
      else pushSlow(verifier, bytes, start, end, line);
      return !verifier.broken(); // the first break is the verdict: nothing after it changes it
    };
    let joined = false;
    /** Joins the run when it links here, then verifies line by line from where it stopped (or `from`) to `to`. */
    const joinThenRead = (run: AcceptedRun | undefined, from: number, to: number) => {
      let at = from;
      if (run !== undefined && verifier.joinRun(run)) {
        joined = true;
        at = run.stopOffset;
        line += run.lines;
        lastHash = undefined;
      }
      readLines(fd, at, to, visit);
    };
    if (split === undefined && (twoThreads || chunkBytes !== undefined)) {
      const plan = planChunks(fd, size, chunkBytes ?? CHUNK_BYTES);
      const chunks = plan.bounds.length - 1;
      const endOf = (i: number) => (i + 1 === chunks ? Number.POSITIVE_INFINITY : plan.bounds[i + 1]!);
      const worker = acceptChunks(file, plan, options.publicKey);
      let i = 0;
      for (; i < chunks && claim(plan, i, THIS_THREAD); i += 1) {
        readLines(fd, plan.bounds[i]!, endOf(i), visit);
        if (verifier.broken()) break;
      }
      const runs = i < chunks && !verifier.broken() ? await worker.result : undefined;
      worker.stop();
      for (; i < chunks && !verifier.broken(); i += 1) joinThenRead(runs?.[i], plan.bounds[i]!, endOf(i));
      return { verdict: verifier.end(), joined };
    }
    const at = split ?? (twoThreads ? Math.floor(size / 2) : size);
    const boundary = at >= size ? size : lineStartFrom(fd, at, size);
    const second = boundary < size ? acceptRun(file, boundary, size, options.publicKey) : undefined;
    readLines(fd, 0, second ? boundary : Number.POSITIVE_INFINITY, visit);
    if (!second) return { verdict: verifier.end(), joined: false };
    if (verifier.broken()) {
      second.stop();
      return { verdict: verifier.end(), joined: false };
    }
    joinThenRead(await second.result, boundary, Number.POSITIVE_INFINITY);
    return { verdict: verifier.end(), joined };
  } finally {
    closeSync(fd);
  }
}

/** A line the byte walk did not take: parsed as readJsonl parses it, and judged by the full checks. */
function pushSlow(
  verifier: ReturnType<typeof createChainVerifier>,
  buffer: Buffer,
  start: number,
  end: number,
  line: number,
): void {
  const text = buffer.toString("utf8", start, end > start && buffer[end - 1] === 13 ? end - 1 : end);
  if (text.trim() === "") return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    value = { unparsable: text.slice(0, 200), error: String(error) };
  }
  verifier.push(value, line);
}
