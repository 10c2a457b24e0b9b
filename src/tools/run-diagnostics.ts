import { constants } from "node:fs";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { z } from "zod";
import { redactSecrets } from "../security/gateway/secret-patterns.js";
import { checkCommand } from "../security/policy/command-policy.js";
import { defineTool } from "./define-tool.js";

const TIMEOUT_MS = 10_000;
const MAX_OUTPUT_BYTES = 256 * 1024;

export const RunDiagnosticsInputSchema = z.strictObject({
  command: z
    .string()
    .min(1)
    .max(1000)
    .describe(
      "One read-only diagnostic: ps, ss, netstat, tail, df, free, uptime, systemctl status, ping -c N, curl to an allow-listed host. No shell syntax.",
    ),
});

export const runDiagnosticsTool = defineTool({
  name: "run_diagnostics",
  description:
    "Run one read-only diagnostic command (ps, ss, netstat, tail FILE, df, free, uptime, systemctl status UNIT, ping -c N HOST, curl URL on allow-listed hosts). Runs without a shell, 10 s timeout.",
  input: RunDiagnosticsInputSchema,
  writes: false,
  async handler(input, ctx) {
    const readPaths: string[] = [];
    const checked = await checkCommand(input.command, {
      hosts: ctx.config.diagnosticsHosts,
      resolveReadPath: async (path) => {
        const resolved = await ctx.paths.resolveRead(path);
        if (!resolved.ok) return resolved;
        if (!resolved.exists) return { ok: false, reason: "no such file" };
        readPaths.push(resolved.abs);
        return { ok: true, abs: resolved.abs };
      },
    });
    if (!checked.ok) return { status: "denied", reason: checked.reason };
    // A command that cuts a window out of a file (tail -c 37) reads a redacted copy: redacting its output
    // afterwards is too late when the window starts inside a secret.
    const copy = readPaths.length > 0 ? await redactedCopies(readPaths) : undefined;
    const args = copy ? checked.args.map((arg) => copy.paths.get(arg) ?? arg) : checked.args;
    let result: Awaited<ReturnType<typeof ctx.exec>>;
    try {
      result = await ctx.exec(checked.program, args, {
        timeoutMs: TIMEOUT_MS,
        maxBytes: MAX_OUTPUT_BYTES,
        ...(ctx.workspace.repoRoot ? { cwd: ctx.workspace.repoRoot } : {}),
      });
    } finally {
      await copy?.remove();
    }
    // The byte cap is a window too: the partial last line goes, so no secret is cut in half there.
    const stdout = result.truncated
      ? result.stdout.slice(0, result.stdout.lastIndexOf("\n") + 1)
      : result.stdout;
    const parts = [stdout];
    if (result.stderr) parts.push(`[stderr]\n${result.stderr}`);
    if (result.timedOut) parts.push(`[killed after ${TIMEOUT_MS} ms]`);
    if (result.truncated) parts.push(`[output cut at ${MAX_OUTPUT_BYTES} bytes]`);
    parts.push(`[exit code ${result.exitCode ?? "none"}]`);
    return { status: "ok", output: parts.join("\n") };
  },
});

/** Only the end of a huge log is copied: tail reads from the end, and the output is capped anyway. */
const COPY_TAIL_BYTES = 32 * 1024 * 1024;

/** Each file redacted (credentials, line breaks kept) into a private temporary directory. */
async function redactedCopies(
  files: readonly string[],
): Promise<{ paths: Map<string, string>; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "sentry-diag-"));
  const paths = new Map<string, string>();
  try {
    for (const [i, file] of files.entries()) {
      const copy = join(dir, `${i}-${basename(file)}`);
      await writeFile(copy, redactSecrets(await readTail(file), { personal: false }).text, { mode: 0o600 });
      paths.set(file, copy);
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { paths, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The file, or its last COPY_TAIL_BYTES from a line start, opened without following a swapped-in link. */
async function readTail(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const size = (await handle.stat()).size;
    const length = Math.min(size, COPY_TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const start = size > length ? buffer.indexOf(10) + 1 : 0;
    return buffer.subarray(start).toString("utf8");
  } finally {
    await handle.close();
  }
}
