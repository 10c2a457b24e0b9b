/**
 * Whether a file's head is text a person can read as a log, and in which encoding. One judgement for every
 * door (a file named on the command line, a directory walked, the reader itself), so a file is never accepted
 * by one and refused by another.
 *
 * A NUL byte alone does not make a file binary: a host that loses power mid-write leaves a run of NULs where
 * the last block was preallocated, and the lines before it are the ones that matter. Such runs are padding;
 * a file is binary when, padding aside, NULs or other control bytes are more than a trace of it. UTF-16 with
 * a byte-order mark (PowerShell's `>`, Windows exports) is text in another encoding.
 */

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** How much of a file's head is sniffed. */
export const SNIFF_BYTES = 8192;

/** NULs in a row this long are preallocated padding, not content. */
const PADDING_RUN = 8;
/** Past this share of stray NULs or control bytes (padding aside), the head is not text. */
const BINARY_SHARE = 0.02;

export function encodingOf(head: Uint8Array): TextEncoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** Control codes no log line holds: all below 0x20 except tab, line breaks, form feed and escape (colour codes). */
function isStrayControl(code: number): boolean {
  return code < 0x20 && code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13 && code !== 27;
}

/** A head (bytes, or text decoded from them) that is not text: see the module's note. */
export function looksBinary(head: Uint8Array | string): boolean {
  const length = Math.min(head.length, SNIFF_BYTES);
  const at = typeof head === "string" ? (i: number) => head.charCodeAt(i) : (i: number) => head[i]!;
  let stray = 0;
  let counted = 0;
  for (let i = 0; i < length; i++) {
    const code = at(i);
    if (code === 0) {
      let end = i + 1;
      while (end < length && at(end) === 0) end++;
      if (end - i < PADDING_RUN) {
        stray += end - i;
        counted += end - i;
      }
      i = end - 1;
      continue;
    }
    counted++;
    if (isStrayControl(code)) stray++;
  }
  return counted > 0 ? stray > counted * BINARY_SHARE : false;
}

/** A byte head, sniffed as a whole file: gzip is read (decompressed), UTF-16 with its mark is text. */
export function headIsReadable(head: Uint8Array): boolean {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return true;
  if (encodingOf(head) !== "utf-8") return true;
  return !looksBinary(head);
}
