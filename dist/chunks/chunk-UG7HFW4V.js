import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-U3NNAQLI.js";

// src/entrypoints/cli/cli-io.ts
import { parseArgs } from "node:util";
var EXIT = {
  /** Nobody needs to act: NOTHING_WRONG or FIXED. */
  ok: 0,
  /** A person must act: the run ended ESCALATED or HALTED, or a check failed. */
  attention: 1,
  /** Bad input: unknown flag, missing or unreadable file, malformed JSON. */
  usage: 2,
  /** A fix was proposed and checked and waits for a person's review (PROPOSED). */
  proposed: 3,
  /** An internal fault; a bug to report. */
  internal: 70
};
function exitForOutcome(outcome) {
  if (outcome === "NOTHING_WRONG" || outcome === "FIXED") return EXIT.ok;
  return outcome === "PROPOSED" ? EXIT.proposed : EXIT.attention;
}
var EXIT_TABLE = `Exit codes:
  0   nobody needs to act: NOTHING_WRONG (the evidence shows nothing wrong) or FIXED (applied and verified)
  1   a person must act: ESCALATED (no cause or no safe fix) or HALTED (stopped by the security layer)
  2   bad input (unknown flag, missing or unreadable file, malformed payload)
  3   PROPOSED: a fix was proposed and checked, and waits for a person's review
  70  internal error (a bug to report)`;
function parseFlags(argv, options, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(message ?? "invalid arguments", { cause: error });
  }
}
function writeLine(stream, text) {
  stream.write(text.endsWith("\n") ? text : `${text}
`);
}

export {
  EXIT,
  exitForOutcome,
  EXIT_TABLE,
  parseFlags,
  writeLine
};
