import { createRecordClock } from "../record-time.js";
import type { ParsedRecord } from "../records.js";
import { newGroupStats, updateGroupStats } from "../template-stats.js";
import type { PartGroup, PartJob, PartSummary } from "./protocol.js";

/** A group's first records are replayed on the main thread: after these its examples no longer change. */
export const HEAD_RECORDS = 3;

/**
 * summarizeLogs' scan over the worker's part, record by record as scan does it (time carried from the record
 * above, --since/--until, an excerpt's line shift), but each group's stats kept as a PartGroup: its first
 * records as they came, the stats of the rest, and the rest's first same-minute run.
 */
export function createPartScanner(job: PartJob) {
  const groups: PartGroup[] = [];
  const open: boolean[] = [];
  let records = 0;
  let fromMs: number | undefined;
  let toMs: number | undefined;
  const clock = createRecordClock();
  const shift = (job.firstLines?.[job.display] ?? 1) - 1;
  return {
    add(record: ParsedRecord, mine: (record: ParsedRecord) => number): void {
      const ms = clock.timeOf(record);
      if (
        ms !== undefined &&
        ((job.sinceMs !== undefined && ms < job.sinceMs) || (job.untilMs !== undefined && ms > job.untilMs))
      ) {
        return;
      }
      if (shift > 0) {
        record.line += shift;
        record.endLine += shift;
      }
      const index = mine(record);
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
        if (ms !== undefined) {
          const minute = Math.floor(ms / 60_000);
          if (group.tailFirstMinute === undefined) {
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
      if (ms !== undefined) {
        if (fromMs === undefined || ms < fromMs) fromMs = ms;
        if (toMs === undefined || ms > toMs) toMs = ms;
      }
    },
    end(lines: number): PartSummary {
      return { groups, records, fromMs, toMs, lines };
    },
  };
}
