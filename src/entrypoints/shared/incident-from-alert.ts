import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../../core/errors.js";
import type { Incident } from "../../core/incident.js";
import { incidentFromAlertBody } from "../../engine/incident-from-alert.js";
import { detectAlertSource, detectionHint } from "../../ingest/alerts/detect.js";
import { ALERT_SOURCES } from "../../ingest/alerts/source-name.js";

/** `--alert FILE` to one Incident, by the rule every door uses (incidentFromAlertBody). */
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
  const result = incidentFromAlertBody(body, source);
  if (!result.ok) throw new UsageError(`${result.reason.replace(/^alert /, `alert ${path} `)}`);
  return result.incident;
}
