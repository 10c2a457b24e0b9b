import { UsageError } from "../../core/errors.js";
import type { LogLevel, LogRecord, LogSummary } from "../../core/log-summary.js";
import { type CondenseContext, condense, estimateTokens, type TemplateEntry } from "./condense.js";
import { scanInParallel } from "./parallel/scan-parallel.js";
import { planSplit, type SplitOptions } from "./parallel/split.js";
import { type LogInput, type ReadOptions, readLogRecordBatches } from "./reader.js";
import { createRecordClock } from "./record-time.js";
import type { ParsedRecord } from "./records.js";
import { createTemplateMiner, type TemplateMiner } from "./template-miner.js";
import { mergeGroupStats, newGroupStats, type SummaryPass, updateGroupStats } from "./template-stats.js";

export interface SummarizeOptions extends SplitOptions {
  /** Token budget of the summary text (default 6,000). */
  budgetTokens?: number;
  /** Only records at or after / at or before these times (ISO 8601) are summarised. */
  since?: string;
  until?: string;
  /** The incident's window: templates first seen in it (or shortly before) are kept. */
  incidentTime?: { from?: string; to?: string };
  /** Sees every record once, during the single streaming pass. */
  onRecord?: (record: LogRecord) => void;
  onProgress?(bytesRead: number, totalBytes: number): void;
  displayNames?: Record<string, string>;
  /** Line of the original file where an excerpt starts, keyed by display name: records are numbered from it. */
  firstLines?: Record<string, number>;
  signal?: AbortSignal;
  stdin?: NodeJS.ReadableStream;
  /** Year for timestamps that carry none; the current UTC year when absent. */
  year?: number;
  /** See ReadOptions.now. */
  now?: number;
}

export const DEFAULT_BUDGET_TOKENS = 6000;
/** Without an incident time, the last quarter hour of the logs is where the incident is. */
const DEFAULT_WINDOW_MS = 15 * 60_000;

const RELATIVE = /^(\d+)\s*(s|sec|m|min|h|hr|d|day)s?(?:\s+ago)?$/i;
/** `Jul 27 14:41:00`, `Jul  7 14:41`: syslog's timestamp, which has no year. */
const SYSLOG_TIME = /^[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}(?::\d{2})?$/;
const UNIT_MS: Record<string, number> = {
  s: 1e3,
  sec: 1e3,
  m: 6e4,
  min: 6e4,
  h: 36e5,
  hr: 36e5,
  d: 864e5,
  day: 864e5,
};

/**
 * `--since`/`--until`: ISO 8601, a relative time (`1h`, `30m`, `2d`, `15 min ago`: before now, as journalctl
 * reads them), or a timestamp as syslog writes it without a year (`Jul 27 14:41:00`), read in the logs' year —
 * the current one, or last year's when that would be in the future (as the reader dates syslog lines).
 */
export function parseTime(
  value: string | undefined,
  flag: string,
  clock: { now: number; year?: number } = { now: Date.now() },
): number | undefined {
  if (value === undefined) return undefined;
  const relative = RELATIVE.exec(value.trim());
  if (relative) return clock.now - Number(relative[1]) * (UNIT_MS[relative[2]!.toLowerCase()] ?? 0);
  const yearless = SYSLOG_TIME.test(value.trim());
  const inYear = (year: number) => Date.parse(`${value.trim()} ${year} UTC`);
  let ms = yearless ? inYear(clock.year ?? new Date(clock.now).getUTCFullYear()) : Date.parse(value);
  if (yearless && ms > clock.now + 2 * 864e5) ms = inYear(new Date(ms).getUTCFullYear() - 1);
  if (Number.isNaN(ms))
    throw new UsageError(
      `${flag}: not a date and time: '${value}' (use ISO 8601, a relative time such as 1h or 30m, or 'Jul 27 14:41:00')`,
    );
  return ms;
}

type Pass = SummaryPass;

/** Mines a record: a JSON line by its message field, any other by its text past the header. */
export function minerAdd(miner: TemplateMiner, record: ParsedRecord): string {
  return `G${minerAddIndex(miner, record)}`;
}

/** As minerAdd, returning the group's index: no string per record on the hot path. */
export function minerAddIndex(miner: TemplateMiner, record: ParsedRecord): number {
  if (record.message === undefined) return miner.addIndex(record.text, undefined, record.shape);
  // A message that itself starts with "{" is mined as text (bodyStart 0): it is never unwrapped again.
  return miner.addIndex(record.message, record.message.charCodeAt(0) === 123 ? 0 : undefined);
}

/**
 * The single streaming pass: mines every record and keeps constant-size stats per group. `read` gives the
 * records (the main thread's part of a file read on two threads, see parallel/scan-parallel.ts).
 */
