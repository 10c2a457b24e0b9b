import type { AgentContext } from "../../core/agent-context.js";
import { type Incident, MONITORING_SOURCES } from "../../core/incident.js";
import type { LogSummary, SummaryTemplate } from "../../core/log-summary.js";
import { type BackgroundNoise, backgroundNoiseOf } from "../../knowledge/background-noise.js";

/**
 * When no failure pattern matched, is that an all-clear or an open question? An on-call engineer acts on
 * "Nothing looks wrong" by going back to bed, so it is earned, not defaulted to: logs were read, no alert is
 * firing, and no error in them is left unexplained. Everything else escalates, saying what was read and what
 * could not be explained.
 */
export type NoFindingVerdict = { kind: "none" } | { kind: "unknown" };

/** Sources whose incidents are alerts: one of them firing is a problem even when the logs look healthy. */
const ALERT_SOURCES: ReadonlySet<string> = new Set([...MONITORING_SOURCES, "generic"]);

/** An alert from a monitoring tool (the generic JSON form included) that has not resolved. */
export function isFiringAlert(incident: Incident): boolean {
  return ALERT_SOURCES.has(incident.source) && incident.status !== "resolved";
}

/** Error-level templates the condenser kept (the condenser keeps every error first). */
export function errorTemplates(context: AgentContext): SummaryTemplate[] {
  return (context.logSummary?.kept ?? []).filter((t) => t.level === "ERROR" || t.level === "FATAL");
}

/**
 * A healthy service still logs a few errors (a scanner's failed SSH logins, the odd retried call). A template is
 * such background only when it is scarce and steady: level ERROR (not FATAL), no stack trace, no burst, at most
 * one record in BACKGROUND_SHARE, seen more than once, and (when the records carry times) spread over at least
 * STEADY_SPAN of the time the logs cover. A one-off error, or errors bunched at the end, is a question the run
 * must hand on, not background: it is what a watcher triggers on.
 */
const BACKGROUND_SHARE = 200;
const STEADY_SPAN = 1 / 3;

function spanMs(from: string | undefined, to: string | undefined): number | undefined {
  const a = from ? Date.parse(from) : Number.NaN;
  const b = to ? Date.parse(to) : Number.NaN;
  return Number.isNaN(a) || Number.isNaN(b) ? undefined : b - a;
}

function isBackground(template: SummaryTemplate, summary: LogSummary): boolean {
  if (template.level !== "ERROR" || template.count < 2) return false;
  if (template.reasons.includes("stack-trace") || template.reasons.includes("burst")) return false;
  if (template.count * BACKGROUND_SHARE > summary.totalRecords) return false;
  const covered = spanMs(summary.timeRange.from, summary.timeRange.to);
  const spread = spanMs(template.firstSeen.time, template.lastSeen.time);
  if (covered === undefined || spread === undefined || covered <= 0) return true;
  return spread >= covered * STEADY_SPAN;
}

/**
 * Internet background noise (SSH scans and password guessing, see knowledge/background-noise.ts) is not an error
 * left unexplained: every public host logs it all day. It still is when the incident is about it (an alert
 * that names SSH or brute force) or when it overwhelms what was read (at least OVERWHELMING_SHARE of all
 * records): then it is what is happening, not its background.
 */
const OVERWHELMING_SHARE = 0.5;

export function noiseOf(template: SummaryTemplate): BackgroundNoise | undefined {
  return backgroundNoiseOf(template.examples[0]?.text ?? template.template);
}

function incidentText(incident: Incident): string {
  return [incident.title, incident.description ?? "", ...Object.values(incident.labels)].join("\n");
}

function isInternetNoise(template: SummaryTemplate, context: AgentContext, summary: LogSummary): boolean {
  const noise = noiseOf(template);
  if (!noise || noise.subjectWords.test(incidentText(context.incident))) return false;
  const sameClass = errorTemplates(context).filter((t) => noiseOf(t)?.id === noise.id);
  const records = sameClass.reduce((sum, t) => sum + t.count, 0);
  return records < summary.totalRecords * OVERWHELMING_SHARE;
}

/** Error-level templates no pattern explains and that are neither steady background nor internet noise. */
export function unexplainedErrors(context: AgentContext): SummaryTemplate[] {
  const summary = context.logSummary;
  if (!summary) return errorTemplates(context);
  return errorTemplates(context).filter(
    (t) => !isBackground(t, summary) && !isInternetNoise(t, context, summary),
  );
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

/** "2 files (a.log, b.log), 8,203 records, 2026-11-24T03:20:00Z → 03:37:32Z" — or that nothing was read. */
export function logsRead(context: AgentContext): string {
  const summary = context.logSummary;
  if (!summary || summary.files.length === 0) return "no logs";
  const names = summary.files.map((f) => f.file);
  const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")}, …` : names.join(", ");
  const { from, to } = summary.timeRange;
  const span = from && to ? `, ${from === to ? from : `${from} → ${to}`}` : ", no timestamps";
  return `${plural(names.length, "file")} (${shown}), ${plural(summary.totalRecords, "record")}${span}`;
}

/** Why this run may not say "nothing wrong"; empty when it may. */
export function openQuestions(context: AgentContext): string[] {
  const questions: string[] = [];
  const records = context.logSummary?.totalRecords ?? 0;
  if (records === 0) questions.push("no log records were read");
  if (isFiringAlert(context.incident))
    questions.push(
      `the ${context.incident.source} alert "${context.incident.title}" is ${context.incident.status}`,
    );
  const errors = unexplainedErrors(context);
  if (errors.length > 0) {
    const count = errors.reduce((sum, t) => sum + t.count, 0);
    questions.push(
      `${plural(count, "error-level record")} in ${plural(errors.length, "template")} match no known pattern`,
    );
  }
  return questions;
}

export function noFindingVerdict(context: AgentContext): NoFindingVerdict {
  return openQuestions(context).length === 0 ? { kind: "none" } : { kind: "unknown" };
}
