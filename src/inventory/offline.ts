import type { SubjectKind } from "../knowledge/failure-pattern.js";
import { deployFilesToRead, isDeployFile } from "./build.js";
import { lookupReads } from "./lookup-reads.js";
import type { Resolution } from "./resolution.js";
import { type RepoRead, resolveLookup } from "./resolve.js";
import { envReadPattern } from "./resolve-env.js";
import { ROUTE_SEARCH } from "./routes.js";
import { type Lookup, lookupOf } from "./subjects.js";

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
  return undefined;
}

/** The lookup resolved from the files read through the tools (deploy files feed the inventory). */
export function resolveFromReads(
  lookup: Lookup,
  reads: readonly RepoRead[],
  repoFiles: readonly string[],
  evidence: string,
): Resolution | undefined {
  const deploy = new Set(reads.map((r) => r.path).filter(isDeployFile));
  return resolveLookup(lookup, reads, deploy, repoFiles, evidence);
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
