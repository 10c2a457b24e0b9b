/**
 * The few exceptions of the project. Expected outcomes are discriminated unions, not exceptions;
 * these are for input a user must fix and for faults a caller cannot recover from.
 */
export class SentryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input from a person or a file: reported as one line, exit code 2 (CLI) or a 4xx (HTTP). */
export class UsageError extends SentryError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("usage", message, options);
  }
}

/** A configuration file or variable that does not validate; `path` names the offending key. */
export class ConfigError extends SentryError {
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super("config", message, options);
  }
}
