import { COLLECTION_DECL, growingFields, growingStructure } from "../../inventory/growing-structure.js";
import { MEMORY_READING } from "../../inventory/growth.js";
import { CODE } from "../../knowledge/patterns/locators.js";
import type { RepoCause } from "./repo-targets.js";

/** The search for long-lived collections, run beside the memory readings' search when growth is looked for. */
export const COLLECTION_SEARCH = { pattern: COLLECTION_DECL };

/**
 * With memory rising steadily, the collection the logs' growing size figure names is the cause to cite (no
 * change: the limit must not be raised, and how to bound the structure is a person's decision).
 */
export function leakCause(
  hits: readonly { file: string; line: number; text: string }[],
  repoFiles: ReadonlySet<string>,
): RepoCause | undefined {
  const logLines = hits
    .filter((h) => !repoFiles.has(h.file) && MEMORY_READING.test(h.text))
    .map((h) => h.text);
  const declarations = hits.filter(
    (h) => repoFiles.has(h.file) && CODE.test(h.file) && new RegExp(COLLECTION_DECL).test(h.text),
  );
  const found = growingStructure(growingFields(logLines), declarations);
  if (!found) return undefined;
  const { field } = found;
  return {
    file: found.file,
    line: found.line,
    text: found.text,
    locator: {
      grep: COLLECTION_DECL,
      files: CODE,
      what: `the long-lived collection \`${found.name}\`, named by ${field.name} rising ${field.first} → ${field.last} over ${field.readings} readings with memory (check what evicts its entries; bound it by size or TTL rather than raising the limit)`,
    },
  };
}
