import type { SignatureHint } from "../../core/agent-context.js";
import type { LogRecord } from "../../core/log-summary.js";
import type { Signature } from "./signature.js";
import { SIGNATURES } from "./signatures/index.js";

/** A hint with what the scanner also knows: how many records matched and the first subject (host, module…). */
export interface SignatureFinding extends SignatureHint {
  count: number;
  severity: Signature["severity"];
  rank: number;
  subject?: string;
}

export interface SignatureScanner {
  onRecord(record: LogRecord): void;
  /** Alert titles and descriptions: each line is matched as a record of `file`. */
  scanText(file: string, text: string): void;
  /** Signatures seen at least `minCount` times, most causal first. */
  findings(): SignatureFinding[];
}

const MAX_EVIDENCE = 5;
const MAX_EXCERPT = 1_500;
/** Stack frames that follow an exception line within this many lines are folded into its evidence. */
const FRAME_WINDOW = 40;
const FRAME_LINE = /^\s+at\s|^\s*File "[^"]+", line \d+|^\s+\/\S+\.go:\d+/;

interface Tally {
  signature: Signature;
  count: number;
  subject?: string;
  evidence: { file: string; line: number; excerpt: string }[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One alternation of every keyword: most records fail this single test and cost nothing more. */
export function buildPrefilter(signatures: readonly Signature[]): RegExp {
  const words = [...new Set(signatures.flatMap((s) => s.keywords))];
  return new RegExp(words.map(escapeRegExp).join("|"), "i");
}

/** The signature's verdict on one text: undefined, or the subject its pattern captured (possibly empty). */
export function matchSignature(signature: Signature, text: string): { subject?: string } | undefined {
  if (signature.exclude?.some((re) => re.test(text))) return undefined;
  let matched: { subject?: string } | undefined;
  for (const pattern of signature.patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const subject = m.groups?.subject;
    if (subject) return { subject };
    matched ??= {};
  }
  return matched;
}

export function createSignatureScanner(signatures: readonly Signature[] = SIGNATURES): SignatureScanner {
  const prefilter = buildPrefilter(signatures);
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

  function consider(file: string, line: number, text: string): void {
    if (!prefilter.test(text)) return;
    const lower = text.toLowerCase();
    for (const signature of signatures) {
      if (!signature.keywords.some((k) => lower.includes(k))) continue;
      const match = matchSignature(signature, text);
      if (!match) continue;
      let tally = tallies.get(signature.id);
      if (!tally) {
        tally = { signature, count: 0, evidence: [] };
        tallies.set(signature.id, tally);
      }
      tally.count += 1;
      tally.subject ??= match.subject;
      if (tally.evidence.length < MAX_EVIDENCE) {
        const entry = { file, line, excerpt: text.slice(0, MAX_EXCERPT) };
        tally.evidence.push(entry);
        if (signature.repo?.some((l) => l.fromStackTrace))
          openTrace = { entry, file, until: line + FRAME_WINDOW };
      }
    }
  }

  return {
    onRecord(record) {
      foldFrame(record);
      consider(record.file, record.line, record.text);
    },
    scanText(file, text) {
      text.split("\n").forEach((line, index) => {
        consider(file, index + 1, line);
      });
    },
    findings() {
      return [...tallies.values()]
        .filter((t) => t.count >= (t.signature.minCount ?? 1))
        .sort((a, b) => a.signature.rank - b.signature.rank || b.count - a.count)
        .map((t) => ({
          signatureId: t.signature.id,
          title: t.signature.title,
          category: t.signature.category,
          severity: t.signature.severity,
          rank: t.signature.rank,
          count: t.count,
          evidence: t.evidence.map((e) => ({ ...e })),
          ...(t.subject ? { subject: t.subject } : {}),
        }));
    },
  };
}
