import { Worker } from "node:worker_threads";
import { workerEntry } from "../../core/worker-entry.js";
import type { AcceptedRun } from "./accept-run.js";
import type { ChunkPlan } from "./chunk-claims.js";

/** Work being done on another thread: its result (undefined when the thread could not do it), or stopped. */
export interface Running<T> {
  result: Promise<T | undefined>;
  stop(): void;
}
export type RunningRun = Running<AcceptedRun>;

/** Starts acceptRun over bytes [from, to) of the file on a worker thread. */
export function acceptRunInWorker(file: string, from: number, to: number, publicKey?: string): RunningRun {
  return inWorker<AcceptedRun>({ file, from, to, ...(publicKey === undefined ? {} : { publicKey }) });
}

/** Starts acceptFromBack on a worker thread: the runs of the chunks it claimed, by chunk. */
export function acceptChunksInWorker(
  file: string,
  plan: ChunkPlan,
  publicKey?: string,
): Running<(AcceptedRun | undefined)[]> {
  // The claims are shared memory: both threads see each other's claims as they are made.
  const { bounds, claims } = plan;
  return inWorker({ file, bounds, claims, ...(publicKey === undefined ? {} : { publicKey }) });
}

function inWorker<T>(workerData: object): Running<T> {
  // Bundled as audit-verify-worker.js by scripts/build.mjs; verify-worker.ts from source.
  const entry = workerEntry(import.meta.url, "./verify-worker.ts", "audit-verify-worker");
  if (!entry) return { result: Promise.resolve(undefined), stop() {} };
  let worker: Worker;
  try {
    worker = new Worker(entry, { workerData, execArgv: [] });
  } catch {
    return { result: Promise.resolve(undefined), stop() {} };
  }
  const result = new Promise<T | undefined>((resolve) => {
    worker.once("message", (done: T) => resolve(done));
    // A thread that fails (cannot load, runs out of memory) leaves its range to the caller's thread.
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return { result, stop: () => void worker.terminate() };
}
