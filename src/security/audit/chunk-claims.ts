import { readSync } from "node:fs";
import { type AcceptedRun, acceptRun } from "./accept-run.js";

/**
 * A big file cut into chunks at line starts, which two threads claim from opposite ends: this thread from
 * the first chunk on, the worker from the last one back, each until it meets a chunk the other holds. So
 * the one that runs faster (the worker starts late; on a shared machine either may be held up) takes more
 * of the file, and neither waits while the other still has work. The worker's chunks are then a suffix
 * of the file, whose runs this thread joins in order (see verify-file.ts).
 */
export interface ChunkPlan {
  /** Line-start offsets, one more than there are chunks; the last is the file's size. */
  bounds: number[];
  /** One slot a chunk, on shared memory: FREE, or who claimed it. */
  claims: Int32Array;
}

const FREE = 0;
export const THIS_THREAD = 1;
export const WORKER = 2;

/** Chunks of about `chunkBytes`, each starting at a line's start. */
export function planChunks(fd: number, size: number, chunkBytes: number): ChunkPlan {
  const count = Math.max(2, Math.ceil(size / chunkBytes));
  const bounds = [0];
  for (let i = 1; i < count; i += 1) {
    bounds.push(Math.max(bounds[i - 1]!, lineStartFrom(fd, Math.floor((size * i) / count), size)));
  }
  bounds.push(size);
  return { bounds, claims: new Int32Array(new SharedArrayBuffer(4 * count)) };
}

/** Whether `who` got chunk i (no other thread holds it, and from now on none will). */
export function claim(plan: ChunkPlan, i: number, who: number): boolean {
  return Atomics.compareExchange(plan.claims, i, FREE, who) === FREE;
}

/**
 * The worker's side: claims chunks from the last one back and accepts each (see acceptRun). It stops at
 * the first chunk it cannot claim, or after one whose run ends early (a line it does not take: this
 * thread reads the rest line by line, so more runs past it would only cost time). The runs by chunk.
 */
export function acceptFromBack(
  file: string,
  plan: ChunkPlan,
  publicKey?: string,
): (AcceptedRun | undefined)[] {
  const runs: (AcceptedRun | undefined)[] = [];
  for (let i = plan.bounds.length - 2; i >= 0 && claim(plan, i, WORKER); i -= 1) {
    const run = acceptRun(file, plan.bounds[i]!, plan.bounds[i + 1]!, publicKey);
    runs[i] = run;
    if (run.stopOffset < plan.bounds[i + 1]!) break;
  }
  return runs;
}

/** The offset of the first line that starts at or after `at` (the file's size when none does). */
export function lineStartFrom(fd: number, at: number, size: number): number {
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
