/**
 * The few exceptions of the project. Expected outcomes are discriminated unions, not exceptions;
 * these are for input a user must fix and for faults a caller cannot recover from.
 */
/**
 * Every code a SentryError may carry: what went wrong, for a caller to branch on (the CLI's exit code 2
 * for input a person must fix). A new kind of failure adds its code here first.
 */
export const ERROR_CODES = [
  /** A command-line argument or file a person gave. */
  "usage",
  /** A configuration file or variable. */
  "config",
  /** The model provider as configured (no key, unknown name). */
  "provider_config",
  /** The model service refused or kept failing. */
  "provider_unavailable",
  /** The Action's runner environment (GITHUB_REPOSITORY, the event file). */
  "context",
  /** An Action input. */
  "input",
  /** An event's payload that does not hold what its kind promises. */
  "payload",
  /** An event the door does not handle. */
  "event",
  /** The audit log no longer holds a head kept outside it (a truncated or rewritten branch). */
  "audit_tampered",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Input a person must fix: one line and exit 2 in the CLI, a 4xx over HTTP. */
export const USER_ERROR_CODES: readonly ErrorCode[] = ["usage", "config", "provider_config"];

export class SentryError extends Error {
  constructor(
    readonly code: ErrorCode,
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
