/**
 * The regex search runs in a worker thread so a catastrophic pattern can be stopped: V8 has no regex timeout,
 * but terminating the worker interrupts a backtracking match. The worker is plain JavaScript evaluated from
 * this string, so it runs the same under tsx, vitest and the esbuild bundle.
 */
export const GREP_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const { pattern, flags, files, maxMatches, maxLineChars } = workerData;
const regex = new RegExp(pattern, flags);
let total = 0;
for (const file of files) {
  let text;
  try { text = readFileSync(file.abs, "utf8"); } catch (error) { parentPort.postMessage({ type: "skip", display: file.display, reason: String(error) }); continue; }
  const lines = text.split("\n");
  const matches = [];
  for (let i = 0; i < lines.length && total < maxMatches; i++) {
    const line = lines[i];
    regex.lastIndex = 0;
    if (regex.test(line)) {
      matches.push({ line: i + 1, text: line.length > maxLineChars ? line.slice(0, maxLineChars) + " …" : line });
      total++;
    }
  }
  if (matches.length) parentPort.postMessage({ type: "matches", display: file.display, matches });
  parentPort.postMessage({ type: "file-done" });
  if (total >= maxMatches) break;
}
parentPort.postMessage({ type: "done", total, capped: total >= maxMatches });
`;
