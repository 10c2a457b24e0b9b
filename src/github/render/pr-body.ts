import type { Mode } from "../../core/mode.js";
import type { Run } from "../../core/run.js";
import { codeBlock, inlineCode, inlineText } from "./markdown-safe.js";

export const FIX_MARKER_PREFIX = "<!-- claude-sentry:fix ";

/**
 * The PR body: what was wrong, why this change, its risk, how it was verified. `Fixes #n` only in ACTIVE
 * mode, where a merge is meant to close the incident; in AUDIT the link must not auto-close anything.
 */
export function renderPrBody(run: Run, opts: { mode: Mode; issueNumber?: number; runUrl?: string }): string {
  const d = run.diagnosis;
  const p = run.proposal;
  const v = run.verification;
  const link = opts.issueNumber
    ? opts.mode === "ACTIVE"
      ? `Fixes #${opts.issueNumber}`
      : `Refs #${opts.issueNumber}`
    : "";
  const lines = [
    `${FIX_MARKER_PREFIX}incident=${run.incident.id} run=${run.id.replace(/[^\w.-]/g, "")} verification=${v?.outcome ?? "none"} -->`,
    `## Proposed fix for ${inlineText(run.incident.title, 200)}`,
    "",
    d
      ? `**Diagnosis.** ${inlineText(d.summary, 500)} (\`${d.category}\`, ${Math.round(d.confidence * 100)}% confidence)`
      : "",
    d ? `\n**Root cause.** ${inlineText(d.rootCause, 1_500)}` : "",
    p ? `\n**Change.** ${inlineText(p.rationale, 1_500)}` : "",
    p ? `\n**Risk.** ${p.risk}` : "",
    "",
    v
      ? `**Verification: ${v.outcome}.** ${inlineText(v.summary, 1_000)}\n\n${v.checks.map((c) => `- ${c.outcome === "pass" ? "✅" : c.outcome === "fail" ? "❌" : "⏭️"} ${inlineText(c.name, 200)}: ${inlineText(c.detail, 300)}`).join("\n")}`
      : "**Verification:** none ran; review the change by hand.",
    "",
  ];
  if (opts.mode === "AUDIT") {
    lines.push(
      "> [!IMPORTANT]",
      "> AUDIT mode: this draft is never merged by the bot. A maintainer approves the exact commit with",
      "> `/sentry approve <head-sha>`; new commits make an approval stale.",
    );
  } else {
    lines.push("Auto-merge is requested: branch protection and required checks still decide.");
  }
  if (d && d.evidence.length > 0) {
    lines.push("", "<details><summary>Evidence</summary>", "");
    for (const e of d.evidence.slice(0, 10)) {
      lines.push(`- ${inlineCode(`${e.file}${e.line ? `:${e.line}` : ""}`, 200)}`, codeBlock(e.excerpt, 400));
    }
    lines.push("", "</details>");
  }
  lines.push(
    "",
    [link, opts.runUrl ? `[Run log](${opts.runUrl})` : "", `Run ${inlineCode(run.id, 80)}`]
      .filter(Boolean)
      .join(" · "),
  );
  return lines.filter((line, i, all) => !(line === "" && all[i - 1] === "")).join("\n");
}
