import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createRecordClock,
  createSpanList,
  createTemplateMiner,
  linesBefore,
  minerAddIndex,
  newGroupStats,
  readLogRecordBatches,
  updateGroupStats
} from "./chunks/chunk-CZG2DZF2.js";
import "./chunks/chunk-Z34VOEOA.js";
import "./chunks/chunk-KUH3GNXZ.js";
import "./chunks/chunk-U3NNAQLI.js";
import "./chunks/chunk-3EZXIJC4.js";

// src/ingest/logs/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/ingest/logs/parallel/scan-part.ts
var HEAD_RECORDS = 3;
function createPartScanner(job2) {
  const groups = [];
  const open = [];
  let records = 0;
  let fromMs;
  let toMs;
  const clock = createRecordClock();
  const shift = (job2.firstLines?.[job2.display] ?? 1) - 1;
  return {
    add(record, mine2) {
      const ms = clock.timeOf(record);
      if (ms !== void 0 && (job2.sinceMs !== void 0 && ms < job2.sinceMs || job2.untilMs !== void 0 && ms > job2.untilMs)) {
        return;
      }
      if (shift > 0) {
        record.line += shift;
        record.endLine += shift;
      }
      const index = mine2(record);
      const order = records++;
      let group = groups[index];
      if (!group) {
        group = { head: [], tailFirstRun: 0, tailOneRun: true };
        groups[index] = group;
      }
      if (group.head.length < HEAD_RECORDS) group.head.push({ record, order, ms });
      else {
        group.tail ??= newGroupStats(record, order, ms);
        updateGroupStats(group.tail, record, order, ms);
        if (ms !== void 0) {
          const minute = Math.floor(ms / 6e4);
          if (group.tailFirstMinute === void 0) {
            group.tailFirstMinute = minute;
            open[index] = true;
          }
          if (open[index] && minute === group.tailFirstMinute) group.tailFirstRun++;
          else {
            open[index] = false;
            group.tailOneRun = false;
          }
        }
      }
      if (ms !== void 0) {
        if (fromMs === void 0 || ms < fromMs) fromMs = ms;
        if (toMs === void 0 || ms > toMs) toMs = ms;
      }
    },
    end(lines2) {
      return { groups, records, fromMs, toMs, lines: lines2 };
    }
  };
}

// src/ingest/logs/parallel/worker.ts
var job = workerData;
var post = (message, transfer = []) => parentPort?.postMessage(message, transfer);
var firstLine = linesBefore(job.path, job.boundary) + 1;
post({ kind: "start", firstLine });
var miner = createTemplateMiner();
var seeds = [];
var weights = new Int32Array(1024);
var scanner = job.mode === "summary" ? createPartScanner(job) : void 0;
var spans = scanner ? void 0 : createSpanList();
var lines = 0;
var sample = [];
var mine = (record) => {
  const group = minerAddIndex(miner, record);
  if (group === seeds.length) {
    seeds.push(
      record.message === void 0 ? { text: record.text, ...record.shape ? { shape: record.shape } : {} } : { text: "", message: record.message }
    );
    if (group >= weights.length) {
      const grown = new Int32Array(weights.length * 2);
      grown.set(weights);
      weights = grown;
    }
  }
  weights[group]++;
  return group;
};
for await (const batch of readLogRecordBatches([job.path], {
  displayNames: { [job.path]: job.display },
  now: job.now,
  ...job.year === void 0 ? {} : { year: job.year },
  from: { byte: job.boundary, line: firstLine },
  onFileDone: (_input, count) => {
    lines = count;
  }
})) {
  if (sample) {
    for (let i = 0; i < batch.length && sample.length < job.sampleSize; i++)
      sample.push(structuredClone(batch[i]));
    if (sample.length >= job.sampleSize) {
      post({ kind: "sample", records: sample });
      sample = void 0;
    }
  }
  if (scanner) {
    for (const record of batch) scanner.add(record, mine);
    continue;
  }
  spans?.add(batch, mine);
}
if (sample) post({ kind: "sample", records: sample });
var out = spans ? spans.view().slice() : new Int32Array(0);
var counts = weights.slice(0, seeds.length);
post(
  {
    kind: "done",
    spans: out,
    seeds,
    weights: counts,
    ...scanner ? { summary: scanner.end(lines) } : {}
  },
  [out.buffer, counts.buffer]
);
