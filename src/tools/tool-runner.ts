import { createHash } from "node:crypto";
import { z } from "zod";
import type { CollectorAccess } from "../collectors/collector-access.js";
import type { AgentRole } from "../core/agent-role.js";
import { AgentRoleSchema } from "../core/agent-role.js";
import type { SentryConfig } from "../core/config.js";
import type { Mode } from "../core/mode.js";
import type { ToolCallRecord } from "../core/run.js";
import type { StateStore } from "../core/state-store.js";
import type { Workspace } from "../core/workspace.js";
import type { AuditLog } from "../security/audit/audit-log.js";
import { canonicalJson } from "../security/canonical-json.js";
import { redactSecrets } from "../security/gateway/secret-patterns.js";
import { haltReason as currentHaltReason } from "../security/mode/kill-switch.js";
import { type CommandExecutor, execFileExecutor } from "../security/policy/command-policy.js";
import { createPathPolicy } from "../security/policy/path-policy.js";
import {
  type DnsLookup,
  defaultLookup,
  type HttpGet,
  pinnedHttpsGet,
} from "../security/policy/url-policy.js";
import { ROLE_TOOLS, roleAllows } from "../security/registry/role-tools.js";
import { createThrottle } from "../security/throttle/token-bucket.js";
import { createVault, type Vault } from "../security/vault/vault.js";
import type {
  AcceptedWrites,
  AgentSession,
  ToolCall,
  ToolInvocation,
  ToolRunner,
  ToolSpec,
} from "./contracts.js";
import type { ToolContext, ToolResult } from "./define-tool.js";
import { inputShapeProblem } from "./input-shape.js";
import { DEFAULT_OUTPUT_BUDGET, fitToBudget } from "./output-budget.js";
import { createLocalLedger } from "./restart-ledger.js";
import { findTool } from "./tool-catalog.js";

export interface ToolRunnerOptions {
  workspace: Workspace;
  mode: Mode;
  config: SentryConfig;
  audit: AuditLog;
  clock?: () => Date;
  /** The audit log's file, so no tool can write it. */
  auditLogPath?: string;
  /** Sentry's other own files (the memory file): never written by a tool either. */
  ownFiles?: string[];
  /** Test seams and GitHub mode. */
  exec?: CommandExecutor;
  lookup?: DnsLookup;
  httpGet?: HttpGet;
  dispatchWorkflow?: (workflow: string, inputs: Record<string, string>) => Promise<void>;
  /**
   * The StateStore shared across runs and replicas (memory, or Redis with REDIS_URL): the restart ledger and
   * the throttle's buckets. A local one on this run's clock without it.
   */
  sharedState?: StateStore;
  vault?: Vault;
  outputBudget?: number;
  /** The run's evidence collectors: the collector tools refuse every call without them. */
  collectors?: CollectorAccess;
}

const SessionSchema = z.strictObject({
  agentId: z.string().min(1),
  role: AgentRoleSchema,
  runId: z.string().min(1),
  credential: z.string().min(1),
});

/**
 * The one gate between agents and the world. Every call is checked in a fixed order (kill switch, identity
 * and credential, role, rate, input schema, repetition, then the tool's own policy) and every decision,
 * allowed or blocked, is appended to the hash-chained audit log with the input already redacted.
 */
