import { createTwoFilesPatch } from "diff";
import type { Evidence } from "../../core/diagnosis.js";
import type { Proposal } from "../../core/proposal.js";
import { FIX_RULES, forbiddenBy } from "../../inventory/fix-rules.js";
import { citedFacts, evidenceText, measuredLookup, resolveFromReads } from "../../inventory/offline.js";
import type { FixKind } from "../../knowledge/failure-pattern.js";
import { patternById } from "../../knowledge/patterns/index.js";
import { nilSubject } from "../../knowledge/stack-frames.js";
import type { TurnRequest, TurnResponse } from "../provider.js";
import { codeFixOf } from "./code-fixes.js";
import { hasTool, inputString, type PlannedCall, pastCalls, submitTurn, toolTurn } from "./conversation.js";
import { findingsOf } from "./findings.js";
import { citedMeasurement } from "./measured.js";
import { fileText } from "./read-output.js";
import { directByHistory } from "./rename-direction.js";
import { addedLines, applyFix } from "./repo-fixes.js";
import { ruleEvidence } from "./repo-targets.js";
import { citedNotes } from "./usage-evidence.js";

type Plan =
  | { ok: true; path: string; diff: string; change: string; risk: Proposal["risk"] }
  | { ok: false; reason: string }
  /** Read-only calls to make first (the git history that directs a rename). */
  | { ok: "ask"; calls: PlannedCall[] };

function lineDiff(path: string, old: string, content: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, old, content, undefined, undefined, { context: 3 });
}

function newFileDiff(path: string, content: string): string {
  return createTwoFilesPatch("/dev/null", `b/${path}`, "", content, undefined, undefined, { context: 3 });
}

/**
 * The change the Detective's inventory resolution proposed, recomputed from the files handed on (the cited
 * cause and where the values it must agree with are defined), and only at the cited line.
 */
function inventoryPlan(
  request: TurnRequest,
  cited: Evidence & { line: number },
  patternId: string,
): Plan | undefined {
  const { context } = request;
  if (!cited.note?.includes("proposed:")) return undefined;
  const finding = findingsOf(context).find((f) => f.pattern.id === patternId);
  const lookup = finding ? measuredLookup(finding, { notes: citedNotes(context.diagnosis) }) : undefined;
  if (!finding || !lookup) return undefined;
  const reads = (context.evidenceFiles ?? []).flatMap((f) => {
    const read = fileText(f.content);
    return read.complete ? [{ path: f.path, content: read.text }] : [];
  });
  const others = findingsOf(context).filter((f) => f !== finding);
  const facts = citedFacts(context.diagnosis?.evidence ?? [], others);
  const undirected = resolveFromReads(lookup, reads, context.repoFiles ?? [], evidenceText(finding), facts);
  // The direction of a rename is re-read from the git history, as the Detective read it (it proposed it).
  const contentOf = (file: string) => reads.find((r) => r.path === file)?.content;
  const directed = undirected
    ? directByHistory(undirected, contentOf, pastCalls(request.messages), {
        canAsk: hasTool(request, "git_history"),
      })
    : undefined;
  if (directed && "ask" in directed) return { ok: "ask", calls: directed.ask };
  const resolution = directed?.resolution ?? undirected;
  const change = resolution?.change;
  if (!resolution || !change) return undefined;
  const old = reads.find((r) => r.path === cited.file)?.content;
  const lines = old?.split("\n");
  const span = change.span ?? 1;
  if (
    !old ||
    !lines ||
    change.file !== cited.file ||
    change.line !== cited.line ||
    lines.slice(change.line - 1, change.line - 1 + span).join("\n") !== change.before
  )
    return { ok: false, reason: `${cited.file}:${cited.line} no longer looks as diagnosed; nothing changed` };
  const refused = forbiddenBy(
    resolution.kind,
    [change.after],
    ruleEvidence(finding, others),
    change.before.split("\n"),
  );
  if (refused) return { ok: false, reason: `${change.summary} is not proposed: ${refused}` };
  lines.splice(change.line - 1, span, change.after);
  const risk = FIX_RULES.find((r) => r.id === resolution.kind)?.risk ?? "medium";
  return {
    ok: true,
    path: cited.file,
    diff: lineDiff(cited.file, old, lines.join("\n")),
    change: change.summary,
    risk,
  };
}

