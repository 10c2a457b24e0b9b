import { constants } from "node:fs";
import { mkdir, open, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { StructuredPatch } from "diff";
import { z } from "zod";
import { writesAllowed } from "../security/mode/kill-switch.js";
import { applyDotenvPatch } from "../security/policy/env-patch.js";
import { checkFileChange, checkPatchHeaders } from "../security/policy/patch-policy.js";
import { defineTool, type ToolContext } from "./define-tool.js";
import { applyExactly, gitApplyCheck, parseUnifiedDiff, patchPath } from "./patch-check.js";

const MAX_PATCH_BYTES = 256 * 1024;
const MAX_FILES = 20;

export const ApplyPatchInputSchema = z.strictObject({
  diff: z
    .string()
    .min(1)
    .max(MAX_PATCH_BYTES)
    .describe("A unified diff (git style, a/ b/ prefixes) against files in the repository"),
});

type Planned = {
  rel: string;
  abs: string;
  source: string | undefined;
  content: string;
  patch: StructuredPatch;
};

export const applyPatchTool = defineTool({
  name: "apply_patch",
  description:
    "Apply a unified diff to the repository. It must apply exactly (no fuzz) and pass `git apply --check`. In AUDIT mode the patch is validated and recorded as a proposal, nothing is written.",
  input: ApplyPatchInputSchema,
  writes: true,
  async handler(input, ctx) {
    const headers = checkPatchHeaders(input.diff);
    if (headers) return { status: "denied", reason: headers };
    const parsed = parseUnifiedDiff(input.diff);
    if (!parsed.ok) return { status: "denied", reason: parsed.reason };
    if (parsed.files.length > MAX_FILES)
      return {
        status: "denied",
        reason: `patch touches ${parsed.files.length} files (cap ${MAX_FILES}): keep fixes small`,
      };
    const planned: Planned[] = [];
    for (const file of parsed.files) {
      const step = await planFile(file, ctx);
      if (!step.ok) return { status: "denied", reason: step.reason };
      planned.push(step.planned);
    }
    const check = await gitApplyCheck(planned);
    if (!check.ok) return { status: "denied", reason: check.reason };
    const summary = summarise(planned);
    if (!writesAllowed(ctx.mode)) {
      return {
        status: "ok",
        output: `proposed, not written (${ctx.mode} mode): ${summary}; validated with git apply --check`,
        accepted: { patch: input.diff },
      };
    }
    for (const file of planned) {
      // Re-resolved just before writing: a symlink swapped in since the check is caught here or by O_NOFOLLOW.
      const again = await ctx.paths.resolveWrite(file.rel, { dotenvView: true });
      if (!again.ok || again.abs !== file.abs)
        return { status: "denied", reason: `${file.rel} changed while the patch was checked` };
      await mkdir(dirname(file.abs), { recursive: true });
      await writeNoFollow(file.abs, file.content);
    }
    return { status: "ok", output: `applied: ${summary}`, accepted: { patch: input.diff } };
  },
});

async function planFile(
  file: StructuredPatch,
  ctx: ToolContext,
): Promise<{ ok: true; planned: Planned } | { ok: false; reason: string }> {
  const oldPath = patchPath(file.oldFileName);
  const newPath = patchPath(file.newFileName);
  if (!newPath || newPath === "/dev/null")
    return { ok: false, reason: `deleting files is refused (${oldPath ?? "?"})` };
  if (oldPath && oldPath !== "/dev/null" && oldPath !== newPath)
    return { ok: false, reason: `renames are refused (${oldPath} → ${newPath})` };
  const resolved = await ctx.paths.resolveWrite(newPath, { dotenvView: true });
  if (!resolved.ok) return { ok: false, reason: `${newPath}: ${resolved.reason}` };
  const creating = oldPath === "/dev/null";
  if (creating && resolved.exists) return { ok: false, reason: `${newPath} already exists` };
  if (!creating && !resolved.exists) return { ok: false, reason: `${newPath} does not exist` };
  const source = creating ? undefined : await readFile(resolved.abs, "utf8");
  if (resolved.kind === "repo" && resolved.view === "dotenv") {
    // git apply --check runs on the view the patch was written against; the file written keeps its secrets.
    const dotenv = await applyDotenvPatch(resolved.display, source, file);
    if (!dotenv.ok) return dotenv;
    const { display: rel, abs } = resolved;
    return { ok: true, planned: { rel, abs, source: dotenv.view, content: dotenv.content, patch: file } };
  }
  const applied = applyExactly(source ?? "", file);
  if (!applied.ok) return { ok: false, reason: `${newPath}: ${applied.reason}` };
  const content = checkFileChange(resolved.display, source, applied.content);
  if (content) return { ok: false, reason: content };
  return {
    ok: true,
    planned: { rel: resolved.display, abs: resolved.abs, source, content: applied.content, patch: file },
  };
}

function summarise(planned: Planned[]): string {
  let added = 0;
  let removed = 0;
  for (const file of planned) {
    for (const hunk of file.patch.hunks) {
      for (const line of hunk.lines) {
        if (line[0] === "+") added += 1;
        else if (line[0] === "-") removed += 1;
      }
    }
  }
  return `${planned.length} file(s) (${planned.map((p) => p.rel).join(", ")}), +${added} -${removed}`;
}

async function writeNoFollow(path: string, content: string): Promise<void> {
  const handle = await open(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
    0o644,
  );
  try {
    await handle.writeFile(content, "utf8");
  } finally {
    await handle.close();
  }
}
