import type { PatternHint } from "../core/agent-context.js";
import type { LogRecord, RecordKind, RecordSubject } from "../core/log-summary.js";
import { isCrashRecord } from "./crash-record.js";
import type { FailurePattern } from "./failure-pattern.js";
import { createKeywordIndex, matchPattern } from "./pattern-match.js";
import { FAILURE_PATTERNS } from "./patterns/index.js";
import {
  conditionReadsHealthy,
  structuredVerdict,
  subjectKey,
  subjectOfRecord,
  withoutReports,
} from "./record-match.js";
import { createRecoveryWatch } from "./recovery.js";

/** How many matching records were about one object (a pod, a service, a host). */
export interface SubjectCount {
  subject: RecordSubject;
  count: number;
}

/**
 * A hint with what the scanner also knows: how many records matched, the first subject the pattern captured
 * (host, module…), which objects the records were about, and when the pattern first appeared.
 */
export interface PatternFinding extends PatternHint {
  count: number;
  severity: FailurePattern["severity"];
  rank: number;
  subject?: string;
  /** Matching records per object, when the records name one; records that name none are not counted here. */
  subjects: SubjectCount[];
  /** Order of first appearance among all findings (0 = first), and its timestamp when the record had one. */
  firstSeen: number;
  firstTime?: string;
}

export interface PatternScanner {
  onRecord(record: LogRecord): void;
  /** Alert titles and descriptions: each line is matched as a record of `file`. */
  scanText(file: string, text: string): void;
  /**
   * Patterns seen at least `minCount` times, most causal first. `corroborated`: patterns a firing alert already
   * stands for (a latency objective breached by its own measure): their share of the logs is not asked for.
   */
  findings(options?: { corroborated?: ReadonlySet<string> }): PatternFinding[];
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
  subjects: Map<string, SubjectCount>;
  files: Set<string>;
  /** Seen in a record that is the process dying (see isCrashRecord): once is enough. */
  crashed?: boolean;
  firstSeen: number;
  firstTime?: string;
}

const MAX_SUBJECTS = 20;
/** Matches that make up this share of the records read count even below a pattern's minCount. */
const DOMINANT_SHARE = 0.25;
/** The name alert text is scanned under (title, description, labels): context, not a log excerpt. */
export const ALERT_TEXT = "alert";
/** A single match that is half or more of what was read is the incident: the error a short excerpt was cut for. */
const SOLE_SHARE = 0.5;

function isHealthyCondition(record: LogRecord): boolean {
  return conditionReadsHealthy(String(record.fields?.type ?? ""), String(record.fields?.status ?? ""));
}

/** A structured line's message with the trace lines below it, when the reader found one. */
function messageText(record: LogRecord): string | undefined {
  if (record.message === undefined) return undefined;
  const newline = record.text.indexOf("\n");
  return newline < 0 ? record.message : `${record.message}${record.text.slice(newline)}`;
}

