import { createReadStream } from "node:fs";
import { appendFile, type FileHandle, mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { type AuditEntry, auditLine } from "./audit-entry.js";
import type { AuditStore } from "./audit-store.js";

/** One JSON object per line, appended with O_APPEND so concurrent writers never interleave inside a line. */
export function createJsonlAuditStore(file: string): AuditStore {
  return {
    async append(entries) {
      if (entries.length === 0) return;
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, `${entries.map(auditLine).join("\n")}\n`, { flag: "a" });
    },
    async read() {
      const out: unknown[] = [];
      for await (const { value } of readJsonl(file)) out.push(value);
      return out;
    },
    readSince: (since) => readJsonlSince(file, since),
  };
}

const TAIL_BLOCK = 1024 * 1024;

/**
 * The entries stamped after `since`, read backwards from the end of the file a block at a time: a run's
 * cost window is minutes long, and a long-lived log holds millions of entries. Lines that do not parse
 * or carry no time are passed over (verification is where they are reported).
 */
async function readJsonlSince(file: string, since: number): Promise<unknown[]> {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const newestFirst: unknown[] = [];
  try {
    let position = (await handle.stat()).size;
    let carry = Buffer.alloc(0); // the start of a line whose beginning is in an earlier block
    while (position > 0) {
      const length = Math.min(TAIL_BLOCK, position);
      position -= length;
      const block = Buffer.alloc(length);
      await handle.read(block, 0, length, position);
      // Split on bytes, not text: a block boundary may fall inside a multi-byte character.
      const bytes = Buffer.concat([block, carry]);
      // Before the first newline is the end of a line that starts in an earlier block (unless at the start).
      const firstNewline = position > 0 ? bytes.indexOf(10) : -1;
      if (position > 0 && firstNewline < 0) {
        carry = bytes; // one line longer than a block
        continue;
      }
      carry = firstNewline >= 0 ? bytes.subarray(0, firstNewline) : Buffer.alloc(0);
      const lines = bytes
        .subarray(firstNewline + 1)
        .toString("utf8")
        .split("\n");
      for (let i = lines.length - 1; i >= 0; i--) {
        const text = lines[i]!.trim();
        if (text === "") continue;
        let value: { time?: unknown };
        try {
          value = JSON.parse(text) as { time?: unknown };
        } catch {
          continue;
        }
        const at = typeof value?.time === "string" ? Date.parse(value.time) : Number.NaN;
        if (Number.isFinite(at) && at <= since) return newestFirst.reverse();
        newestFirst.push(value);
      }
    }
    return newestFirst.reverse();
  } finally {
    await handle.close();
  }
}

type JsonlLine = { line: number; value: unknown };

/** Streams a JSONL file; an unparsable line yields its raw text so verification can name it. */
export async function* readJsonl(file: string): AsyncGenerator<JsonlLine> {
  const lines = createInterface({
    input: createReadStream(file, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === "") continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, value: { unparsable: text.slice(0, 200), error: String(error) } };
    }
  }
}

/**
 * Whether the log still holds the entry with this hash: a head the operator kept elsewhere (the last hash a
 * run printed, the audit branch's history). A log cut back to an earlier seal verifies as a valid chain on
 * its own; only an anchor outside the file shows what was removed.
 */
export async function auditFileHolds(file: string, hash: string): Promise<boolean> {
  for await (const { value } of readJsonl(file)) {
    if ((value as { hash?: unknown } | null)?.hash === hash) return true;
  }
  return false;
}

export { verifyAuditFile } from "./verify-file.js";
export type { AuditEntry };
