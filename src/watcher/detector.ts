import { z } from "zod";
import type { LogRecord } from "../core/log-summary.js";
import { createTemplateMiner } from "../ingest/logs/index.js";
import { levelRank } from "../ingest/logs/records.js";

export const DetectorSettingsSchema = z.strictObject({
  /** Errors within `burstWindowSeconds` that make a burst. */
  burstErrors: z.number().int().min(1).default(20),
  burstWindowSeconds: z.number().positive().default(60),
  /** An error template not seen before triggers on its own (after the first `warmupRecords` records). */
  newTemplates: z.boolean().default(true),
  warmupRecords: z.number().int().min(0).default(0),
  /** No second trigger for the same finding (the same error template) within this time: one incident per storm. */
  cooldownSeconds: z.number().nonnegative().default(300),
  /** Recent lines kept per file and sent with a trigger. */
  contextLines: z.number().int().min(10).max(5_000).default(300),
});
export type DetectorSettings = z.infer<typeof DetectorSettingsSchema>;

export interface Trigger {
  reason: "burst" | "new-template";
  /** The watched file, as the person or API named it. */
  file: string;
  /** The triggering record's own time when it has one, else when it was read. */
  at: string;
  /** The template that triggered (new-template) or the most frequent error template of the burst. */
  template: string;
  errors: number;
  /** The recent records of the file, as text, for the pipeline to condense. */
  logText: string;
  /** The line of `file` that logText's first line is: evidence cites the file's own lines, not the excerpt's. */
  firstLine: number;
}

export interface ErrorDetector {
  push(record: LogRecord & { bodyStart?: number }): Trigger | undefined;
  /** The file was rotated or truncated: its line numbers start again, so the excerpt does too. */
  restart(): void;
}

const ERROR_RANK = levelRank("ERROR");
/** Blank lines the reader skipped are put back so the excerpt's lines line up with the file's; up to this many. */
const MAX_GAP = 1_000;

interface Kept {
  line: number;
  endLine: number;
  text: string;
}

/** The kept records as one text whose n-th line is line `firstLine + n - 1` of the file. */
function excerpt(recent: Kept[]): { logText: string; firstLine: number } {
  const parts: string[] = [];
  let next = recent[0]?.line ?? 1;
  for (const r of recent) {
    const gap = r.line - next;
    if (gap > 0 && gap <= MAX_GAP) parts.push(...Array.from({ length: gap }, () => ""));
    parts.push(r.text);
    next = r.endLine + 1;
  }
  return { logText: parts.join("\n"), firstLine: recent[0]?.line ?? 1 };
}

/**
 * Error bursts and new error templates in one file's records, with the log condenser's template miner. Time is
 * the records' own when they carry it (a file read from its start replays hours in a second), else the clock.
 */
export function createErrorDetector(
  file: string,
  settings: DetectorSettings,
  clock: () => Date = () => new Date(),
): ErrorDetector {
  const miner = createTemplateMiner({ maxGroups: 5_000 });
  const seenErrorGroups = new Set<string>();
  let recent: Kept[] = [];
  let recentLines = 0;
  let errors: { ms: number; group: string }[] = [];
  const lastTriggered = new Map<string, number>();
  let records = 0;

  /** `id` is a template id (miner.resolve of a group): resolving it again would read it as a group. */
  const templateOf = (id: string) => miner.templates().find((t) => t.id === id)?.template ?? id;
  const timeOf = (record: LogRecord): number => {
    const ms = record.time === undefined ? Number.NaN : Date.parse(record.time);
    return Number.isNaN(ms) ? clock().getTime() : ms;
  };
  const keep = (record: LogRecord) => {
    recent.push({ line: record.line, endLine: record.endLine, text: record.text });
    recentLines += record.endLine - record.line + 1;
    while (recentLines > settings.contextLines && recent.length > 1) {
      const dropped = recent.shift() as Kept;
      recentLines -= dropped.endLine - dropped.line + 1;
    }
  };

  return {
    restart() {
      recent = [];
      recentLines = 0;
    },
    push(record) {
      records += 1;
      keep(record);
      const group = miner.add(record.text, record.bodyStart);
      if (levelRank(record.level) < ERROR_RANK) return undefined;
      const now = timeOf(record);
      const isNew = !seenErrorGroups.has(group);
      seenErrorGroups.add(group);
      errors.push({ ms: now, group });
      errors = errors.filter((e) => Math.abs(now - e.ms) <= settings.burstWindowSeconds * 1000);
      // The cooldown is per finding: a storm of one error is one incident, but it does not hide another.
      const cooling = (key: string) => {
        const last = lastTriggered.get(key);
        return last !== undefined && Math.abs(now - last) < settings.cooldownSeconds * 1000;
      };
      const candidates: { reason: Trigger["reason"]; key: string }[] = [];
      if (errors.length >= settings.burstErrors)
        candidates.push({ reason: "burst", key: dominant(errors.map((e) => miner.resolve(e.group))) });
      if (settings.newTemplates && isNew && records > settings.warmupRecords)
        candidates.push({ reason: "new-template", key: miner.resolve(group) });
      const chosen = candidates.find((c) => !cooling(c.key));
      if (!chosen) return undefined;
      const { reason, key } = chosen;
      lastTriggered.set(key, now);
      const count = errors.length;
      if (reason === "burst") errors = [];
      return {
        reason,
        file,
        at: new Date(now).toISOString(),
        template: templateOf(key),
        errors: count,
        ...excerpt(recent),
      };
    },
  };
}

function dominant(groups: string[]): string {
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? groups[0] ?? "";
}
