import type { Diagnosis, Evidence } from "../../core/diagnosis.js";
import type { FactLine } from "../../inventory/cluster-facts.js";
import { describeResolution, FACT_NOTE, factsToCite, runFacts } from "../../inventory/offline.js";
import type { Resolution } from "../../inventory/resolution.js";
import type { TurnRequest, TurnResponse } from "../provider.js";
import { withCollectors } from "./collector-turn.js";
import { sourceLine } from "./compiled-line.js";
import {
  hasTool,
  inputString,
  type PlannedCall,
  parseGrepOutput,
  pastCalls,
  submitTurn,
  toolTurn,
} from "./conversation.js";
import { findingDiagnosis, noFindingDiagnosis } from "./diagnosis-builder.js";
import { verdictOf } from "./findings.js";
import { growthIn, growthSearch } from "./growth-search.js";
import { breakdownSearch, withBreakdown } from "./latency-breakdown.js";
import { COLLECTION_SEARCH, leakCause } from "./leak-cause.js";
import { measuredIn, measureOf, measureSearch, withMeasurement } from "./measured.js";
import { fileText } from "./read-output.js";
import { directByHistory } from "./rename-direction.js";
import {
  firstLook,
  inventoryCalls,
  inventoryCodeSearch,
  inventoryResolution,
  locateCause,
  type RepoTarget,
  repoTargets,
} from "./repo-targets.js";
import { causeOfResolution } from "./resolution-cause.js";
import { evictionHits, withUsagePeak } from "./usage-evidence.js";

const MAX_FILES = 4;
/** Fixability of a change the inventory justified from the repository's own files (above the 0.4 escalation bar). */
const RESOLVED_FIXABILITY = 0.7;

/**
 * Detective: the matched pattern names where its cause can live; read the few files that can hold it (or
 * grep for it when there are many, then read the files hit), all through the security layer, and cite the line
 * a fix recognises. Three turns at most: search, read, submit.
 */
export function detectiveTurn(request: TurnRequest): TurnResponse {
  return withCollectors(request, playbookTurn);
}

function playbookTurn(request: TurnRequest): TurnResponse {
  const { context } = request;
  const verdict = verdictOf(context);
  if (verdict.kind !== "finding") {
    return submitTurn(request, noFindingDiagnosis(context, verdict.kind), "No known pattern matched.");
  }
  const { primary, others } = verdict;
  const repoFiles = context.repoFiles ?? [];
  const targets = repoFiles.length > 0 ? repoTargets(primary, repoFiles, others) : [];
  const past = pastCalls(request.messages);
  const requested = new Set(past.filter((c) => c.name === "read_file").map((c) => inputString(c, "path")));

  if (past.length === 0) {
    const calls = firstCalls(request, targets);
    if (hasTool(request, "read_file"))
      calls.push(...inventoryCalls(primary, repoFiles, calls, hasTool(request, "grep_search")));
    // A limit is only raised when the logs' memory readings do not rise steadily (a leak): look at them.
    const growth =
      repoFiles.length > 0 && hasTool(request, "grep_search") ? growthSearch(primary) : undefined;
    if (growth && calls.length > 0) calls.push({ name: "grep_search", input: growth });
    // With growth, the collection a growing size figure names is the leak to cite: find the candidates.
    if (growth && calls.length > 0) calls.push({ name: "grep_search", input: COLLECTION_SEARCH });
    // A value sized from a measurement (a timeout, a probe's delay) needs the logs' readings: look for them.
    const measure =
      repoFiles.length > 0 && hasTool(request, "grep_search") ? measureSearch(primary) : undefined;
    if (measure && calls.length > 0) calls.push({ name: "grep_search", input: measure });
    // Slow requests are a symptom: the per-dependency timings in the logs say whose time it is.
    const breakdown = hasTool(request, "grep_search") ? breakdownSearch(primary) : undefined;
    if (breakdown && calls.length > 0) calls.push({ name: "grep_search", input: breakdown });
    if (calls.length > 0)
      return toolTurn(
        request,
        calls,
        `Looking for where ${primary.pattern.title.toLowerCase()} comes from in the repository.`,
      );
  }

  const contentOf = (file: string): string | undefined => {
    const read = past.find((c) => c.name === "read_file" && inputString(c, "path") === file);
    return read?.result && !read.result.isError ? fileText(read.result.content).text : undefined;
  };
  const inRepo = new Set(repoFiles);
  const grepHits = past
    .filter((c) => c.name === "grep_search" && c.result && !c.result.isError)
    .flatMap((c) => parseGrepOutput(c.result?.content ?? ""));
  const hits = targets.flatMap((target): { target: RepoTarget; file: string; line: number }[] => {
    if (target.kind === "frame") {
      if (!target.compiled) return [{ target, file: target.file, line: target.line }];
      const content = contentOf(target.file);
      const line = content ? sourceLine(content, target.compiled.fn, target.subject) : undefined;
      return line ? [{ target, file: target.file, line }] : [];
    }
    const own = new RegExp(target.pattern);
    const searched = grepHits.filter(
      (h) => inRepo.has(h.file) && target.locator.files.test(h.file) && own.test(h.text),
    );
    // Candidate files read whole in the first turn are searched here, line by line, with the same pattern.
    const readWhole = target.candidates.flatMap((file) =>
      (contentOf(file)?.split("\n") ?? []).flatMap((text, i) =>
        own.test(text) ? [{ file, line: i + 1, text }] : [],
      ),
    );
    const unique = new Map([...searched, ...readWhole].map((h) => [`${h.file}:${h.line}`, h]));
    return [...unique.values()].map((h) => ({ target, file: h.file, line: h.line }));
  });
  // Code that reads a missing variable, found by the inventory's search: read so a change can be written.
  const search = inventoryCodeSearch(primary);
  const codeReads = search
    ? grepHits.filter((h) => inRepo.has(h.file) && new RegExp(search).test(h.text)).map((h) => h.file)
    : [];
  const unread = [...new Set([...hits.map((h) => h.file), ...codeReads])]
    .filter((f) => !requested.has(f))
    .slice(0, MAX_FILES);
  if (unread.length > 0 && hasTool(request, "read_file")) {
    return toolTurn(
      request,
      unread.map((path) => ({ name: "read_file", input: { path } })),
      "Reading the files that hold the setting.",
    );
  }

  const facts = runFacts(grepHits, inRepo, others);
  const undirected = inventoryResolution(primary, past, repoFiles, facts);
  // A rename the files cannot direct is directed by the two files' git history, when there is one.
  const directed = undirected
    ? directByHistory(undirected, contentOf, past, {
        canAsk: hasTool(request, "git_history"),
        ...(hasTool(request, "grep_search")
          ? { searchReaders: { inRepo: (f: string) => inRepo.has(f) } }
          : {}),
      })
    : undefined;
  if (directed && "ask" in directed)
    return toolTurn(request, directed.ask, "Reading the git history of both sides of the rename.");
  const resolution = directed?.resolution ?? undirected;
  const growth = growthIn(grepHits, inRepo);
  const measured = measuredIn(primary, past, inRepo);
  const leak = growth ? leakCause(grepHits, inRepo) : undefined;
  const cause = resolution
    ? causeOfResolution(resolution)
    : (leak ?? locateCause(primary, hits, contentOf, others, growth, measured?.ms, repoFiles));
  const found = withBreakdown(findingDiagnosis(context, primary, others, cause), grepHits, inRepo);
  const fix = cause?.locator.fix;
  const diagnosis =
    measured && cause?.change && fix && measureOf(fix) ? withMeasurement(found, measured, fix) : found;
  return submitTurn(
    request,
    resolution
      ? withFacts(
          withUsagePeak(
            withResolution(diagnosis, resolution, contentOf, directed?.evidence ?? []),
            resolution,
            evictionHits(past, repoFiles),
          ),
          factsToCite(facts, resolution),
        )
      : diagnosis,
    "Diagnosis from the pattern table.",
  );
}

