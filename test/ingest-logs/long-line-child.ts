/**
 * Child process for the bounded-memory test: streams one line of LINE_MIB MiB (never held whole by this
 * script either) followed by ordinary lines into readLogRecords, and prints the RSS growth and what was read.
 */
import { Readable } from "node:stream";
import { readLogRecords } from "../../src/ingest/logs/index.js";

const mib = Number(process.argv[2] ?? "128");
const chunk = Buffer.alloc(1 << 20, "x");

function* stream(): Generator<Buffer> {
  yield Buffer.from('{"msg":"');
  for (let i = 0; i < mib; i++) yield chunk;
  yield Buffer.from('"}\n2026-11-24T03:04:05Z ERROR after the long line\n');
}

global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const texts: { line: number; length: number; tail: string }[] = [];
for await (const r of readLogRecords("-", { stdin: Readable.from(stream(), { objectMode: false }) })) {
  peak = Math.max(peak, process.memoryUsage().rss);
  texts.push({ line: r.line, length: r.text.length, tail: r.text.slice(-40) });
}
clearInterval(timer);
console.log(JSON.stringify({ growthMiB: (peak - before) / (1 << 20), records: texts }));
