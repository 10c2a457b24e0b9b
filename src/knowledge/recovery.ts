/**
 * A dependency that refused, timed out or failed to resolve while the caller retried, and then answered: the
 * caller logs that it connected to the same address, and nothing failed after. That is a start-up race or a
 * blip the service survived, not the incident: a service that starts before its database and retries is the
 * ordinary case in Compose and Kubernetes. Only incidental patterns (failures healthy systems show now and
 * then) are cleared this way, only by a line naming the same host, and never a crash or an alert's own cause.
 */
const RECOVERED =
  /\b(?:re)?connected\b|\bconnection (?:established|restored|recovered|succeeded|successful)|\bconnected successfully|\bready to accept connections|\bis (?:back )?(?:up|online|reachable|healthy)(?: again)?\b|\brecovered\b|\bresolved\b.*\bto\b/i;
/** Lines that name a recovery but report a failure (`not connected`, `disconnected`, `failed to reconnect`). */
const STILL_FAILING =
  /\b(?:not|never|dis|failed to |could not |unable to |cannot )(?:re)?connect|\berror\b|\bfail/i;

/**
 * A failure logged as retried (`pricing call failed, retrying (attempt 1/3)`) names its operation: the words
 * before "failed". A later line that says the same operation succeeded (`pricing call succeeded on attempt
 * 2`) is its recovery, just as a connect to the same host is.
 */
const RETRIED =
  /([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}) (?:has )?failed\b[^\n]*\b(?:retry(?:ing)?|will retry|attempt \d+)/i;
const SUCCEEDED =
  /\bsucceeded\b|\bsucceeded on (?:attempt|retry)\b|\bsuccessful(?:ly)? (?:on|after) (?:attempt|retry)/i;

/** The operation a retried failure names, when it is specific enough to recognise again (two words or more). */
function operationOf(text: string): string | undefined {
  const phrase = RETRIED.exec(text)?.[1]?.toLowerCase();
  return phrase?.includes(" ") ? phrase : undefined;
}

/** The host part of a tally's subject (`10.0.0.5:6379` → `10.0.0.5`), which is what a recovery line names. */
function hostOf(subject: string): string {
  const colon = subject.lastIndexOf(":");
  return colon > 0 && /^\d+$/.test(subject.slice(colon + 1)) ? subject.slice(0, colon) : subject;
}

export interface RecoveryWatch {
  /**
   * A match of an incidental pattern with this subject in this file (`text`: the record, for the operation a
   * retried failure names): any recovery before it no longer holds.
   */
  failed(patternId: string, file: string, subject: string | undefined, text?: string): void;
  /** A record that is not a match of the pattern: does it say the subject's dependency answered? */
  observe(file: string, text: string): void;
  recovered(patternId: string): boolean;
}

export function createRecoveryWatch(): RecoveryWatch {
  // Per pattern: the host (or retried operation) its failures named, their file, and whether a recovery line
  // has followed the last one. `host` is "" once failures named two different ones, or none.
  const open = new Map<string, { file: string; host: string; operation: boolean; recovered: boolean }>();
  return {
    failed(patternId, file, subject, text) {
      const operation = subject === undefined && text !== undefined ? operationOf(text) : undefined;
      const host = subject === undefined ? operation : hostOf(subject);
      const known = open.get(patternId);
      // Failures naming two different hosts, or none, cannot be cleared by one line: leave them counted.
      if (host === undefined || host.length < 3 || (known && (known.host !== host || known.file !== file))) {
        open.set(patternId, { file: "", host: "", operation: false, recovered: false });
        return;
      }
      open.set(patternId, { file, host, operation: operation !== undefined, recovered: false });
    },
    observe(file, text) {
      for (const watch of open.values()) {
        if (watch.recovered || watch.host === "" || watch.file !== file) continue;
        if (watch.operation) {
          const succeeded = SUCCEEDED.test(text) && !STILL_FAILING.test(text);
          if (succeeded && text.toLowerCase().includes(watch.host)) watch.recovered = true;
        } else if (text.includes(watch.host) && RECOVERED.test(text) && !STILL_FAILING.test(text)) {
          watch.recovered = true;
        }
      }
    },
    recovered: (patternId) => open.get(patternId)?.recovered === true,
  };
}
