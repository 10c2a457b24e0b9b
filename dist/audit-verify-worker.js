import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  readCanonicalLine,
  readLines
} from "./chunks/chunk-4CG3CARP.js";
import {
  sealFault,
  trustedKeyOf
} from "./chunks/chunk-QKJJ65UN.js";
import "./chunks/chunk-BLIBE5CM.js";
import "./chunks/chunk-3EZXIJC4.js";

// src/security/audit/verify-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/security/audit/accept-run.ts
import { closeSync, openSync } from "node:fs";
function acceptRun(file2, from2, to2, publicKey2) {
  const trusted = trustedKeyOf(publicKey2);
  const run = { lines: 0, stopOffset: from2, count: 0, seals: 0, sealedThrough: 0 };
  const fd = openSync(file2, "r");
  try {
    run.stopOffset = readLines(fd, from2, to2, (bytes, start, end) => {
      const link = readCanonicalLine(bytes, start, end, run.last?.hash);
      if (!link) return false;
      if (run.last) {
        if (link.seq !== run.last.seq + 1 || link.prevHash !== run.last.hash) return false;
      } else run.first = { seq: link.seq, prevHash: link.prevHash };
      if (link.kind === "seal") {
        if (sealFault(link, 0, trusted) || !link.publicKey) return false;
        run.seals += 1;
        run.sealedThrough = run.count + 1;
        run.signedBy = link.publicKey;
      }
      if (run.last) run.beforeLast = run.last;
      run.last = { seq: link.seq, hash: link.hash };
      run.count += 1;
      run.lines += 1;
      return true;
    });
  } finally {
    closeSync(fd);
  }
  return run;
}

// src/security/audit/verify-worker.ts
var { file, from, to, publicKey } = workerData;
parentPort?.postMessage(acceptRun(file, from, to, publicKey));
