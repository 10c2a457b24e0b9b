import { Worker } from "node:worker_threads";
import { workerEntry } from "../../../core/worker-entry.js";
import type { ReadOptions } from "../reader.js";
import type { ParsedRecord } from "../records.js";
import type { Done, PartJob, WorkerMessage } from "./protocol.js";
import type { SplitPlan } from "./split.js";

/** Records of the worker's part that the main thread reads itself and must find identical. */
export const SAMPLE_RECORDS = 256;

/** The worker's job for one file's part, with the reader settings the main thread reads with. */
export function partJob(
  plan: SplitPlan,
  inputs: string[],
  options: ReadOptions,
  mode: PartJob["mode"],
): PartJob {
  return {
    path: plan.path,
    display: options.displayNames?.[plan.path] ?? inputs[0]!,
    boundary: plan.boundary,
    now: options.now ?? Date.now(),
    ...(options.year === undefined ? {} : { year: options.year }),
    sampleSize: SAMPLE_RECORDS,
    mode,
  };
}

export interface RunningWorker {
  firstLine: Promise<number | undefined>;
  sample: Promise<ParsedRecord[] | undefined>;
  done: Promise<Done | undefined>;
  stop(): void;
}

/** Starts the worker on the file's part from the boundary; each promise is undefined if it fails first. */
export function startWorker(job: PartJob): RunningWorker | undefined {
  const entry = workerEntry(import.meta.url, "./worker.ts", "logs-worker");
  if (!entry) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(entry, { workerData: job, execArgv: [] });
  } catch {
    return undefined;
  }
  const settle: Partial<Record<WorkerMessage["kind"], (value: unknown) => void>> = {};
  const promise = <T>(kind: WorkerMessage["kind"]) =>
    new Promise<T | undefined>((resolve) => {
      settle[kind] = resolve as (value: unknown) => void;
    });
  const firstLine = promise<number>("start");
  const sample = promise<ParsedRecord[]>("sample");
  const done = promise<Done>("done");
  worker.on("message", (message: WorkerMessage) => {
    if (message.kind === "start") settle.start?.(message.firstLine);
    else if (message.kind === "sample") settle.sample?.(message.records);
    else settle.done?.(message);
  });
  // A thread that fails (cannot load, runs out of memory) leaves its part to the main thread.
  const fail = () => {
    for (const resolve of Object.values(settle)) resolve(undefined);
  };
  worker.once("error", fail);
  worker.once("exit", fail);
  return { firstLine, sample, done, stop: () => void worker.terminate() };
}
