import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "../../core/errors.js";
import type { RunOutcome } from "../../core/run.js";

/** The CLI's world, passed in so tests can drive commands without spawning a process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when stderr is a terminal: progress bars and colour only then. */
  interactive: boolean;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Exit codes, documented in the README and `help diagnose`. */
export const EXIT = {
  /** Nobody needs to act: NOTHING_WRONG or FIXED. */
  ok: 0,
  /** A person must act: the run ended ESCALATED or HALTED, or a check failed. */
  attention: 1,
  /** Bad input: unknown flag, missing or unreadable file, malformed JSON. */
  usage: 2,
  /** A fix was proposed and checked and waits for a person's review (PROPOSED). */
  proposed: 3,
  /** An internal fault; a bug to report. */
  internal: 70,
} as const;

/** The exit code a run's outcome maps to: 0 only when nobody needs to act. */
export function exitForOutcome(outcome: RunOutcome): number {
  if (outcome === "NOTHING_WRONG" || outcome === "FIXED") return EXIT.ok;
  return outcome === "PROPOSED" ? EXIT.proposed : EXIT.attention;
}

/** The exit-code table, as `help diagnose` and the README print it. */
export const EXIT_TABLE = `Exit codes:
  0   nobody needs to act: NOTHING_WRONG (the evidence shows nothing wrong) or FIXED (applied and verified)
  1   a person must act: ESCALATED (no cause or no safe fix) or HALTED (stopped by the security layer)
  2   bad input (unknown flag, missing or unreadable file, malformed payload)
  3   PROPOSED: a fix was proposed and checked, and waits for a person's review
  70  internal error (a bug to report)`;

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs in strict mode, with its errors turned into one-line usage errors. */
export function parseFlags<T extends Options>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(message ?? "invalid arguments", { cause: error });
  }
}

export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith("\n") ? text : `${text}\n`);
}
