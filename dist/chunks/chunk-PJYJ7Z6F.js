import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/report/excerpt-view.ts
var EXCERPT_WIDTH = 160;
var SALIENT = /\b(?:fatal|panic|error|exception|fail(?:ed|ure)?|refused|denied|killed|timed? ?out|no space|cannot|unable)\b/i;
function excerptView(evidence, width = EXCERPT_WIDTH) {
  const lines = evidence.excerpt.split("\n").map((l) => l.trim());
  const phrase = evidence.match?.trim();
  const line = phrase && lines.find((l) => l.includes(phrase)) || lines[0] || "";
  if (line.length <= width) return line;
  let at = phrase ? line.indexOf(phrase) : -1;
  let length = phrase?.length ?? 0;
  if (at < 0) {
    const salient = SALIENT.exec(line);
    at = salient?.index ?? 0;
    length = salient?.[0].length ?? 0;
  }
  if (at + Math.min(length, width) <= width - 1) return `${line.slice(0, width - 1)}…`;
  const lead = Math.min(at, Math.max(8, Math.floor((width - Math.min(length, width)) / 3)));
  const start = at - lead;
  const end = Math.min(line.length, start + width - 2);
  return `…${line.slice(start, end)}${end < line.length ? "…" : ""}`;
}

// src/report/run-facts.ts
function evidenceLocation(evidence) {
  const place = evidence.line ? `${evidence.file}:${evidence.line}` : evidence.file;
  return evidence.kind === "repo" ? `repo:${place}` : place;
}
function runCategory(run) {
  return run.diagnosis?.category ?? run.triage?.suspectedCategory ?? "unknown";
}
function runSeverity(run) {
  return run.diagnosis?.severity ?? run.triage?.severity ?? run.incident.severity;
}
function describeOutcome(run) {
  const category = runCategory(run).replaceAll("_", " ");
  const summary = run.diagnosis?.summary ?? run.triage?.summary ?? run.incident.title;
  const confidence = run.diagnosis ? ` (confidence ${Math.round(run.diagnosis.confidence * 100)}%)` : "";
  return {
    headline: `${run.finalState} · ${runSeverity(run)} · ${category}${confidence}: ${summary}`,
    detail: `Why it stopped here: ${run.reason}`
  };
}
function runStats(run) {
  const blocked = run.toolCalls.filter((c) => c.decision === "blocked").length;
  const tokens = run.usage.inputTokens + run.usage.outputTokens + run.usage.cacheReadTokens + run.usage.cacheWriteTokens;
  const ms = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
  return [
    run.id,
    `provider ${run.provider}`,
    `mode ${run.mode}`,
    `${run.toolCalls.length} tool calls (${blocked} blocked)`,
    `${tokens} tokens`,
    `$${run.usage.costUsd.toFixed(4)}`,
    `${ms} ms`
  ].join(" · ");
}

// src/report/render-text.ts
var RULE = "─".repeat(72);
function indent(text, pad = "  ") {
  return text.split("\n").map((line) => line ? pad + line : line).join("\n");
}
function evidenceLines(evidence) {
  const width = Math.min(48, Math.max(...evidence.map((e) => evidenceLocation(e).length)));
  return evidence.map((e) => {
    const excerpt = excerptView(e);
    return `  ${evidenceLocation(e).padEnd(width)}  ${excerpt}${e.note ? `  (${e.note})` : ""}`;
  });
}
function renderText(run) {
  const out = [];
  const { headline, detail } = describeOutcome(run);
  out.push(headline, detail, "");
  const inc = run.incident;
  out.push(`Incident  ${inc.title}`);
  out.push(
    `          ${inc.id} · ${inc.source} · ${inc.status} since ${inc.startedAt}${inc.service ? ` · service ${inc.service}` : ""}`
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
  return `${out.join("\n")}
`;
}

export {
  excerptView,
  evidenceLocation,
  describeOutcome,
  runStats,
  renderText
};
