import type { Diagnosis, Evidence } from "../../core/diagnosis.js";
import { LATENCY_SEARCH, longestLatency } from "../../inventory/latency.js";
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

const NOTE = "measured latency: ";
/** A change sized from the logs' own measurement is as justified as one the inventory resolved (detective.ts). */
const MEASURED_FIXABILITY = 0.7;

/** A search of the logs for latencies, when the finding's fix would raise a timeout above them. */
export function latencySearch(finding: Finding): { pattern: string } | undefined {
  return (finding.pattern.repo ?? []).some((l) => l.fix === "raise-timeout")
    ? { pattern: LATENCY_SEARCH }
    : undefined;
}

/**
 * The longest latency the latency search found in the logs (not the repository). A search stopped at its
 * match cap measured only part of the logs: a lower bound, on which no timeout is proposed.
 */
export function measuredLatency(
  past: readonly PastCall[],
  repoFiles: ReadonlySet<string>,
): Measured | undefined {
  const calls = past.filter(
    (c) => c.name === "grep_search" && inputString(c, "pattern") === LATENCY_SEARCH && c.result,
  );
  if (
    calls.length === 0 ||
    calls.some((c) => c.result?.isError || /stopped at \d+ matches/.test(c.result?.content ?? ""))
  )
    return undefined;
  const hits = calls
    .flatMap((c) => parseGrepOutput(c.result?.content ?? ""))
    .filter((h) => !repoFiles.has(h.file));
  return longestLatency(hits);
}

/** The measuring log line, cited after the repository cause so the Surgeon and Validator read the same value. */
export function withMeasurement(diagnosis: Diagnosis, measured: Measured): Diagnosis {
  const cited: Evidence = {
    kind: "log",
    file: measured.file,
    line: measured.line,
    excerpt: measured.text.slice(0, 2_000),
    note: `${NOTE}${measured.ms} ms (the longest the logs show)`,
  };
  const at = diagnosis.evidence.findIndex((e) => e.kind === "repo") + 1;
  const evidence = [...diagnosis.evidence.slice(0, at), cited, ...diagnosis.evidence.slice(at)].slice(0, 50);
  return { ...diagnosis, evidence, fixability: Math.max(diagnosis.fixability, MEASURED_FIXABILITY) };
}

/** The latency a diagnosis cites as measured, read back by the Surgeon and the Validator. */
export function citedLatency(diagnosis: Diagnosis | undefined): number | undefined {
  const note = diagnosis?.evidence.find((e) => e.kind === "log" && e.note?.startsWith(NOTE))?.note;
  const ms = note ? Number(/^measured latency: (\d+) ms/.exec(note)?.[1]) : Number.NaN;
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}
