import { mineInParallel } from "./parallel/mine-parallel.js";
import { planSplit, type SplitOptions } from "./parallel/split.js";
import { type ReadOptions, readLogRecordBatches } from "./reader.js";
import type { ParsedRecord } from "./records.js";
import { createSpanList } from "./span-list.js";
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
  const spans = createSpanList();
  const mine = (record: ParsedRecord) => minerAddIndex(miner, record);
  for await (const batch of readLogRecordBatches(inputs, options)) spans.add(batch, mine);
  const all = spans.view();
  return { miner, spans: all, records: all.length / 3 };
}

/**
 * For every input line in order, the id of the template its record belongs to ("-" for a blank line
 * between records), as text pieces of at most `linesPerPiece` lines each, ready to be written out.
 * Ids are written as bytes into one buffer per piece: an array of a million id strings joined was ~15% of
 * `logs templates --format ids`, and ids are ASCII (`T12`, `G7`, `-`), so a latin1 read of the bytes is the text.
 */
export function* lineIdPieces(mined: MinedLines, linesPerPiece = 65_536): Generator<string> {
  const { miner, spans } = mined;
  // Each group resolves once: a million lines share a few hundred groups. An id is kept with its "\n".
  const idOf: (Buffer | undefined)[] = [];
  const blank = Buffer.from("-\n", "latin1");
  let out = Buffer.allocUnsafe(1 << 16);
  let at = 0;
  let lines = 0;
  /** Appends one line's id; returns the piece once it holds linesPerPiece lines. */
  const emit = (id: Buffer): string | undefined => {
    if (at + id.length > out.length) {
      const grown = Buffer.allocUnsafe(out.length * 2);
      out.copy(grown, 0, 0, at);
      out = grown;
    }
    for (let k = 0; k < id.length; k++) out[at++] = id[k]!;
    if (++lines < linesPerPiece) return undefined;
    const piece = out.toString("latin1", 0, at - 1);
    at = 0;
    lines = 0;
    return piece;
  };
  let next = 1;
  for (let i = 0; i < spans.length; i += 3) {
    for (; next < spans[i]!; next++) {
      const piece = emit(blank);
      if (piece !== undefined) yield piece;
    }
    const group = spans[i + 2]!;
    let id = idOf[group];
    if (id === undefined) {
      id = Buffer.from(`${miner.resolveIndex(group)}\n`, "latin1");
      idOf[group] = id;
    }
    for (; next <= spans[i + 1]!; next++) {
      const piece = emit(id);
      if (piece !== undefined) yield piece;
    }
  }
  if (lines > 0) yield out.toString("latin1", 0, at - 1);
}
