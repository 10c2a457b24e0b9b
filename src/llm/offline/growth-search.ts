import { MEMORY_READING, steadyGrowth, TOP_POD_ROW } from "../../inventory/growth.js";
import type { Finding } from "./findings.js";

/** Fixes that raise a memory limit or heap: never when the logs show the memory growing steadily. */
const LIMIT_FIXES = new Set(["raise-memory-limit", "raise-node-heap", "raise-jvm-heap"]);

/** A search of the logs for memory readings, when the finding's fix would raise a memory limit. */
export function growthSearch(finding: Finding): { pattern: string } | undefined {
  return (finding.pattern.repo ?? []).some((l) => l.fix && LIMIT_FIXES.has(l.fix))
    ? { pattern: `${MEMORY_READING.source}|${TOP_POD_ROW.source.replace("^", "^\\s*")}` }
    : undefined;
}

/** Whether the memory readings the search found in the logs (not the repository) rise steadily. */
export function growthIn(
  hits: readonly { file: string; text: string }[],
  repoFiles: ReadonlySet<string>,
): boolean {
  return steadyGrowth(
    hits
      .filter(
        (h) => !repoFiles.has(h.file) && (MEMORY_READING.test(h.text) || TOP_POD_ROW.test(h.text.trim())),
      )
      .map((h) => h.text),
  );
}
