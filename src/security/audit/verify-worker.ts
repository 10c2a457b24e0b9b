/**
 * The second thread of `audit verify` (see run-in-worker.ts): accepts what it can of its byte range, or of
 * the chunks it claims, and posts that back. Built to dist/audit-verify-worker.js by scripts/build.mjs.
 */
import { parentPort, workerData } from "node:worker_threads";
import { acceptRun } from "./accept-run.js";
import { acceptFromBack } from "./chunk-claims.js";

// Sent by run-in-worker.ts in this same process, not from outside it.
const data = workerData as {
  file: string;
  from: number;
  to: number;
  bounds?: number[];
  claims?: Int32Array;
  publicKey?: string;
};
parentPort?.postMessage(
  data.bounds && data.claims
    ? acceptFromBack(data.file, { bounds: data.bounds, claims: data.claims }, data.publicKey)
    : acceptRun(data.file, data.from, data.to, data.publicKey),
);
