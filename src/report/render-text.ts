import type { Evidence } from "../core/diagnosis.js";
import type { Run } from "../core/run.js";
import { excerptView } from "./excerpt-view.js";
import { describeOutcome, evidenceLocation, runStats } from "./run-facts.js";

const RULE = "─".repeat(72);

function indent(text: string, pad = "  "): string {
  return text
    .split("\n")
    .map((line) => (line ? pad + line : line))
    .join("\n");
}

function evidenceLines(evidence: Evidence[]): string[] {
  const width = Math.min(48, Math.max(...evidence.map((e) => evidenceLocation(e).length)));
  return evidence.map((e) => {
    const excerpt = excerptView(e);
    return `  ${evidenceLocation(e).padEnd(width)}  ${excerpt}${e.note ? `  (${e.note})` : ""}`;
  });
}

/** The report for a person at 3 a.m.: verdict first, then why, then what to do. Plain text, no colour codes. */
export function renderText(run: Run): string {
  const out: string[] = [];
  const { headline, detail } = describeOutcome(run);
  out.push(headline, detail, "");
  const inc = run.incident;
  out.push(`Incident  ${inc.title}`);
  out.push(
    `          ${inc.id} · ${inc.source} · ${inc.status} since ${inc.startedAt}${inc.service ? ` · service ${inc.service}` : ""}`,
  );
  out.push("");

  const diagnosis = run.diagnosis;
  if (diagnosis) {
    out.push("Root cause", indent(diagnosis.rootCause || diagnosis.summary), "");
    if (diagnosis.evidence.length > 0) out.push("Evidence", ...evidenceLines(diagnosis.evidence), "");
    if (diagnosis.recommendedActions.length > 0) {
      out.push("What to do", ...diagnosis.recommendedActions.map((a, i) => `  ${i + 1}. ${a}`), "");
    }
  } else if (run.triage) {
    out.push("Triage", indent(run.triage.summary), "");
  }

  const proposal = run.proposal;
  if (proposal) {
    const state = proposal.applied ? "applied" : `not applied (${run.mode} mode: a human reviews it)`;
    out.push(`Proposed fix: ${state}, risk ${proposal.risk}`, indent(proposal.rationale));
    if (proposal.restart) out.push(`  restart service: ${proposal.restart.service}`);
    if (proposal.patch) out.push("", indent(proposal.patch.trimEnd(), "    "));
    out.push("");
  }
  if (run.verification) {
    out.push(`Verification: ${run.verification.outcome}`, indent(run.verification.summary));
    for (const check of run.verification.checks)
      out.push(`  [${check.outcome}] ${check.name}: ${check.detail}`);
    out.push("");
  }
  const blocked = run.toolCalls.filter((c) => c.decision === "blocked");
  if (blocked.length > 0) {
    out.push("Blocked by the security layer");
    for (const call of blocked.slice(0, 10)) out.push(`  ${call.agent} → ${call.tool}: ${call.reason}`);
    if (blocked.length > 10) out.push(`  … and ${blocked.length - 10} more (see the audit log)`);
    out.push("");
  }
  if (run.inputFlags?.length) {
    out.push("Injection attempts neutralised before a model saw them");
    for (const flag of run.inputFlags) out.push(`  ${flag.source}: ${flag.flags.join(", ")}`);
    out.push("");
  }
  out.push(RULE);
  out.push(`Pipeline  ${run.states.map((s) => s.state).join(" → ")}`);
  out.push(`Run       ${runStats(run)}`);
  return `${out.join("\n")}\n`;
}
