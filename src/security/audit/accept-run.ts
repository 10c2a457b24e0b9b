import { closeSync, openSync } from "node:fs";
import { readCanonicalLine } from "./canonical-line.js";
import { readLines } from "./line-reader.js";
import { sealFault, trustedKeyOf } from "./seal-check.js";

interface Accepted {
  hash: string;
  seq: number;
}

/**
 * The longest run of lines from a byte offset that the chain verifier would accept one after another,
 * whatever came before: each a canonical, correctly hashed entry linked to the previous one, every seal
 * signed as the verifier requires. Counts are within the run (sealedThrough: entries up to its last seal).
 */
export interface AcceptedRun {
  lines: number;
  /** The file offset of the first line not taken: where the caller goes on line by line. */
  stopOffset: number;
  count: number;
  seals: number;
  sealedThrough: number;
  signedBy?: string;
  first?: { seq: number; prevHash: string };
  last?: Accepted;
  beforeLast?: Accepted;
}

/**
 * Reads bytes [from, to) of the file and stops at the first line that is not plainly the next link (not
 * canonical, blank, a break, a seal that fails): it never judges a line, so the one thread that does (the
 * caller, from stopOffset) names every problem exactly as it would have alone.
 */
export function acceptRun(file: string, from: number, to: number, publicKey?: string): AcceptedRun {
  const trusted = trustedKeyOf(publicKey);
  const run: AcceptedRun = { lines: 0, stopOffset: from, count: 0, seals: 0, sealedThrough: 0 };
  const fd = openSync(file, "r");
  try {
    run.stopOffset = readLines(fd, from, to, (bytes, start, end) => {
      const link = readCanonicalLine(bytes, start, end, run.last?.hash);
      if (!link) return false;
      if (run.last) {
        if (link.seq !== run.last.seq + 1 || link.prevHash !== run.last.hash) return false;
      } else run.first = { seq: link.seq, prevHash: link.prevHash };
      if (link.kind === "seal") {
        if (sealFault(link, 0, trusted) || !link.publicKey) return false;
        run.seals += 1;
        run.sealedThrough = run.count + 1;
        run.signedBy = link.publicKey;
      }
      if (run.last) run.beforeLast = run.last;
      run.last = { seq: link.seq, hash: link.hash };
      run.count += 1;
      run.lines += 1;
      return true;
    });
  } finally {
    closeSync(fd);
  }
  return run;
}
