import { mineInParallel } from "./parallel/mine-parallel.js";
import { planSplit, type SplitOptions } from "./parallel/split.js";
import { type ReadOptions, readLogRecordBatches } from "./reader.js";
import { minerAddIndex } from "./summarize.js";
import { createTemplateMiner, type TemplateMiner } from "./template-miner.js";

/** Every record of a log mined in order: per record its first line, last line and online group. */
export interface MinedLines {
  miner: TemplateMiner;
  /** Triples (first line, last line, group index), one per record, in file order. */
  spans: Int32Array;
  records: number;
}

/**
 * Mines the records of one input, a chunk of records at a time (no async step per record); a big file on two
 * threads, with the same result (see parallel/mine-parallel.ts).
 */
export async function mineLines(
  inputs: string[] | "-",
  options: ReadOptions & SplitOptions = {},
): Promise<MinedLines> {
  const plan = options.from === undefined ? planSplit(inputs, options) : undefined;
  if (plan && inputs !== "-") {
    return mineInParallel(plan, inputs, options, minerAddIndex, () => mineOnOneThread(inputs, options));
  }
  return mineOnOneThread(inputs, options);
}

async function mineOnOneThread(inputs: string[] | "-", options: ReadOptions): Promise<MinedLines> {
  const miner = createTemplateMiner();
  let spans = new Int32Array(3 * 65_536);
  let n = 0;
  for await (const batch of readLogRecordBatches(inputs, options)) {
    if (n + 3 * batch.length > spans.length) {
      const grown = new Int32Array(Math.max(spans.length * 2, n + 3 * batch.length));
      grown.set(spans);
      spans = grown;
    }
    for (const record of batch) {
      spans[n++] = record.line;
      spans[n++] = record.endLine;
      spans[n++] = minerAddIndex(miner, record);
    }
  }
  return { miner, spans: spans.subarray(0, n), records: n / 3 };
}

/**
 * For every input line in order, the id of the template its record belongs to ("-" for a blank line
 * between records), as text pieces of at most `linesPerPiece` lines each, ready to be written out.
 */
export function* lineIdPieces(mined: MinedLines, linesPerPiece = 65_536): Generator<string> {
  const { miner, spans } = mined;
  // Each group resolves once: a million lines share a few hundred groups.
  const idOf: (string | undefined)[] = [];
  let out: string[] = [];
  let next = 1;
  const emit = (id: string) => {
    out.push(id);
    if (out.length >= linesPerPiece) {
      const piece = out.join("\n");
      out = [];
      return piece;
    }
    return undefined;
  };
  for (let i = 0; i < spans.length; i += 3) {
    for (; next < spans[i]!; next++) {
      const piece = emit("-");
      if (piece !== undefined) yield piece;
    }
    const group = spans[i + 2]!;
    let id = idOf[group];
    if (id === undefined) {
      id = miner.resolveIndex(group);
      idOf[group] = id;
    }
    for (; next <= spans[i + 1]!; next++) {
      const piece = emit(id);
      if (piece !== undefined) yield piece;
    }
  }
  if (out.length > 0) yield out.join("\n");
}