/** Where the values the cause must agree with are defined, cited after the cause (the Surgeon gets those files). */
function withResolution(
  diagnosis: Diagnosis,
  resolution: Resolution,
  contentOf: (file: string) => string | undefined,
  history: readonly Evidence[],
): Diagnosis {
  const truth = resolution.truth
    .filter((t) => !(t.file === resolution.cause.file && t.line === resolution.cause.line))
    // Three: a relation may span the cause and three other files (a unit, its neighbour's env file, its proxy).
    .slice(0, 3)
    .flatMap((t) => {
      const text = contentOf(t.file)?.split("\n")[t.line - 1];
      return text === undefined
        ? []
        : [
            {
              kind: "repo" as const,
              file: t.file,
              line: t.line,
              excerpt: text.slice(0, 2_000),
              note: `compared with ${resolution.subject}`,
            },
          ];
    });
  const at = diagnosis.evidence.findIndex((e) => e.kind === "repo") + 1;
  const evidence = [
    ...diagnosis.evidence.slice(0, at),
    ...truth,
    ...history,
    ...diagnosis.evidence.slice(at),
  ].slice(0, 50);
  return {
    ...diagnosis,
    evidence,
    rootCause: `${diagnosis.rootCause}${describeResolution(resolution)}`.slice(0, 4_000),
    // The pattern's fixability is for its generic fix; a change the repository's own files justify is more.
    ...(resolution.change ? { fixability: Math.max(diagnosis.fixability, RESOLVED_FIXABILITY) } : {}),
  };
}

/** The log lines the resolution compared with, cited (after the rest) so the Surgeon compares with the same. */
function withFacts(diagnosis: Diagnosis, facts: readonly FactLine[]): Diagnosis {
  const cited = facts
    .filter((f) => f.file !== "companion")
    .map((f) => ({
      kind: "log" as const,
      file: f.file,
      line: f.line,
      excerpt: f.text.slice(0, 2_000),
      note: FACT_NOTE,
    }));
  const room = Math.max(0, 50 - diagnosis.evidence.length);
  return cited.length === 0
    ? diagnosis
    : { ...diagnosis, evidence: [...diagnosis.evidence, ...cited.slice(0, room)] };
}

/** The first look, all in one turn: the candidate files read whole, or one narrowed search. */
function firstCalls(request: TurnRequest, targets: RepoTarget[]): PlannedCall[] {
  const look = firstLook(targets, {
    read: hasTool(request, "read_file"),
    grep: hasTool(request, "grep_search"),
  });
  return [
    ...look.searches.map((input) => ({ name: "grep_search", input })),
    ...look.reads.map((path) => ({ name: "read_file", input: { path } })),
  ];
}
