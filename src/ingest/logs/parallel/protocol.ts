import type { ParsedRecord } from "../records.js";
import type { Shape } from "../template-miner.js";
import type { GroupStats } from "../template-stats.js";

/** What the main thread tells the worker: one file's part from `boundary` on, read as the main thread would. */
export interface PartJob {
  path: string;
  display: string;
  boundary: number;
  now: number;
  year?: number;
  /** Records sent back whole, for the main thread to check against its own reading of them. */
  sampleSize: number;
  /** "ids": spans and groups (mineLines); "summary": per-group stats as well (summarizeLogs' scan). */
  mode: "ids" | "summary";
  /** For "summary": the --since/--until bounds and the line shift of an excerpt, as scan applies them. */
  sinceMs?: number;
  untilMs?: number;
  firstLines?: Record<string, number>;
}

/** Enough of a group's first record to add it to another miner (see minerAddIndex). */
export interface GroupSeed {
  text: string;
  message?: string;
  shape?: Shape;
}

/** A record as scan saw it: its place among the part's records and its time. */
export interface Counted {
  record: ParsedRecord;
  order: number;
  ms: number | undefined;
}

/**
 * One worker group's stats, split where they stop depending on what came before: its first records
 * (replayed on the main thread, so examples come out as one thread makes them) and the stats of the rest,
 * with the first run of same-minute records of the rest (which may continue the main thread's run).
 */
export interface PartGroup {
  head: Counted[];
  tail?: GroupStats;
  tailFirstMinute?: number;
  tailFirstRun: number;
  /** Every timed record of the tail fell in its first minute. */
  tailOneRun: boolean;
}

export interface PartSummary {
  groups: PartGroup[];
  records: number;
  fromMs: number | undefined;
  toMs: number | undefined;
  /** The file's line count, as the reader reports it at its end. */
  lines: number;
}

export type WorkerMessage =
  /** The line number of the part's first line (lines before the boundary, plus one). */
  | { kind: "start"; firstLine: number }
  /** The part's first records, as the worker read them. */
  | { kind: "sample"; records: ParsedRecord[] }
  | {
      kind: "done";
      /** Triples (first line, last line, worker group), as MinedLines.spans ("ids" only). */
      spans: Int32Array;
      /** Per worker group, in the worker's order: its first record and how many records it took. */
      seeds: GroupSeed[];
      weights: Int32Array;
      summary?: PartSummary;
    };

export type Done = Extract<WorkerMessage, { kind: "done" }>;
