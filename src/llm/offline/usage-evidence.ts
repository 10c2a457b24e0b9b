import type { Diagnosis, Evidence } from "../../core/diagnosis.js";
import type { Resolution } from "../../inventory/resolution.js";
import { EVICTED, PEAK_NOTE, showBytes, usageLookup } from "../../inventory/usage-rules.js";
import { inputString, type PastCall, parseGrepOutput } from "./conversation.js";

type Hit = { file: string; line: number; text: string };

/** Eviction lines the Detective's log search found (not the repository's), in the order the search listed. */
export function evictionHits(past: readonly PastCall[], repoFiles: readonly string[]): Hit[] {
  const inRepo = new Set(repoFiles);
  const re = new RegExp(EVICTED.source);
  return past
    .filter((c) => c.name === "grep_search" && inputString(c, "pattern") === EVICTED.source && c.result)
    .filter((c) => !c.result?.isError)
    .flatMap((c) => parseGrepOutput(c.result?.content ?? ""))
    .filter((h) => !inRepo.has(h.file) && re.test(h.text));
}

/**
 * The log line that measured the peak the change is sized from, cited with a note the Surgeon and the
 * Validator read back: they are handed the diagnosis, not the Detective's search.
 */
export function withUsagePeak(diagnosis: Diagnosis, resolution: Resolution, hits: readonly Hit[]): Diagnosis {
  const peak = resolution.measured;
  if (resolution.kind !== "resources-cover-usage" || !resolution.change || !peak) return diagnosis;
  const hit = hits.find((h) => usageLookup(h.text)?.readings[0] === peak);
  if (!hit) return diagnosis;
  const cited: Evidence = {
    kind: "log",
    file: hit.file,
    line: hit.line,
    excerpt: hit.text.slice(0, 2_000),
    note: `${PEAK_NOTE}${peak} bytes (${showBytes(peak)}, the largest of ${hits.length} evictions)`,
  };
  const at = diagnosis.evidence.findIndex((e) => e.kind === "repo") + 1;
  const evidence = [...diagnosis.evidence.slice(0, at), cited, ...diagnosis.evidence.slice(at)].slice(0, 50);
  return { ...diagnosis, evidence };
}

/** The notes of the diagnosis's log citations, for the lookup's measured peak. */
export function citedNotes(diagnosis: Diagnosis | undefined): string[] {
  return (diagnosis?.evidence ?? []).flatMap((e) => (e.kind === "log" && e.note ? [e.note] : []));
}
