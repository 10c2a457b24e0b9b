import type { Run } from "../core/run.js";
import { codeBlock, inlineCode, inlineText } from "../security/gateway/posting-neutraliser.js";
import { excerptView } from "./excerpt-view.js";
import {
  describeOutcome,
  evidenceLocation,
  proposalRationale,
  proposalState,
  runStats,
} from "./run-facts.js";
import { terminalSafeDeep } from "./terminal-safe.js";

/** A fenced block: its fence outgrows any backtick run inside, and references are neutralised. */
const fenced = (text: string, language = "") => codeBlock(text.trimEnd(), 20_000, language);
const code = (text: string) => inlineCode(text, 300);

/** The report as Markdown, for a job summary or a file; GitHub issue bodies have their own renderer. */
export function renderMarkdown(untrusted: Run): string {
  const run = terminalSafeDeep(untrusted);
  const { verdict, headline, detail } = describeOutcome(run);
  // Both carry the model's words (its summary, the run's reason).
  const out: string[] = [`## ${verdict} · ${inlineText(headline, 500)}`, ""];
  if (detail) out.push(`_${inlineText(detail, 2_000)}_`, "");
  const inc = run.incident;
  out.push(
    `**Incident:** ${inlineText(inc.title, 300)} (${code(inc.id)}, ${inlineText(inc.source, 60)}, ${inc.status} since ${inlineText(inc.startedAt, 40)})`,
    "",
  );
  const diagnosis = run.diagnosis;
  if (diagnosis) {
    out.push("### Root cause", "", inlineText(diagnosis.rootCause || diagnosis.summary, 4_000), "");
    if (diagnosis.evidence.length > 0) {
      out.push("### Evidence", "", "| where | what |", "|---|---|");
      for (const e of diagnosis.evidence) {
        out.push(`| ${code(evidenceLocation(e))} | ${code(excerptView(e, 200))} |`);
      }
      out.push("");
    }
    if (diagnosis.recommendedActions.length > 0) {
      out.push(
        "### What to do",
        "",
        ...diagnosis.recommendedActions.map((a, i) => `${i + 1}. ${inlineText(a, 1_000)}`),
        "",
      );
    }
  } else if (run.triage) {
    out.push("### Triage", "", inlineText(run.triage.summary, 2_000), "");
  }
  if (run.proposal) {
    out.push(`### Proposed fix (${proposalState(run)}, risk ${run.proposal.risk})`, "");
    const rationale = proposalRationale(run);
    if (rationale) out.push(inlineText(rationale, 2_000), "");
    if (run.proposal.restart) out.push(`Restart service ${code(run.proposal.restart.service)}`, "");
    if (run.proposal.patch) out.push(fenced(run.proposal.patch, "diff"), "");
  }
  if (run.verification) {
    out.push(
      `### Verification: ${run.verification.outcome}`,
      "",
      inlineText(run.verification.summary, 2_000),
      "",
    );
    for (const check of run.verification.checks) {
      out.push(
        `- [${check.outcome === "pass" ? "x" : " "}] ${inlineText(check.name, 200)} (${check.outcome}): ${inlineText(check.detail, 500)}`,
      );
    }
    out.push("");
  }
  if (run.inputFlags?.length) {
    out.push("### Injection attempts neutralised", "");
    for (const flag of run.inputFlags)
      out.push(`- ${inlineText(flag.source, 200)}: ${inlineText(flag.flags.join(", "), 500)}`);
    out.push("");
  }
  out.push("---", "", `Pipeline: ${run.states.map((s) => s.state).join(" → ")}`, "", runStats(run), "");
  return out.join("\n");
}
