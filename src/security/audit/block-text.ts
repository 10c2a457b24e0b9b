/**
 * A block of audit-file bytes as latin1 text, made once per block rather than once per line: the byte walk
 * finds the end of a string with indexOf on it when the line is "simple" (printable ASCII, no backslash).
 * Per line, making the text and testing it with a regular expression was a third of the walk's time.
 */
export interface BlockText {
  text: string;
  /** Whether bytes [start, end) are all simple; lines must be asked about in ascending order. */
  simple(start: number, end: number): boolean;
}

// Anything but printable ASCII without the backslash; the newline is left out, as no line contains one.
const NOT_SIMPLE = /[^\n\x20-\x5b\x5d-\x7e]/g;

export function blockText(bytes: Buffer, length: number): BlockText {
  const text = bytes.toString("latin1", 0, length);
  const pattern = new RegExp(NOT_SIMPLE);
  let next = -1; // the first byte that is not simple at or after the last line asked about
  return {
    text,
    simple(start, end) {
      if (next < start) {
        pattern.lastIndex = start;
        next = pattern.exec(text)?.index ?? Number.POSITIVE_INFINITY;
      }
      return next >= end;
    },
  };
}
