/**
 * The second thread for one big log file (see mine-parallel.ts, scan-parallel.ts): reads and mines the file
 * from a line start on, and posts back its records' spans or per-group stats, and its groups. Built to
 * dist/logs-worker.js by scripts/build.mjs.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readLogRecordBatches } from "../reader.js";
import type { ParsedRecord } from "../records.js";
import { createSpanList } from "../span-list.js";
import { minerAddIndex } from "../summarize.js";
import { createTemplateMiner } from "../template-miner.js";
import type { GroupSeed, PartJob, WorkerMessage } from "./protocol.js";
import { createPartScanner } from "./scan-part.js";
import { linesBefore } from "./split.js";

// Sent by worker-client.ts in this same process, not from outside it.
const job = workerData as PartJob;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);

const firstLine = linesBefore(job.path, job.boundary) + 1;
post({ kind: "start", firstLine });
const miner = createTemplateMiner();
const seeds: GroupSeed[] = [];
let weights = new Int32Array(1024);
const scanner = job.mode === "summary" ? createPartScanner(job) : undefined;
// A summary sends per-group stats, not spans: 768 KiB it would allocate for nothing.
const spans = scanner ? undefined : createSpanList();
let lines = 0;
let sample: ParsedRecord[] | undefined = [];

/** Mines one record; a new group keeps its first record as its seed. */
const mine = (record: ParsedRecord): number => {
  const group = minerAddIndex(miner, record);
  if (group === seeds.length) {
    seeds.push(
      record.message === undefined
        ? { text: record.text, ...(record.shape ? { shape: record.shape } : {}) }
        : { text: "", message: record.message },
    );
    if (group >= weights.length) {
      const grown = new Int32Array(weights.length * 2);
      grown.set(weights);
      weights = grown;
    }
  }
  weights[group]!++;
  return group;
};

for await (const batch of readLogRecordBatches([job.path], {
  displayNames: { [job.path]: job.display },
  now: job.now,
  ...(job.year === undefined ? {} : { year: job.year }),
  from: { byte: job.boundary, line: firstLine },
  onFileDone: (_input, count) => {
    lines = count;
  },
})) {
  if (sample) {
    // Cloned before the scan shifts an excerpt's line numbers: the check compares records as read.
    for (let i = 0; i < batch.length && sample.length < job.sampleSize; i++)
      sample.push(structuredClone(batch[i]!));
    if (sample.length >= job.sampleSize) {
      post({ kind: "sample", records: sample });
      sample = undefined;
    }
  }
  if (scanner) {
    for (const record of batch) scanner.add(record, mine);
    continue;
  }
  spans?.add(batch, mine);
}
if (sample) post({ kind: "sample", records: sample });
const out = spans ? spans.view().slice() : new Int32Array(0);
const counts = weights.slice(0, seeds.length);
post(
  {
    kind: "done",
    spans: out,
    seeds,
    weights: counts,
    ...(scanner ? { summary: scanner.end(lines) } : {}),
  },
  [out.buffer, counts.buffer],
);
