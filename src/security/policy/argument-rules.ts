/*
 * Argument rules that need more than a list of flags: which journalctl arguments are a read of one unit as
 * JSON (the journald collector's one command), and which ps arguments would print other processes'
 * environments.
 */

/** A systemd unit name (`nginx`, `getty@tty1.service`, `sys-fs.mount`): never an option, never a glob. */
export const SYSTEMD_UNIT = /^[A-Za-z0-9:_.@][A-Za-z0-9:_.@-]{0,255}$/;
/** `@<epoch seconds>` or `YYYY-MM-DD[ T]HH:MM[:SS]` (UTC when suffixed): no relative words, no `today`. */
const JOURNAL_TIME = /^(?:@\d{1,11}|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?: UTC|Z)?)$/;
const JOURNAL_MAX_LINES = 5_000;

/**
 * journalctl reads one unit's records as JSON and nothing else: every option that follows (`-f`), reads
 * another journal (`--file`, `-D`, `--root`, `-M`), changes the journal (`--vacuum-*`, `--rotate`,
 * `--flush`, `--sync`, `--setup-keys`) or picks other fields is refused by not being on this list.
 */
export function journalctlProblem(args: string[]): string | undefined {
  let unit: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
    const takesValue = ["-u", "--unit", "-S", "--since", "-U", "--until", "-o", "--output", "-n", "--lines"];
    if (arg === "--no-pager") continue;
    if (!takesValue.includes(flag!))
      return `argument ${JSON.stringify(arg)} is not allowed for journalctl (it reads one unit as JSON)`;
    const value = inline ?? args[++i];
    if (value === undefined) return `journalctl ${flag} needs a value`;
    if (flag === "-u" || flag === "--unit") {
      if (!SYSTEMD_UNIT.test(value))
        return `journalctl ${flag} ${JSON.stringify(value.slice(0, 80))}: not a systemd unit name`;
      if (unit !== undefined) return "journalctl reads one unit at a time";
      unit = value;
    } else if (flag === "-o" || flag === "--output") {
      if (value !== "json")
        return `journalctl ${flag} ${JSON.stringify(value.slice(0, 40))}: only -o json is allowed`;
      json = true;
    } else if (flag === "-n" || flag === "--lines") {
      if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > JOURNAL_MAX_LINES)
        return `journalctl ${flag} needs a number from 1 to ${JOURNAL_MAX_LINES}`;
    } else if (!JOURNAL_TIME.test(value)) {
      return `journalctl ${flag} ${JSON.stringify(value.slice(0, 40))}: use @EPOCH or YYYY-MM-DD HH:MM:SS`;
    }
  }
  if (unit === undefined) return "journalctl needs -u UNIT (one unit's records)";
  if (!json) return "journalctl needs -o json";
  if (!args.includes("--no-pager")) args.push("--no-pager");
  return undefined;
}

/**
 * ps prints other processes' environments (their secrets) with BSD's `e` modifier (`ps e`, `ps auxe`,
 * `ps eww`) or macOS's `-E` (and `-o environ`-style fields, refused with -o's value): named, so the
 * refusal says why.
 */
export function psEnvironmentFlag(arg: string): string | undefined {
  if ((/^[a-z]+$/i.test(arg) && arg.includes("e")) || arg === "-E" || /^--?env/i.test(arg))
    return `ps ${arg}: ps may not print process environments (the e modifier, -E)`;
  return undefined;
}
