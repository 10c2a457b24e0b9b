import { REDACTED } from "../core/redaction-marker.js";
import type { SubjectKind } from "../knowledge/failure-pattern.js";
import { deployFilesToRead, isDeployFile } from "./build.js";
import { FACTS_SEARCH, type FactLine, isFactLine } from "./cluster-facts.js";
import { lookupReads } from "./lookup-reads.js";
import type { Resolution } from "./resolution.js";
import { type RepoRead, resolveLookup } from "./resolve.js";
import { DF_SEARCH, isDfLine } from "./resolve-cleanup.js";
import { CPU_READING_SEARCH, isCpuReadingLine } from "./resolve-cpu-throttle.js";
import { envReadPattern } from "./resolve-env.js";
import { ALLOCATABLE_SEARCH, isAllocatableLine } from "./resolve-node-fit.js";
import { ROUTE_SEARCH } from "./routes.js";
import { type Lookup, lookupOf } from "./subjects.js";
import { EVICTED, widenUsage, withCitedPeak } from "./usage-rules.js";

/** The shape of a finding the inventory needs (src/llm/offline/findings.ts's Finding satisfies it). */
export interface FindingLike {
  subject?: string;
  pattern: { id: string; subjectKind?: SubjectKind };
  hint: { evidence: readonly { excerpt: string }[] };
}

/** Deploy files read for one lookup: enough for a small repository, bounded for a large one. */
const MAX_DEPLOY_READS = 10;

export function evidenceText(finding: FindingLike): string {
  return finding.hint.evidence.map((e) => e.excerpt).join("\n");
}

export function findingLookup(finding: FindingLike): Lookup | undefined {
  return lookupOf(finding.subject, finding.pattern.subjectKind, evidenceText(finding));
}

/**
 * The lookup with what the logs measured beyond the finding's first excerpts: every eviction line a search
 * found (the Detective), or the peak the diagnosis cites (the Surgeon and the Validator).
 */
export function measuredLookup(
  finding: FindingLike,
  seen: { logLines?: readonly string[]; notes?: readonly string[] },
): Lookup | undefined {
  const lookup = findingLookup(finding);
  if (lookup?.kind !== "usage-over-reservation") return lookup;
  return withCitedPeak(widenUsage(lookup, seen.logLines ?? []), seen.notes ?? []);
}

/** The deploy files to read through read_file (skipping those already planned). */
export function inventoryReads(
  repoFiles: readonly string[],
  planned: ReadonlySet<string>,
  lookup?: Lookup,
): string[] {
  const deploy = deployFilesToRead(
    repoFiles.filter((f) => !planned.has(f)),
    MAX_DEPLOY_READS,
  );
  // Manifests, project files and sources some lookups compare with are not deploy files.
  const extra = lookup ? lookupReads(lookup, repoFiles).filter((f) => !planned.has(f)) : [];
  return [...new Set([...deploy, ...extra])];
}

/** A search for the code the lookup compares with: reads of a missing variable, declared routes. */
export function inventorySearch(lookup: Lookup): { pattern: string } | undefined {
  if (lookup.kind === "missing-env") return { pattern: envReadPattern(lookup.name).source };
  if (lookup.kind === "probe-path") return { pattern: ROUTE_SEARCH };
  if (lookup.kind === "usage-over-reservation") return { pattern: EVICTED.source };
  return undefined;
}

/**
 * The lookup resolved from the files read through the tools (deploy files feed the inventory). `facts` are
 * the comparison facts of the whole run (see `runFacts`); only resolvers that compare with them read them.
 */
export function resolveFromReads(
  lookup: Lookup,
  reads: readonly RepoRead[],
  repoFiles: readonly string[],
  evidence: string,
  facts: readonly FactLine[] = [],
): Resolution | undefined {
  const deploy = new Set(reads.map((r) => r.path).filter(isDeployFile));
  return withoutSealedChange(resolveLookup(lookup, reads, deploy, repoFiles, evidence, facts));
}

/**
 * A line that holds a redacted value (a URL whose password was hidden) is cited, never rewritten: the
 * rewrite would be made from the view and apply_patch refuses to change such a line.
 */
