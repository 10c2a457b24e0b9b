import type { Evidence } from "../core/diagnosis.js";
import type { Run } from "../core/run.js";
import { NO_PAINT, type Paint } from "./colour.js";
import { excerptView } from "./excerpt-view.js";
import {
  describeOutcome,
  evidenceLocation,
  proposalRationale,
  proposalState,
  runStats,
} from "./run-facts.js";
import { terminalSafeDeep } from "./terminal-safe.js";

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

function proposalLines(run: Run, paint: Paint): string[] {
  const proposal = run.proposal;
  if (!proposal) return [];
  const out = [paint.bold(`Proposed fix: ${proposalState(run)}, risk ${proposal.risk}`)];
  const rationale = proposalRationale(run);
  if (rationale) out.push(indent(rationale));
  if (proposal.restart) out.push(`  restart service: ${proposal.restart.service}`);
  if (proposal.patch) {
    const diff = indent(proposal.patch.trimEnd(), "    ").split("\n").map(paint.diffLine);
    out.push("", ...diff);
  }
  out.push("");
  return out;
}

/**
 * The report for a person at 3 a.m.: the outcome first (and the alert's state beside it), then why, then what
 * to do. Colour only when the caller's paint says so (a terminal); each fact once.
 */
export function renderText(untrusted: Run, paint: Paint = NO_PAINT): string {
  const run = terminalSafeDeep(untrusted);
  const out: string[] = [];
  const { verdict, headline, detail } = describeOutcome(run);
  out.push(`${paint.verdict(run.finalState, verdict)} · ${headline}`);
  if (detail) out.push(detail);
  out.push("");
  const inc = run.incident;
  out.push(`Incident  ${inc.title}`);
  out.push(
    `          ${inc.id} · ${inc.source} · ${inc.status} since ${inc.startedAt}${inc.service ? ` · service ${inc.service}` : ""}`,
  );
  out.push("");

  const diagnosis = run.diagnosis;
  if (diagnosis) {
    out.push(paint.bold("Root cause"), indent(diagnosis.rootCause || diagnosis.summary), "");
    if (diagnosis.evidence.length > 0)
      out.push(paint.bold("Evidence"), ...evidenceLines(diagnosis.evidence), "");
    if (diagnosis.recommendedActions.length > 0) {
      out.push(
        paint.bold("What to do"),
        ...diagnosis.recommendedActions.map((a, i) => `  ${i + 1}. ${a}`),
        "",
      );
    }
  } else if (run.triage) {
    out.push(paint.bold("Triage"), indent(run.triage.summary), "");
  }
  out.push(...proposalLines(run, paint));
  if (run.verification) {
    out.push(paint.bold(`Verification: ${run.verification.outcome}`), indent(run.verification.summary));
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
  out.push(paint.dim(RULE));
  out.push(`Pipeline  ${run.states.map((s) => s.state).join(" → ")}`);
  out.push(`Run       ${runStats(run)}`);
  return `${out.join("\n")}\n`;
}
