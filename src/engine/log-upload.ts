import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LogUpload, Workspace } from "../core/workspace.js";

/**
 * Posted log text as a private file in `dir` (the caller removes it), with the workspace fields that cite it
 * as where it came from: the watched file's name and line numbers, or "incident.log" for pasted text.
 */
export async function writeLogUpload(
  dir: string,
  upload: LogUpload,
): Promise<Pick<Workspace, "logFiles" | "logDisplayNames" | "logFirstLines">> {
  // The name on disk is ours, never the posted one: only the display name comes from the caller.
  const path = join(dir, "incident.log");
  await writeFile(path, upload.text, { mode: 0o600 });
  return {
    logFiles: [path],
    logDisplayNames: { [path]: upload.file ?? "incident.log" },
    ...(upload.firstLine ? { logFirstLines: { [path]: upload.firstLine } } : {}),
  };
}
