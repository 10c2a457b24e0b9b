import { z } from "zod";
import { writesAllowed } from "../security/mode/kill-switch.js";
import { defineTool } from "./define-tool.js";

export const RestartServiceInputSchema = z.strictObject({
  service: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9@_.-]{0,63}$/, "a service name: letters, digits, @ _ . -")
    .describe("The service to restart"),
  reason: z.string().max(500).optional(),
});

export const restartServiceTool = defineTool({
  name: "restart_service",
  description:
    "Restart one service with the configured command or workflow. ACTIVE mode only, at most once per service per configured interval (default 10 minutes).",
  input: RestartServiceInputSchema,
  writes: true,
  async handler(input, ctx) {
    if (!writesAllowed(ctx.mode)) {
      return {
        status: "denied",
        reason: `${ctx.mode} mode: restarting ${input.service} is proposed, not performed (ACTIVE only)`,
      };
    }
    const intervalMs = ctx.config.restart.minIntervalMinutes * 60_000;
    const now = ctx.clock().getTime();
    const last = ctx.restartLedger.get(input.service);
    if (last !== undefined && now - last < intervalMs) {
      const waitS = Math.ceil((intervalMs - (now - last)) / 1000);
      return {
        status: "denied",
        reason: `${input.service} was restarted ${Math.round((now - last) / 1000)} s ago: one restart per ${ctx.config.restart.minIntervalMinutes} min (next in ${waitS} s)`,
      };
    }
    const { workflow, command } = ctx.config.restart;
    if (workflow && ctx.dispatchWorkflow) {
      ctx.restartLedger.set(input.service, now);
      await ctx.dispatchWorkflow(workflow, { service: input.service });
      return { status: "ok", output: `dispatched workflow ${workflow} for ${input.service}` };
    }
    if (!command || command.length === 0)
      return {
        status: "error",
        reason: "no restart command or workflow is configured (restart.command / restart.workflow)",
      };
    const [program, ...args] = command.map((part) => part.replaceAll("{service}", input.service));
    // Counted before running: a restart that fails still counts, or a failing service could be hammered.
    ctx.restartLedger.set(input.service, now);
    const result = await ctx.exec(program!, args, { timeoutMs: 60_000, maxBytes: 64 * 1024 });
    if (result.exitCode !== 0) {
      return {
        status: "error",
        reason: `restart of ${input.service} failed (exit ${result.exitCode ?? "none"}${result.timedOut ? ", timed out" : ""}): ${result.stderr.slice(0, 500)}`,
      };
    }
    return { status: "ok", output: `restarted ${input.service}\n${result.stdout}` };
  },
});
