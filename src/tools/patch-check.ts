import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { applyPatch, formatPatch, parsePatch, type StructuredPatch } from "diff";

export type ParsedPatch = { ok: true; files: StructuredPatch[] } | { ok: false; reason: string };

/** Strips git's a/ b/ prefixes; `/dev/null` stays as the marker for a created or deleted file. */
export function patchPath(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const trimmed = name.split("\t")[0]!.trim();
  if (trimmed === "/dev/null") return trimmed;
  return trimmed.replace(/^[ab]\//, "");
}

/**
 * Parses a unified diff with the `diff` package and refuses anything it would only partly understand: binary
 * patches, hunks that did not parse, or files without hunks.
 */
export function parseUnifiedDiff(text: string): ParsedPatch {
  if (/^(?:GIT binary patch|Binary files .* differ)/m.test(text))
    return { ok: false, reason: "binary patches are refused" };
  let files: StructuredPatch[];
  try {
    files = parsePatch(text);
  } catch (error) {
    return { ok: false, reason: `not a unified diff: ${(error as Error).message}` };
  }
  files = files.filter((f) => f.hunks.length > 0 || f.oldFileName || f.newFileName);
  if (files.length === 0) return { ok: false, reason: "no file in the patch" };
  const hunkHeaders = text.match(/^@@ .* @@/gm)?.length ?? 0;
  const parsedHunks = files.reduce((sum, f) => sum + f.hunks.length, 0);
  if (hunkHeaders !== parsedHunks)
    return {
      ok: false,
      reason: `only ${parsedHunks} of ${hunkHeaders} hunks parsed: refusing a partial patch`,
    };
  for (const file of files) {
    if (file.hunks.length === 0)
      return { ok: false, reason: `${file.newFileName ?? file.oldFileName}: no hunks` };
  }
  return { ok: true, files };
}

/**
 * Applies one file's hunks exactly where their headers say, with zero fuzz: every context and removed line
 * must match the file at that position. Returns the new content, or why it does not apply.
 */
export function applyExactly(
  source: string,
  file: StructuredPatch,
): { ok: true; content: string } | { ok: false; reason: string } {
  const lines = source.split("\n");
  for (const hunk of file.hunks) {
    const expected = hunk.lines.filter((l) => l[0] === " " || l[0] === "-").map((l) => l.slice(1));
    const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    for (let i = 0; i < expected.length; i += 1) {
      if (lines[start + i] !== expected[i]) {
        return {
          ok: false,
          reason: `hunk at line ${hunk.oldStart} does not match the file exactly (line ${start + i + 1}): refusing fuzzy application`,
        };
      }
    }
  }
  const content = applyPatch(source, file, { fuzzFactor: 0, autoConvertLineEndings: false });
  if (content === false) return { ok: false, reason: "the patch does not apply cleanly" };
  return { ok: true, content };
}

/**
 * `git apply --check` on a scratch copy of exactly the files the patch touches, fed the patch as we parsed it
 * (re-serialised with a/ b/ prefixes) so git checks the same thing we would write.
 */
export async function gitApplyCheck(
  files: { rel: string; source: string | undefined; patch: StructuredPatch }[],
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const scratch = await mkdtemp(join(tmpdir(), "sentry-patch-"));
  try {
    for (const file of files) {
      if (file.source === undefined) continue;
      const target = join(scratch, file.rel);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.source);
    }
    const normalised = files
      .map((f) =>
        formatPatch({
          ...f.patch,
          oldFileName: f.source === undefined ? "/dev/null" : `a/${f.rel}`,
          newFileName: `b/${f.rel}`,
          oldHeader: "",
          newHeader: "",
        }),
      )
      .join("");
    const patchFile = join(scratch, ".sentry.patch");
    await writeFile(patchFile, normalised);
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        "git",
        ["apply", "--check", "-p1", "--unsafe-paths", ".sentry.patch"],
        {
          cwd: scratch,
          timeout: 10_000,
          env: {
            PATH: "/usr/bin:/bin",
            HOME: scratch,
            GIT_CONFIG_NOSYSTEM: "1",
            GIT_CEILING_DIRECTORIES: dirname(scratch),
          },
        },
        (error, _stdout, stderr) =>
          resolve({ code: error ? 1 : 0, stderr: String(stderr || error?.message || "") }),
      );
    });
    return result.code === 0
      ? { ok: true }
      : { ok: false, reason: `git apply --check refused the patch: ${result.stderr.trim().slice(0, 500)}` };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