export function createToolRunner(options: ToolRunnerOptions): ToolRunner {
  const clock = options.clock ?? (() => new Date());
  const { config, audit, workspace, mode } = options;
  const vault = options.vault ?? createVault({ ttlSeconds: config.credentialTtlSeconds, clock });
  const shared = options.sharedState ?? createLocalLedger(clock);
  const throttle = createThrottle({ ...config.throttle, clock, store: shared });
  const paths = createPathPolicy({
    workspace,
    protectedPaths: config.protectedPaths,
    protectedFiles: [...(options.auditLogPath ? [options.auditLogPath] : []), ...(options.ownFiles ?? [])],
  });
  const ctx: ToolContext = {
    workspace,
    mode,
    config,
    paths,
    clock,
    exec: options.exec ?? execFileExecutor,
    lookup: options.lookup ?? defaultLookup,
    httpGet: options.httpGet ?? pinnedHttpsGet,
    restartLedger: shared,
    ...(options.dispatchWorkflow ? { dispatchWorkflow: options.dispatchWorkflow } : {}),
    ...(options.collectors ? { collectors: options.collectors } : {}),
  };
  const seen = new Set<string>();
  const acceptedByRun = new Map<string, AcceptedWrites>();
  const acceptedIn = (runId: string): AcceptedWrites => {
    const writes = acceptedByRun.get(runId) ?? { patches: [], restarts: [] };
    acceptedByRun.set(runId, writes);
    return writes;
  };
  // Agents started with proposeOnly (the fixability score capped the run at a proposal): their write tools
  // see AUDIT mode, whatever the run's mode, so they validate and record but write nothing.
  const proposeOnlyAgents = new Set<string>();
  const proposeOnlyCtx: ToolContext = { ...ctx, mode: mode === "ACTIVE" ? "AUDIT" : mode };

  function haltReason(): string | undefined {
    const reason = currentHaltReason(mode, workspace.repoRoot) ?? vault.revokedReason();
    if (reason && vault.revokedReason() === undefined) {
      vault.revokeAll(reason);
      audit.append({
        kind: "event",
        decision: "blocked",
        reason: `kill switch: every agent credential revoked (${reason})`,
      });
    }
    return reason;
  }

  async function decide(
    session: AgentSession,
    call: ToolCall,
    beforeRun: (writes: boolean) => Promise<void>,
  ): Promise<ToolResult & { allowedReason?: string }> {
    const halted = haltReason();
    if (halted) return { status: "denied", reason: halted };
    const tool = findTool(call.tool);
    if (!tool) return { status: "denied", reason: `unknown tool ${JSON.stringify(call.tool)}` };
    if (!roleAllows(session.role, tool.name))
      return { status: "denied", reason: `role ${session.role} may not use ${tool.name}` };
    const credential = vault.check(session.credential, {
      agentId: session.agentId,
      role: session.role,
      tool: tool.name,
    });
    if (!credential.ok) return { status: "denied", reason: credential.reason };
    if (credential.claims.run !== session.runId)
      return { status: "denied", reason: "credential was issued for another run" };
    // The bucket is the run's agent of this role, whichever replica hosts it (a redelivered command's run
    // continues its buckets); a store that cannot answer denies the call rather than skip the limit.
    const rate = await throttle.take(`${session.runId}:${session.role}`).catch((error: unknown) => ({
      ok: false as const,
      reason: `rate limit state unavailable: ${(error as Error).message}`,
    }));
    if (!rate.ok) return { status: "denied", reason: rate.reason };
    const input = tool.input.safeParse(call.input);
    if (!input.success) {
      return {
        status: "denied",
        reason: `invalid input: ${input.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}`,
      };
    }
    const key = `${session.runId}\u0000${session.agentId}\u0000${tool.name}\u0000${canonicalJson(input.data)}`;
    if (seen.has(key))
      return {
        status: "denied",
        reason: "identical call already made in this run: use its result, or change the request",
      };
    seen.add(key);
    try {
      await beforeRun(tool.writes);
      const result = await tool.handler(
        input.data,
        proposeOnlyAgents.has(session.agentId) ? proposeOnlyCtx : ctx,
      );
      if (result.status !== "ok") return result;
      // The exact input the tool's policy passed, kept for the pipeline to hold the proposal to.
      if (result.accepted?.patch !== undefined) acceptedIn(session.runId).patches.push(result.accepted.patch);
      if (result.accepted?.restart !== undefined)
        acceptedIn(session.runId).restarts.push(result.accepted.restart);
      const note = result.note ? ` (${result.note})` : "";
      return { ...result, allowedReason: `${session.role} may use ${tool.name}; checks passed${note}` };
    } catch (error) {
      return { status: "error", reason: `${tool.name} failed: ${(error as Error).message}` };
    }
  }

  return {
    startAgent(runId: string, role: AgentRole, limits?: { proposeOnly?: boolean }): AgentSession {
      const issued = vault.issue(runId, role, ROLE_TOOLS[role]);
      if (limits?.proposeOnly) proposeOnlyAgents.add(issued.agentId);
      audit.append({
        kind: "event",
        runId,
        agent: role,
        agentId: issued.agentId,
        reason: `agent started with tools: ${ROLE_TOOLS[role].join(", ")}${limits?.proposeOnly ? " (propose only)" : ""}`,
      });
      return { agentId: issued.agentId, role, runId, credential: issued.credential };
    },
    endAgent(session: AgentSession) {
      vault.revoke(session.agentId);
      proposeOnlyAgents.delete(session.agentId);
      audit.append({
        kind: "event",
        runId: session.runId,
        agent: session.role,
        agentId: session.agentId,
        reason: "agent ended: credential revoked",
      });
    },
    specsFor(role: AgentRole): ToolSpec[] {
      // A tool that cannot work in this run (a collector the operator did not configure) is not shown.
      const usable = ROLE_TOOLS[role].filter((name) => findTool(name)?.available?.(ctx) ?? true);
      return usable.map((name) => {
        const tool = findTool(name)!;
        return {
          name,
          description: tool.description,
          inputSchema: z.toJSONSchema(tool.input) as Record<string, unknown>,
        };
      });
    },
    haltReason,
    accepted(runId: string): AcceptedWrites {
      const writes = acceptedIn(runId);
      return { patches: [...writes.patches], restarts: [...writes.restarts] };
    },
    async invoke(session: AgentSession, call: ToolCall): Promise<ToolInvocation> {
      const started = clock().getTime();
      const shape = SessionSchema.safeParse(session);
      // Size and depth first: every later step (schema, redaction, hashing, the record) walks the input.
      const inputProblem = inputShapeProblem(call?.input);
      const inputView = inputProblem ? { refused: inputProblem } : redactDeep(call?.input);
      const inputSha256 = inputProblem
        ? undefined
        : createHash("sha256").update(canonicalJson(call?.input)).digest("hex");
      const agent = shape.success ? session.role : "supervisor";
      const runId = String(session?.runId ?? "unknown");
      // Write-ahead: a write is on disk as intended before it runs, so a crash mid-write still leaves it.
      const beforeRun = async (writes: boolean) => {
        if (!writes) return;
        audit.append({
          kind: "event",
          runId,
          agent,
          agentId: String(session?.agentId ?? "unknown"),
          tool: String(call?.tool ?? "unknown"),
          input: inputView,
          ...(inputSha256 ? { inputSha256 } : {}),
          decision: "allowed",
          reason: "write-ahead: checks passed, about to run",
        });
        await audit.persist();
      };
      const result: ToolResult & { allowedReason?: string } = !shape.success
        ? { status: "denied", reason: "malformed agent session" }
        : inputProblem
          ? { status: "denied", reason: `invalid input: ${inputProblem}` }
          : await decide(session, call, beforeRun);
      const record: ToolCallRecord = {
        agent,
        agentId: String(session?.agentId ?? "unknown"),
        tool: String(call?.tool ?? "unknown"),
        input: inputView,
        decision: result.status === "denied" ? "blocked" : "allowed",
        reason: result.status === "ok" ? (result.allowedReason ?? "allowed") : result.reason,
        ...(call?.rationale ? { rationale: redactSecrets(call.rationale.slice(0, 2000)).text } : {}),
        outcome: result.status,
        durationMs: Math.max(0, clock().getTime() - started),
      };
      audit.append({ kind: "tool-call", runId, ...record, ...(inputSha256 ? { inputSha256 } : {}) });
      await audit.persist();
      if (result.status !== "ok")
        return { status: result.status, reason: redactSecrets(result.reason).text, record };
      // Credentials are always cut from tool output; emails and IPs stay so configs read (and patch) exactly.
      // The whole output is redacted before the budget cuts it: a cut first can leave a fragment of a secret
      // (a token without its prefix, a key body without its header) that no pattern recognises.
      const budget = options.outputBudget ?? DEFAULT_OUTPUT_BUDGET;
      const redacted = redactSecrets(result.output, { personal: false }).text;
      const output = fitToBudget(record.tool, redacted, budget);
      return { status: "ok", output, record };
    },
  };
}

/** Redacts every string inside a tool input before it is recorded anywhere. */
export function redactDeep(value: unknown): unknown {
  if (typeof value === "string") return redactSecrets(value).text;
  if (Array.isArray(value)) return value.map(redactDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
  }
  return value;
}
