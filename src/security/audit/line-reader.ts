import { readSync } from "node:fs";

const BLOCK = 8 * 1024 * 1024;

/** One line: bytes [start, end) of `bytes`, without its newline. */
export type LineVisitor = (bytes: Buffer, start: number, end: number) => boolean;

/**
 * Calls `visit` for each line of the open file from offset `from` (a line's start) up to `to` (a line's
 * start, or Infinity for the end of the file), a block at a time, until it returns false. Returns the
 * offset of the line it refused, or where it stopped reading. The last line of the file may lack its
 * newline; a line longer than the block grows the buffer.
 */
export function readLines(fd: number, from: number, to: number, visit: LineVisitor): number {
  const size = Math.max(64 * 1024, Math.min(BLOCK, to - from));
  const block = size === BLOCK && spare !== undefined ? spare : Buffer.allocUnsafe(size);
  spare = undefined; // taken while this call reads (a visitor could start another)
  try {
    return readInto(block, fd, from, to, visit);
  } finally {
    if (block.length === BLOCK) spare = block;
  }
}

// A block kept between calls: verify reads a big file in 16 MB chunks, and a fresh 8 MB block for each
// cost its page faults again.
let spare: Buffer | undefined;

function readInto(block: Buffer, fd: number, from: number, to: number, visit: LineVisitor): number {
  let buffer = block;
  let filled = 0; // bytes of buffer holding data
  let offset = from; // the file offset of buffer[0]
  for (;;) {
    if (filled === buffer.length) buffer = grow(buffer); // one line longer than the block
    // Read synchronously: handing each block to the thread pool and back costs a reschedule, which on a
    // busy machine took longer than the walk itself.
    const wanted = Math.min(buffer.length - filled, to - offset - filled);
    const bytesRead = wanted > 0 ? readSync(fd, buffer, filled, wanted, offset + filled) : 0;
    filled += bytesRead;
    const atEnd = bytesRead === 0;
    const data = buffer.subarray(0, filled);
    let start = 0;
    for (;;) {
      let end = data.indexOf(10, start);
      if (end < 0) {
        if (!atEnd || start >= filled) break;
        end = filled; // the last line, without a newline
      }
      if (!visit(buffer, start, end)) return offset + start;
      start = end + 1;
    }
    if (atEnd) return offset + Math.min(start, filled);
    // The start of a line that continues in the next block moves to the front.
    offset += start;
    filled = start >= filled ? 0 : buffer.copy(buffer, 0, start, filled);
  }
}

function grow(buffer: Buffer): Buffer {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}
