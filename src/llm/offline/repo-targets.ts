import type { FactLine } from "../../inventory/cluster-facts.js";
import { forbiddenBy, type RuleEvidence } from "../../inventory/fix-rules.js";
import {
  evidenceText,
  factsSearch,
  findingLookup,
  inventoryReads,
  inventorySearch,
  measuredLookup,
  resolveFromReads,
} from "../../inventory/offline.js";
import type { Resolution } from "../../inventory/resolution.js";
import { configErrorPosition } from "../../knowledge/config-positions.js";
import type { RepoLocator } from "../../knowledge/failure-pattern.js";
import { citedFrame, nilSubject, type RepoFrame, repoFrames } from "../../knowledge/stack-frames.js";
import { escapeRegExp } from "./code-shape.js";
import { inputString, type PastCall, type PlannedCall } from "./conversation.js";
import type { Finding } from "./findings.js";
import { fileText } from "./read-output.js";
import { addedLines, applyFix } from "./repo-fixes.js";
import { commentedOut, evidenceRank, inside } from "./repo-rank.js";
import { evictionHits } from "./usage-evidence.js";

/** Something to look at in the repository: a grep to run, or a file and line a stack trace already names. */
export type RepoTarget =
  | { kind: "grep"; locator: RepoLocator; pattern: string; candidates: string[] }
  | ({ kind: "frame"; locator: RepoLocator; subject?: string } & RepoFrame);

/** One grep_search call: `path` keeps it to the repository files that can hold the cause (and off the logs). */
export interface GrepSearch {
  /** Alternation of the locators' patterns. */
  pattern: string;
  path?: string;
}

/** Searching one file each is cheaper than one search of everything, up to a point. */
const MAX_FILE_SEARCHES = 4;

function commonDir(files: readonly string[]): string {
  const parts = files.map((f) => f.split("/").slice(0, -1));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n += 1;
  return first.slice(0, n).join("/");
}

/** A few candidate files are cheaper to read whole than to search (each search is a worker thread). */
const MAX_DIRECT_READS = 4;

/**
 * The Detective's first look: read the candidate files directly when there are few of them; otherwise one
 * search for all of a finding's locators (their patterns as one alternation; each hit is sorted back to its
 * locator by re-testing its text), kept to the deepest folder holding every candidate file, else to each
 * candidate file, else (many files at the top level) the whole workspace.
 */
export function firstLook(
  targets: readonly RepoTarget[],
  tools: { read: boolean; grep: boolean },
): { reads: string[]; searches: GrepSearch[] } {
  const greps = targets.flatMap((t) => (t.kind === "grep" ? [t] : []));
  const frames = targets.flatMap((t) => (t.kind === "frame" ? [t.file] : []));
  const candidates = [...new Set(greps.flatMap((t) => t.candidates))];
  const reads = tools.read ? frames : [];
  if (candidates.length === 0) return { reads: [...new Set(reads)], searches: [] };
  if (tools.read && (candidates.length <= MAX_DIRECT_READS || !tools.grep)) {
    return { reads: [...new Set([...reads, ...candidates.slice(0, MAX_DIRECT_READS)])], searches: [] };
  }
  if (!tools.grep) return { reads: [...new Set(reads)], searches: [] };
  const pattern = [...new Set(greps.map((t) => t.pattern))].map((p) => `(?:${p})`).join("|");
  const dir = commonDir(candidates);
  const searches = dir
    ? [{ pattern, path: dir }]
    : candidates.length <= MAX_FILE_SEARCHES
      ? candidates.map((path) => ({ pattern, path }))
      : [{ pattern }];
  return { reads: [...new Set(reads)], searches };
}

/** The cause as found in the repository: the line to cite and, when a fix recognises it, that fix's result. */
export interface RepoCause {
  file: string;
  line: number;
  text: string;
  locator: RepoLocator;
  change?: string;
}

/**
 * The inventory's first look, added to the locators': the deploy files read whole (the inventory is built
 * from what read_file returned, never from the disk), and a search for the code that reads a missing variable.
 */
