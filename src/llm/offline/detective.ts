import type { TurnRequest, TurnResponse } from "../provider.js";
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
import { fileText } from "./read-output.js";
import { firstLook, locateCause, type RepoTarget, repoTargets } from "./repo-targets.js";

const MAX_FILES = 4;

/**
 * Detective: the matched pattern names where its cause can live; read the few files that can hold it (or
 * grep for it when there are many, then read the files hit), all through the security layer, and cite the line
 * a fix recognises. Three turns at most: search, read, submit.
 */
export function detectiveTurn(request: TurnRequest): TurnResponse {
  const { context } = request;
  const verdict = verdictOf(context);
  if (verdict.kind !== "finding") {
    return submitTurn(request, noFindingDiagnosis(context, verdict.kind), "No known pattern matched.");
  }
  const { primary, others } = verdict;
  const repoFiles = context.repoFiles ?? [];
  const targets = repoFiles.length > 0 ? repoTargets(primary, repoFiles) : [];
  const past = pastCalls(request.messages);
  const requested = new Set(past.filter((c) => c.name === "read_file").map((c) => inputString(c, "path")));

  if (past.length === 0) {
    const calls = firstCalls(request, targets);
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
    if (target.kind === "frame") return [{ target, file: target.file, line: target.line }];
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
  const unread = [...new Set(hits.map((h) => h.file))].filter((f) => !requested.has(f)).slice(0, MAX_FILES);
  if (unread.length > 0 && hasTool(request, "read_file")) {
    return toolTurn(
      request,
      unread.map((path) => ({ name: "read_file", input: { path } })),
      "Reading the files that hold the setting.",
    );
  }

  const cause = locateCause(primary, hits, contentOf);
  return submitTurn(
    request,
    findingDiagnosis(context, primary, others, cause),
    "Diagnosis from the pattern table.",
  );
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