/** The smallest diff for the cited line, built against the file content the pipeline handed on. */
function planPatch(request: TurnRequest): Plan {
  const { context } = request;
  const diagnosis = context.diagnosis;
  if (!diagnosis) return { ok: false, reason: "no diagnosis to act on" };
  const pattern = patternById(diagnosis.patterns[0] ?? "");
  if (!pattern) return { ok: false, reason: "the diagnosis matched no known pattern" };
  const cited = diagnosis.evidence.find(
    (e): e is Evidence & { line: number } => e.kind === "repo" && e.line !== undefined,
  );
  if (!cited)
    return {
      ok: false,
      reason: `the repository holds no setting to change for ${pattern.title.toLowerCase()}; ${pattern.actions[0] ?? ""}`,
    };
  const fromInventory = inventoryPlan(request, cited, pattern.id);
  if (fromInventory) return fromInventory;
  const locator = pattern.repo?.find((l) => l.fix && l.files.test(cited.file));
  // Only a change the Detective proposed (after the fix rules' must-nots) is made.
  if (!locator?.fix || !cited.note?.includes("proposed:"))
    return {
      ok: false,
      reason: `${cited.file}:${cited.line} is cited, but no safe automatic change is known for it; ${pattern.actions[0] ?? ""}`,
    };
  const file = context.evidenceFiles?.find((f) => f.path === cited.file);
  if (!file)
    return {
      ok: false,
      reason: `the content of ${cited.file} was not handed on, so no exact diff can be written`,
    };
  const read = fileText(file.content);
  if (!read.complete)
    return {
      ok: false,
      reason: `${cited.file} is too large to be handed on whole, so no exact diff can be written`,
    };
  const old = read.text;
  const finding = findingsOf(context).find((f) => f.pattern.id === pattern.id);
  const subject = locator.fromStackTrace
    ? nilSubject(finding?.hint.evidence.map((e) => e.excerpt).join("\n") ?? diagnosis.rootCause)
    : finding?.subject;
  const measuredMs = citedMeasurement(diagnosis, locator.fix);
  const fixed = applyFix(locator.fix, {
    content: old,
    line: cited.line,
    file: cited.file,
    ...(subject ? { subject } : {}),
    ...(measuredMs !== undefined ? { measuredMs } : {}),
    ...(finding ? { evidence: evidenceText(finding) } : {}),
    repoFiles: context.repoFiles ?? [],
  });
  if (!fixed)
    return { ok: false, reason: `${cited.file}:${cited.line} no longer looks as diagnosed; nothing changed` };
  const refused = forbiddenBy(
    locator.fix,
    addedLines(old, fixed.content, fixed.newFile !== undefined),
    ruleEvidence(
      finding,
      findingsOf(context).filter((f) => f !== finding),
    ),
  );
  if (refused) return { ok: false, reason: `${fixed.change} is not proposed: ${refused}` };
  // A new file (an index's migration) is created beside the cited one; an applied migration is never edited.
  const diff = fixed.newFile
    ? newFileDiff(fixed.newFile, fixed.content)
    : lineDiff(cited.file, old, fixed.content);
  const path = fixed.newFile ?? cited.file;
  return { ok: true, path, diff, change: fixed.change, risk: riskOf(locator.fix) };
}

/** Guards change behaviour (the request still fails, differently); limits only change capacity. */
function riskOf(fix: FixKind): Proposal["risk"] {
  return fix === "guard-property-access" ||
    fix === "move-dev-dependency" ||
    fix === "index-migration" ||
    codeFixOf(fix)
    ? "medium"
    : "low";
}

/** Surgeon: one apply_patch call with the planned diff, then the proposal (or the plain reason there is none). */
export function surgeonTurn(request: TurnRequest): TurnResponse {
  const plan = planPatch(request);
  if (plan.ok === "ask")
    return toolTurn(request, plan.calls, "Reading the git history that directs the rename.");
  if (!plan.ok) return submitTurn(request, { noFix: plan.reason }, "Nothing safe to change.");
  const tried = pastCalls(request.messages).find(
    (c) => c.name === "apply_patch" && inputString(c, "diff") === plan.diff,
  );
  if (!tried) {
    if (!hasTool(request, "apply_patch"))
      return submitTurn(request, { noFix: "apply_patch is not available to this agent" }, "No patch tool.");
    return toolTurn(
      request,
      [{ name: "apply_patch", input: { diff: plan.diff } }],
      `Proposing ${plan.change} in ${plan.path}.`,
    );
  }
  if (!tried.result || tried.result.isError) {
    return submitTurn(
      request,
      { noFix: `the patch to ${plan.path} was refused: ${tried.result?.content ?? "no result"}` },
      "Patch refused.",
    );
  }
  const applied =
    /\bapplied\b/i.test(tried.result.content) && !/not (been )?(written|applied)/i.test(tried.result.content);
  const proposal: Proposal = {
    patch: plan.diff,
    rationale: `${plan.path}: ${plan.change}. ${request.context.diagnosis?.rootCause ?? ""}`.slice(0, 4_000),
    risk: plan.risk,
    applied,
  };
  return submitTurn(request, proposal, "Proposal ready.");
}
