import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  incidentIdFor
} from "./chunk-23ZSANFV.js";

// src/entrypoints/shared/incident-from-logs.ts
import { createHash } from "node:crypto";
import { basename } from "node:path";
function incidentFromLogs(workspace, now, source = "cli") {
  const names = workspace.logFiles.map((file) => workspace.logDisplayNames[file] ?? basename(file));
  const fingerprint = createHash("sha256").update(
    JSON.stringify({
      logs: [...names].sort(),
      repo: workspace.repoRoot ? basename(workspace.repoRoot) : null
    })
  ).digest("hex");
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
    raw: { logs: names }
  };
}

export {
  incidentFromLogs
};
