/**
 * The second thread of `logs templates` on a big file (see mine-parallel.ts): reads and mines the file from a
 * line start on, and posts its records' spans and groups back. Built to dist/logs-mine-worker.js.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readLogRecordBatches } from "../reader.js";
import { minerAddIndex } from "../summarize.js";
import { createTemplateMiner } from "../template-miner.js";
import type { GroupSeed, MineJob, WorkerMessage } from "./protocol.js";
import { linesBefore } from "./split.js";

// Sent by mine-parallel.ts in this same process, not from outside it.
const job = workerData as MineJob;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);

const firstLine = linesBefore(job.path, job.boundary) + 1;
post({ kind: "start", firstLine });
const miner = createTemplateMiner();
const seeds: GroupSeed[] = [];
let weights = new Int32Array(1024);
let spans = new Int32Array(3 * 65_536);
let n = 0;
let sample: WorkerMessage | undefined = { kind: "sample", records: [] };
for await (const batch of readLogRecordBatches([job.path], {
  displayNames: { [job.path]: job.display },
  now: job.now,
  ...(job.year === undefined ? {} : { year: job.year }),
  from: { byte: job.boundary, line: firstLine },
})) {
  if (n + 3 * batch.length > spans.length) {
    const grown = new Int32Array(Math.max(spans.length * 2, n + 3 * batch.length));
    grown.set(spans);
    spans = grown;
  }
  for (const record of batch) {
    if (sample && sample.kind === "sample") {
      sample.records.push(record);
      if (sample.records.length >= job.sampleSize) {
        post(sample);
        sample = undefined;
      }
    }
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
    spans[n++] = record.line;
    spans[n++] = record.endLine;
    spans[n++] = group;
  }
}
if (sample) post(sample);
const out = spans.slice(0, n);
const counts = weights.slice(0, seeds.length);
post({ kind: "done", spans: out, seeds, weights: counts }, [out.buffer, counts.buffer]);
