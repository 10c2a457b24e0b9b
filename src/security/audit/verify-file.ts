import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { readCanonicalLine } from "./canonical-line.js";
import { readLines } from "./line-reader.js";
import { acceptRunInWorker, type RunningRun } from "./run-in-worker.js";
import { type ChainVerdict, type ChainVerifyOptions, createChainVerifier } from "./verify-chain.js";

/** Below this a second thread costs more to start than it saves. */
const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
/**
 * How many more bytes this thread takes than the worker, which starts late: on the 1M-entry bench chain
 * (bundled) the worker began its range 0.10-0.17 s after this thread began, and with 32 MB here it still
 * ended 0.07-0.14 s first (with none, up to 0.9 s after on a loaded machine).
 */
const WORKER_START_BYTES = 16 * 1024 * 1024;

/** For tests: where the second range starts (moved to the next line's start), and what runs it. */
export interface SplitOptions {
  split?: number;
  acceptRun?: (file: string, from: number, to: number, publicKey?: string) => RunningRun;
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
 * A big file is verified by two threads: a worker takes the second half (from a line's start) and accepts
 * what it can of it (acceptRun), while this thread verifies the first half. When the worker's run links to
 * where this thread ended, it is joined in one step; from the first line the worker did not take (or
 * from the split, when the run does not join) this thread goes on line by line, so every verdict, line
 * number and message is what one thread gives. `joined` says whether the worker's run was used.
 */
export async function verifyAuditFileSplit(
  file: string,
  options: ChainVerifyOptions = {},
  { split, acceptRun = acceptRunInWorker }: SplitOptions = {},
): Promise<{ verdict: ChainVerdict; joined: boolean }> {
  const verifier = createChainVerifier(options);
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const twoThreads = size >= SPLIT_MIN_BYTES && availableParallelism() >= 2;
    const headStart = Math.min(WORKER_START_BYTES, size / 4);
    const at = split ?? (twoThreads ? Math.floor(size / 2 + headStart / 2) : size);
    const boundary = at >= size ? size : lineStartFrom(fd, at, size);
    const second = boundary < size ? acceptRun(file, boundary, size, options.publicKey) : undefined;
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
    readLines(fd, 0, second ? boundary : Number.POSITIVE_INFINITY, visit);
    if (!second) return { verdict: verifier.end(), joined: false };
    if (verifier.broken()) {
      second.stop();
      return { verdict: verifier.end(), joined: false };
    }
    const run = await second.result;
    let from = boundary;
    const joined = run !== undefined && verifier.joinRun(run);
    if (joined) {
      from = run.stopOffset;
      line += run.lines;
    }
    readLines(fd, from, Number.POSITIVE_INFINITY, visit);
    return { verdict: verifier.end(), joined };
  } finally {
    closeSync(fd);
  }
}

/** The offset of the first line that starts at or after `at` (the file's size when none does). */
function lineStartFrom(fd: number, at: number, size: number): number {
  if (at <= 0) return 0;
  const probe = Buffer.allocUnsafe(64 * 1024);
  for (let offset = at - 1; offset < size; offset += probe.length) {
    const read = readSync(fd, probe, 0, probe.length, offset);
    const newline = probe.subarray(0, read).indexOf(10);
    if (newline >= 0) return offset + newline + 1;
    if (read === 0) break;
  }
  return size;
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
