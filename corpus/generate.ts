/**
 * Materialises corpus incidents for a person to read or to run the CLI on by hand:
 * `npx tsx corpus/generate.ts OUT_DIR [ID...]` writes OUT_DIR/<id>/{repo,logs,alert.json}.
 */
import { join, resolve } from "node:path";
import { listIncidentIds, loadIncident, materialise } from "./lib/incidents.js";

const [out, ...only] = process.argv.slice(2);
if (!out) {
  console.error("usage: npx tsx corpus/generate.ts OUT_DIR [ID...]");
  process.exit(2);
}
for (const id of only.length > 0 ? only : listIncidentIds()) {
  const m = materialise(loadIncident(id), join(resolve(out), id));
  const lines = [...m.logs.values()].reduce((n, log) => n + log.text.split("\n").length - 1, 0);
  console.log(`${id}: ${m.logs.size} log files, ${lines} lines`);
}
