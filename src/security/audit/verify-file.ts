import { closeSync, openSync, readSync } from "node:fs";
import { readCanonicalLine } from "./canonical-line.js";
import { type ChainVerdict, type ChainVerifyOptions, createChainVerifier } from "./verify-chain.js";

const BLOCK = 8 * 1024 * 1024;

/**
 * Verifies a JSONL audit file without holding it in memory: a block of bytes at a time, each line read
 * byte by byte when it is in canonical form (see canonical-line.ts), else parsed and checked through the
 * schema and canonicalJson, as logs written before the canonical format were. Lines are numbered as
 * readJsonl numbers them (blank lines count; a CRLF ending is one break). It runs without yielding: it is
 * the CLI's offline check, not something a server calls while it serves.
 */
export async function verifyAuditFile(file: string, options: ChainVerifyOptions = {}): Promise<ChainVerdict> {
  const verifier = createChainVerifier(options);
  const fd = openSync(file, "r");
  try {
    let buffer: Buffer = Buffer.allocUnsafe(BLOCK);
    let filled = 0; // bytes of buffer holding data
    let line = 0;
    let atEnd = false;
    while (!atEnd) {
      if (filled === buffer.length) buffer = grow(buffer); // one line longer than the block
      // Read synchronously: handing each block to the thread pool and back costs a reschedule, which on a
      // busy machine took longer than the walk itself.
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
      filled += bytesRead;
      atEnd = bytesRead === 0;
      let start = 0;
      for (;;) {
        let end = buffer.indexOf(10, start);
        if (end < 0 || end >= filled) {
          if (!atEnd || start >= filled) break;
          end = filled; // the last line, without a newline
        }
        line += 1;
        const checked = readCanonicalLine(buffer, start, end);
        if (checked) verifier.pushChecked(checked, line);
        else pushSlow(verifier, buffer, start, end, line);
        start = end + 1;
      }
      // The start of a line that continues in the next block moves to the front.
      filled = start >= filled ? 0 : buffer.copy(buffer, 0, start, filled);
    }
  } finally {
    closeSync(fd);
  }
  return verifier.end();
}

function grow(buffer: Buffer): Buffer {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}

/** A line the byte walk did not take: parsed as readJsonl parses it, and judged by the full checks. */
function pushSlow(
  verifier: ReturnType<typeof createChainVerifier>,
  buffer: Buffer,
  start: number,
  end: number,
  line: number,
): void {
  const text = buffer.toString("utf8", start, end > start && buffer[end - 1] === 13 ? end - 1 : end);
  if (text.trim() === "") return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    value = { unparsable: text.slice(0, 200), error: String(error) };
  }
  verifier.push(value, line);
}
