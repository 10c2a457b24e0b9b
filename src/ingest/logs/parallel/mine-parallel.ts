import { Worker } from "node:worker_threads";
import { workerEntry } from "../../../core/worker-entry.js";
import type { MinedLines } from "../line-ids.js";
import { type ReadOptions, readLogRecordBatches } from "../reader.js";
import type { ParsedRecord } from "../records.js";
import { minerAddIndex } from "../summarize.js";
import { createTemplateMiner } from "../template-miner.js";
import type { MineJob, WorkerMessage } from "./protocol.js";
import type { SplitOptions, SplitPlan } from "./split.js";

/** The miner's cap on exact groups (createTemplateMiner's default): past it one thread groups coarsely. */
const MAX_GROUPS = 200_000;
/** Records of the worker's part that the main thread reads itself and must find identical. */
const SAMPLE_RECORDS = 256;

type Done = Extract<WorkerMessage, { kind: "done" }>;

interface RunningWorker {
  firstLine: Promise<number | undefined>;
  sample: Promise<ParsedRecord[] | undefined>;
  done: Promise<Done | undefined>;
  stop(): void;
}

/** Starts the worker on the file's part from the boundary; each promise is undefined if it fails first. */
function startWorker(job: MineJob): RunningWorker | undefined {
  const entry = workerEntry(import.meta.url, "./mine-worker.ts", "logs-mine-worker");
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

/** Same records by every field the miner, the ids and the summary read (the reader builds them alike). */
function sameRecord(a: ParsedRecord, b: ParsedRecord | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * mineLines on two threads: the main thread reads the file's first part, a worker the rest from a line start
 * (the plan's boundary). The worker's part is taken only when the main thread, reading on past the boundary,
 * finds that a record starts there by its own rules and reads the worker's first records identically;
 * otherwise the main thread reads on itself. The worker's groups then join the main miner in the worker's
 * order (each by its first record, so new ones are numbered as one thread would), and its spans are appended.
 */
export async function mineInParallel(
  plan: SplitPlan,
  inputs: string[],
  options: ReadOptions & SplitOptions,
  oneThread: () => Promise<MinedLines>,
): Promise<MinedLines> {
  const now = options.now ?? Date.now();
  const job: MineJob = {
    path: plan.path,
    display: options.displayNames?.[plan.path] ?? inputs[0]!,
    boundary: plan.boundary,
    now,
    ...(options.year === undefined ? {} : { year: options.year }),
    sampleSize: SAMPLE_RECORDS,
  };
  const worker = startWorker(job);
  if (!worker) {
    options.onSplitEnd?.("again");
    return oneThread();
  }
  try {
    return await mineFirstPart(plan, inputs, { ...options, now }, worker, oneThread);
  } finally {
    worker.stop();
  }
}

async function mineFirstPart(
  plan: SplitPlan,
  inputs: string[],
  options: ReadOptions & SplitOptions,
  worker: RunningWorker,
  oneThread: () => Promise<MinedLines>,
): Promise<MinedLines> {
  const miner = createTemplateMiner();
  let spans = new Int32Array(3 * 65_536);
  let n = 0;
  const add = (record: ParsedRecord) => {
    if (n + 3 > spans.length) {
      const grown = new Int32Array(spans.length * 2);
      grown.set(spans);
      spans = grown;
    }
    spans[n++] = record.line;
    spans[n++] = record.endLine;
    spans[n++] = minerAddIndex(miner, record);
  };
  let chunkEnd = 0;
  const onProgress = (bytes: number, total: number) => {
    chunkEnd = bytes;
    options.onProgress?.(bytes, total);
  };
  /** "before": short of the boundary; "checking": past it, comparing; "alone": reading on by itself. */
  let state: "before" | "checking" | "alone" = "before";
  let firstLine = Number.POSITIVE_INFINITY;
  let sample: ParsedRecord[] = [];
  const checked: ParsedRecord[] = [];
  const readAlone = () => {
    state = "alone";
    worker.stop();
    for (const record of checked) add(record);
    checked.length = 0;
  };
  let joined = false;
  reading: for await (const batch of readLogRecordBatches(inputs, { ...options, onProgress })) {
    // A batch holds the records of the chunk just read: before one that ends past the boundary, none reach it.
    if (state === "before" && chunkEnd > plan.boundary) {
      const line = await worker.firstLine;
      const records = line === undefined ? undefined : await worker.sample;
      if (line === undefined || records === undefined || records.length === 0) readAlone();
      else {
        state = "checking";
        firstLine = line;
        sample = records;
      }
    }
    for (const record of batch) {
      if (state !== "checking") add(record);
      else if (record.line < firstLine) {
        // A record that runs into the worker's part: the worker started mid-record.
        if (record.endLine >= firstLine) readAlone();
        add(record);
      } else if (!sameRecord(record, sample[checked.length])) {
        readAlone();
        add(record);
      } else {
        checked.push(record);
        if (checked.length === sample.length) {
          joined = true;
          break reading;
        }
      }
    }
  }
  if (!joined) {
    options.onSplitEnd?.("alone");
    return { miner, spans: spans.subarray(0, n), records: n / 3 };
  }
  const done = await worker.done;
  // Past the cap one thread groups coarsely, by what came first: only one thread can say how.
  if (!done || miner.groupCount + done.weights.length >= MAX_GROUPS) {
    options.onSplitEnd?.("again");
    return oneThread();
  }
  options.onSplitEnd?.("joined");
  return join({ miner, spans: spans.subarray(0, n), records: n / 3 }, done);
}

/** Appends the worker's records: its groups added to the main miner in its order, its spans renumbered. */
function join(first: MinedLines, done: Done): MinedLines {
  const { miner } = first;
  const groupOf = new Int32Array(done.seeds.length);
  done.seeds.forEach((seed, group) => {
    const record = seed as ParsedRecord;
    groupOf[group] = minerAddIndex(miner, record);
    // A single-line record is found by its shape alone (as the miner finds it): the rest of its group
    // costs a lookup each, not a pass over its text.
    const byShape = seed.message === undefined && seed.shape !== undefined && !seed.text.includes("\n");
    for (let more = done.weights[group]! - 1; more > 0; more--) {
      if (byShape) miner.addIndex("", 0, seed.shape);
      else minerAddIndex(miner, record);
    }
  });
  const spans = new Int32Array(first.spans.length + done.spans.length);
  spans.set(first.spans);
  spans.set(done.spans, first.spans.length);
  for (let i = first.spans.length + 2; i < spans.length; i += 3) spans[i] = groupOf[spans[i]!]!;
  return { miner, spans, records: spans.length / 3 };
}
