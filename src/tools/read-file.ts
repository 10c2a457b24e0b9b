import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import { z } from "zod";
import { redactSecrets } from "../security/gateway/secret-patterns.js";
import { viewDotenvChecked } from "../security/policy/env-view.js";
import { defineTool } from "./define-tool.js";

const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const ReadFileInputSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(1024)
    .describe("Repository-relative path, or an uploaded log's name as shown in the evidence"),
  startLine: z.number().int().positive().optional().describe("First line to return (1-based)"),
  endLine: z.number().int().positive().optional().describe("Last line to return (inclusive)"),
});

export const readFileTool = defineTool({
  name: "read_file",
  description:
    "Read a text file from the repository or an uploaded log. Optionally a line range. Binary files and key/secret files are refused; secrets in the output are redacted. dotenv files (.env, .env.*, *.env) are read as a redacted view: same lines, secret values shown as [REDACTED:secret]; patch them against that view.",
  input: ReadFileInputSchema,
  writes: false,
  async handler(input, ctx) {
    const resolved = await ctx.paths.resolveRead(input.path, { dotenvView: true });
    if (!resolved.ok) return { status: "denied", reason: resolved.reason };
    if (!resolved.exists) return { status: "error", reason: `no such file: ${input.path}` };
    const info = await stat(resolved.abs);
    if (!info.isFile()) return { status: "error", reason: `${resolved.display} is not a regular file` };
    if (info.size > MAX_FILE_BYTES) {
      return {
        status: "denied",
        reason: `${resolved.display} is ${info.size} bytes (cap ${MAX_FILE_BYTES}): use grep_search to find the lines you need`,
      };
    }
    const buffer = await readCapped(resolved.abs, MAX_FILE_BYTES);
    if (isBinary(buffer))
      return { status: "denied", reason: `${resolved.display} is binary: only text files are read` };
    // Redacted whole before any range is cut: a range that starts inside a private key or mid-token would
    // otherwise hand over a fragment no pattern recognises. Redaction keeps line breaks, so ranges still hold.
    const raw = buffer.toString("utf8");
    const text =
      resolved.kind === "repo" && resolved.view === "dotenv"
        ? (await viewDotenvChecked(raw)).text
        : redactSecrets(raw, { personal: false }).text;
    if (input.startLine === undefined && input.endLine === undefined) return { status: "ok", output: text };
    const lines = text.split("\n");
    const start = input.startLine ?? 1;
    const end = Math.min(input.endLine ?? lines.length, lines.length);
    if (start > end)
      return {
        status: "error",
        reason: `line range ${start}-${end} is empty (the file has ${lines.length} lines)`,
      };
    return { status: "ok", output: lines.slice(start - 1, end).join("\n") };
  },
});

async function readCapped(path: string, cap: number): Promise<Buffer> {
  // The path is already the real path; O_NOFOLLOW catches a symlink swapped in since it was resolved.
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buffer = Buffer.alloc(cap);
    const { bytesRead } = await handle.read(buffer, 0, cap, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A NUL byte in the first 8 KiB, the same test git uses. */
export function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8192).includes(0);
}
