import { createTwoFilesPatch } from "diff";
import type { Evidence } from "../../core/diagnosis.js";
import type { Proposal } from "../../core/proposal.js";
import type { FixKind } from "../../knowledge/failure-pattern.js";
import { patternById } from "../../knowledge/patterns/index.js";
import { unreadableProperty } from "../../knowledge/stack-frames.js";
import type { TurnRequest, TurnResponse } from "../provider.js";
import { hasTool, inputString, pastCalls, submitTurn, toolTurn } from "./conversation.js";
import { findingsOf } from "./findings.js";
import { fileText } from "./read-output.js";
import { applyFix } from "./repo-fixes.js";

type Plan =
  | { ok: true; path: string; diff: string; change: string; fix: FixKind }
  | { ok: false; reason: string };

/** The smallest diff for the cited line, built against the file content the pipeline handed on. */
function planPatch(request: TurnRequest): Plan {
  const { context } = request;
  const diagnosis = context.diagnosis;
  if (!diagnosis) return { ok: false, reason: "no diagnosis to act on" };
  const pattern = patternById(diagnosis.signatures[0] ?? "");
  if (!pattern) return { ok: false, reason: "the diagnosis matched no known pattern" };
  const cited = diagnosis.evidence.find(
    (e): e is Evidence & { line: number } => e.kind === "repo" && e.line !== undefined,
  );
  if (!cited)
    return {
      ok: false,
      reason: `the repository holds no setting to change for ${pattern.title.toLowerCase()}; ${pattern.actions[0] ?? ""}`,
    };
  const locator = pattern.repo?.find((l) => l.fix && l.files.test(cited.file));
  if (!locator?.fix)
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
    ? unreadableProperty(finding?.hint.evidence.map((e) => e.excerpt).join("\n") ?? diagnosis.rootCause)
    : finding?.subject;
  const fixed = applyFix(locator.fix, { content: old, line: cited.line, ...(subject ? { subject } : {}) });
  if (!fixed)
    return { ok: false, reason: `${cited.file}:${cited.line} no longer looks as diagnosed; nothing changed` };
  const diff = createTwoFilesPatch(
    `a/${cited.file}`,
    `b/${cited.file}`,
    old,
    fixed.content,
    undefined,
    undefined,
    { context: 3 },
  );
  return { ok: true, path: cited.file, diff, change: fixed.change, fix: locator.fix };
}

/** Guards change behaviour (the request still fails, differently); limits only change capacity. */
function riskOf(fix: FixKind): Proposal["risk"] {
  return fix === "guard-property-access" || fix === "move-dev-dependency" ? "medium" : "low";
}

/** Surgeon: one apply_patch call with the planned diff, then the proposal (or the plain reason there is none). */
export function surgeonTurn(request: TurnRequest): TurnResponse {
  const plan = planPatch(request);
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
    risk: riskOf(plan.fix),
    applied,
  };
  return submitTurn(request, proposal, "Proposal ready.");
}
