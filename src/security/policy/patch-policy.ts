/**
 * What a bot's patch may change besides file contents: nothing. apply_patch and delivery (the fix PR) both
 * ask these, so what was accepted and what is delivered are judged by the same rules.
 */

/** git's extended headers that change more than lines: modes (executables, symlinks), renames, copies, deletes. */
const EXTENDED_HEADER =
  /^(?:old mode|new mode|deleted file mode|new file mode|rename from|rename to|copy from|copy to|similarity index|dissimilarity index) /;

/** Refuses a patch text whose headers would change a file's mode, kind or name, or delete it. */
export function checkPatchHeaders(text: string): string | undefined {
  for (const line of text.split("\n")) {
    // `new file mode 100644` is a plain created file; 100755, a 120000 symlink or a 160000 submodule is not.
    if (!EXTENDED_HEADER.test(line) || line.trimEnd() === "new file mode 100644") continue;
    return `patches may change file contents only (found "${line.slice(0, 60)}"): modes, renames, copies and deletions are refused`;
  }
  return undefined;
}

/** npm runs these by itself (install, publish, pack, version) or by name in CI: code execution, not config. */
const LIFECYCLE =
  /^(pre|post)|^(install|prepare|prepublish|prepublishOnly|prepack|postpack|uninstall|version|dependencies)$/;

/**
 * Content rules for one file, on the text before and after: a package.json may not gain, lose or change a
 * lifecycle script (`postinstall` runs on every `npm install`), nor its `scripts` become unreadable.
 */
export function checkFileChange(path: string, before: string | undefined, after: string): string | undefined {
  if (!/(^|\/)package\.json$/i.test(path)) return undefined;
  const was = scriptsOf(before ?? "{}");
  const now = scriptsOf(after);
  if (now === undefined) return `${path}: not valid JSON after the patch: refusing`;
  if (was === undefined) return undefined;
  const names = new Set([...Object.keys(was), ...Object.keys(now)]);
  for (const name of names) {
    if (was[name] !== now[name] && LIFECYCLE.test(name))
      return `${path}: the lifecycle script "${name}" may not be changed by a bot (npm runs it by itself)`;
  }
  return undefined;
}

function scriptsOf(text: string): Record<string, unknown> | undefined {
  try {
    const json = JSON.parse(text) as unknown;
    if (!json || typeof json !== "object") return {};
    const scripts = (json as { scripts?: unknown }).scripts;
    return scripts && typeof scripts === "object" ? (scripts as Record<string, unknown>) : {};
  } catch {
    return undefined;
  }
}
