import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  auditLine,
  createChainVerifier
} from "./chunk-IWMPT2AX.js";
import {
  THIS_THREAD,
  claim,
  lineStartFrom,
  planChunks,
  readCanonicalLine,
  readLines
} from "./chunk-HGNO3NGP.js";
import {
  workerEntry
} from "./chunk-KUH3GNXZ.js";

// src/security/audit/verify-file.ts
import { closeSync, fstatSync, openSync } from "node:fs";
import { availableParallelism } from "node:os";

// src/security/audit/run-in-worker.ts
import { Worker } from "node:worker_threads";
function acceptRunInWorker(file, from, to, publicKey) {
  return inWorker({ file, from, to, ...publicKey === void 0 ? {} : { publicKey } });
}
function acceptChunksInWorker(file, plan, publicKey) {
  const { bounds, claims } = plan;
  return inWorker({ file, bounds, claims, ...publicKey === void 0 ? {} : { publicKey } });
}
function inWorker(workerData) {
  const entry = workerEntry(import.meta.url, "./verify-worker.ts", "audit-verify-worker");
  if (!entry) return { result: Promise.resolve(void 0), stop() {
  } };
  let worker;
  try {
    worker = new Worker(entry, { workerData, execArgv: [] });
  } catch {
    return { result: Promise.resolve(void 0), stop() {
    } };
  }
  const result = new Promise((resolve) => {
    worker.once("message", (done) => resolve(done));
    worker.once("error", () => resolve(void 0));
    worker.once("exit", () => resolve(void 0));
  });
  return { result, stop: () => void worker.terminate() };
}

// src/security/audit/verify-file.ts
var SPLIT_MIN_BYTES = 16 * 1024 * 1024;
var CHUNK_BYTES = 16 * 1024 * 1024;
async function verifyAuditFile(file, options = {}) {
  return (await verifyAuditFileSplit(file, options)).verdict;
}
async function verifyAuditFileSplit(file, options = {}, {
  split,
  acceptRun = acceptRunInWorker,
  chunkBytes,
  acceptChunks = acceptChunksInWorker
} = {}) {
  const verifier = createChainVerifier(options);
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const twoThreads = size >= SPLIT_MIN_BYTES && availableParallelism() >= 2;
    let line = 0;
    let lastHash;
    const visit = (bytes, start, end) => {
      line += 1;
      const checked = readCanonicalLine(bytes, start, end, lastHash);
      lastHash = checked?.hash;
      if (checked) verifier.pushChecked(checked, line);
      else pushSlow(verifier, bytes, start, end, line);
      return !verifier.broken();
    };
    let joined = false;
    const joinThenRead = (run, from, to) => {
      let at2 = from;
      if (run !== void 0 && verifier.joinRun(run)) {
        joined = true;
        at2 = run.stopOffset;
        line += run.lines;
        lastHash = void 0;
      }
      readLines(fd, at2, to, visit);
    };
    if (split === void 0 && (twoThreads || chunkBytes !== void 0)) {
      const plan = planChunks(fd, size, chunkBytes ?? CHUNK_BYTES);
      const chunks = plan.bounds.length - 1;
      const endOf = (i2) => i2 + 1 === chunks ? Number.POSITIVE_INFINITY : plan.bounds[i2 + 1];
      const worker = acceptChunks(file, plan, options.publicKey);
      let i = 0;
      for (; i < chunks && claim(plan, i, THIS_THREAD); i += 1) {
        readLines(fd, plan.bounds[i], endOf(i), visit);
        if (verifier.broken()) break;
      }
      const runs = i < chunks && !verifier.broken() ? await worker.result : void 0;
      worker.stop();
      for (; i < chunks && !verifier.broken(); i += 1) joinThenRead(runs?.[i], plan.bounds[i], endOf(i));
      return { verdict: verifier.end(), joined };
    }
    const at = split ?? (twoThreads ? Math.floor(size / 2) : size);
    const boundary = at >= size ? size : lineStartFrom(fd, at, size);
    const second = boundary < size ? acceptRun(file, boundary, size, options.publicKey) : void 0;
    readLines(fd, 0, second ? boundary : Number.POSITIVE_INFINITY, visit);
    if (!second) return { verdict: verifier.end(), joined: false };
    if (verifier.broken()) {
      second.stop();
      return { verdict: verifier.end(), joined: false };
    }
    joinThenRead(await second.result, boundary, Number.POSITIVE_INFINITY);
    return { verdict: verifier.end(), joined };
  } finally {
    closeSync(fd);
  }
}
function pushSlow(verifier, buffer, start, end, line) {
  const text = buffer.toString("utf8", start, end > start && buffer[end - 1] === 13 ? end - 1 : end);
  if (text.trim() === "") return;
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    value = { unparsable: text.slice(0, 200), error: String(error) };
  }
  verifier.push(value, line);
}

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
      await appendFile(file, `${entries.map(auditLine).join("\n")}
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
async function auditFileHolds(file, hash) {
  for await (const { value } of readJsonl(file)) {
    if (value?.hash === hash) return true;
  }
  return false;
}

export {
  verifyAuditFile,
  createJsonlAuditStore,
  readJsonl,
  auditFileHolds
};
