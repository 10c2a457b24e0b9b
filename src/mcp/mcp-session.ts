import type { KeyObject } from "node:crypto";
import { randomUUID } from "node:crypto";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import type { AgentRole } from "../core/agent-role.js";
import type { SentryConfig } from "../core/config.js";
import type { Mode } from "../core/mode.js";
import type { Workspace } from "../core/workspace.js";
import { type AuditLog, createAuditLog } from "../security/audit/audit-log.js";
import type { AuditStore } from "../security/audit/audit-store.js";
import { createGateway } from "../security/gateway/gateway.js";
import { createToolRunner, type ToolRunnerOptions } from "../tools/tool-runner.js";
import { createMcpToolServer } from "./mcp-server.js";

export interface McpSessionOptions {
  workspace: Workspace;
  mode: Mode;
  config: SentryConfig;
  role: AgentRole;
  auditStore?: AuditStore;
  auditLogPath?: string;
  auditSigningKey?: KeyObject | string;
  auditHead?: { seq: number; hash: string };
  clock?: () => Date;
  /** Test seams passed to the tool runner (command executor, DNS, HTTP). */
  runnerSeams?: Pick<ToolRunnerOptions, "exec" | "lookup" | "httpGet">;
}

/** Arms the same security layer a pipeline run gets, and an MCP server in front of it. */
export function createMcpSession(options: McpSessionOptions): {
  server: Server;
  audit: AuditLog;
  runId: string;
} {
  const clock = options.clock ?? (() => new Date());
  const audit = createAuditLog(options.auditStore, options.auditSigningKey, {
    clock,
    ...(options.auditHead ? { head: options.auditHead } : {}),
  });
  const gateway = createGateway({
    onFlag: ({ source, flags }) =>
      audit.append({
        kind: "event",
        agent: "gateway",
        tool: "input-filter",
        input: { source },
        reason: `flagged: ${flags.join(", ")}`,
      }),
  });
  const runner = createToolRunner({
    workspace: options.workspace,
    mode: options.mode,
    config: options.config,
    audit,
    clock,
    ...(options.auditLogPath ? { auditLogPath: options.auditLogPath } : {}),
    ...options.runnerSeams,
  });
  const runId = `mcp-${clock().toISOString().replace(/\D/g, "").slice(0, 14)}-${randomUUID().slice(0, 6)}`;
  const server = createMcpToolServer({
    runner,
    audit,
    wrapUntrusted: gateway.wrapUntrusted,
    role: options.role,
    runId,
    credentialTtlSeconds: options.config.credentialTtlSeconds,
    clock,
  });
  return { server, audit, runId };
}
