import type { LogLevel, SummaryTemplate } from "../../core/log-summary.js";
import { levelRank } from "./records.js";
import { type Example, type GroupStats, location } from "./template-stats.js";

/** A template with its merged stats, ready to be ranked. */
export interface TemplateEntry {
  id: string;
  template: string;
  stats: GroupStats;
}

export interface CondenseContext {
  budgetTokens: number;
  totalRecords: number;
  /** Whole-upload time span, for burst rates. */
  fromMs: number | undefined;
  toMs: number | undefined;
  /** The incident's window; templates first seen in or just before it are kept. */
  windowFromMs: number | undefined;
  windowToMs: number | undefined;
}

export interface Condensed {
  kept: SummaryTemplate[];
  lines: string[];
  omitted: { records: number; templates: number; byLevel: Map<LogLevel, number> };
}

/** Tokens as models count them, near enough: four characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

const WINDOW_LEAD_MS = 5 * 60_000;
const BURST_FACTOR = 10;
const BURST_MIN = 5;
/** Room kept for the count line and header that close the summary. */
const FRAME_TOKENS = 120;
const FIRST_EXAMPLE_LINES = 25;

/** Why a template is worth a model's attention; empty when it is not. */
export function reasonsFor(entry: TemplateEntry, ctx: CondenseContext): string[] {
  const s = entry.stats;
  const reasons: string[] = [];
  if (levelRank(s.level) >= levelRank("ERROR")) reasons.push("error");
  if (s.traces.length > 0) reasons.push("stack-trace");
  if (
    s.firstMs !== undefined &&
    ctx.windowFromMs !== undefined &&
    s.firstMs >= ctx.windowFromMs - WINDOW_LEAD_MS &&
    s.firstMs <= (ctx.windowToMs ?? Number.POSITIVE_INFINITY)
  ) {
    reasons.push("new-in-window");
  }
  if (ctx.fromMs !== undefined && ctx.toMs !== undefined && s.peakPerMinute >= BURST_MIN) {
    const minutes = Math.max(1, (ctx.toMs - ctx.fromMs) / 60_000);
    if (s.peakPerMinute >= BURST_FACTOR * (s.count / minutes)) reasons.push("burst");
  }
  if (s.level === "WARN") reasons.push("warning");
  if (s.count <= Math.max(3, Math.ceil(ctx.totalRecords * 0.0005))) reasons.push("rare");
  return reasons;
}

const RANK = ["error", "stack-trace", "new-in-window", "burst", "warning", "rare"];

function priority(reasons: string[], level: LogLevel): number {
  const first = Math.min(...reasons.map((r) => RANK.indexOf(r)));
  return first * 10 - levelRank(level);
}

function indent(text: string, maxLines: number): string[] {
  const lines = text.split("\n");
  const shown = lines.slice(0, maxLines).map((l) => `    ${l}`);
  if (lines.length > maxLines) shown.push(`    … ${lines.length - maxLines} more lines`);
  return shown;
}

function headline(entry: TemplateEntry, reasons: string[]): string {
  const s = entry.stats;
  const when = s.first.time
    ? ` ${s.first.time}${s.last.time && s.last.time !== s.first.time ? ` → ${s.last.time}` : ""}`
    : "";
  const span = s.count > 1 ? ` … ${s.last.file}:${s.last.line}` : "";
  return `[${s.level}] ${entry.id} ×${s.count} (${reasons.join(", ")}) ${s.first.file}:${s.first.line}${span}${when}\n  ${entry.template}`;
}

function exampleBlock(ex: Example, maxLines: number): string {
  const [first, ...rest] = indent(ex.text, maxLines);
  return [`  ${ex.file}:${ex.line}:${first!.slice(3)}`, ...rest].join("\n");
}

function toSummary(entry: TemplateEntry, reasons: string[], examples: Example[]): SummaryTemplate {
  const s = entry.stats;
  return {
    id: entry.id,
    template: entry.template,
    level: s.level,
    count: s.count,
    firstSeen: location(s.first),
    lastSeen: location(s.last),
    reasons,
    examples: examples.map((e) => ({ file: e.file, line: e.line, text: e.text })),
  };
}

/**
 * Picks what fits the budget: every error first, then stack traces, templates new in the incident's
 * window, bursts, warnings and rare ones. Each kept template gets a headline, then, budget allowing,
 * its first example whole, the first example of each distinct stack trace, then more examples.
 */
export function condense(entries: TemplateEntry[], ctx: CondenseContext): Condensed {
  const ranked = entries
    .map((entry) => ({ entry, reasons: reasonsFor(entry, ctx) }))
    .filter((c) => c.reasons.length > 0)
    .sort(
      (a, b) =>
        priority(a.reasons, a.entry.stats.level) - priority(b.reasons, b.entry.stats.level) ||
        a.entry.stats.order - b.entry.stats.order,
    );
  let used = FRAME_TOKENS;
  const blocks: { entry: TemplateEntry; reasons: string[]; parts: string[]; examples: Example[] }[] = [];
  for (const c of ranked) {
    const text = headline(c.entry, c.reasons);
    const cost = estimateTokens(text) + 1;
    if (used + cost > ctx.budgetTokens) continue;
    used += cost;
    blocks.push({ ...c, parts: [text], examples: [] });
  }
  const addExample = (block: (typeof blocks)[number], ex: Example, maxLines: number): void => {
    if (block.examples.some((e) => e.file === ex.file && e.line === ex.line)) return;
    const text = exampleBlock(ex, maxLines);
    const cost = estimateTokens(text) + 1;
    if (used + cost > ctx.budgetTokens) return;
    used += cost;
    block.parts.push(text);
    block.examples.push(ex);
  };
  for (const block of blocks) {
    const first = block.entry.stats.examples[0];
    if (first) addExample(block, first, FIRST_EXAMPLE_LINES);
  }
  for (const block of blocks)
    for (const t of block.entry.stats.traces) addExample(block, t, FIRST_EXAMPLE_LINES);
  for (const block of blocks) for (const ex of block.entry.stats.examples.slice(1)) addExample(block, ex, 1);

  const keptIds = new Set(blocks.map((b) => b.entry.id));
  const byLevel = new Map<LogLevel, number>();
  let omittedRecords = 0;
  let omittedTemplates = 0;
  for (const e of entries) {
    if (keptIds.has(e.id)) continue;
    omittedRecords += e.stats.count;
    omittedTemplates++;
    byLevel.set(e.stats.level, (byLevel.get(e.stats.level) ?? 0) + e.stats.count);
  }
  const lines = blocks.map((b) => b.parts.join("\n"));
  return {
    kept: blocks.map((b) => toSummary(b.entry, b.reasons, b.examples)),
    lines,
    omitted: { records: omittedRecords, templates: omittedTemplates, byLevel },
  };
}
