import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "../../core/errors.js";

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

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** The run finished but ended ESCALATED or HALTED, or a verification failed. */
  attention: 1,
  /** Bad input: unknown flag, missing or unreadable file, malformed JSON. */
  usage: 2,
  /** An internal fault; a bug to report. */
  internal: 70,
} as const;

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
