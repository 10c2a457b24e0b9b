import { applyPatch, type StructuredPatch } from "diff";
import { type DotenvView, isSecretKey, REDACTED, viewDotenv, viewDotenvChecked } from "./env-view.js";

export type DotenvPatchResult =
  | { ok: true; view: string | undefined; content: string }
  | { ok: false; reason: string };

/**
 * The one rule for a bot's change to a dotenv file, used by apply_patch and by delivery alike. The patch is
 * written against the redacted view (what the agent read) and applied to it exactly; it may change only
 * lines that hold no secret, and may add only lines that hold none. The file written keeps every untouched
 * line byte for byte, secrets included, because context lines are taken from the file, never from the patch.
 */
export async function applyDotenvPatch(
  path: string,
  raw: string | undefined,
  file: StructuredPatch,
): Promise<DotenvPatchResult> {
  const before = await viewDotenvChecked(raw ?? "");
  const lines = before.text.split("\n");
  const rawLines = (raw ?? "").split("\n");
  const rawHunks: StructuredPatch["hunks"] = [];
  for (const hunk of file.hunks) {
    let at = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    const rewritten: string[] = [];
    for (const line of hunk.lines) {
      const kind = line[0];
      const text = line.slice(1);
      if (kind === "\\") {
        rewritten.push(line);
        continue;
      }
      if (kind === "+") {
        const refused = addedLineProblem(text, before, at);
        if (refused) return { ok: false, reason: `${path}: ${refused}` };
        rewritten.push(line);
        continue;
      }
      if (lines[at] !== text)
        return {
          ok: false,
          reason: `${path}: hunk at line ${hunk.oldStart} does not match the file as read (line ${at + 1}); dotenv patches are made against the redacted view`,
        };
      if (kind === "-" && before.sealed[at])
        return {
          ok: false,
          reason: `${path}:${at + 1} holds a redacted value: a bot may not change or remove it`,
        };
      rewritten.push(`${kind}${rawLines[at] ?? ""}`);
      at += 1;
    }
    rawHunks.push({ ...hunk, lines: rewritten });
  }
  const content = applyPatch(raw ?? "", { ...file, hunks: rawHunks }, { fuzzFactor: 0 });
  const viewAfter = applyPatch(before.text, file, { fuzzFactor: 0 });
  if (content === false || viewAfter === false)
    return { ok: false, reason: `${path}: the patch does not apply cleanly` };
  // What was written must read back as what the patch made of the view: nothing else moved.
  if ((await viewDotenvChecked(content)).text !== viewAfter)
    return {
      ok: false,
      reason: `${path}: after the patch the redacted lines would read differently: refusing`,
    };
  return { ok: true, view: raw === undefined ? undefined : before.text, content };
}

/** Why a line may not be added at 0-based position `at` of the view, if it may not. */
function addedLineProblem(text: string, before: DotenvView, at: number): string | undefined {
  if (text.includes(REDACTED) || text.includes("[REDACTED:"))
    return `an added line carries the redaction marker ${REDACTED}: secrets are never written from a view`;
  if (at > 0 && before.continues[at - 1])
    return `line ${at + 1} is inside a multi-line value that holds a secret`;
  const key = /^\s*#?\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/.exec(text)?.[1];
  if (key && isSecretKey(key)) return `${key} names a secret: a bot may not add or set one`;
  if (/\$(?:\{|[A-Za-z_])/.test(text))
    return "an added value expands a variable: it could copy a secret into a setting that is logged";
  if (viewDotenv(text).text === text) return undefined;
  return /^\s*(#|(export\s+)?[A-Za-z_][\w.-]*\s*=)/.test(text)
    ? "an added line holds what looks like a credential"
    : "an added line is neither KEY=value, a comment nor blank";
}
