import type { ParsedRecord } from "./records.js";

/**
 * The time of each record in reading order, in ms: the reader's own `timeMs` for a line's timestamp, else
 * its `time` parsed (once per distinct string, since consecutive records often share one), and for a
 * record without a time the time of the record above it. `reset` starts a new file.
 */
export function createRecordClock(): { timeOf(record: ParsedRecord): number | undefined; reset(): void } {
  let lastMs: number | undefined;
  let lastTime: string | undefined;
  let lastParsed: number | undefined;
  return {
    timeOf(record) {
      let ms: number | undefined;
      if (record.time === undefined) ms = lastMs;
      else if (record.timeMs !== undefined) ms = record.timeMs;
      else {
        if (record.time !== lastTime) {
          lastTime = record.time;
          lastParsed = Date.parse(record.time);
        }
        ms = lastParsed;
      }
      lastMs = ms;
      return ms;
    },
    reset() {
      lastMs = undefined;
    },
  };
}
