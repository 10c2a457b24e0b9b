import { applyPatch, parsePatch } from "diff";
import type { Evidence } from "../../core/diagnosis.js";
import type { Check, Verification } from "../../core/verification.js";
import { citedFacts, evidenceText, measuredLookup, resolveFromReads } from "../../inventory/offline.js";
import { relationHolds } from "../../inventory/relation.js";
import { renameRelationHolds } from "../../inventory/resolve-rename-history.js";
import { patternById } from "../../knowledge/patterns/index.js";
import type { TurnRequest, TurnResponse } from "../provider.js";
import {
  hasTool,
  type PastCall,
  type PlannedCall,
  parseGrepOutput,
  pastCalls,
  submitTurn,
  toolTurn,
} from "./conversation.js";
import { findingsOf } from "./findings.js";
import { citedMeasurement, measureOf } from "./measured.js";
import { fileText } from "./read-output.js";
import { citedNotes } from "./usage-evidence.js";
import { codeFixCheck, createdFileChecks } from "./validator-code.js";

/**
 * How the primary log evidence is found again: the cited line read back (cheap and exact), or, without
 * read_file, the pattern pattern that matched it searched in the log it was cited from.
 */
function logLookup(request: TurnRequest): PlannedCall | undefined {
  const diagnosis = request.context.diagnosis;
  const pattern = patternById(diagnosis?.patterns[0] ?? "");
  const first = diagnosis?.evidence.find((e) => e.kind === "log");
  if (!pattern || !first) return undefined;
  if (first.line !== undefined && hasTool(request, "read_file")) {
    return { name: "read_file", input: { path: first.file, startLine: first.line, endLine: first.line } };
  }
  const regex = pattern.matchers.find((p) => p.test(first.excerpt))?.source.replace(/\(\?<\w+>/g, "(");
  return regex && hasTool(request, "grep_search")
    ? { name: "grep_search", input: { pattern: regex, path: first.file } }
    : undefined;
}

function citedRepo(request: TurnRequest): (Evidence & { line: number }) | undefined {
  return request.context.diagnosis?.evidence.find(
    (e): e is Evidence & { line: number } => e.kind === "repo" && e.line !== undefined,
  );
}

/**
 * The cited line as the file holds it: equal, or equal where the cited excerpt was redacted on its way into
 * the report (`postgres://user@host` reads as an email there, the re-read file keeps it).
 */
function readsAsCited(line: string, excerpt: string): boolean {
  if (line === excerpt) return true;
  const pieces = excerpt.split(/\[REDACTED:[\w-]+\]/);
  if (pieces.length < 2) return false;
  const escaped = pieces.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".+?")}$`).test(line);
}

/** Validator: re-read the cited file and re-find the log evidence, then check the proposal against both. */
export function validatorTurn(request: TurnRequest): TurnResponse {
  const past = pastCalls(request.messages);
  const cited = citedRepo(request);
  const lookup = logLookup(request);
  if (past.length === 0) {
    const calls: PlannedCall[] = [];
    if (cited && hasTool(request, "read_file"))
      calls.push({ name: "read_file", input: { path: cited.file } });
    if (lookup) calls.push(lookup);
    if (calls.length > 0)
      return toolTurn(request, calls, "Re-reading the cited file and the cited log line.");
  }
  const read = past.find(
    (c) =>
      c.name === "read_file" && cited && JSON.stringify(c.input) === JSON.stringify({ path: cited.file }),
  );
  const logged = past.find(
    (c) => lookup && c.name === lookup.name && JSON.stringify(c.input) === JSON.stringify(lookup.input),
  );
  // A patch that only creates a file (an index's new migration) is checked as a new file beside the cited one.
  const created = createdFileChecks(request, cited, read?.result);
  const checks = [
    ...(created ?? [patchTargetCheck(request, cited), fileCheck(request, cited, read?.result)]),
    logCheck(request, logged),
    ...relationCheck(request, cited, read?.result),
    ...measuredCheck(request, cited, read?.result),
    ...codeFixCheck(request, cited, read?.result),
  ];
  return submitTurn(request, verdict(checks), "Verification done.");
}

function patchTargetCheck(request: TurnRequest, cited: Evidence | undefined): Check {
  const patch = request.context.proposal?.patch;
  if (!patch)
    return { name: "patch targets the cited file", outcome: "skipped", detail: "no patch was proposed" };
  const files = parsePatch(patch).map((p) => (p.newFileName ?? "").replace(/^b\//, ""));
  if (!cited)
    return {
      name: "patch targets the cited file",
      outcome: "fail",
      detail: `the patch touches ${files.join(", ")}, but the diagnosis cites no repository line`,
    };
  const ok = files.length === 1 && files[0] === cited.file;
  return {
    name: "patch targets the cited file",
    outcome: ok ? "pass" : "fail",
    detail: ok
      ? `only ${cited.file} changes`
      : `the patch touches ${files.join(", ")}, the diagnosis cites ${cited.file}`,
  };
}

function fileCheck(
  request: TurnRequest,
  cited: (Evidence & { line: number }) | undefined,
  result: { content: string; isError: boolean } | undefined,
): Check {
  const name = "cited line holds what was diagnosed, and the patch applies to it";
  if (!cited) return { name, outcome: "skipped", detail: "no repository line was cited" };
  if (!result || result.isError)
    return {
      name,
      outcome: "skipped",
      detail: `could not re-read ${cited.file}${result ? `: ${result.content}` : ""}`,
    };
  const content = fileText(result.content).text;
  const proposal = request.context.proposal;
  if (proposal?.applied && proposal.patch) {
    // Written in ACTIVE mode: every line the patch adds must now be in the file.
    const lines = new Set(content.split("\n"));
    const added = parsePatch(proposal.patch).flatMap((p) =>
      p.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1))),
    );
    const missing = added.filter((l) => !lines.has(l));
    return {
      name: "the patch is in the file",
      outcome: missing.length === 0 && added.length > 0 ? "pass" : "fail",
      detail:
        missing.length === 0
          ? `${cited.file} now holds the ${added.length} added line(s)`
          : `${cited.file} lacks ${missing.length} added line(s), e.g. ${missing[0]}`,
    };
  }
  const line = content.split("\n")[cited.line - 1];
  if (line === undefined || !readsAsCited(line, cited.excerpt))
    return { name, outcome: "fail", detail: `${cited.file}:${cited.line} changed since the diagnosis` };
  if (!proposal?.patch)
    return { name, outcome: "pass", detail: `${cited.file}:${cited.line} still reads as diagnosed` };
  const applied = applyPatch(content, proposal.patch);
  return applied === false
    ? { name, outcome: "fail", detail: `the patch does not apply to ${cited.file} as it is now` }
    : {
        name,
        outcome: "pass",
        detail: `${cited.file}:${cited.line} reads as diagnosed and the patch applies to it without fuzz`,
      };
}

/**
 * For a change the repository inventory proposed: the patched files are inventoried again and the relation
 * that was violated must now hold (the host names a service, the variable read is defined…), so a patch that
 * applies but changes the wrong thing fails here.
 */
function relationCheck(
  request: TurnRequest,
  cited: (Evidence & { line: number }) | undefined,
  result: { content: string; isError: boolean } | undefined,
): Check[] {
  const { context } = request;
  const patch = context.proposal?.patch;
  const finding = findingsOf(context).find((f) => f.pattern.id === context.diagnosis?.patterns[0]);
  const lookup = finding ? measuredLookup(finding, { notes: citedNotes(context.diagnosis) }) : undefined;
  if (!patch || !cited || !finding || !lookup || !result || result.isError) return [];
  const files = (context.evidenceFiles ?? []).map((f) => ({
    path: f.path,
    content: fileText(f.content).text,
  }));
  // The files as the Detective read them (before any patch) say which relation was violated.
  const others = findingsOf(context).filter((f) => f !== finding);
  const facts = citedFacts(context.diagnosis?.evidence ?? [], others);
  const resolution = resolveFromReads(lookup, files, context.repoFiles ?? [], evidenceText(finding), facts);
  const now = fileText(result.content).text;
  // A rename directed by the git history has no change in the files alone; its relation holds either way.
  const renamed = resolution?.kind === "env-var-defined" && !resolution.change;
  if (!resolution || (!resolution.change && !renamed)) return [];
  const name = "the proposed value satisfies the violated relation";
  // In ACTIVE mode the file already holds the patch; otherwise it is applied here, in memory.
  const patched = context.proposal?.applied ? now : applyPatch(now, patch);
  if (patched === false)
    return [{ name, outcome: "fail", detail: `the patch does not apply to ${cited.file}` }];
  const after = files.map((f) => (f.path === cited.file ? { ...f, content: patched } : f));
  const held = renamed
    ? renameRelationHolds(resolution.subject, after)
    : relationHolds(resolution, after, context.repoFiles ?? []);
  return [{ name, outcome: held.ok ? "pass" : "fail", detail: held.detail }];
}

/**
 * For a value sized from a measurement (a timeout above a latency, a probe's budget beyond a start-up): the
 * patched line must now satisfy the relation with the reading the diagnosis cites (the one it was sized from).
 */
function measuredCheck(
  request: TurnRequest,
  cited: (Evidence & { line: number }) | undefined,
  result: { content: string; isError: boolean } | undefined,
): Check[] {
  const { diagnosis, proposal } = request.context;
  const pattern = patternById(diagnosis?.patterns[0] ?? "");
  const fix = pattern?.repo?.find((l) => measureOf(l.fix) && cited && l.files.test(cited.file))?.fix;
  const measure = measureOf(fix);
  const ms = citedMeasurement(diagnosis, fix);
  if (!measure || ms === undefined || !proposal?.patch || !cited || !result || result.isError) return [];
  const name = `the value now satisfies the ${measure.what} the logs measured`;
  const now = fileText(result.content).text;
  const patched = proposal.applied ? now : applyPatch(now, proposal.patch);
  if (patched === false)
    return [{ name, outcome: "fail", detail: `the patch does not apply to ${cited.file}` }];
  const held = measure.holds(patched, cited.line, ms);
  return [{ name, outcome: held.ok ? "pass" : "fail", detail: held.detail }];
}

function logCheck(request: TurnRequest, call: PastCall | undefined): Check {
  const name = "log evidence found again";
  const result = call?.result;
  if (!call || !result || result.isError)
    return {
      name,
      outcome: "skipped",
      detail: result ? result.content.slice(0, 300) : "no log lookup was possible",
    };
  const first = request.context.diagnosis?.evidence.find((e) => e.kind === "log");
  if (call.name === "read_file" && first) {
    // Both sides may have secrets and addresses redacted; the text between the redactions must agree.
    const pieces = (first.excerpt.split("\n")[0] ?? "")
      .split(/\[REDACTED[^\]]*\]/)
      .filter((p) => p.length > 0);
    // A container runtime's JSON line holds the excerpt as a JSON string (quotes escaped).
    const decoded = result.content.replace(/\\(["\\/])/g, "$1");
    const ok = pieces.length > 0 && pieces.every((p) => result.content.includes(p) || decoded.includes(p));
    return {
      name,
      outcome: ok ? "pass" : "fail",
      detail: ok
        ? `${first.file}:${first.line} reads as cited`
        : `${first.file}:${first.line} does not read as cited`,
    };
  }
  const logs = new Set(request.context.logSummary?.files.map((f) => f.file) ?? []);
  const hits = parseGrepOutput(result.content).filter((h) => logs.size === 0 || logs.has(h.file));
  return hits.length > 0
    ? {
        name,
        outcome: "pass",
        detail: `${hits.length} matching log line(s), e.g. ${hits[0]?.file}:${hits[0]?.line}`,
      }
    : { name, outcome: "fail", detail: "the cited log evidence was not found again" };
}

function verdict(checks: Check[]): Verification {
  const failed = checks.filter((c) => c.outcome === "fail");
  const passed = checks.filter((c) => c.outcome === "pass");
  const outcome = failed.length > 0 ? "failed" : passed.length > 0 ? "passed" : "inconclusive";
  return {
    checks,
    outcome,
    summary:
      `${passed.length} passed, ${failed.length} failed, ${checks.length - passed.length - failed.length} skipped${failed[0] ? `: ${failed[0].detail}` : ""}`.slice(
        0,
        2_000,
      ),
  };
}
