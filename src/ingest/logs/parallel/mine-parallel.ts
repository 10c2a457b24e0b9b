import type { ReadOptions } from "../reader.js";
import type { ParsedRecord } from "../records.js";
import { createSpanList } from "../span-list.js";
import { createTemplateMiner, type TemplateMiner } from "../template-miner.js";
import { readFirstPart } from "./first-part.js";
import { joinGroups, MAX_GROUPS, type MineRecord } from "./join-groups.js";
import type { SplitOptions, SplitPlan } from "./split.js";
import { partJob, startWorker } from "./worker-client.js";

/** line-ids.ts's MinedLines (it imports this module): the miner, and (first line, last line, group) per record. */
export interface Mined {
  miner: TemplateMiner;
  spans: Int32Array;
  records: number;
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
  minerAddIndex: MineRecord,
  oneThread: () => Promise<Mined>,
): Promise<Mined> {
  const now = options.now ?? Date.now();
  const worker = startWorker(partJob(plan, inputs, { ...options, now }, "ids"));
  if (!worker) {
    options.onSplitEnd?.("again");
    return oneThread();
  }
  try {
    const miner = createTemplateMiner();
    const spans = createSpanList();
    const mine = (record: ParsedRecord) => minerAddIndex(miner, record);
    const first = readFirstPart(plan, inputs, { ...options, now }, worker, false);
    for await (const batch of first.batches) spans.add(batch, mine);
    const own = spans.view();
    if (!first.joined()) {
      options.onSplitEnd?.("alone");
      return { miner, spans: own, records: own.length / 3 };
    }
    const done = await worker.done;
    // Past the cap one thread groups coarsely, by what came first: only one thread can say how.
    if (!done || miner.groupCount + done.weights.length >= MAX_GROUPS) {
      options.onSplitEnd?.("again");
      return oneThread();
    }
    options.onSplitEnd?.("joined");
    const groupOf = joinGroups(miner, done.seeds, done.weights, minerAddIndex);
    const all = new Int32Array(own.length + done.spans.length);
    all.set(own);
    all.set(done.spans, own.length);
    for (let i = own.length + 2; i < all.length; i += 3) all[i] = groupOf[all[i]!]!;
    return { miner, spans: all, records: all.length / 3 };
  } finally {
    worker.stop();
  }
}
