import type { LogLevel } from "../../core/log-summary.js";

/**
 * How a record's lines hang together: which raw lines continue the record above them (a stack trace, a
 * panic's goroutine dump, Node's crash dump) and when such a block reports an exception.
 */

/** Lines that continue a trace in every language we know, whatever came before. */
const CONTINUATION =
  /^(?:Caused by:|Suppressed:|\[signal SIG|\.\.\. \d+ (?:more|common frames omitted)|goroutine \d+ \[|created by |note: run with|stack backtrace:|During handling of the above exception|The above exception was the direct cause|Node\.js v\d)/;
/** The last line of a Python traceback, or a Java exception line after a frame. */
const EXCEPTION_LINE = /^(?:[A-Za-z_][\w.$]*)?(?:Error|Exception|Exit|Interrupt|Warning|Throwable)\b/;
/** A Go frame's function line: `main.main()`, `net/http.(*conn).serve(0xc000)`. */
const GO_FRAME = /^[\w./*-]+\.[\w.*()$-]+\(.*\)$/;
/** The brace that closes the properties Node prints after an uncaught error (`{ errno: -111, … }`). */
const CLOSER = /^[}\]]\s*$/;
const TRACE_OPENER =
  /^(?:Traceback \(most recent call last\)|panic: |fatal error: |thread '.*' panicked at|goroutine \d+ \[)/;

/** What isContinuation needs of the record being built. */
export interface OpenRecord {
  first: string;
  /** Every line kept, once there is more than the first. */
  lines: string[] | undefined;
  stamped: boolean;
  structured?: boolean;
}

export function isContinuation(line: string, current: OpenRecord): boolean {
  // A JSON logger's line is whole; raw text after it is another writer's (a runtime's crash dump, a
  // panic, a traceback printed to stderr), which folded into an info record would hide the failure.
  if (current.structured) return false;
  const c = line.charCodeAt(0);
  if (c === 32 || c === 9) return true;
  if (CONTINUATION.test(line)) return true;
  // In a timestamped log, a line without its own timestamp belongs to the record above it.
  if (current.stamped) return true;
  const traced = current.lines !== undefined || TRACE_OPENER.test(current.first);
  if (traced && (EXCEPTION_LINE.test(line) || GO_FRAME.test(line) || CLOSER.test(line))) return true;
  // Rust prints the panic message on the line after `panicked at`.
  return current.lines === undefined && /panicked at/.test(current.first);
}

/**
 * A multi-line record that reports an exception: Python's traceback ends with it; a block with no level of its
 * own (Node's crash dump: source line, `^`, `Error: …`) has it anywhere. A header's INFO or WARN stays.
 */
export function thrown(lines: string[], level: LogLevel): boolean {
  if (EXCEPTION_LINE.test(lines.at(-1) ?? "")) return true;
  if (level !== "UNKNOWN") return false;
  for (let i = 1; i < lines.length; i++) if (EXCEPTION_LINE.test(lines[i]!)) return true;
  return false;
}