export function inventoryCalls(
  finding: Finding,
  repoFiles: readonly string[],
  planned: readonly PlannedCall[],
  canGrep: boolean,
): PlannedCall[] {
  const lookup = findingLookup(finding);
  if (!lookup || repoFiles.length === 0) return [];
  const already = new Set(
    planned.flatMap((c) => (c.name === "read_file" ? [String((c.input as { path?: unknown }).path)] : [])),
  );
  const reads = inventoryReads(repoFiles, already, lookup).map((path) => ({
    name: "read_file",
    input: { path },
  }));
  const search = canGrep ? inventorySearch(lookup) : undefined;
  // What the subject is compared with may be in another log file (kubectl get storageclass, nodes).
  const facts = canGrep ? factsSearch(lookup) : undefined;
  return [
    ...reads,
    ...(search ? [{ name: "grep_search", input: search }] : []),
    ...(facts ? [{ name: "grep_search", input: facts }] : []),
  ];
}

/** The pattern of the inventory's code search for this finding, to sort its hits from the locators'. */
export function inventoryCodeSearch(finding: Finding): string | undefined {
  const lookup = findingLookup(finding);
  return lookup ? inventorySearch(lookup)?.pattern : undefined;
}

/** Whole files read so far (a cut-off file is left out: no change can be written against it). */
function readsOf(past: readonly PastCall[]): { path: string; content: string }[] {
  return past.flatMap((c) => {
    const path = inputString(c, "path");
    if (c.name !== "read_file" || !path || !c.result || c.result.isError) return [];
    // A ranged read is a slice of the file, not the file.
    if ((c.input as { startLine?: unknown }).startLine !== undefined) return [];
    const read = fileText(c.result.content);
    return read.complete ? [{ path, content: read.text }] : [];
  });
}

/** The finding's subject looked up in the inventory of the files read, when the evidence names one. */
export function inventoryResolution(
  finding: Finding,
  past: readonly PastCall[],
  repoFiles: readonly string[],
  facts: readonly FactLine[] = [],
): Resolution | undefined {
  const lookup = measuredLookup(finding, { logLines: evictionHits(past, repoFiles).map((h) => h.text) });
  if (!lookup) return undefined;
  return resolveFromReads(lookup, readsOf(past), repoFiles, evidenceText(finding), facts);
}

/** The finding and its companions as the fix rules read them. */
export function ruleEvidence(
  finding: Finding | undefined,
  others: readonly Finding[],
  growth = false,
): RuleEvidence {
  const all = [...(finding ? [finding] : []), ...others];
  return {
    patternIds: all.map((f) => f.pattern.id),
    text: all.map(evidenceText).join("\n"),
    steadyGrowth: growth,
  };
}

function traceOf(finding: Finding): string {
  return finding.hint.evidence.map((e) => e.excerpt).join("\n");
}

/**
 * A subject to grep for. An address the logs name by IP (`10.96.44.12:6380`, what a client prints once DNS
 * has answered) is configured by name (`redis://redis.prod.svc:6380`): its port after any host name is
 * looked for too.
 */
function subjectPattern(subject: string): string {
  const byIp = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{2,5})$/.exec(subject);
  if (!byIp) return escapeRegExp(subject);
  return `(?:${escapeRegExp(byIp[1]!)}|[A-Za-z][\\w.-]*):${byIp[2]}\\b`;
}

/** `others` are the companion findings: a locator's `when` may be said by them (a 502 storm's refused connects). */
export function repoTargets(
  finding: Finding,
  repoFiles: readonly string[],
  others: readonly Finding[] = [],
): RepoTarget[] {
  const targets: RepoTarget[] = [];
  const said = [finding, ...others].map(traceOf).join("\n");
  for (const locator of finding.pattern.repo ?? []) {
    if (locator.fromStackTrace) {
      const trace = traceOf(finding);
      const frame = citedFrame(repoFrames(trace, repoFiles));
      const subject = nilSubject(trace);
      if (frame) targets.push({ kind: "frame", locator, ...frame, ...(subject ? { subject } : {}) });
      continue;
    }
    if (locator.fromConfigError) {
      const at = configErrorPosition(traceOf(finding), repoFiles);
      if (at && locator.files.test(at.file)) targets.push({ kind: "frame", locator, ...at });
      continue;
    }
    if (locator.grep.includes("{subject}") && !finding.subject) continue;
    if (locator.when && !locator.when.test(said)) continue;
    const pattern = locator.grep.replaceAll("{subject}", subjectPattern(finding.subject ?? ""));
    const candidates = repoFiles.filter((f) => locator.files.test(f));
    if (candidates.length > 0) targets.push({ kind: "grep", locator, pattern, candidates });
  }
  return targets;
}

