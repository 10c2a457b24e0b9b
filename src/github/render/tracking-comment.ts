import type { SimilarIncident } from "../../core/agent-context.js";
import type { Diagnosis } from "../../core/diagnosis.js";
import type { Proposal } from "../../core/proposal.js";
import type { PipelineState, Run } from "../../core/run.js";
import type { Usage } from "../../core/usage.js";
import { alertState, describeOutcome, proposalRationale } from "../../report/run-facts.js";
import { evidenceUrl, type LinkContext } from "./links.js";
import { codeBlock, inlineCode, inlineText } from "./markdown-safe.js";

export const RUN_MARKER_PREFIX = "<!-- claude-sentry:run ";
export const runMarker = (runId: string) => `${RUN_MARKER_PREFIX}${runId.replace(/[^\w.-]/g, "")} -->`;

const STAGES: { state: PipelineState; label: string }[] = [
  { state: "TRIAGE", label: "Triage" },
  { state: "DIAGNOSIS", label: "Diagnosis" },
  { state: "REMEDIATION", label: "Remediation" },
  { state: "VERIFICATION", label: "Verification" },
];

/** What the comment shows while a run is in flight; the finished Run replaces it. */
export interface RunProgress {
  runId: string;
  /** States entered so far, in order; the last one is in progress. */
  entered: string[];
  usage?: Usage;
}

function checkboxes(entered: readonly string[], finished: Run | undefined): string[] {
  const current = entered.at(-1);
  return STAGES.map(({ state, label }) => {
    const seen = entered.includes(state);
    if (!seen) return `- [ ] ${label}${finished ? " — skipped" : ""}`;
    if (!finished && state === current) return `- [ ] ${label} — running…`;
    return `- [x] ${label}`;
  });
}

function usageLine(usage: Usage | undefined): string {
  if (!usage) return "";
  const tokens = usage.inputTokens + usage.outputTokens + usage.cacheReadTokens + usage.cacheWriteTokens;
  return `Tokens: ${tokens.toLocaleString("en-US")} (in ${usage.inputTokens}, out ${usage.outputTokens}, cache ${usage.cacheReadTokens}/${usage.cacheWriteTokens}) · cost $${usage.costUsd.toFixed(4)}`;
}

export function renderDiagnosis(d: Diagnosis, links: LinkContext): string[] {
  const lines = [
    `### Diagnosis: ${inlineText(d.summary, 300)}`,
    "",
    `**Severity** ${d.severity} · **Category** \`${d.category}\` · **Confidence** ${Math.round(d.confidence * 100)}%`,
    "",
    `**Root cause.** ${inlineText(d.rootCause, 2_000)}`,
  ];
  if (d.evidence.length > 0) {
    lines.push("", "**Evidence**", "");
    for (const e of d.evidence.slice(0, 15)) {
      const where = `${e.file}${e.line ? `:${e.line}` : ""}`;
      const url = evidenceUrl(links, e);
      const label = url ? `[${inlineCode(where, 200)}](${url})` : inlineCode(where, 200);
      lines.push(`- ${label} (${e.kind})${e.note ? ` — ${inlineText(e.note, 300)}` : ""}`);
      if (e.excerpt.trim()) lines.push("", codeBlock(e.excerpt, 600).replace(/^/gm, "  "), "");
    }
  }
  if (d.recommendedActions.length > 0) {
    lines.push(
      "",
      "**Recommended actions**",
      "",
      ...d.recommendedActions.map((a) => `1. ${inlineText(a, 500)}`),
    );
  }
  return lines;
}

/** `rationale` is what the proposal adds to the diagnosis (the caller drops what the root cause said). */
export function renderProposal(p: Proposal, rationale = p.rationale): string[] {
  const said = rationale ? `: ${inlineText(rationale, 1_000)}` : "";
  const lines = ["", `**Proposed fix** (risk: ${p.risk}, ${p.applied ? "applied" : "not applied"})${said}`];
  if (p.restart) lines.push(`- Restart ${inlineCode(p.restart.service, 100)}`);
  if (p.patch)
    lines.push(
      "",
      "<details><summary>Patch</summary>",
      "",
      codeBlock(p.patch, 6_000, "diff"),
      "",
      "</details>",
    );
  return lines;
}

export function renderSimilar(similar: readonly SimilarIncident[]): string[] {
  if (similar.length === 0) return [];
  return [
    "",
    "**Similar past incidents**",
    "",
    ...similar.slice(0, 5).map((s) => {
      const worked = s.fixWorked === undefined ? "" : s.fixWorked ? " — fix worked" : " — fix did not hold";
      return `- ${inlineText(s.title, 200)} (\`${s.category}\`, ${Math.round(s.score * 100)}% similar): ${inlineText(s.rootCause, 300)}${worked}`;
    }),
  ];
}

/** One comment per run, edited in place: stage checkboxes, run link, spend, and finally the diagnosis. */
export function renderTrackingComment(
  progress: RunProgress,
  links: LinkContext,
  finished?: Run,
  similar: readonly SimilarIncident[] = [],
): string {
  const entered = finished ? finished.states.map((s) => s.state) : progress.entered;
  const alert = finished ? alertState(finished) : undefined;
  const head = finished
    ? `## Claude Sentry run — ${finished.finalState}${alert ? ` · ${alert}` : ""}`
    : "## Claude Sentry run — in progress";
  const meta = [
    links.runUrl ? `[Run log](${links.runUrl})` : undefined,
    finished ? `mode ${finished.mode}` : undefined,
    finished ? `provider ${inlineText(finished.provider, 60)}` : undefined,
  ].filter(Boolean);
  const lines = [runMarker(progress.runId), head, "", ...checkboxes(entered, finished), ""];
  if (meta.length > 0) lines.push(meta.join(" · "));
  const usage = usageLine(finished?.usage ?? progress.usage);
  if (usage) lines.push(usage);
  if (finished) {
    const { detail } = describeOutcome(finished);
    if (detail) lines.push("", `**${inlineText(detail, 1_000)}**`);
    if (finished.diagnosis) lines.push("", ...renderDiagnosis(finished.diagnosis, links));
    if (finished.proposal) lines.push(...renderProposal(finished.proposal, proposalRationale(finished)));
    if (finished.verification) {
      lines.push(
        "",
        `**Verification: ${finished.verification.outcome}.** ${inlineText(finished.verification.summary, 1_000)}`,
      );
    }
    lines.push(...renderSimilar(similar));
  }
  return lines.join("\n");
}
