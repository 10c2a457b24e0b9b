import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createChainVerifier
} from "./chunk-HM7HINH2.js";

// src/security/audit/jsonl-store.ts
import { createReadStream } from "node:fs";
import { appendFile, mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
function createJsonlAuditStore(file) {
  return {
    async append(entries) {
      if (entries.length === 0) return;
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, `${entries.map((entry) => JSON.stringify(entry)).join("\n")}
`, { flag: "a" });
    },
    async read() {
      const out = [];
      for await (const { value } of readJsonl(file)) out.push(value);
      return out;
    },
    readSince: (since) => readJsonlSince(file, since)
  };
}
var TAIL_BLOCK = 1024 * 1024;
async function readJsonlSince(file, since) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const newestFirst = [];
  try {
    let position = (await handle.stat()).size;
    let carry = Buffer.alloc(0);
    while (position > 0) {
      const length = Math.min(TAIL_BLOCK, position);
      position -= length;
      const block = Buffer.alloc(length);
      await handle.read(block, 0, length, position);
      const bytes = Buffer.concat([block, carry]);
      const firstNewline = position > 0 ? bytes.indexOf(10) : -1;
      if (position > 0 && firstNewline < 0) {
        carry = bytes;
        continue;
      }
      carry = firstNewline >= 0 ? bytes.subarray(0, firstNewline) : Buffer.alloc(0);
      const lines = bytes.subarray(firstNewline + 1).toString("utf8").split("\n");
      for (let i = lines.length - 1; i >= 0; i--) {
        const text = lines[i].trim();
        if (text === "") continue;
        let value;
        try {
          value = JSON.parse(text);
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
async function* readJsonl(file) {
  const lines = createInterface({
    input: createReadStream(file, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY
  });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === "") continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (error) {
      yield { line, value: { unparsable: text.slice(0, 200), error: String(error) } };
    }
  }
}
async function verifyAuditFile(file, options = {}) {
  const verifier = createChainVerifier(options);
  for await (const { line, value } of readJsonl(file)) verifier.push(value, line);
  return verifier.end();
}
async function auditFileHolds(file, hash) {
  for await (const { value } of readJsonl(file)) {
    if (value?.hash === hash) return true;
  }
  return false;
}

export {
  createJsonlAuditStore,
  readJsonl,
  verifyAuditFile,
  auditFileHolds
};
