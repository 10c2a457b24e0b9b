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
  /** No second trigger for the same file within this time: one incident per storm. */
  cooldownSeconds: z.number().nonnegative().default(300),
  /** Recent lines kept per file and sent with a trigger. */
  contextLines: z.number().int().min(10).max(5_000).default(300),
});
export type DetectorSettings = z.infer<typeof DetectorSettingsSchema>;

export interface Trigger {
  reason: "burst" | "new-template";
  file: string;
  at: string;
  /** The template that triggered (new-template) or the most frequent error template of the burst. */
  template: string;
  errors: number;
  /** The recent records of the file, as text, for the pipeline to condense. */
  logText: string;
}

export interface ErrorDetector {
  push(record: LogRecord & { bodyStart?: number }): Trigger | undefined;
}

const ERROR_RANK = levelRank("ERROR");

/** Error bursts and new error templates in one file's records, with the log condenser's template miner. */
export function createErrorDetector(
  file: string,
  settings: DetectorSettings,
  clock: () => Date = () => new Date(),
): ErrorDetector {
  const miner = createTemplateMiner({ maxGroups: 5_000 });
  const seenErrorGroups = new Set<string>();
  const recent: string[] = [];
  let errorTimes: number[] = [];
  const burstCounts = new Map<string, number>();
  let records = 0;
  let lastTrigger = Number.NEGATIVE_INFINITY;

  const templateOf = (group: string) =>
    miner.templates().find((t) => t.id === miner.resolve(group))?.template ?? group;

  return {
    push(record) {
      records += 1;
      recent.push(record.text);
      if (recent.length > settings.contextLines) recent.splice(0, recent.length - settings.contextLines);
      const group = miner.add(record.text, record.bodyStart);
      if (levelRank(record.level) < ERROR_RANK) return undefined;
      const now = clock().getTime();
      const isNew = !seenErrorGroups.has(group);
      seenErrorGroups.add(group);
      errorTimes.push(now);
      errorTimes = errorTimes.filter((t) => now - t <= settings.burstWindowSeconds * 1000);
      burstCounts.set(group, (burstCounts.get(group) ?? 0) + 1);
      if (now - lastTrigger < settings.cooldownSeconds * 1000) return undefined;
      let reason: Trigger["reason"] | undefined;
      let template = group;
      if (errorTimes.length >= settings.burstErrors) {
        reason = "burst";
        template = [...burstCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? group;
      } else if (settings.newTemplates && isNew && records > settings.warmupRecords) {
        reason = "new-template";
      }
      if (!reason) return undefined;
      lastTrigger = now;
      const errors = errorTimes.length;
      burstCounts.clear();
      return {
        reason,
        file,
        at: new Date(now).toISOString(),
        template: templateOf(template),
        errors,
        logText: recent.join("\n"),
      };
    },
  };
}
