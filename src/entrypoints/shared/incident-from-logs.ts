import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Incident } from "../../core/incident.js";
import type { Workspace } from "../../core/workspace.js";
import { incidentIdFor } from "../../ingest/alerts/index.js";

/**
 * With no alert, the upload itself is the incident. Its fingerprint is the set of file names, so the same
 * logs uploaded twice are one incident; severity starts at P3 and Triage decides.
 */
export function incidentFromLogs(
  workspace: Workspace,
  now: Date,
  source: Incident["source"] = "cli",
): Incident {
  const names = workspace.logFiles.map((file) => workspace.logDisplayNames[file] ?? basename(file));
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify({
        logs: [...names].sort(),
        repo: workspace.repoRoot ? basename(workspace.repoRoot) : null,
      }),
    )
    .digest("hex");
  const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ` (+${names.length - 3} more)` : "");
  return {
    id: incidentIdFor(fingerprint),
    fingerprint,
    source,
    severity: "P3",
    title: names.length > 0 ? `Logs uploaded: ${shown}` : "Manual diagnosis request",
    labels: {},
    startedAt: now.toISOString(),
    status: "firing",
    raw: { logs: names },
  };
}