async function scan(
  inputs: string[] | "-",
  options: SummarizeOptions,
  miner = createTemplateMiner(),
  read: (
    inputs: string[] | "-",
    options: ReadOptions,
  ) => AsyncIterable<ParsedRecord[]> = readLogRecordBatches,
) {
  const clock = {
    now: options.now ?? Date.now(),
    ...(options.year === undefined ? {} : { year: options.year }),
  };
  const sinceMs = parseTime(options.since, "--since", clock);
  const untilMs = parseTime(options.until, "--until", clock);
  const pass: Pass = { groups: [], files: [], records: 0, fromMs: undefined, toMs: undefined };
  const recordClock = createRecordClock();
  let lastFile = "";
  // Records come a chunk at a time: one async step per record was ~150 ms per million.
  for await (const batch of read(inputs, {
    ...options,
    onFileDone: (input: LogInput, lines: number) =>
      pass.files.push({ file: input.display, lines, bytes: input.bytes }),
  })) {
    for (const record of batch) {
      if (record.file !== lastFile) {
        lastFile = record.file;
        recordClock.reset();
      }
      // Continuation-less records without a time (a bare line) take the time of the record above them.
      const ms = recordClock.timeOf(record);
      if (
        ms !== undefined &&
        ((sinceMs !== undefined && ms < sinceMs) || (untilMs !== undefined && ms > untilMs))
      ) {
        continue;
      }
      const shift = (options.firstLines?.[record.file] ?? 1) - 1;
      if (shift > 0) {
        record.line += shift;
        record.endLine += shift;
      }
      options.onRecord?.(record);
      const index = minerAddIndex(miner, record);
      const order = pass.records++;
      let stats = pass.groups[index];
      if (!stats) {
        stats = newGroupStats(record, order, ms);
        pass.groups[index] = stats;
      }
      updateGroupStats(stats, record, order, ms);
      if (ms !== undefined) {
        if (pass.fromMs === undefined || ms < pass.fromMs) pass.fromMs = ms;
        if (pass.toMs === undefined || ms > pass.toMs) pass.toMs = ms;
      }
    }
  }
  return { pass, miner };
}

/** A long list of variables (block ids, IRQ numbers) reads better as one: `<*> <*> <*> <*>` → `<*> …`. */
function collapseWildcards(template: string): string {
  return template.replace(/<\*>(?: <\*>){3,}/g, "<*> …");
}

function templateEntries(pass: Pass, miner: ReturnType<typeof createTemplateMiner>): TemplateEntry[] {
  const names = new Map(miner.templates().map((t) => [t.id, collapseWildcards(t.template)]));
  const byTemplate = new Map<string, TemplateEntry>();
  pass.groups.forEach((stats, index) => {
    if (!stats) return;
    const id = miner.resolveIndex(index);
    const known = byTemplate.get(id);
    if (known) mergeGroupStats(known.stats, stats);
    else byTemplate.set(id, { id, template: names.get(id) ?? "", stats });
  });
  return [...byTemplate.values()].sort((a, b) => a.stats.order - b.stats.order);
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function omittedLine(records: number, templates: number, byLevel: Map<LogLevel, number>): string {
  if (records === 0) return "Nothing else: every template is shown above.";
  const levels = [...byLevel.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([level, n]) => `${level} ${n}`)
    .join(", ");
  return `${records} other records in ${templates} templates (${levels}).`;
}

/**
 * Reads the logs once, mines their templates and condenses them to a token budget: the view of the
 * logs that agents get, offline and model alike. Every kept line cites its file:line.
 */
export async function summarizeLogs(
  inputs: string[] | "-",
  options: SummarizeOptions = {},
): Promise<LogSummary> {
  const budgetTokens = options.budgetTokens ?? DEFAULT_BUDGET_TOKENS;
  if (!Number.isInteger(budgetTokens) || budgetTokens < 200) {
    throw new UsageError(`token budget must be a whole number of at least 200 (got ${budgetTokens})`);
  }
  const windowFrom = parseTime(options.incidentTime?.from, "incident start");
  const windowTo = parseTime(options.incidentTime?.to, "incident end");
  // A big file on two threads, with the same result; a per-record callback needs every record in order.
  const plan = options.onRecord === undefined ? planSplit(inputs, options) : undefined;
  const { pass, miner } =
    plan && inputs !== "-"
      ? await scanInParallel(plan, inputs, options, { scan, minerAddIndex, parseTime })
      : await scan(inputs, options);
  const entries = templateEntries(pass, miner);
  const ctx: CondenseContext = {
    budgetTokens,
    totalRecords: pass.records,
    fromMs: pass.fromMs,
    toMs: pass.toMs,
    windowFromMs: windowFrom ?? (pass.toMs === undefined ? undefined : pass.toMs - DEFAULT_WINDOW_MS),
    windowToMs: windowTo ?? (windowFrom === undefined ? pass.toMs : undefined),
  };
  const condensed = condense(entries, ctx);
  const range = pass.fromMs === undefined ? "" : `, ${iso(pass.fromMs)} → ${iso(pass.toMs)}`;
  const header =
    `Log summary: ${pass.files.length} file(s), ${pass.records} records, ${entries.length} templates${range}.\n` +
    `Kept ${condensed.kept.length} templates (errors, stack traces, new in the incident window, bursts, warnings, rare ones).`;
  const { records, templates, byLevel } = condensed.omitted;
  const text = [header, ...condensed.lines, omittedLine(records, templates, byLevel)].join("\n");
  return {
    files: pass.files,
    totalRecords: pass.records,
    totalTemplates: entries.length,
    timeRange: { from: iso(pass.fromMs), to: iso(pass.toMs) },
    budgetTokens,
    estimatedTokens: estimateTokens(text),
    kept: condensed.kept,
    omitted: { records, templates },
    text,
  };
}
