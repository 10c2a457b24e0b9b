import { createReadStream } from "node:fs";
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import type { AuditEntry } from "./audit-entry.js";
import type { AuditStore } from "./audit-store.js";
import { type ChainVerdict, type ChainVerifyOptions, createChainVerifier } from "./verify-chain.js";

/** One JSON object per line, appended with O_APPEND so concurrent writers never interleave inside a line. */
export function createJsonlAuditStore(file: string): AuditStore {
  return {
    async append(entries) {
      if (entries.length === 0) return;
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, `${entries.map((entry) => JSON.stringify(entry)).join("\n")}\n`, { flag: "a" });
    },
    async read() {
      const out: unknown[] = [];
      for await (const { value } of readJsonl(file)) out.push(value);
      return out;
    },
  };
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

/** Verifies a JSONL audit file without holding it in memory (a million entries stream through). */
export async function verifyAuditFile(file: string, options: ChainVerifyOptions = {}): Promise<ChainVerdict> {
  const verifier = createChainVerifier(options);
  for await (const { line, value } of readJsonl(file)) verifier.push(value, line);
  return verifier.end();
}

export type { AuditEntry };
