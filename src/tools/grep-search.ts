import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { Worker } from "node:worker_threads";
import picomatch from "picomatch";
import { z } from "zod";
import { SECRET_RULES } from "../security/gateway/secret-patterns.js";
import { SECRET_FILES } from "../security/policy/path-policy.js";
import { defineTool, type ToolContext, type ToolResult } from "./define-tool.js";
import { GREP_WORKER_SOURCE } from "./grep-worker.js";

const TIME_BUDGET_MS = 2000;
const MAX_FILES = 20_000;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
const MAX_MATCHES = 200;
const SKIP_DIRS = new Set([".git", "node_modules", "dist", ".venv", "__pycache__", "vendor", "target"]);
const isSecret = picomatch([...SECRET_FILES], { dot: true, nocase: true });
/** The credential rules as data the worker can rebuild (a RegExp does not cross a thread). */
const CREDENTIAL_RULES = SECRET_RULES.filter((rule) => !rule.personal).map((rule) => ({
  id: rule.id,
  group: rule.group,
  source: rule.pattern.source,
  flags: rule.pattern.flags,
}));

export const GrepSearchInputSchema = z.strictObject({
  pattern: z.string().min(1).max(500).describe("JavaScript regular expression, matched line by line"),
  path: z
    .string()
    .min(1)
    .max(1024)
    .optional()
    .describe("Limit to one file or directory (repository-relative) or one uploaded log"),
  ignoreCase: z.boolean().optional(),
});

export const grepSearchTool = defineTool({
  name: "grep_search",
  description:
    "Search the repository and the uploaded logs for a regular expression. Prints matches as `file:line: text` (at most 200). Narrow with `path` when there are too many.",
  input: GrepSearchInputSchema,
  writes: false,
  async handler(input, ctx) {
    const flags = input.ignoreCase ? "i" : "";
    try {
      new RegExp(input.pattern, flags);
    } catch (error) {
      return { status: "error", reason: `invalid regular expression: ${(error as Error).message}` };
    }
    const files = await collectFiles(input.path, ctx);
    if ("reason" in files)
      return files.denied
        ? { status: "denied", reason: files.reason }
        : { status: "error", reason: files.reason };
    return runSearch(input.pattern, flags, files.list);
  },
});

type FileRef = { abs: string; display: string };

async function collectFiles(
  path: string | undefined,
  ctx: ToolContext,
): Promise<{ list: FileRef[] } | { reason: string; denied: boolean }> {
  const logs = ctx.workspace.logFiles.map((abs) => ({
    abs,
    display: ctx.workspace.logDisplayNames[abs] ?? abs,
  }));
  if (path !== undefined) {
    const resolved = await ctx.paths.resolveRead(path);
    if (!resolved.ok) return { reason: resolved.reason, denied: true };
    if (!resolved.exists) return { reason: `no such file or directory: ${path}`, denied: false };
    const info = await stat(resolved.abs);
    if (info.isFile()) return { list: [{ abs: resolved.abs, display: resolved.display }] };
    return { list: await walk(resolved.abs, ctx.workspace.repoRoot!) };
  }
  const repoFiles = ctx.workspace.repoRoot ? await walk(ctx.workspace.repoRoot, ctx.workspace.repoRoot) : [];
  return { list: [...logs, ...repoFiles] };
}

/** Regular files only (symlinks are not followed), no git internals, dependencies, secrets or huge files. */
async function walk(dir: string, root: string): Promise<FileRef[]> {
  const out: FileRef[] = [];
  let bytes = 0;
  const queue = [dir];
  while (queue.length > 0 && out.length < MAX_FILES) {
    const current = queue.shift()!;
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const abs = join(current, entry.name);
      const rel = relative(root, abs).split(sep).join("/");
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) queue.push(abs);
      } else if (entry.isFile() && !isSecret(rel)) {
        const size = (await stat(abs)).size;
        if (size > MAX_FILE_BYTES || bytes + size > MAX_TOTAL_BYTES) continue;
        bytes += size;
        out.push({ abs, display: rel });
      }
    }
  }
  return out;
}

function runSearch(pattern: string, flags: string, files: FileRef[]): Promise<ToolResult> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    let filesDone = 0;
    const worker = new Worker(GREP_WORKER_SOURCE, {
      eval: true,
      workerData: {
        pattern,
        flags,
        files,
        maxMatches: MAX_MATCHES,
        maxLineChars: 300,
        secretRules: CREDENTIAL_RULES,
      },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    const finish = (note?: string) => {
      clearTimeout(timer);
      void worker.terminate();
      const body = lines.length > 0 ? lines.join("\n") : "no matches";
      resolve({ status: "ok", output: note ? `${body}\n[${note}]` : body });
    };
    const timer = setTimeout(() => {
      finish(
        `search stopped at its ${TIME_BUDGET_MS} ms budget after ${filesDone} of ${files.length} files: the pattern may backtrack catastrophically; use a simpler pattern or a narrower path`,
      );
    }, TIME_BUDGET_MS);
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "matches") {
        for (const m of message.matches) lines.push(`${message.display}:${m.line}: ${m.text}`);
      } else if (message.type === "file-done") {
        filesDone += 1;
      } else if (message.type === "done") {
        finish(
          message.capped ? `stopped at ${MAX_MATCHES} matches: narrow the pattern or pass a path` : undefined,
        );
      }
    });
    worker.on("error", (error) => {
      clearTimeout(timer);
      resolve({ status: "error", reason: `search failed: ${error.message}` });
    });
  });
}

type WorkerMessage =
  | { type: "matches"; display: string; matches: { line: number; text: string }[] }
  | { type: "file-done" }
  | { type: "skip"; display: string; reason: string }
  | { type: "done"; total: number; capped: boolean };
