import type { LogRecord } from "../core/log-summary.js";

/**
 * What runtimes print, at the start of a line, when a process dies of an error nothing caught: Node's
 * uncaught-exception dump ends with its version line, Go opens with `panic:` or `fatal error:`, Java's
 * default handler names the thread, .NET says `Unhandled exception.`, Rust names the panicking thread.
 * Python's traceback is a crash only when it opens the record: a logger's traceback sits under its header.
 */
const CRASH_LINE =
  /^(?:Node\.js v\d+\.\d+|panic: |fatal error: |Exception in thread "[^"]*" |Unhandled [Ee]xception[.:] |thread '[^']*' panicked at )/m;

/**
 * A record that is the process dying. One such record is the incident whatever else was logged: the error
 * in it (a refused connection, a missing file) is why the service is down, so it counts below the pattern's
 * minCount, which is there to keep incidental, survived errors in a long log from counting.
 */
export function isCrashRecord(record: LogRecord): boolean {
  const { text } = record;
  if (text.startsWith("Traceback (most recent call last)")) return true;
  return CRASH_LINE.test(text);
}