/** Repository files worth a look before any tool runs: those a locator's file pattern admits. */
export function suspectFiles(finding: Finding, repoFiles: readonly string[]): string[] {
  const targets = repoTargets(finding, repoFiles);
  const framed = targets.flatMap((t) => (t.kind === "frame" ? [t.file] : []));
  const located = repoFiles.filter((f) => targets.some((t) => t.kind === "grep" && t.locator.files.test(f)));
  return [...new Set([...framed, ...located])].slice(0, 10);
}

/** Kubernetes lists requests before limits; the limit is the one that kills. */
function underLimits(lines: string[], line: number): boolean {
  return lines.slice(Math.max(0, line - 4), line - 1).some((l) => /^\s*limits:\s*$/.test(l));
}

/**
 * Picks the cited line among grep hits (already read): commented-out lines and lines outside the locator's
 * block are dropped; then by locator order, the line the evidence names first, a Kubernetes limit before a
 * request; the first hit a locator's fix recognises wins, and a locator without a fix cites its first hit.
 */
export function locateCause(
  finding: Finding,
  hits: { target: RepoTarget; file: string; line: number }[],
  contentOf: (file: string) => string | undefined,
  others: readonly Finding[] = [],
  growth = false,
  measuredMs?: number,
  repoFiles: readonly string[] = [],
): RepoCause | undefined {
  let fallback: RepoCause | undefined;
  const evidence = evidenceText(finding);
  const linesOf = (file: string): string[] => (contentOf(file) ?? "").split("\n");
  const kept = hits.filter((h) => {
    const lines = linesOf(h.file);
    const text = lines[h.line - 1] ?? "";
    if (h.target.kind === "frame") return true;
    const within = h.target.locator.within;
    return !commentedOut(text) && (!within || inside(lines, h.line, within));
  });
  const ranked = kept
    .map((h) => {
      const lines = linesOf(h.file);
      return { h, named: evidenceRank(lines, h.line, evidence), limit: underLimits(lines, h.line) };
    })
    .sort(
      (a, b) =>
        order(finding, a.h.target.locator) - order(finding, b.h.target.locator) ||
        a.named - b.named ||
        Number(b.limit) - Number(a.limit),
    );
  for (const { h: hit } of ranked) {
    const content = contentOf(hit.file);
    if (content === undefined) continue;
    const text = content.split("\n")[hit.line - 1];
    if (text === undefined) continue;
    const locator = hit.target.locator;
    const cause: RepoCause = { file: hit.file, line: hit.line, text, locator };
    if (!locator.fix) {
      fallback ??= cause;
      continue;
    }
    const subject = hit.target.kind === "frame" ? hit.target.subject : finding.subject;
    const fixed = applyFix(locator.fix, {
      content,
      line: hit.line,
      file: hit.file,
      ...(subject ? { subject } : {}),
      ...(measuredMs !== undefined ? { measuredMs } : {}),
      evidence,
      repoFiles,
      related: kept.map((h) => linesOf(h.file)[h.line - 1] ?? ""),
    });
    const added = addedLines(content, fixed?.content, fixed?.newFile !== undefined);
    if (fixed && !forbiddenBy(locator.fix, added, ruleEvidence(finding, others, growth)))
      return { ...cause, change: fixed.change };
    fallback ??= cause;
  }
  return fallback;
}

function order(finding: Finding, locator: RepoLocator): number {
  return (finding.pattern.repo ?? []).indexOf(locator);
}
