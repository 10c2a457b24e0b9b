import type { ParsedRecord } from "../records.js";
import type { Shape } from "../template-miner.js";

/** What the main thread tells the worker: one file's part from `boundary` on, read as the main thread would. */
export interface MineJob {
  path: string;
  display: string;
  boundary: number;
  now: number;
  year?: number;
  /** Records sent back whole, for the main thread to check against its own reading of them. */
  sampleSize: number;
}

/** Enough of a group's first record to add it to another miner (see minerAddIndex). */
export interface GroupSeed {
  text: string;
  message?: string;
  shape?: Shape;
}

export type WorkerMessage =
  /** The line number of the part's first line (lines before the boundary, plus one). */
  | { kind: "start"; firstLine: number }
  /** The part's first records, as the worker read them. */
  | { kind: "sample"; records: ParsedRecord[] }
  | {
      kind: "done";
      /** Triples (first line, last line, worker group), as MinedLines.spans. */
      spans: Int32Array;
      /** Per worker group, in the worker's order: its first record and how many records it took. */
      seeds: GroupSeed[];
      weights: Int32Array;
    };
