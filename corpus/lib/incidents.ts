/** Reads the corpus from disk and materialises an incident (repository, logs, alert) into a directory. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { type GeneratedLog, generateLog } from "./generate.js";
import { type Expected, ExpectedSchema, type LogFileSpec, LogsYamlSchema } from "./schema.js";

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const INCIDENTS_DIR = join(CORPUS_DIR, "incidents");

export interface Incident {
  id: string;
  dir: string;
  expected: Expected;
  logSpecs: LogFileSpec[];
  hasAlert: boolean;
  hasRepo: boolean;
}

export function listIncidentIds(): string[] {
  return readdirSync(INCIDENTS_DIR)
    .filter((name) => statSync(join(INCIDENTS_DIR, name)).isDirectory())
    .sort();
}

export function loadIncident(id: string): Incident {
  const dir = join(INCIDENTS_DIR, id);
  const parsed = ExpectedSchema.safeParse(JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")));
  if (!parsed.success) throw new Error(`${id}/expected.json: ${parsed.error.message}`);
  const expected = parsed.data;
  if (expected.id !== id) throw new Error(`${id}/expected.json names id "${expected.id}"`);
  const specPath = join(dir, "logs.yaml");
  const logSpecs = existsSync(specPath) ? LogsYamlSchema.parse(parse(readFileSync(specPath, "utf8"))) : [];
  return {
    id,
    dir,
    expected,
    logSpecs,
    hasAlert: existsSync(join(dir, "alert.json")),
    hasRepo: existsSync(join(dir, "repo")),
  };
}

export interface Materialised {
  root: string;
  /** Every log file (generated or committed) by its path relative to the incident, with its signal lines. */
  logs: Map<string, GeneratedLog>;
}

/** Writes the incident under `root`: repo/ copied, logs/ committed files copied and generated ones written. */
export function materialise(incident: Incident, root: string): Materialised {
  mkdirSync(join(root, "logs"), { recursive: true });
  if (incident.hasRepo) cpSync(join(incident.dir, "repo"), join(root, "repo"), { recursive: true });
  if (incident.hasAlert) cpSync(join(incident.dir, "alert.json"), join(root, "alert.json"));
  const logs = new Map<string, GeneratedLog>();
  const committed = join(incident.dir, "logs");
  if (existsSync(committed)) {
    for (const name of readdirSync(committed)) {
      const text = readFileSync(join(committed, name), "utf8");
      writeFileSync(join(root, "logs", name), text);
      const all = new Set(text.split("\n").map((_l, i) => i + 1));
      logs.set(`logs/${name}`, { text, signalLines: all, blocks: new Map() });
    }
  }
  for (const spec of incident.logSpecs) {
    const generated = generateLog(spec);
    mkdirSync(dirname(join(root, spec.file)), { recursive: true });
    writeFileSync(join(root, spec.file), generated.text);
    logs.set(spec.file, generated);
  }
  return { root, logs };
}

/** Lines of a log that an expected evidence entry accepts: signal (or committed) lines matching its regex. */
export function acceptedLines(log: GeneratedLog, match: string): Set<number> {
  const re = new RegExp(match);
  const lines = log.text.split("\n");
  return new Set([...log.signalLines].filter((n) => re.test(lines[n - 1] ?? "")));
}

/**
 * Whether a cited line counts as the expected evidence: the matching line itself, or the first line of the
 * multi-line record that holds it (a stack trace's header, a wrapped error). In generated logs the record is the
 * rendered signal event; in committed files the cited excerpt must show the match within the next 30 lines.
 */
export function citesEvidence(log: GeneratedLog, match: string, line: number, excerpt: string): boolean {
  const accepted = acceptedLines(log, match);
  if (accepted.has(line)) return true;
  const block = log.blocks.get(line);
  const re = new RegExp(match);
  return [...accepted].some(
    (m) =>
      m > line &&
      ((block !== undefined && log.blocks.get(m) === block) || (m - line <= 30 && re.test(excerpt))),
  );
}