function withoutSealedChange(resolution: Resolution | undefined): Resolution | undefined {
  // Every redaction rule marks its match `[REDACTED:<rule>]` (a connection string's `Password=` reads as
  // `[REDACTED:assigned-secret]`), not only the dotenv marker.
  const sealed =
    resolution?.cause.text.includes(REDACTED) || /\[REDACTED:[\w-]+\]/.test(resolution?.cause.text ?? "");
  if (!resolution?.change || !sealed) return resolution;
  const { change: _sealed, ...cited } = resolution;
  return {
    ...cited,
    reason: `${resolution.reason}; the line holds a redacted secret, so no change is proposed`,
  };
}

/** Subjects compared with what the cluster says exists: their facts are searched for in every log file. */
export function factsSearch(lookup: Lookup): { pattern: string } | undefined {
  if (lookup.kind === "request-exceeds-nodes") return { pattern: ALLOCATABLE_SEARCH };
  if (lookup.kind === "files-exhausted") return { pattern: DF_SEARCH };
  if (lookup.kind === "cpu-throttled") return { pattern: CPU_READING_SEARCH };
  const needs =
    lookup.kind === "node-selector" ||
    lookup.kind === "exec-format" ||
    (lookup.kind === "missing-object" && lookup.object === "storageclass");
  return needs ? { pattern: FACTS_SEARCH } : undefined;
}

/** Fact lines a diagnosis cites, and how it marks them, so the Surgeon and Validator compare with the same. */
export const FACT_NOTE = "comparison fact (what the cluster lists)";
const MAX_FACTS = 30;

/**
 * The run's comparison facts: fact-shaped lines grep_search found in the logs (never in the repository), and
 * the lines of the companion findings' evidence. Capped, so the Detective cites every fact it compared with.
 */
export function runFacts(
  logHits: readonly FactLine[],
  repoFiles: ReadonlySet<string>,
  companions: readonly FindingLike[],
): FactLine[] {
  const fromLogs = logHits.filter(
    (h) =>
      !repoFiles.has(h.file) &&
      [isFactLine, isAllocatableLine, isDfLine, isCpuReadingLine].some((is) => is(h.text)),
  );
  const fromCompanions = companions.flatMap((f) =>
    f.hint.evidence.flatMap((e) =>
      e.excerpt.split("\n").map((text) => ({ file: "companion", line: 1, text })),
    ),
  );
  return [...fromLogs.slice(0, MAX_FACTS), ...fromCompanions];
}

/**
 * The facts a diagnosis cites: every listing line, but of a series of usage readings only the ones the
 * resolution was sized from (the Detective judged the whole series; the Surgeon needs the peak).
 */
export function factsToCite(facts: readonly FactLine[], resolution: Resolution): FactLine[] {
  const used = new Set(resolution.truth.map((t) => `${t.file}:${t.line}`));
  return facts.filter((f) => !isCpuReadingLine(f.text) || used.has(`${f.file}:${f.line}`));
}

/** The fact lines a diagnosis cited (log evidence marked FACT_NOTE), for the agents after the Detective. */
export function citedFacts(
  evidence: readonly {
    kind: string;
    file: string;
    line?: number | undefined;
    excerpt: string;
    note?: string | undefined;
  }[],
  companions: readonly FindingLike[],
): FactLine[] {
  const logs = evidence.flatMap((e) =>
    e.kind === "log" && e.note === FACT_NOTE ? [{ file: e.file, line: e.line ?? 1, text: e.excerpt }] : [],
  );
  return runFacts(logs, new Set(), companions);
}

/** The resolution in one sentence for the root cause: what is set where, what it must agree with, and why. */
export function describeResolution(r: Resolution): string {
  const where = r.truth
    .slice(0, 4)
    .map((t) => `${t.file}:${t.line}`)
    .join(", ");
  const options =
    r.candidates.length > 0
      ? ` Candidates: ${r.candidates.slice(0, 6).join(", ")}${where ? ` (${where})` : ""}.`
      : "";
  return r.change
    ? ` Repository inventory: ${r.change.summary} at ${r.change.file}:${r.change.line}, because ${r.reason}.`
    : ` Repository inventory: ${r.subject} is set at ${r.cause.file}:${r.cause.line}; no change proposed: ${r.reason}.${options}`;
}
