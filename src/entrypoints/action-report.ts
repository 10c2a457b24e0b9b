import { appendFileSync } from "node:fs";
import * as core from "@actions/core";
import type { Incident } from "../core/incident.js";
import { needsHuman, type Run } from "../core/run.js";
import type { Delivery, DeliveryTarget } from "../github/deliver-run.js";
import { renderTrackingComment } from "../github/render/tracking-comment.js";
import type { RunnerContext } from "./action-context.js";
import { setOutput } from "./action-inputs.js";

/**
 * The job summary file, appended directly: @actions/core's `summary` caches the file path on first use,
 * which is wrong for anything that runs run() more than once in a process (tests, a long-lived runner).
 */
export function writeSummary(ctx: RunnerContext, markdown: string): void {
  if (!ctx.summaryFile) {
    core.info(markdown);
    return;
  }
  appendFileSync(ctx.summaryFile, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
}

export function replyFor(delivery: Delivery, problems: string[]): string {
  const notes = problems.length > 0 ? `\n\nSkipped logs: ${problems.join("; ")}` : "";
  if (delivery.status === "resolved") return `The incident is resolved.${notes}`;
  const d = delivery.run.diagnosis;
  const head = d
    ? `Diagnosed (${d.category}, ${Math.round(d.confidence * 100)}%): ${d.summary.slice(0, 300)}`
    : `Run ended ${delivery.run.finalState}: ${delivery.run.reason.slice(0, 300)}`;
  const pr =
    delivery.pr && "number" in delivery.pr
      ? ` Fix PR #${delivery.pr.number}.`
      : delivery.pr
        ? ` Fix: ${delivery.pr.status} (${"reason" in delivery.pr ? delivery.pr.reason : ""}).`
        : "";
  return `${head}${pr} Details in the run comment above.${notes}`;
}

/** Outputs and the job summary: the same facts the tracking comment shows. */
export async function report(
  ctx: RunnerContext,
  incident: Incident,
  delivery: Delivery,
  target: DeliveryTarget,
): Promise<void> {
  setOutput("incident-id", incident.id);
  // The alert's own state, beside what the run did and never folded into it.
  setOutput("alert-state", delivery.status === "resolved" ? "resolved" : incident.status);
  if (delivery.status === "resolved") {
    // No run: the alert's own resolved notification closed the incident, so nothing is wrong and nobody acts.
    setOutput("severity", incident.severity);
    setOutput("outcome", "NOTHING_WRONG");
    setOutput("needs-human", "false");
    setOutput("issue-number", delivery.issue?.number);
    writeSummary(ctx, `## Claude Sentry\n\nIncident ${incident.id} resolved.\n`);
    return;
  }
  const run: Run = delivery.run;
  // Each output once: the diagnosed severity when there is one, else the alert's.
  setOutput("severity", run.diagnosis?.severity ?? incident.severity);
  setOutput("outcome", run.finalState);
  setOutput("needs-human", String(needsHuman(run.finalState)));
  setOutput("category", run.diagnosis?.category);
  setOutput("issue-number", delivery.issue?.number);
  setOutput("pr-number", delivery.pr && "number" in delivery.pr ? delivery.pr.number : undefined);
  setOutput("run-json", JSON.stringify(run));
  const halted =
    delivery.status === "halted"
      ? `> Writes halted: ${delivery.gate.open ? "" : delivery.gate.reason}. Nothing was written to the repository.\n\n`
      : "";
  const body = renderTrackingComment({ runId: run.id, entered: [] }, target.links, run);
  writeSummary(ctx, `${halted}${body.replace(/^<!--.*?-->\n/, "")}\n`);
}
