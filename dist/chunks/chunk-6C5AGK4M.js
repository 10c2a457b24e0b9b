import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-UOHJ52NF.js";

// src/entrypoints/cli/cli-io.ts
import { parseArgs } from "node:util";
var EXIT = {
  ok: 0,
  /** The run finished but ended ESCALATED or HALTED, or a verification failed. */
  attention: 1,
  /** Bad input: unknown flag, missing or unreadable file, malformed JSON. */
  usage: 2,
  /** An internal fault; a bug to report. */
  internal: 70
};
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
  parseFlags,
  writeLine
};
