import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../../core/errors.js";
import type { Incident } from "../../core/incident.js";
import { detectAlertSource, detectionHint } from "../../ingest/alerts/detect.js";
import { normalizeAlert } from "../../ingest/alerts/normalize-alert.js";
import { ALERT_SOURCES } from "../../ingest/alerts/source-name.js";

// Detection lives with the normalizers (src/ingest/alerts/detect.ts); re-exported for existing callers.
export { detectAlertSource };

/**
 * `--alert FILE` to one Incident. A group notification (Alertmanager, Grafana) can carry several alerts: the
 * run diagnoses the first firing one and names the others in its description, since they share the group.
 */
export function incidentFromAlertFile(path: string, cwd: string, sourceFlag?: string): Incident {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read alert ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`alert ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const source = sourceFlag ?? detectAlertSource(body);
  if (!source) {
    throw new UsageError(
      `cannot tell which tool sent alert ${path} (looked for ${detectionHint()}): name it with --alert-source (${ALERT_SOURCES.join(", ")})`,
    );
  }
  const result = normalizeAlert(source, body);
  if (result.status === "invalid")
    throw new UsageError(`alert ${path} (${source}): ${result.path}: ${result.reason}`);
  const incidents = result.incidents;
  const primary = incidents.find((incident) => incident.status === "firing") ?? incidents[0];
  if (!primary) throw new UsageError(`alert ${path} (${source}) holds no alerts`);
  const others = incidents.filter((incident) => incident !== primary);
  if (others.length === 0) return primary;
  const related = `Related alerts in the same notification: ${others.map((o) => `${o.title} (${o.status})`).join("; ")}`;
  return {
    ...primary,
    description: [primary.description, related].filter(Boolean).join("\n\n").slice(0, 20_000),
  };
}
