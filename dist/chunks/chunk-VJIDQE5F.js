import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  MAX_GROUPS,
  createSpanList,
  createTemplateMiner,
  joinGroups,
  minerAddIndex,
  partJob,
  planSplit,
  readFirstPart,
  readLogRecordBatches,
  startWorker
} from "./chunk-CZG2DZF2.js";

// src/ingest/logs/parallel/mine-parallel.ts
async function mineInParallel(plan, inputs, options, minerAddIndex2, oneThread) {
  const now = options.now ?? Date.now();
  const worker = startWorker(partJob(plan, inputs, { ...options, now }, "ids"));
  if (!worker) {
    options.onSplitEnd?.("again");
    return oneThread();
  }
  try {
    const miner = createTemplateMiner();
    const spans = createSpanList();
    const mine = (record) => minerAddIndex2(miner, record);
    const first = readFirstPart(plan, inputs, { ...options, now }, worker, false);
    for await (const batch of first.batches) spans.add(batch, mine);
    const own = spans.view();
    if (!first.joined()) {
      options.onSplitEnd?.("alone");
      return { miner, spans: own, records: own.length / 3 };
    }
    const done = await worker.done;
    if (!done || miner.groupCount + done.weights.length >= MAX_GROUPS) {
      options.onSplitEnd?.("again");
      return oneThread();
    }
    options.onSplitEnd?.("joined");
    const groupOf = joinGroups(miner, done.seeds, done.weights, minerAddIndex2);
    const all = new Int32Array(own.length + done.spans.length);
    all.set(own);
    all.set(done.spans, own.length);
    for (let i = own.length + 2; i < all.length; i += 3) all[i] = groupOf[all[i]];
    return { miner, spans: all, records: all.length / 3 };
  } finally {
    worker.stop();
  }
}

// src/ingest/logs/line-ids.ts
async function mineLines(inputs, options = {}) {
  const plan = options.from === void 0 ? planSplit(inputs, options) : void 0;
  if (plan && inputs !== "-") {
    return mineInParallel(plan, inputs, options, minerAddIndex, () => mineOnOneThread(inputs, options));
  }
  return mineOnOneThread(inputs, options);
}
async function mineOnOneThread(inputs, options) {
  const miner = createTemplateMiner();
  const spans = createSpanList();
  const mine = (record) => minerAddIndex(miner, record);
  for await (const batch of readLogRecordBatches(inputs, options)) spans.add(batch, mine);
  const all = spans.view();
  return { miner, spans: all, records: all.length / 3 };
}
function* lineIdPieces(mined, linesPerPiece = 65536) {
  const { miner, spans } = mined;
  const idOf = [];
  const blank = Buffer.from("-\n", "latin1");
  let out = Buffer.allocUnsafe(1 << 16);
  let at = 0;
  let lines = 0;
  const emit = (id) => {
    if (at + id.length > out.length) {
      const grown = Buffer.allocUnsafe(out.length * 2);
      out.copy(grown, 0, 0, at);
      out = grown;
    }
    for (let k = 0; k < id.length; k++) out[at++] = id[k];
    if (++lines < linesPerPiece) return void 0;
    const piece = out.toString("latin1", 0, at - 1);
    at = 0;
    lines = 0;
    return piece;
  };
  let next = 1;
  for (let i = 0; i < spans.length; i += 3) {
    for (; next < spans[i]; next++) {
      const piece = emit(blank);
      if (piece !== void 0) yield piece;
    }
    const group = spans[i + 2];
    let id = idOf[group];
    if (id === void 0) {
      id = Buffer.from(`${miner.resolveIndex(group)}
`, "latin1");
      idOf[group] = id;
    }
    for (; next <= spans[i + 1]; next++) {
      const piece = emit(id);
      if (piece !== void 0) yield piece;
    }
  }
  if (lines > 0) yield out.toString("latin1", 0, at - 1);
}

export {
  mineLines,
  lineIdPieces
};
