import type { LogSummary } from "../core/log-summary.js";
import type { AlertOutcome } from "../github/app-delivery.js";
import type { MemoryMatch } from "../memory/index.js";
import type { AuditEntry } from "../security/audit/audit-entry.js";
import type { ExecuteResult, IncidentLink } from "./api-incidents.js";

/** What a run recorded besides the Run: its audit trail, condensed logs and the memory it consulted. */
export interface RunRecord {
  audit: readonly AuditEntry[];
  logSummary?: LogSummary;
  matches: MemoryMatch[];
}

const issueLink = (issue: { number: number; url: string }): IncidentLink => ({
  label: `issue #${issue.number}`,
  url: issue.url,
});

/** What the incident book records of a delivery: the run when there was one, else what happened instead. */
export function bookResult(delivery: AlertOutcome, recorded: RunRecord | undefined): ExecuteResult {
  switch (delivery.status) {
    case "dropped":
      return { state: "DROPPED", reason: delivery.reason };
    case "handed-off":
      return { state: "HANDED_OFF", reason: delivery.reason };
    case "resolved":
      return {
        state: "RESOLVED",
        reason: delivery.issue ? `alert resolved; closed issue #${delivery.issue.number}` : "alert resolved",
        ...(delivery.issue ? { delivered: [issueLink(delivery.issue)] } : {}),
      };
    default: {
      const links: IncidentLink[] = delivery.issue ? [issueLink(delivery.issue)] : [];
      if (delivery.pr && "url" in delivery.pr)
        links.push({ label: `fix PR #${delivery.pr.number}`, url: delivery.pr.url });
      return {
        run: delivery.run,
        ...(links.length > 0 ? { delivered: links } : {}),
        audit: recorded?.audit ?? [],
        ...(recorded?.logSummary ? { logSummary: recorded.logSummary } : {}),
        ...(recorded ? { similar: recorded.matches } : {}),
      };
    }
  }
}
