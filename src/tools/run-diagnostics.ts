import { z } from "zod";
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
    const checked = await checkCommand(input.command, {
      hosts: ctx.config.diagnosticsHosts,
      resolveReadPath: async (path) => {
        const resolved = await ctx.paths.resolveRead(path);
        if (!resolved.ok) return resolved;
        return resolved.exists ? { ok: true, abs: resolved.abs } : { ok: false, reason: "no such file" };
      },
    });
    if (!checked.ok) return { status: "denied", reason: checked.reason };
    const result = await ctx.exec(checked.program, checked.args, {
      timeoutMs: TIMEOUT_MS,
      maxBytes: MAX_OUTPUT_BYTES,
      ...(ctx.workspace.repoRoot ? { cwd: ctx.workspace.repoRoot } : {}),
    });
    const parts = [result.stdout];
    if (result.stderr) parts.push(`[stderr]\n${result.stderr}`);
    if (result.timedOut) parts.push(`[killed after ${TIMEOUT_MS} ms]`);
    if (result.truncated) parts.push(`[output cut at ${MAX_OUTPUT_BYTES} bytes]`);
    parts.push(`[exit code ${result.exitCode ?? "none"}]`);
    return { status: "ok", output: parts.join("\n") };
  },
});
