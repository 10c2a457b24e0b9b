import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  acceptFromBack,
  acceptRun
} from "./chunks/chunk-HGNO3NGP.js";
import "./chunks/chunk-QKJJ65UN.js";
import "./chunks/chunk-BLIBE5CM.js";
import "./chunks/chunk-3EZXIJC4.js";

// src/security/audit/verify-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData;
parentPort?.postMessage(
  data.bounds && data.claims ? acceptFromBack(data.file, { bounds: data.bounds, claims: data.claims }, data.publicKey) : acceptRun(data.file, data.from, data.to, data.publicKey)
);
