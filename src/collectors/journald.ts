import { z } from "zod";
import { SYSTEMD_UNIT } from "../security/policy/argument-rules.js";
import { type CommandExecutor, checkCommand } from "../security/policy/command-policy.js";
import type { StoreLine, StoreResult } from "./log-stores.js";

/**
 * journald on the host Sentry runs on: `journalctl -u UNIT --since @S --until @S -o json -n N` built here
 * from the unit and the window (never from an agent's text), checked by the command policy like every
 * diagnostic, run through the tool runner's executor (execFile, fixed environment, byte cap, timeout).
 * Its JSON records become plain lines (`time ident[pid]: LEVEL message`) for the log condenser.
 */
export const JOURNAL_LINES = 5_000;
const TIMEOUT_MS = 10_000;

export const JournalUnitSchema = z.string().regex(SYSTEMD_UNIT, "a systemd unit name");

/** journald's JSON export fields (systemd.journal-fields(7)); MESSAGE is an array of bytes when binary. */
const JournalRecordSchema = z.looseObject({
  __REALTIME_TIMESTAMP: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
  MESSAGE: z.union([z.string(), z.array(z.number().int().min(0).max(255)), z.null()]).optional(),
  PRIORITY: z
    .string()
    .regex(/^[0-7]$/)
    .optional(),
  SYSLOG_IDENTIFIER: z.string().optional(),
  _SYSTEMD_UNIT: z.string().optional(),
  _COMM: z.string().optional(),
  _PID: z
    .string()
    .regex(/^\d{1,10}$/)
    .optional(),
});

const LEVELS = ["EMERG", "ALERT", "CRIT", "ERROR", "WARN", "NOTICE", "INFO", "DEBUG"];

export function journalctlArgs(unit: string, window: { start: Date; end: Date }): string[] {
  const seconds = (d: Date) => `@${Math.floor(d.getTime() / 1000)}`;
  return [
    "-u",
    unit,
    "--since",
    seconds(window.start),
    "--until",
    seconds(window.end),
    "-o",
    "json",
    "-n",
    String(JOURNAL_LINES),
    "--no-pager",
  ];
}

function messageText(message: string | number[] | null | undefined): string | undefined {
  if (typeof message === "string") return message;
  if (Array.isArray(message)) return Buffer.from(message).toString("utf8");
  return undefined;
}

/** One `-o json` line as a condenser line; a line that is not a journal record is skipped. */
export function journalLine(json: string): StoreLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = JournalRecordSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const r = parsed.data;
  const message = messageText(r.MESSAGE);
  if (message === undefined) return undefined;
  const ident = r.SYSLOG_IDENTIFIER ?? r._COMM ?? r._SYSTEMD_UNIT ?? "journal";
  const level = r.PRIORITY ? `${LEVELS[Number(r.PRIORITY)]} ` : "";
  const micros = r.__REALTIME_TIMESTAMP ? BigInt(r.__REALTIME_TIMESTAMP) / 1000n : undefined;
  const time = micros !== undefined ? new Date(Number(micros)).toISOString() : undefined;
  // A record's own line breaks would split it into several records in the condenser.
  const text = `${ident}${r._PID ? `[${r._PID}]` : ""}: ${level}${message.replace(/\r?\n/g, " ⏎ ")}`;
  return { ...(time ? { time } : {}), text };
}

export async function readJournal(
  exec: CommandExecutor,
  unit: string,
  window: { start: Date; end: Date },
  maxBytes: number,
): Promise<StoreResult & { cut?: boolean }> {
  const checked = await checkCommand(["journalctl", ...journalctlArgs(unit, window)], {
    hosts: [],
    journald: true,
  });
  if (!checked.ok) return { status: "error", reason: checked.reason };
  const result = await exec(checked.program, checked.args, { timeoutMs: TIMEOUT_MS, maxBytes });
  if (result.refused) return { status: "error", reason: result.refused };
  if (result.timedOut) return { status: "error", reason: `journalctl timed out after ${TIMEOUT_MS} ms` };
  if (result.exitCode !== 0 && !result.truncated)
    return {
      status: "error",
      reason: `journalctl exited ${result.exitCode ?? "by signal"}: ${result.stderr.trim().slice(0, 300)}`,
    };
  // The executor caps the answer; an executor that did not is capped here. A cut answer ends mid-record:
  // only whole lines are read.
  const cut = result.truncated || result.stdout.length > maxBytes;
  const head = result.stdout.slice(0, maxBytes);
  const whole = cut ? head.slice(0, head.lastIndexOf("\n") + 1) : head;
  const lines = whole.split("\n").flatMap((json) => {
    const line = json.trim() ? journalLine(json) : undefined;
    return line ? [line] : [];
  });
  return {
    status: "ok",
    query: `journalctl ${checked.args.join(" ")}`,
    lines,
    ...(cut ? { cut: true } : {}),
  };
}
