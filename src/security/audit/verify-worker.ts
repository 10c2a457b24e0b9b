/**
 * The second thread of `audit verify` (see run-in-worker.ts): finds the run of lines it can accept in its
 * byte range and posts it back. Built to dist/audit-verify-worker.js by scripts/build.mjs.
 */
import { parentPort, workerData } from "node:worker_threads";
import { acceptRun } from "./accept-run.js";

// Sent by run-in-worker.ts in this same process, not from outside it.
const { file, from, to, publicKey } = workerData as {
  file: string;
  from: number;
  to: number;
  publicKey?: string;
};
parentPort?.postMessage(acceptRun(file, from, to, publicKey));
