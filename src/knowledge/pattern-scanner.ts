import type { PatternHint } from "../core/agent-context.js";
import type { LogRecord } from "../core/log-summary.js";
import type { FailurePattern } from "./failure-pattern.js";
import { FAILURE_PATTERNS } from "./patterns/index.js";

/** A hint with what the scanner also knows: how many records matched and the first subject (host, module…). */
export interface PatternFinding extends PatternHint {
  count: number;
  severity: FailurePattern["severity"];
  rank: number;
  subject?: string;
}

export interface PatternScanner {
  onRecord(record: LogRecord): void;
  /** Alert titles and descriptions: each line is matched as a record of `file`. */
  scanText(file: string, text: string): void;
  /** Signatures seen at least `minCount` times, most causal first. */
  findings(): PatternFinding[];
}

const MAX_EVIDENCE = 5;
const MAX_EXCERPT = 1_500;
const MAX_PHRASE = 200;
/** Stack frames that follow an exception line within this many lines are folded into its evidence. */
const FRAME_WINDOW = 40;
const FRAME_LINE = /^\s+at\s|^\s*File "[^"]+", line \d+|^\s+\/\S+\.go:\d+/;

interface Tally {
  pattern: FailurePattern;
  count: number;
  subject?: string;
  evidence: { file: string; line: number; excerpt: string }[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One alternation of every keyword: most records fail this single test and cost nothing more. */
export function buildPrefilter(patterns: readonly FailurePattern[]): RegExp {
  const words = [...new Set(patterns.flatMap((s) => s.keywords))];
  return new RegExp(words.map(escapeRegExp).join("|"), "i");
}

/**
 * The pattern's verdict on one text: undefined, or the subject its pattern captured (possibly empty) and the
 * phrase that matched (the first matcher's), which reports cut long lines around.
 */
export function matchPattern(
  pattern: FailurePattern,
  text: string,
): { subject?: string; phrase: string } | undefined {
  if (pattern.exclude?.some((re) => re.test(text))) return undefined;
  let matched: { subject?: string; phrase: string } | undefined;
  for (const matcher of pattern.matchers) {
    const m = matcher.exec(text);
    if (!m) continue;
    const phrase = matched?.phrase ?? m[0];
    const subject = m.groups?.subject;
    if (subject) return { subject, phrase };
    matched ??= { phrase };
  }
  return matched;
}

/** A structured line's message with the trace lines below it, when the reader found one. */
function messageText(record: LogRecord): string | undefined {
  if (record.message === undefined) return undefined;
  const newline = record.text.indexOf("\n");
  return newline < 0 ? record.message : `${record.message}${record.text.slice(newline)}`;
}

export function createPatternScanner(patterns: readonly FailurePattern[] = FAILURE_PATTERNS): PatternScanner {
  const prefilter = buildPrefilter(patterns);
  const tallies = new Map<string, Tally>();
  // The last exception's evidence, so that frames logged as separate records still reach it.
  let openTrace: { entry: { excerpt: string }; file: string; until: number } | undefined;

  function foldFrame(record: LogRecord): void {
    if (!openTrace) return;
    if (record.file !== openTrace.file || record.line > openTrace.until) {
      openTrace = undefined;
      return;
    }
    if (FRAME_LINE.test(record.text) && openTrace.entry.excerpt.length < MAX_EXCERPT) {
      openTrace.entry.excerpt = `${openTrace.entry.excerpt}\n${record.text}`.slice(0, MAX_EXCERPT);
    }
  }

  /**
   * `text` is matched, and `alternative` too when given (a structured line's message: its own fields may hold
   * the words, as logfmt's `err="…"` does, or only the message may, as a JSON `"msg":"panic: …"` does).
   * Evidence always quotes `text`, the file's own lines.
   */
  function consider(file: string, line: number, text: string, alternative?: string): void {
    const both = alternative === undefined ? text : `${text}\n${alternative}`;
    if (!prefilter.test(both)) return;
    const lower = both.toLowerCase();
    for (const pattern of patterns) {
      if (!pattern.keywords.some((k) => lower.includes(k))) continue;
      const match =
        matchPattern(pattern, text) ??
        (alternative === undefined ? undefined : matchPattern(pattern, alternative));
      if (!match) continue;
      let tally = tallies.get(pattern.id);
      if (!tally) {
        tally = { pattern, count: 0, evidence: [] };
        tallies.set(pattern.id, tally);
      }
      tally.count += 1;
      tally.subject ??= match.subject;
      if (tally.evidence.length < MAX_EVIDENCE) {
        const phrase = match.phrase.slice(0, MAX_PHRASE);
        const entry = {
          file,
          line,
          excerpt: text.slice(0, MAX_EXCERPT),
          ...(phrase ? { match: phrase } : {}),
        };
        tally.evidence.push(entry);
        if (pattern.repo?.some((l) => l.fromStackTrace))
          openTrace = { entry, file, until: line + FRAME_WINDOW };
      }
    }
  }

  return {
    onRecord(record) {
      foldFrame(record);
      consider(record.file, record.line, record.text, messageText(record));
    },
    scanText(file, text) {
      text.split("\n").forEach((line, index) => {
        consider(file, index + 1, line);
      });
    },
    findings() {
      return [...tallies.values()]
        .filter((t) => t.count >= (t.pattern.minCount ?? 1))
        .sort((a, b) => a.pattern.rank - b.pattern.rank || b.count - a.count)
        .map((t) => ({
          patternId: t.pattern.id,
          title: t.pattern.title,
          category: t.pattern.category,
          severity: t.pattern.severity,
          rank: t.pattern.rank,
          count: t.count,
          evidence: t.evidence.map((e) => ({ ...e })),
          ...(t.subject ? { subject: t.subject } : {}),
        }));
    },
  };
}
