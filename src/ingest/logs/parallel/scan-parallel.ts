import type { LogSummary } from "../../../core/log-summary.js";
import type { ReadOptions } from "../reader.js";
import type { ParsedRecord } from "../records.js";
import type { TemplateMiner } from "../template-miner.js";
import {
  type GroupStats,
  mergeGroupStats,
  newGroupStats,
  type SummaryPass,
  updateGroupStats,
} from "../template-stats.js";
import { type FirstPart, readFirstPart } from "./first-part.js";
import { joinGroups, MAX_GROUPS, type MineRecord } from "./join-groups.js";
import type { PartGroup, PartSummary } from "./protocol.js";
import type { SplitOptions, SplitPlan } from "./split.js";
import { partJob, startWorker } from "./worker-client.js";

type Pass = SummaryPass;

type Scanned = { pass: Pass; miner: TemplateMiner };

type ScanOptions = ReadOptions &
  SplitOptions & { since?: string; until?: string; firstLines?: Record<string, number> };

/** What summarize.ts lends: its scan, its record miner and its reading of --since/--until. */
export interface ScanParts<O extends ScanOptions> {
  scan(
    inputs: string[] | "-",
    options: O,
    miner?: TemplateMiner,
    read?: (inputs: string[] | "-", options: ReadOptions) => AsyncIterable<ParsedRecord[]>,
  ): Promise<Scanned>;
  minerAddIndex: MineRecord;
  parseTime(
    value: string | undefined,
    flag: string,
    clock: { now: number; year?: number },
  ): number | undefined;
}

/**
 * summarizeLogs' scan on two threads: the main thread scans the file's first part, a worker the rest (see
 * readFirstPart for when its part joins). The worker's groups join the main miner in its order, and each
 * group's stats are added to the main thread's as if its records had followed them (see appendPart).
 */
export async function scanInParallel<O extends ScanOptions>(
  plan: SplitPlan,
  inputs: string[],
  options: O,
  { scan, minerAddIndex, parseTime }: ScanParts<O>,
): Promise<Scanned> {
  const now = options.now ?? Date.now();
  const opts = { ...options, now };
  const clock = { now, ...(options.year === undefined ? {} : { year: options.year }) };
  const sinceMs = parseTime(options.since, "--since", clock);
  const untilMs = parseTime(options.until, "--until", clock);
  const job = {
    ...partJob(plan, inputs, opts, "summary"),
    ...(sinceMs === undefined ? {} : { sinceMs }),
    ...(untilMs === undefined ? {} : { untilMs }),
    ...(options.firstLines ? { firstLines: options.firstLines } : {}),
  };
  const worker = startWorker(job);
  if (!worker) {
    options.onSplitEnd?.("again");
    return scan(inputs, opts);
  }
  try {
    let first: FirstPart | undefined;
    const scanned = await scan(inputs, opts, undefined, (_inputs, readOptions) => {
      first = readFirstPart(plan, inputs, readOptions, worker, true);
      return first.batches;
    });
    if (!first?.joined()) {
      options.onSplitEnd?.("alone");
      return scanned;
    }
    const done = await worker.done;
    // Past the cap one thread groups coarsely, by what came first: only one thread can say how.
    if (!done?.summary || scanned.miner.groupCount + done.weights.length >= MAX_GROUPS) {
      options.onSplitEnd?.("again");
      return scan(inputs, opts);
    }
    options.onSplitEnd?.("joined");
    const groupOf = joinGroups(scanned.miner, done.seeds, done.weights, minerAddIndex);
    appendPart(scanned.pass, done.summary, groupOf, { file: job.display, lines: 0, bytes: plan.size });
    return scanned;
  } finally {
    worker.stop();
  }
}

/** Adds the worker's part to the main thread's pass, as one scan over both would have left it. */
function appendPart(pass: Pass, part: PartSummary, groupOf: Int32Array, file: LogSummary["files"][number]) {
  const offset = pass.records;
  part.groups.forEach((group, w) => {
    const index = groupOf[w]!;
    let stats = pass.groups[index];
    // The first records go through the same update as on one thread: examples depend on what came before.
    for (const { record, order, ms } of group.head) {
      if (!stats) {
        stats = newGroupStats(record, order + offset, ms);
        pass.groups[index] = stats;
      }
      updateGroupStats(stats, record, order + offset, ms);
    }
    if (stats && group.tail) appendTail(stats, group, offset);
  });
  pass.records += part.records;
  if (part.fromMs !== undefined && (pass.fromMs === undefined || part.fromMs < pass.fromMs))
    pass.fromMs = part.fromMs;
  if (part.toMs !== undefined && (pass.toMs === undefined || part.toMs > pass.toMs)) pass.toMs = part.toMs;
  pass.files.push({ ...file, lines: part.lines });
}

/**
 * A group's later records, folded in as mergeGroupStats folds a later group (counts, level, last, times,
 * traces; its examples are full already), except the busiest minute: the tail's first run of one minute
 * continues the main thread's run when they share the minute, as one scan would have counted it.
 */
function appendTail(stats: GroupStats, group: PartGroup, offset: number): void {
  const tail = group.tail!;
  tail.order += offset;
  tail.lastOrder += offset;
  const { minute, minuteCount, peakPerMinute } = stats;
  mergeGroupStats(stats, tail);
  if (group.tailFirstMinute === undefined) {
    stats.peakPerMinute = peakPerMinute;
    stats.minute = minute;
    stats.minuteCount = minuteCount;
    return;
  }
  const joinsRun = group.tailFirstMinute === minute;
  const run = joinsRun ? minuteCount + group.tailFirstRun : 0;
  stats.peakPerMinute = Math.max(peakPerMinute, tail.peakPerMinute, run);
  stats.minute = tail.minute;
  stats.minuteCount = joinsRun && group.tailOneRun ? run : tail.minuteCount;
}
