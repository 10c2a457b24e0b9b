import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { AcceptedRun } from "./accept-run.js";

/** A run being accepted on another thread: its result (undefined when the thread could not do it), or stopped. */
export interface RunningRun {
  result: Promise<AcceptedRun | undefined>;
  stop(): void;
}

/**
 * The worker's entry. From the bundle: audit-verify-worker.js, beside the CLI or one level up from the chunk
 * this code was bundled in. From source (tsx, vitest): verify-worker.ts behind a two-line module that
 * registers tsx first, as a worker does not inherit the loader hooks of the thread that starts it.
 */
function workerEntry(): URL | undefined {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsx = createRequire(here)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs");
    const entry = new URL("./verify-worker.ts", here).href;
    const boot = `import { register } from ${JSON.stringify(pathToFileURL(tsx).href)}; register(); await import(${JSON.stringify(entry)});`;
    return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
  }
  for (const candidate of ["./audit-verify-worker.js", "../audit-verify-worker.js"]) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return url;
  }
  return undefined;
}

/** Starts acceptRun over bytes [from, to) of the file on a worker thread. */
export function acceptRunInWorker(file: string, from: number, to: number, publicKey?: string): RunningRun {
  let entry: URL | undefined;
  try {
    entry = workerEntry();
  } catch {
    entry = undefined; // from source without tsx installed
  }
  if (!entry) return { result: Promise.resolve(undefined), stop() {} };
  let worker: Worker;
  try {
    worker = new Worker(entry, {
      workerData: { file, from, to, ...(publicKey === undefined ? {} : { publicKey }) },
      execArgv: [],
    });
  } catch {
    return { result: Promise.resolve(undefined), stop() {} };
  }
  const result = new Promise<AcceptedRun | undefined>((resolve) => {
    worker.once("message", (run: AcceptedRun) => resolve(run));
    // A thread that fails (cannot load, runs out of memory) leaves its range to the caller's thread.
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return { result, stop: () => void worker.terminate() };
}