export function createPatternScanner(patterns: readonly FailurePattern[] = FAILURE_PATTERNS): PatternScanner {
  const candidatesOf = createKeywordIndex(patterns);
  /** Per record kind, the patterns that test its fields: only they can match a record without a keyword. */
  const fieldPatterns = new Map<RecordKind, Set<FailurePattern>>();
  for (const p of patterns)
    for (const m of p.fields ?? [])
      fieldPatterns.set(m.kind, (fieldPatterns.get(m.kind) ?? new Set()).add(p));
  const tallies = new Map<string, Tally>();
  const recovery = createRecoveryWatch();
  // The last exception's evidence, so that frames logged as separate records still reach it.
  // Several patterns can match one exception line (a Go panic is also an unhandled error): all get the frames.
  let openTrace: { entries: { excerpt: string }[]; file: string; line: number; until: number } | undefined;

  function foldFrame(record: LogRecord): void {
    if (!openTrace) return;
    if (record.file !== openTrace.file || record.line > openTrace.until) {
      openTrace = undefined;
      return;
    }
    if (!FRAME_LINE.test(record.text)) return;
    for (const entry of openTrace.entries) {
      if (entry.excerpt.length < MAX_EXCERPT)
        entry.excerpt = `${entry.excerpt}\n${record.text}`.slice(0, MAX_EXCERPT);
    }
  }

  let order = 0;
  const recordsPerFile = new Map<string, number>();

  /**
   * Whether a tally is frequent enough: minCount records, and minShare of the files it was seen in. minCount
   * keeps a few incidental lines in a long log from counting (one 502 among thousands of 200s is not a storm);
   * in a short excerpt where the matches are a quarter or more of everything read, two already are the
   * incident (`kubectl logs` of a pod whose every error is a refused connection), and one is when it is half or
   * more of what was read (a pasted `curl: (6) Could not resolve host`, a crashed client's last line).
   */
  function counts(t: Tally, corroborated?: ReadonlySet<string>): boolean {
    let total = 0;
    for (const file of t.files) total += recordsPerFile.get(file) ?? 0;
    const share = total > 0 ? t.count / total : 0;
    const sole = share >= SOLE_SHARE && !t.files.has(ALERT_TEXT);
    const frequent =
      t.count >= (t.pattern.minCount ?? 1) ||
      (t.count >= 2 && share >= DOMINANT_SHARE) ||
      sole ||
      t.crashed === true;
    if (!frequent) return false;
    const cleared = t.pattern.incidental === true && !t.crashed && recovery.recovered(t.pattern.id);
    if (cleared && corroborated?.has(t.pattern.id) !== true) return false;
    return !t.pattern.minShare || share >= t.pattern.minShare || corroborated?.has(t.pattern.id) === true;
  }

  function tallyOf(pattern: FailurePattern, time: string | undefined): Tally {
    let tally = tallies.get(pattern.id);
    if (!tally) {
      tally = { pattern, count: 0, evidence: [], subjects: new Map(), files: new Set(), firstSeen: order++ };
      if (time) tally.firstTime = time;
      tallies.set(pattern.id, tally);
    }
    return tally;
  }

  function countSubject(tally: Tally, record: LogRecord): void {
    const subject = subjectOfRecord(record);
    if (!subject) return;
    const key = subjectKey(subject);
    const seen = tally.subjects.get(key);
    if (seen) seen.count += 1;
    else if (tally.subjects.size < MAX_SUBJECTS) tally.subjects.set(key, { subject, count: 1 });
  }

  /**
   * The pattern's verdict on a record: fields first where the record has them, then the text, and then the
   * message when the reader found one (a logfmt line's own fields may hold the words, as `err="…"` does, or
   * only the message may, as a JSON `"msg":"panic: …"` does). Evidence always quotes the file's own text.
   */
  function verdict(
    pattern: FailurePattern,
    record: LogRecord,
    alternative: string | undefined,
    candidates: ReadonlySet<FailurePattern>,
  ): { subject?: string; phrase?: string } | undefined {
    const structured = structuredVerdict(pattern, record);
    if (structured === false) return undefined;
    // Only a pattern whose keyword the record holds, or whose fields matched, is worth its regexes.
    if (structured !== true && !candidates.has(pattern)) return undefined;
    const match =
      matchPattern(pattern, record.text) ??
      (alternative === undefined ? undefined : matchPattern(pattern, alternative));
    return structured === true ? (match ?? {}) : match;
  }

  /**
   * An access record's fields describe its first line only; lines the reader joined below it (a panic and
   * its goroutine dump printed after the last request) are plain text and are read as such.
   */
  function considerContinuation(record: LogRecord): void {
    const newline = record.text.indexOf("\n");
    if (record.kind !== "access" || newline < 0) return;
    const { kind: _kind, fields: _fields, message: _message, ...plain } = record;
    consider({ ...plain, text: record.text.slice(newline + 1), line: record.line + 1 }, false);
  }

  function consider(original: LogRecord, counted = true): void {
    if (counted) recordsPerFile.set(original.file, (recordsPerFile.get(original.file) ?? 0) + 1);
    recovery.observe(original.file, original.text);
    // A condition that reads healthy (`DiskPressure False`, `Ready True`) is health, whatever its words say.
    if (original.kind === "k8s-condition" && isHealthyCondition(original)) return;
    const message = messageText(original);
    const both = (text: string) => (message === undefined ? text : `${text}\n${message}`).toLowerCase();
    let candidates = candidatesOf(both(original.text));
    const fielded = original.kind ? fieldPatterns.get(original.kind) : undefined;
    if (candidates.size === 0 && !fielded) return;
    let record = original;
    let alternative = message;
    if (!record.kind) {
      const text = withoutReports(record.text);
      if (!text) return;
      if (text !== record.text) {
        record = { ...record, text };
        alternative = message === undefined ? undefined : withoutReports(message) || undefined;
        candidates = candidatesOf(both(text));
      }
    }
    const { text } = record;
    // Asked once per record, and only when a pattern matched: a multi-line test over up to 32k characters.
    let crash: boolean | undefined;
    for (const pattern of patterns) {
      // The rest can match neither by keyword nor by field: skip them before any test (table order kept).
      if (!candidates.has(pattern) && !fielded?.has(pattern)) continue;
      const match = verdict(pattern, record, alternative, candidates);
      if (!match) continue;
      const tally = tallyOf(pattern, record.time);
      tally.count += 1;
      tally.files.add(record.file);
      crash ??= isCrashRecord(original);
      if (crash) tally.crashed = true;
      if (pattern.incidental) recovery.failed(pattern.id, record.file, match.subject, text);
      if (match.subject !== undefined) tally.subject ??= match.subject;
      countSubject(tally, record);
      if (tally.evidence.length < MAX_EVIDENCE) {
        const phrase = match.phrase?.slice(0, MAX_PHRASE);
        const entry = {
          file: record.file,
          line: record.line,
          excerpt: text.slice(0, MAX_EXCERPT),
          ...(phrase ? { match: phrase } : {}),
        };
        tally.evidence.push(entry);
        if (pattern.repo?.some((l) => l.fromStackTrace)) {
          if (openTrace?.file !== record.file || openTrace.line !== record.line)
            openTrace = {
              entries: [],
              file: record.file,
              line: record.line,
              until: record.line + FRAME_WINDOW,
            };
          openTrace.entries.push(entry);
        }
      }
    }
  }

  return {
    onRecord(record) {
      foldFrame(record);
      consider(record);
      considerContinuation(record);
    },
    scanText(file, text) {
      text.split("\n").forEach((line, index) => {
        consider({ file, line: index + 1, endLine: index + 1, text: line, level: "UNKNOWN" });
      });
    },
    findings(options) {
      return [...tallies.values()]
        .filter((t) => counts(t, options?.corroborated))
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
          subjects: [...t.subjects.values()].map((s) => ({ subject: { ...s.subject }, count: s.count })),
          firstSeen: t.firstSeen,
          ...(t.firstTime ? { firstTime: t.firstTime } : {}),
        }));
    },
  };
}
