import { z } from "zod";
import { writesAllowed } from "../security/mode/kill-switch.js";
import { checkUnit } from "../security/policy/unit-policy.js";
import { defineTool, type ToolContext, type ToolResult } from "./define-tool.js";
import { RESTART_PERFORMED, restartKey } from "./restart-ledger.js";

export const RestartServiceInputSchema = z.strictObject({
  service: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9@_.:-]{0,63}$/, "a service name: letters, digits, @ _ . : -")
    .describe("The service to restart (one of the operator's restart.services)"),
  reason: z.string().max(500).optional(),
});

export const restartServiceTool = defineTool({
  name: "restart_service",
  description:
    "Restart one service on the operator's allow-list with the operator's command or workflow. ACTIVE mode performs it (at most once per service per interval, default 10 minutes); AUDIT mode validates and records it as a proposal.",
  input: RestartServiceInputSchema,
  writes: true,
  async handler(input, ctx) {
    const checked = checkUnit(input.service, ctx.config.restart.services);
    if (!checked.ok) return { status: "denied", reason: checked.reason };
    const { unit } = checked;
    // AUDIT: the unit is checked and recorded as the proposal a person may carry out; nothing runs.
    if (!writesAllowed(ctx.mode)) {
      return {
        status: "ok",
        output: `proposed, not performed (${ctx.mode} mode): restart ${unit}`,
        accepted: { restart: unit },
      };
    }
    const { workflow, command } = ctx.config.restart;
    if (!workflow && !command)
      return {
        status: "error",
        reason:
          "no restart command or workflow is configured by the operator (restart.command / restart.workflow)",
      };
    const claimed = await claimRestart(unit, ctx);
    if (claimed) return claimed;
    if (workflow) {
      // GitHub mode: without a dispatcher in this run, delivery dispatches it (rate-limited by GitHub's history).
      if (!ctx.dispatchWorkflow)
        return {
          status: "ok",
          output: `accepted: delivery dispatches workflow ${workflow} for ${unit}`,
          accepted: { restart: unit },
          note: RESTART_PERFORMED,
        };
      await ctx.dispatchWorkflow(workflow, { service: unit });
      return {
        status: "ok",
        output: `dispatched workflow ${workflow} for ${unit}`,
        accepted: { restart: unit },
        note: RESTART_PERFORMED,
      };
    }
    const [program, ...args] = (command ?? []).map((part) => part.replaceAll("{service}", unit));
    // Run with the executor's fixed, minimal environment: the command never inherits the host's secrets,
    // and it starts only where it can't read them from /proc either (another user, or none to read).
    const result = await ctx.exec(program!, args, {
      timeoutMs: 60_000,
      maxBytes: 64 * 1024,
      operator: {
        label: "restart.command",
        ...(ctx.config.restart.user === undefined ? {} : { user: ctx.config.restart.user }),
      },
    });
    if (result.refused) return { status: "denied", reason: result.refused };
    if (result.exitCode !== 0) {
      return {
        status: "error",
        reason: `restart of ${unit} failed (exit ${result.exitCode ?? "none"}${result.timedOut ? ", timed out" : ""}): ${result.stderr.slice(0, 500)}`,
      };
    }
    return {
      status: "ok",
      output: `restarted ${unit}\n${result.stdout}`,
      accepted: { restart: unit },
      note: RESTART_PERFORMED,
    };
  },
});

/**
 * Claims the unit's slot in the shared ledger before anything runs: a restart that then fails still counts,
 * or a failing service could be hammered. Undefined when claimed; otherwise the refusal.
 */
async function claimRestart(unit: string, ctx: ToolContext): Promise<ToolResult | undefined> {
  const minutes = ctx.config.restart.minIntervalMinutes;
  const intervalMs = minutes * 60_000;
  const now = ctx.clock().getTime();
  const key = restartKey(unit);
  if (await ctx.restartLedger.claim(key, String(now), intervalMs)) return undefined;
  const last = Number(await ctx.restartLedger.get(key));
  if (Number.isFinite(last) && now - last < intervalMs) {
    const waitS = Math.ceil((intervalMs - (now - last)) / 1000);
    return {
      status: "denied",
      reason: `${unit} was restarted ${Math.round((now - last) / 1000)} s ago: one restart per ${minutes} min (next in ${waitS} s)`,
    };
  }
  // The entry outlived the interval on this run's clock (a store on another clock): take the slot over.
  await ctx.restartLedger.put(key, String(now), intervalMs);
  return undefined;
}
