import type { Run } from "../core/run.js";
import { excerptView } from "./excerpt-view.js";
import { describeOutcome, evidenceLocation, runStats } from "./run-facts.js";

/** Markdown inline code that survives backticks in the text (log lines often contain them). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence} ${text.replaceAll("\n", " ")} ${fence}`;
}

function fenced(text: string, language = ""): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text.trimEnd()}\n${fence}`;
}

/** The report as Markdown, for a job summary or a file; GitHub issue bodies have their own renderer. */
export function renderMarkdown(run: Run): string {
  const { headline, detail } = describeOutcome(run);
  const out: string[] = [`## ${headline}`, "", `_${detail}_`, ""];
  const inc = run.incident;
  out.push(
    `**Incident:** ${inc.title} (\`${inc.id}\`, ${inc.source}, ${inc.status} since ${inc.startedAt})`,
    "",
  );
  const diagnosis = run.diagnosis;
  if (diagnosis) {
    out.push("### Root cause", "", diagnosis.rootCause || diagnosis.summary, "");
    if (diagnosis.evidence.length > 0) {
      out.push("### Evidence", "", "| where | what |", "|---|---|");
      for (const e of diagnosis.evidence) {
        out.push(`| ${code(evidenceLocation(e))} | ${code(excerptView(e, 200))} |`);
      }
      out.push("");
    }
    if (diagnosis.recommendedActions.length > 0) {
      out.push("### What to do", "", ...diagnosis.recommendedActions.map((a, i) => `${i + 1}. ${a}`), "");
    }
  } else if (run.triage) {
    out.push("### Triage", "", run.triage.summary, "");
  }
  if (run.proposal) {
    const state = run.proposal.applied ? "applied" : `not applied (${run.mode}: review required)`;
    out.push(`### Proposed fix (${state}, risk ${run.proposal.risk})`, "", run.proposal.rationale, "");
    if (run.proposal.restart) out.push(`Restart service \`${run.proposal.restart.service}\``, "");
    if (run.proposal.patch) out.push(fenced(run.proposal.patch, "diff"), "");
  }
  if (run.verification) {
    out.push(`### Verification: ${run.verification.outcome}`, "", run.verification.summary, "");
    for (const check of run.verification.checks) {
      out.push(
        `- [${check.outcome === "pass" ? "x" : " "}] ${check.name} (${check.outcome}): ${check.detail}`,
      );
    }
    out.push("");
  }
  if (run.inputFlags?.length) {
    out.push("### Injection attempts neutralised", "");
    for (const flag of run.inputFlags) out.push(`- ${flag.source}: ${flag.flags.join(", ")}`);
    out.push("");
  }
  out.push("---", "", `Pipeline: ${run.states.map((s) => s.state).join(" → ")}`, "", runStats(run), "");
  return out.join("\n");
}
