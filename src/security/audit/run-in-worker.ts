import { Worker } from "node:worker_threads";
import { workerEntry } from "../../core/worker-entry.js";
import type { AcceptedRun } from "./accept-run.js";

/** A run being accepted on another thread: its result (undefined when the thread could not do it), or stopped. */
export interface RunningRun {
  result: Promise<AcceptedRun | undefined>;
  stop(): void;
}

/** Starts acceptRun over bytes [from, to) of the file on a worker thread. */
export function acceptRunInWorker(file: string, from: number, to: number, publicKey?: string): RunningRun {
  // Bundled as audit-verify-worker.js by scripts/build.mjs; verify-worker.ts from source.
  const entry = workerEntry(import.meta.url, "./verify-worker.ts", "audit-verify-worker");
  if (!entry) return { result: Promise.resolve(undefined), stop() {} };
  let worker: Worker;
  try {
    worker = new Worker(entry, {
      workerData: { file, from, to, ...(publicKey === undefined ? {} : { publicKey }) },
      execArgv: [],
    });
  } catch {
    return { result: Promise.resolve(undefined), stop() {} };
  }
  const result = new Promise<AcceptedRun | undefined>((resolve) => {
    worker.once("message", (run: AcceptedRun) => resolve(run));
    // A thread that fails (cannot load, runs out of memory) leaves its range to the caller's thread.
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return { result, stop: () => void worker.terminate() };
}
