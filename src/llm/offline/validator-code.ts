import { applyPatch, parsePatch } from "diff";
import type { Evidence } from "../../core/diagnosis.js";
import type { Check } from "../../core/verification.js";
import { evidenceText } from "../../inventory/offline.js";
import { patternById } from "../../knowledge/patterns/index.js";
import type { TurnRequest } from "../provider.js";
import { codeFixOf, lineNear } from "./code-fixes.js";
import { findingsOf } from "./findings.js";
import { indexHolds } from "./index-migration.js";
import { fileText } from "./read-output.js";

type Cited = (Evidence & { line: number }) | undefined;
type Read = { content: string; isError: boolean } | undefined;

/**
 * For a code change (a backoff in a retry loop, a lock around a shared map): the patched file must now satisfy
 * the fix's relation at the cited statement, found again by its text since the change may add lines above it.
 */
export function codeFixCheck(request: TurnRequest, cited: Cited, result: Read): Check[] {
  const { diagnosis, proposal } = request.context;
  const pattern = patternById(diagnosis?.patterns[0] ?? "");
  const fix = pattern?.repo?.find((l) => codeFixOf(l.fix) && cited && l.files.test(cited.file))?.fix;
  const code = codeFixOf(fix);
  if (!code || !proposal?.patch || !cited || !result || result.isError) return [];
  const name = `the patched code satisfies the relation: ${code.relation}`;
  const now = fileText(result.content).text;
  const patched = proposal.applied ? now : applyPatch(now, proposal.patch);
  if (patched === false)
    return [{ name, outcome: "fail", detail: `the patch does not apply to ${cited.file}` }];
  const line = lineNear(patched, cited.excerpt, cited.line);
  if (line === undefined)
    return [{ name, outcome: "fail", detail: `${cited.file} no longer holds the cited statement` }];
  const held = code.holds(cited.file, patched, line);
  return [{ name, outcome: held.ok ? "pass" : "fail", detail: held.detail }];
}

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf("/") + 1);

/** The one file a patch creates (`--- /dev/null`), with its content, or undefined for any other patch. */
function createdFile(patch: string): { path: string; content: string } | undefined {
  const files = parsePatch(patch);
  const only = files[0];
  if (files.length !== 1 || !only || only.oldFileName !== "/dev/null") return undefined;
  const content = only.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1)));
  return { path: (only.newFileName ?? "").replace(/^b\//, ""), content: `${content.join("\n")}\n` };
}

/**
 * For a patch that only creates a file: it must be what the diagnosed pattern's fix creates (a migration),
 * beside the cited schema file, which must still read as diagnosed; and the new file must satisfy the relation
 * (an index with the keys the plan filtered on). Undefined for a patch that edits files: the usual checks run.
 */
export function createdFileChecks(request: TurnRequest, cited: Cited, result: Read): Check[] | undefined {
  const { diagnosis, proposal } = request.context;
  const created = proposal?.patch ? createdFile(proposal.patch) : undefined;
  if (!created) return undefined;
  const pattern = patternById(diagnosis?.patterns[0] ?? "");
  const makesFiles = pattern?.repo?.some(
    (l) => l.fix === "index-migration" && cited && l.files.test(cited.file),
  );
  const beside = cited !== undefined && dirOf(created.path) === dirOf(cited.file);
  const target: Check = {
    name: "patch creates one new file beside the cited one",
    outcome: makesFiles && beside ? "pass" : "fail",
    detail:
      makesFiles && beside
        ? `only ${created.path} is created, next to ${cited?.file}`
        : `the patch creates ${created.path}, which the diagnosis's fix does not justify`,
  };
  const line =
    cited && result && !result.isError
      ? fileText(result.content).text.split("\n")[cited.line - 1]
      : undefined;
  const still: Check = {
    name: "cited line holds what was diagnosed",
    outcome: !cited || !result || result.isError ? "skipped" : line === cited.excerpt ? "pass" : "fail",
    detail: cited
      ? `${cited.file}:${cited.line} ${line === cited.excerpt ? "reads as diagnosed" : "changed since the diagnosis"}`
      : "no repository line was cited",
  };
  const finding = findingsOf(request.context).find((f) => f.pattern.id === diagnosis?.patterns[0]);
  const held = indexHolds(created.content, finding ? evidenceText(finding) : "");
  const relation: Check = {
    name: "the new file satisfies the relation: an index with the keys the plan filtered on",
    outcome: held.ok ? "pass" : "fail",
    detail: held.detail,
  };
  return [target, still, relation];
}
