import type { Diagnosis, Evidence } from "../../core/diagnosis.js";
import { longestRuntime, RUNTIME_SEARCH } from "../../inventory/job-runtime.js";
import { LATENCY_SEARCH, longestLatency } from "../../inventory/latency.js";
import { probeDelayHolds, proposeProbeDelay } from "../../inventory/probe-delay-fix.js";
import { longestStartup, STARTUP_SEARCH } from "../../inventory/startup.js";
import { proposeTimeout, timeoutExceeds } from "../../inventory/timeout-fix.js";
import type { FixKind } from "../../knowledge/failure-pattern.js";
import { inputString, type PastCall, parseGrepOutput } from "./conversation.js";
import type { Finding } from "./findings.js";

/**
 * Measurements the logs hold, found by the Detective and handed on to the Surgeon and the Validator through
 * the diagnosis itself: the log line that measured the value is cited with a note saying what it measured.
 */
export interface Measured {
  ms: number;
  file: string;
  line: number;
  text: string;
}

type Lines = readonly { file: string; line: number; text: string }[];

interface Measure {
  /** Said in the cited note: "measured latency: 3380 ms". */
  what: string;
  search: string;
  longest: (lines: Lines) => Measured | undefined;
  /** The changed line, or undefined when the rule proposes none. */
  propose: (content: string, line: number, ms: number) => { line: string; change: string } | undefined;
  holds: (content: string, line: number, ms: number) => { ok: boolean; detail: string };
}

const lineOf = (content: string, line: number): string => content.split("\n")[line - 1] ?? "";

/** A timeout or deadline on one line, sized to outlast what was measured: the same rule for both kinds. */
const OUTLASTS: Pick<Measure, "propose" | "holds"> = {
  propose: (content, line, ms) => {
    const p = proposeTimeout(lineOf(content, line), ms);
    return p.ok ? p : undefined;
  },
  holds: (content, line, ms) => timeoutExceeds(lineOf(content, line), ms),
};

/** Each fix sized from a measurement: what the logs must measure, and the relation its value must satisfy. */
const MEASURES: Partial<Record<FixKind, Measure>> = {
  "raise-timeout": { what: "latency", search: LATENCY_SEARCH, longest: longestLatency, ...OUTLASTS },
  "raise-job-deadline": { what: "run time", search: RUNTIME_SEARCH, longest: longestRuntime, ...OUTLASTS },
  "raise-probe-delay": {
    what: "start-up",
    search: STARTUP_SEARCH,
    longest: longestStartup,
    propose: (content, line, ms) => {
      const p = proposeProbeDelay(content, line, ms);
      return p.ok ? p : undefined;
    },
    holds: probeDelayHolds,
  },
};

/** A change sized from the logs' own measurement is as justified as one the inventory resolved (detective.ts). */
const MEASURED_FIXABILITY = 0.7;

export function measureOf(fix: FixKind | undefined): Measure | undefined {
  return fix ? MEASURES[fix] : undefined;
}

/** The measure a finding's locators can size a change from (the first that has one). */
function findingMeasure(finding: Finding): Measure | undefined {
  return (finding.pattern.repo ?? []).map((l) => measureOf(l.fix)).find((m) => m !== undefined);
}

/** A search of the logs for the measurement, when the finding's fix is sized from one. */
export function measureSearch(finding: Finding): { pattern: string } | undefined {
  const measure = findingMeasure(finding);
  return measure ? { pattern: measure.search } : undefined;
}

/**
 * The longest reading the measure's search found in the logs (not the repository). A search stopped at its
 * match cap measured only part of the logs: a lower bound, on which no value is proposed.
 */
export function measuredIn(
  finding: Finding,
  past: readonly PastCall[],
  repoFiles: ReadonlySet<string>,
): Measured | undefined {
  const measure = findingMeasure(finding);
  const calls = past.filter(
    (c) => c.name === "grep_search" && inputString(c, "pattern") === measure?.search && c.result,
  );
  const capped = calls.some(
    (c) => c.result?.isError || /stopped at \d+ matches/.test(c.result?.content ?? ""),
  );
  if (!measure || calls.length === 0 || capped) return undefined;
  const hits = calls
    .flatMap((c) => parseGrepOutput(c.result?.content ?? ""))
    .filter((h) => !repoFiles.has(h.file));
  return measure.longest(hits);
}

/** The measuring log line, cited after the repository cause so the Surgeon and Validator read the same value. */
export function withMeasurement(diagnosis: Diagnosis, measured: Measured, fix: FixKind): Diagnosis {
  const measure = measureOf(fix);
  if (!measure) return diagnosis;
  const cited: Evidence = {
    kind: "log",
    file: measured.file,
    line: measured.line,
    excerpt: measured.text.slice(0, 2_000),
    note: `measured ${measure.what}: ${measured.ms} ms (the longest the logs show)`,
  };
  const at = diagnosis.evidence.findIndex((e) => e.kind === "repo") + 1;
  const evidence = [...diagnosis.evidence.slice(0, at), cited, ...diagnosis.evidence.slice(at)].slice(0, 50);
  return { ...diagnosis, evidence, fixability: Math.max(diagnosis.fixability, MEASURED_FIXABILITY) };
}

/** The measurement a diagnosis cites for this fix, read back by the Surgeon and the Validator. */
export function citedMeasurement(
  diagnosis: Diagnosis | undefined,
  fix: FixKind | undefined,
): number | undefined {
  const measure = measureOf(fix);
  const prefix = measure ? `measured ${measure.what}: ` : undefined;
  const note = diagnosis?.evidence.find(
    (e) => e.kind === "log" && prefix && e.note?.startsWith(prefix),
  )?.note;
  const ms = note && prefix ? Number(/^(\d+) ms/.exec(note.slice(prefix.length))?.[1]) : Number.NaN;
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}
