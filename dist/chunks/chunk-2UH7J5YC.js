import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-UOHJ52NF.js";

// src/engine/audit-head.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var TAIL_BYTES = 64 * 1024;
async function readAuditHead(file) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`cannot read audit log ${file}: ${error.code}`, {
      cause: error
    });
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const last = buffer.toString("utf8").trimEnd().split("\n").at(-1);
    if (!last) return void 0;
    const entry = JSON.parse(last);
    if (typeof entry.seq !== "number" || typeof entry.hash !== "string") {
      throw new UsageError(`audit log ${file} does not end with an audit entry: refusing to append to it`);
    }
    return { seq: entry.seq, hash: entry.hash };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`audit log ${file} does not end with a JSON entry: refusing to append to it`, {
      cause: error
    });
  } finally {
    closeSync(fd);
  }
}

export {
  readAuditHead
};
