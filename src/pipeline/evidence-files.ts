import type { Diagnosis } from "../core/diagnosis.js";

/**
 * At most this many files are handed on: the one to patch and what it is checked against (a unit's port needs
 * the unit, its neighbour's env file and its proxy). A fix that needs more is not a small, safe change.
 */
const MAX_FILES = 4;

/**
 * The repository files the Detective cited as evidence, with the content it read through read_file.
 * The Surgeon may not read (least privilege), so this is the text it writes its diff against; a cited file the
 * Detective never read is not handed on, and the Surgeon then has nothing to patch it from.
 */
export function collectEvidenceFiles(
  diagnosis: Diagnosis,
  filesRead: ReadonlyMap<string, string>,
): { path: string; content: string }[] {
  const cited = [...new Set(diagnosis.evidence.filter((e) => e.kind === "repo").map((e) => e.file))];
  return cited
    .filter((path) => filesRead.has(path))
    .slice(0, MAX_FILES)
    .map((path) => ({ path, content: filesRead.get(path)! }));
}
