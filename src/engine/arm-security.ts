import type { KeyObject } from "node:crypto";
import type { CollectorAccess } from "../collectors/collector-access.js";
import type { SentryConfig } from "../core/config.js";
import type { Mode } from "../core/mode.js";
import type { StateStore } from "../core/state-store.js";
import type { Workspace } from "../core/workspace.js";
import { type AuditLog, createAuditLog } from "../security/audit/audit-log.js";
import { type AuditStore, readAuditSince } from "../security/audit/audit-store.js";
import { createCostBreaker, MODEL_SPEND_TOOL, spendFromAudit } from "../security/breaker/cost-breaker.js";
import type { CostBreaker } from "../security/contracts.js";
import { createGateway } from "../security/gateway/gateway.js";
import { createToolRunner, type ToolRunnerOptions } from "../tools/tool-runner.js";

export interface ArmOptions {
  workspace: Workspace;
  mode: Mode;
  config: SentryConfig;
  auditStore?: AuditStore;
  /** The audit file, when the store is one: no tool may write it. */
  auditLogPath?: string;
  auditSigningKey?: KeyObject | string;
  /** The last entry already in the store, so this run continues the chain instead of starting a new one. */
  auditHead?: { seq: number; hash: string };
  /** Sentry's other own files (the memory file): no tool may write them either. */
  ownFiles?: string[];
  /** The StateStore shared across runs and replicas (restart ledger, throttle buckets); a local one without it. */
  sharedState?: StateStore;
  clock?: () => Date;
  /** The run's evidence collectors (configured by the operator); the collector tools are hidden without them. */
  collectors?: CollectorAccess;
  /** Test seams passed to the tool runner (command executor, DNS, HTTP). */
  runnerSeams?: Pick<ToolRunnerOptions, "exec" | "lookup" | "httpGet">;
}

export interface Armed {
  auditLog: AuditLog;
  gateway: ReturnType<typeof createGateway>;
  tools: ReturnType<typeof createToolRunner>;
  /** Injection attempts the gateway flagged, once per source and kind. */
  inputFlags(): { source: string; flags: string[] }[];
}

/**
 * The security layer one run (or one MCP session) works behind: the audit chain continued from its head,
 * the gateway recording each kind of injection attempt once, and the tool runner (vault, policies, mode).
 * Every door gets it from here, so a pipeline run and an MCP client are guarded the same way.
 */
export function armSecurity(options: ArmOptions): Armed {
  const auditLog = createAuditLog(options.auditStore, options.auditSigningKey, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.auditHead ? { head: options.auditHead } : {}),
  });
  // Injection attempts found in what a model is shown: recorded once per source and kind, not on every turn.
  const flags = new Map<string, { source: string; flags: string[] }>();
  const gateway = createGateway({
    onFlag: ({ source, flags: found }) => {
      const key = `${source}:${[...found].sort().join(",")}`;
      if (flags.has(key)) return;
      flags.set(key, { source, flags: found });
      auditLog.append({
        kind: "event",
        agent: "gateway",
        tool: "input-filter",
        input: { source },
        reason: `flagged: ${found.join(", ")}`,
      });
    },
  });
  const tools = createToolRunner({
    workspace: options.workspace,
    mode: options.mode,
    config: options.config,
    audit: auditLog,
    ...(options.auditLogPath ? { auditLogPath: options.auditLogPath } : {}),
    ...(options.ownFiles ? { ownFiles: options.ownFiles } : {}),
    ...(options.sharedState ? { sharedState: options.sharedState } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.collectors ? { collectors: options.collectors } : {}),
    ...options.runnerSeams,
  });
  return { auditLog, gateway, tools, inputFlags: () => [...flags.values()] };
}

/**
 * The cost breaker, seeded with the spend the audit chain already records in the current window. With the
 * run's audit log, each charge goes into the chain as it is made (write-ahead spend), so a run that crashes
 * later has still spent what it spent, for the next run's window.
 */
export async function seedCostBreaker(
  config: SentryConfig,
  auditStore: AuditStore | undefined,
  clock?: () => Date,
  auditLog?: AuditLog,
  sharedState?: StateStore,
): Promise<CostBreaker> {
  const windowStart = (clock?.() ?? new Date()).getTime() - config.costLimit.windowMinutes * 60_000;
  return createCostBreaker({
    usd: config.costLimit.usd,
    windowMinutes: config.costLimit.windowMinutes,
    history: auditStore ? spendFromAudit(await readAuditSince(auditStore, windowStart), windowStart) : [],
    ...(clock ? { clock } : {}),
    ...(sharedState ? { store: sharedState } : {}),
    ...(auditLog
      ? {
          onCharge: (charge: { model: string; usd: number }) => {
            auditLog.append({
              kind: "event",
              agent: "supervisor",
              tool: MODEL_SPEND_TOOL,
              input: { model: charge.model, costUsd: charge.usd },
              decision: "allowed",
              reason: "model call charged",
            });
            // A failed write is not lost: the writes are chained, so the run's final flush rejects with it.
            auditLog.persist().catch(() => undefined);
          },
        }
      : {}),
  });
}
