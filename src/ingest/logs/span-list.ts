import type { ParsedRecord } from "./records.js";

/**
 * Per record, in file order, the triple (first line, last line, group index): what `logs templates --format
 * ids` prints from, kept as one growing Int32Array so a million records cost 12 MB and no object each.
 */
export interface SpanList {
  /** Appends a batch's records, each with the group `groupOf` gives it. */
  add(batch: readonly ParsedRecord[], groupOf: (record: ParsedRecord) => number): void;
  /** The triples so far (a view: copy it before adding more). */
  view(): Int32Array;
}

export function createSpanList(): SpanList {
  let spans = new Int32Array(3 * 65_536);
  let n = 0;
  return {
    add(batch, groupOf) {
      if (n + 3 * batch.length > spans.length) {
        const grown = new Int32Array(Math.max(spans.length * 2, n + 3 * batch.length));
        grown.set(spans);
        spans = grown;
      }
      for (const record of batch) {
        spans[n++] = record.line;
        spans[n++] = record.endLine;
        spans[n++] = groupOf(record);
      }
    },
    view: () => spans.subarray(0, n),
  };
}
