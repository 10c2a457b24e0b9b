import { heartbeatAlertName } from "../../core/heartbeat-alert.js";
import type { Triage } from "../../core/triage.js";
import type { TurnRequest, TurnResponse } from "../provider.js";
import { planText } from "./collector-plan.js";
import { submitTurn } from "./conversation.js";
import { moreSevere, verdictOf } from "./findings.js";
import { suspectFiles } from "./repo-targets.js";

/** Triage needs no tools offline: the scanner has already read every record; this ranks what it found. */
export function triageTurn(request: TurnRequest): TurnResponse {
  const { context } = request;
  const heartbeat = heartbeatAlertName(context.incident);
  if (heartbeat && context.hints.length === 0) {
    return submitTurn(
      request,
      {
        severity: "P4",
        suspectedCategory: "none",
        summary: `${heartbeat} is a heartbeat alert: it fires all the time to prove that alerts are delivered, so its firing is the healthy state. Nothing to diagnose.`,
        needsDiagnosis: false,
        suspectFiles: [],
      },
      "Triage: a heartbeat alert, not an incident.",
    );
  }
  const verdict = verdictOf(context);
  let triage: Triage;
  if (verdict.kind === "finding") {
    const { primary, others } = verdict;
    const also = others.length ? `; also ${others.map((o) => o.pattern.title.toLowerCase()).join(", ")}` : "";
    triage = {
      severity: moreSevere(primary.pattern.severity, context.incident.severity),
      suspectedCategory: primary.pattern.category,
      summary: `${primary.pattern.title} (${primary.count}× in the logs)${also}.`,
      needsDiagnosis: true,
      suspectFiles: suspectFiles(primary, context.repoFiles ?? []),
    };
  } else {
    triage = {
      severity: verdict.kind === "none" ? "P4" : context.incident.severity,
      suspectedCategory: verdict.kind,
      summary:
        verdict.kind === "none"
          ? "No known incident pattern in the logs; the Detective confirms before closing."
          : "Something is wrong but no known pattern matches.",
      // Even "nothing wrong" goes to the Detective, so the run ends with a diagnosis that says so and why.
      needsDiagnosis: true,
      suspectFiles: [],
    };
  }
  const plan = planText(request);
  if (plan) triage = { ...triage, summary: `${triage.summary} ${plan}`.slice(0, 2_000) };
  return submitTurn(request, triage, "Triage from the pattern scan.");
}
