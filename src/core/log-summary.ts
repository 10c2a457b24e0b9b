import { z } from "zod";

/**
 * The condensed view of uploaded logs that every agent gets (offline and model alike).
 * Each kept line cites where it was read so evidence can link back to it.
 */
export const LogLocationSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
});
export type LogLocation = z.infer<typeof LogLocationSchema>;

export const LogLevelSchema = z.enum(["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "UNKNOWN"]);
export type LogLevel = z.infer<typeof LogLevelSchema>;

export const SummaryTemplateSchema = z.object({
  id: z.string(),
  template: z.string(),
  level: LogLevelSchema,
  count: z.number().int().positive(),
  firstSeen: LogLocationSchema.extend({ time: z.string().optional() }),
  lastSeen: LogLocationSchema.extend({ time: z.string().optional() }),
  /** Why the condenser kept it: error, rare, burst, new-in-window, stack-trace. */
  reasons: z.array(z.string()),
  /** A few raw examples (the first one complete, multi-line records included), each with its location. */
  examples: z.array(LogLocationSchema.extend({ text: z.string() })),
});
export type SummaryTemplate = z.infer<typeof SummaryTemplateSchema>;

export const LogSummarySchema = z.object({
  files: z.array(z.object({ file: z.string(), lines: z.number().int().nonnegative(), bytes: z.number() })),
  totalRecords: z.number().int().nonnegative(),
  totalTemplates: z.number().int().nonnegative(),
  timeRange: z.object({ from: z.string().optional(), to: z.string().optional() }),
  budgetTokens: z.number().int().positive(),
  estimatedTokens: z.number().int().nonnegative(),
  kept: z.array(SummaryTemplateSchema),
  /** One line for everything that was not kept: "N other records in M templates (INFO …)". */
  omitted: z.object({ records: z.number().int().nonnegative(), templates: z.number().int().nonnegative() }),
  /** The summary as text, the form handed to models. */
  text: z.string(),
});
export type LogSummary = z.infer<typeof LogSummarySchema>;

/**
 * What a structured record describes, when its format says more than "a line of text": a Kubernetes event, a
 * node or pod condition, a container's state, a row of `kubectl get`, or an HTTP access-log entry.
 */
export type RecordKind = "k8s-event" | "k8s-condition" | "k8s-container" | "k8s-object" | "access";

/**
 * The object a record is about, when its format names it (kubectl output, JSON fields, alert labels). Evidence
 * about another pod, host or service than the incident's subject is context, not the cause.
 */
export interface RecordSubject {
  namespace?: string;
  pod?: string;
  container?: string;
  node?: string;
  service?: string;
  host?: string;
  unit?: string;
}

/**
 * Fields read by name from a structured record: JSON keys (flattened with dots), logfmt pairs, access-log
 * columns (`status`, `method`, `path`, `bytes`, `durationMs`), kubectl columns (`type`, `reason`, `object`,
 * `count`, `status`, `exitCode`, `restartCount`…). Matching uses these, not a substring anywhere in the line.
 */
export type RecordFields = Record<string, string | number | boolean>;

/** One log record as the streaming reader yields it: a line, or a multi-line record (a stack trace) kept whole. */
export interface LogRecord {
  /** The path as shown to people (what the user gave), not necessarily absolute. */
  file: string;
  /** First line of the record, 1-based. */
  line: number;
  /** Last line of the record (equal to `line` for single-line records). */
  endLine: number;
  /** The whole record, continuation lines joined with "\n". */
  text: string;
  level: LogLevel;
  /** ISO 8601 when a timestamp was recognised. */
  time?: string;
  /**
   * For a structured line (JSON, logfmt), the human message read from its fields: what failure patterns are
   * matched against, since `text` keeps the file's own line (quoted as evidence) with its keys and quotes.
   */
  message?: string;
  /** Set for structured records (see RecordKind); absent for plain log lines. */
  kind?: RecordKind;
  fields?: RecordFields;
  subject?: RecordSubject;
}
