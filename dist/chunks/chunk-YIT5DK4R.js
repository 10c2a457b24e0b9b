import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  terminalSafeDeep
} from "./chunk-26CHIPLB.js";
import {
  describeOutcome,
  evidenceLocation,
  proposalRationale,
  proposalState,
  runStats
} from "./chunk-S2EB3GIP.js";

// src/report/colour.ts
function wantsColour(env, isTty) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !(force === "0" || force.toLowerCase() === "false");
  return isTty;
}
var sgr = (code) => (text) => `\x1B[${code}m${text}\x1B[0m`;
var green = sgr("32");
var red = sgr("31");
var cyan = sgr("36");
var VERDICT = {
  NOTHING_WRONG: sgr("1;32"),
  FIXED: sgr("1;32"),
  PROPOSED: sgr("1;33"),
  ESCALATED: sgr("1;31"),
  HALTED: sgr("1;31")
};
var NO_PAINT = {
  verdict: (_outcome, text) => text,
  diffLine: (line) => line,
  bold: (text) => text,
  dim: (text) => text
};
var ANSI_PAINT = {
  verdict: (outcome, text) => VERDICT[outcome](text),
  diffLine(line) {
    const body = line.trimStart();
    if (body.startsWith("+++") || body.startsWith("---")) return sgr("1")(line);
    if (body.startsWith("+")) return green(line);
    if (body.startsWith("-")) return red(line);
    if (body.startsWith("@@")) return cyan(line);
    return line;
  },
  bold: sgr("1"),
  dim: sgr("2")
};

// src/report/excerpt-view.ts
var EXCERPT_WIDTH = 160;
var SALIENT = /\b(?:fatal|panic|error|exception|fail(?:ed|ure)?|refused|denied|killed|timed? ?out|no space|cannot|unable)\b/i;
function excerptView(evidence, width = EXCERPT_WIDTH) {
  const lines = evidence.excerpt.split("\n").map((l) => l.trim());
  const phrase = evidence.match?.trim();
  const first = lines[0] ?? "";
  const at = phrase ? lines.findIndex((l) => l.includes(phrase)) : -1;
  if (at <= 0) return cutLine(first, phrase, width);
  const head = cutLine(first, void 0, Math.max(24, Math.floor(width / 3)));
  return `${head} … ${cutLine(lines[at], phrase, width - head.length - 3)}`;
}
function cutLine(line, phrase, width) {
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
function proposalLines(run, paint) {
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
function renderText(untrusted, paint = NO_PAINT) {
  const run = terminalSafeDeep(untrusted);
  const out = [];
  const { verdict, headline, detail } = describeOutcome(run);
  out.push(`${paint.verdict(run.finalState, verdict)} · ${headline}`);
  if (detail) out.push(detail);
  out.push("");
  const inc = run.incident;
  out.push(`Incident  ${inc.title}`);
  out.push(
    `          ${inc.id} · ${inc.source} · ${inc.status} since ${inc.startedAt}${inc.service ? ` · service ${inc.service}` : ""}`
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
        ""
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
  return `${out.join("\n")}
`;
}

export {
  wantsColour,
  NO_PAINT,
  ANSI_PAINT,
  excerptView,
  renderText
};
