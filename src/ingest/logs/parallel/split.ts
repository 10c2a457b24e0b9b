import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { resolve } from "node:path";
import { opensDocument } from "../file-reader.js";

/** Below this a second thread costs more (its start, its own warm-up) than it saves. */
export const SPLIT_MIN_BYTES = 32 << 20;

export interface SplitOptions {
  /** Byte where the second thread's part should start (moved on to a line start): forces a split, for tests. */
  split?: number;
  /** Never split (the one-thread reference the tests compare against). */
  oneThread?: boolean;
  /** How a split ended: the worker's part joined, read on by the main thread, or all read again on one. */
  onSplitEnd?(outcome: "joined" | "alone" | "again"): void;
}

export interface SplitPlan {
  path: string;
  size: number;
  /** First byte of the second thread's part: a line start. */
  boundary: number;
}

/**
 * A second core is free: two cores or more, and the last minute's load leaves one idle. On a busy machine
 * the second thread only adds its own start and warm-up (measured: +0.7 s CPU on 1M lines at load 6-8 on
 * two cores, and no gain in wall time). Results are the same either way; only the speed differs.
 */
function idleCore(): boolean {
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0]! <= cores - 1;
}

/** What the reader reads as one chunk: the first one decides how the file's lines end (see reader.ts). */
const FIRST_CHUNK = 1 << 20;

/**
 * Whether one input is worth two threads, and where they meet. Only a single regular, uncompressed file whose
 * lines end in \n and that holds log lines (not a document: kubectl describe, a table, a manifest): those are
 * what the reader reads the same from any line start on. Everything else stays on one thread.
 */
export function planSplit(inputs: string[] | "-", options: SplitOptions = {}): SplitPlan | undefined {
  if (options.oneThread || inputs === "-" || inputs.length !== 1 || inputs[0] === "-") return undefined;
  if (options.split === undefined && !idleCore()) return undefined;
  const path = resolve(inputs[0]!);
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return undefined; // the reader reports it
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    const size = info.size;
    const at = options.split ?? (size >= SPLIT_MIN_BYTES ? Math.floor(size / 2) : size);
    if (at <= 0 || at >= size) return undefined;
    const head = Buffer.allocUnsafe(Math.min(FIRST_CHUNK, size));
    const read = readSync(fd, head, 0, head.length, 0);
    if (!readsFromAnyLine(head.subarray(0, read))) return undefined;
    const boundary = lineStartFrom(fd, at, size);
    return boundary > 0 && boundary < size ? { path, size, boundary } : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's first chunk shows it is read line by line the same way from any line start: not gzip, not
 * binary, lines ending in \n (decided by the first chunk, as the reader does), and its first non-blank line
 * opens no document.
 */
function readsFromAnyLine(head: Buffer): boolean {
  if (head.length < 2 || (head[0] === 0x1f && head[1] === 0x8b)) return false;
  if (head.subarray(0, 8192).includes(0)) return false;
  // The first break decides: a \n (or \r\n) makes a \n file, whatever chunk it is read in.
  const lf = head.indexOf(10);
  const cr = head.indexOf(13);
  if (lf < 0 || (cr >= 0 && cr < lf - 1)) return false;
  // TextDecoder as the reader: a byte-order mark is dropped.
  const text = new TextDecoder("utf-8").decode(head);
  for (const raw of text.split("\n").slice(0, -1)) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() !== "") return !opensDocument(line);
  }
  return false;
}

/** The first line start at or after `at`. */
function lineStartFrom(fd: number, at: number, size: number): number {
  const probe = Buffer.allocUnsafe(64 * 1024);
  for (let offset = at - 1; offset < size; offset += probe.length) {
    const read = readSync(fd, probe, 0, probe.length, offset);
    if (read === 0) break;
    const newline = probe.subarray(0, read).indexOf(10);
    if (newline >= 0) return offset + newline + 1;
  }
  return size;
}

/** Lines before byte `end` (a line start): the number the line at `end` follows. */
export function linesBefore(path: string, end: number): number {
  const fd = openSync(path, "r");
  try {
    const block = Buffer.allocUnsafe(4 << 20);
    let lines = 0;
    for (let offset = 0; offset < end; ) {
      const read = readSync(fd, block, 0, Math.min(block.length, end - offset), offset);
      if (read === 0) break;
      for (let i = block.indexOf(10); i >= 0 && i < read; i = block.indexOf(10, i + 1)) lines++;
      offset += read;
    }
    return lines;
  } finally {
    closeSync(fd);
  }
}
