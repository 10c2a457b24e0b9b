import { basename } from "node:path";
import { createRecordAssembler } from "../ingest/logs/line-formats.js";
import type { ParsedRecord, RecordAssembler } from "../ingest/logs/records.js";
import { createErrorDetector, type DetectorSettings, type ErrorDetector, type Trigger } from "./detector.js";
import { createFileFollower, type FileFollower } from "./follow-file.js";

export interface WatcherStatus {
  running: boolean;
  files: string[];
  startedAt?: string;
  linesRead: number;
  triggers: number;
  lastTrigger?: string;
  rotations: number;
  truncations: number;
}

export interface LogWatcherOptions {
  settings: DetectorSettings;
  onTrigger: (trigger: Trigger) => void | Promise<void>;
  pollMs?: number;
  /** Read files from their start instead of their end (tests, one-off scans). */
  fromStart?: boolean;
  clock?: () => Date;
  log?: (msg: string, error?: unknown) => void;
  /**
   * Keep the process alive while following (the `watch` command, which has nothing else to wait on). A server
   * keeps itself alive, and must be able to exit with the watcher still configured.
   */
  holdProcess?: boolean;
}

export interface LogWatcher {
  status(): WatcherStatus;
  /** `names` gives how each path is shown in triggers and evidence (the path as the person typed it). */
  start(
    files: string[],
    names?: Record<string, string>,
  ): Promise<{ status: "started" } | { status: "already-running" } | { status: "error"; reason: string }>;
  stop(): Promise<{ status: "stopped" } | { status: "not-running" }>;
  /** One poll of every file (the timer calls this; tests call it directly). */
  pollOnce(): Promise<void>;
}

interface Followed {
  follower: FileFollower;
  assembler: RecordAssembler;
  detector: ErrorDetector;
  lineNo: number;
}

/** Follows files across rotation and truncation and turns error bursts and new error templates into triggers. */
export function createLogWatcher(options: LogWatcherOptions): LogWatcher {
  const clock = options.clock ?? (() => new Date());
  let followed: Followed[] = [];
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  const state = { linesRead: 0, triggers: 0, rotations: 0, truncations: 0 } as Omit<
    WatcherStatus,
    "running" | "files"
  >;

  async function handle(f: Followed, record: ParsedRecord | undefined) {
    if (!record) return;
    const trigger = f.detector.push(record);
    if (!trigger) return;
    state.triggers += 1;
    state.lastTrigger = trigger.at;
    await options.onTrigger(trigger);
  }

  async function pollFile(f: Followed) {
    for (const event of await f.follower.poll()) {
      if (event.kind === "rotated" || event.kind === "truncated") {
        if (event.kind === "rotated") state.rotations += 1;
        else state.truncations += 1;
        await handle(f, f.assembler.flush());
        f.lineNo = 0;
        f.detector.restart();
      } else if (event.kind === "skipped") {
        f.lineNo = event.lines;
      } else if (event.kind === "lines") {
        for (const line of event.lines) {
          f.lineNo += 1;
          state.linesRead += 1;
          await handle(f, f.assembler.push(line, f.lineNo));
        }
      } else {
        // Quiet: a record held back in case more lines of a stack trace follow is complete now.
        await handle(f, f.assembler.flush());
      }
    }
  }

  async function pollOnce() {
    for (const f of followed) {
      try {
        await pollFile(f);
      } catch (error) {
        options.log?.(`watcher: cannot read ${f.follower.path}`, error);
      }
    }
  }

  return {
    status: () => ({ running: followed.length > 0, files: followed.map((f) => f.follower.path), ...state }),
    pollOnce,
    async start(files, names = {}) {
      if (followed.length > 0) return { status: "already-running" };
      if (files.length === 0) return { status: "error", reason: "no files to watch" };
      const year = clock().getUTCFullYear();
      followed = files.map((file) => ({
        follower: createFileFollower(file, { fromStart: options.fromStart ?? false }),
        assembler: createRecordAssembler(basename(file), year),
        detector: createErrorDetector(names[file] ?? file, options.settings, clock),
        lineNo: 0,
      }));
      Object.assign(state, {
        linesRead: 0,
        triggers: 0,
        rotations: 0,
        truncations: 0,
        startedAt: clock().toISOString(),
      });
      delete state.lastTrigger;
      await pollOnce();
      timer = setInterval(() => {
        polling ??= pollOnce().finally(() => {
          polling = undefined;
        });
      }, options.pollMs ?? 1_000);
      if (!options.holdProcess) timer.unref();
      return { status: "started" };
    },
    async stop() {
      if (followed.length === 0) return { status: "not-running" };
      clearInterval(timer);
      await polling;
      const closing = followed;
      followed = [];
      for (const f of closing) await f.follower.close();
      delete state.startedAt;
      return { status: "stopped" };
    },
  };
}
