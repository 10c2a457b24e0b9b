import { type ReadOptions, readLogRecordBatches } from "../reader.js";
import type { ParsedRecord } from "../records.js";
import type { SplitPlan } from "./split.js";
import type { RunningWorker } from "./worker-client.js";

/** Same records by every field the miner, the ids and the summary read (the reader builds them alike). */
function sameRecord(a: ParsedRecord, b: ParsedRecord | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

export interface FirstPart {
  /** The main thread's records: up to the boundary when the worker's part joins, else all of them. */
  batches: AsyncGenerator<ParsedRecord[]>;
  /** Read once `batches` is done. */
  joined(): boolean;
}

/**
 * The records the main thread reads itself. It reads on past the boundary and takes the worker's part only
 * when a record starts there by its own rules and the worker's first records are identical to its own
 * reading of them; otherwise it reads on to the end (the audit verifier's joinRun, for logs).
 * `carriesTime`: the first record of the part may take its time from the record before (a summary does);
 * then a part opening with an untimed record joins only when no record before it had a time either.
 */
export function readFirstPart(
  plan: SplitPlan,
  inputs: string[],
  options: ReadOptions,
  worker: RunningWorker,
  carriesTime: boolean,
): FirstPart {
  let joined = false;
  async function* batches(): AsyncGenerator<ParsedRecord[]> {
    let chunkEnd = 0;
    const onProgress = (bytes: number, total: number) => {
      chunkEnd = bytes;
      options.onProgress?.(bytes, total);
    };
    /** "before": short of the boundary; "checking": past it, comparing; "alone": reading on by itself. */
    let state: "before" | "checking" | "alone" = "before";
    let firstLine = Number.POSITIVE_INFINITY;
    let sample: ParsedRecord[] = [];
    let timed = false;
    const checked: ParsedRecord[] = [];
    const readAlone = (out: ParsedRecord[]) => {
      state = "alone";
      worker.stop();
      for (const record of checked) out.push(record);
      checked.length = 0;
    };
    for await (const batch of readLogRecordBatches(inputs, { ...options, onProgress })) {
      // A batch holds the records of the chunk just read: before one that ends past the boundary, none reach it.
      if (state === "before" && chunkEnd > plan.boundary) {
        const line = await worker.firstLine;
        const records = line === undefined ? undefined : await worker.sample;
        if (line === undefined || records === undefined || records.length === 0) readAlone([]);
        else {
          state = "checking";
          firstLine = line;
          sample = records;
        }
      }
      if (state !== "checking") {
        if (carriesTime && !timed) timed = batch.some((r) => r.time !== undefined);
        yield batch;
        continue;
      }
      const out: ParsedRecord[] = [];
      for (const record of batch) {
        if (state !== "checking") out.push(record);
        else if (record.line < firstLine) {
          // A record that runs into the worker's part: the worker started mid-record.
          if (record.endLine >= firstLine) readAlone(out);
          out.push(record);
          if (record.time !== undefined) timed = true;
        } else if (!sameRecord(record, sample[checked.length])) {
          readAlone(out);
          out.push(record);
        } else {
          checked.push(record);
          if (checked.length < sample.length) continue;
          if (carriesTime && timed && sample[0]!.time === undefined) readAlone(out);
          else {
            joined = true;
            break;
          }
        }
      }
      if (out.length > 0) yield out;
      if (joined) return;
    }
  }
  return { batches: batches(), joined: () => joined };
}
