import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createChainVerifier
} from "./chunk-JPAJXDRK.js";

// src/security/audit/jsonl-store.ts
import { createReadStream } from "node:fs";
import { appendFile, mkdir } from "node:fs/promises";
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
    }
  };
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

export {
  createJsonlAuditStore,
  verifyAuditFile
};
