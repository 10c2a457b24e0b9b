import type { ParsedRecord } from "../records.js";
import type { TemplateMiner } from "../template-miner.js";
import type { GroupSeed } from "./protocol.js";

/** How a record is added to a miner: summarize.ts's minerAddIndex, passed in (it imports this module). */
export type MineRecord = (miner: TemplateMiner, record: ParsedRecord) => number;

/** The miner's cap on exact groups (createTemplateMiner's default): past it one thread groups coarsely. */
export const MAX_GROUPS = 200_000;

/**
 * Adds the worker's groups to the main miner in the worker's order, each by its first record: a group the
 * main thread knows is found, a new one is numbered and tokenised as one thread would (groups number by first
 * appearance). The rest of each group adds its weight. Returns each worker group's index in the main miner.
 */
export function joinGroups(
  miner: TemplateMiner,
  seeds: GroupSeed[],
  weights: Int32Array,
  minerAddIndex: MineRecord,
): Int32Array {
  const groupOf = new Int32Array(seeds.length);
  seeds.forEach((seed, group) => {
    const record = seed as ParsedRecord;
    groupOf[group] = minerAddIndex(miner, record);
    // A single-line record is found by its shape alone (as the miner finds it): the rest of its group
    // costs a lookup each, not a pass over its text.
    const byShape = seed.message === undefined && seed.shape !== undefined && !seed.text.includes("\n");
    for (let more = weights[group]! - 1; more > 0; more--) {
      if (byShape) miner.addIndex("", 0, seed.shape);
      else minerAddIndex(miner, record);
    }
  });
  return groupOf;
}
