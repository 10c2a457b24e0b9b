import type { MinedLines } from "../line-ids.js";
import type { ReadOptions } from "../reader.js";
import { minerAddIndex } from "../summarize.js";
import { createTemplateMiner } from "../template-miner.js";
import { readFirstPart } from "./first-part.js";
import { joinGroups, MAX_GROUPS } from "./join-groups.js";
import type { PartJob } from "./protocol.js";
import type { SplitOptions, SplitPlan } from "./split.js";
import { startWorker } from "./worker-client.js";

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

/**
 * mineLines on two threads: the main thread reads the file's first part, a worker the rest from a line start
 * (the plan's boundary), joined as readFirstPart decides. The worker's groups join the main miner in its
 * order (see joinGroups) and its spans, renumbered to the main miner's groups, are appended.
 */
export async function mineInParallel(
  plan: SplitPlan,
  inputs: string[],
  options: ReadOptions & SplitOptions,
  oneThread: () => Promise<MinedLines>,
): Promise<MinedLines> {
  const now = options.now ?? Date.now();
  const worker = startWorker(partJob(plan, inputs, { ...options, now }, "ids"));
  if (!worker) {
    options.onSplitEnd?.("again");
    return oneThread();
  }
  try {
    const miner = createTemplateMiner();
    let spans = new Int32Array(3 * 65_536);
    let n = 0;
    const first = readFirstPart(plan, inputs, { ...options, now }, worker, false);
    for await (const batch of first.batches) {
      if (n + 3 * batch.length > spans.length) {
        const grown = new Int32Array(Math.max(spans.length * 2, n + 3 * batch.length));
        grown.set(spans);
        spans = grown;
      }
      for (const record of batch) {
        spans[n++] = record.line;
        spans[n++] = record.endLine;
        spans[n++] = minerAddIndex(miner, record);
      }
    }
    if (!first.joined()) {
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
    const groupOf = joinGroups(miner, done.seeds, done.weights);
    const all = new Int32Array(n + done.spans.length);
    all.set(spans.subarray(0, n));
    all.set(done.spans, n);
    for (let i = n + 2; i < all.length; i += 3) all[i] = groupOf[all[i]!]!;
    return { miner, spans: all, records: all.length / 3 };
  } finally {
    worker.stop();
  }
}
