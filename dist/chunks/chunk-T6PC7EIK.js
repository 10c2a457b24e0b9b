import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  detectAlertSource,
  detectionHint
} from "./chunk-PCQGL7FB.js";
import {
  ALERT_SOURCES,
  normalizeAlert
} from "./chunk-4VTSCIS2.js";
import {
  UsageError
} from "./chunk-UOHJ52NF.js";

// src/entrypoints/shared/incident-from-alert.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function incidentFromAlertFile(path, cwd, sourceFlag) {
  let text;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read alert ${path}: ${error.code ?? error}`, {
      cause: error
    });
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`alert ${path} is not valid JSON: ${error.message}`, { cause: error });
  }
  const source = sourceFlag ?? detectAlertSource(body);
  if (!source) {
    throw new UsageError(
      `cannot tell which tool sent alert ${path} (looked for ${detectionHint()}): name it with --alert-source (${ALERT_SOURCES.join(", ")})`
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
    description: [primary.description, related].filter(Boolean).join("\n\n").slice(0, 2e4)
  };
}

export {
  incidentFromAlertFile
};
