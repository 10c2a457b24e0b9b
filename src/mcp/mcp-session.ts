import type { KeyObject } from "node:crypto";
import { randomUUID } from "node:crypto";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import type { AgentRole } from "../core/agent-role.js";
import type { SentryConfig } from "../core/config.js";
import type { Mode } from "../core/mode.js";
import type { Workspace } from "../core/workspace.js";
import { armSecurity } from "../engine/arm-security.js";
import type { AuditLog } from "../security/audit/audit-log.js";
import type { AuditStore } from "../security/audit/audit-store.js";
import type { ToolRunnerOptions } from "../tools/tool-runner.js";
import { createMcpToolServer } from "./mcp-server.js";

export interface McpSessionOptions {
  workspace: Workspace;
  mode: Mode;
  config: SentryConfig;
  role: AgentRole;
  auditStore?: AuditStore;
  auditLogPath?: string;
  auditSigningKey?: KeyObject | string;
  auditHead?: { seq: number; hash: string } | undefined;
  clock?: () => Date;
  /** Test seams passed to the tool runner (command executor, DNS, HTTP). */
  runnerSeams?: Pick<ToolRunnerOptions, "exec" | "lookup" | "httpGet">;
}

/** The security layer a pipeline run gets (armSecurity), and an MCP server in front of it. */
export function createMcpSession(options: McpSessionOptions): {
  server: Server;
  audit: AuditLog;
  runId: string;
} {
  const clock = options.clock ?? (() => new Date());
  // The same arming a pipeline run gets: audit chain from its head, gateway, tool runner (vault, policies).
  const {
    auditLog: audit,
    gateway,
    tools: runner,
  } = armSecurity({
    workspace: options.workspace,
    mode: options.mode,
    config: options.config,
    clock,
    ...(options.auditStore ? { auditStore: options.auditStore } : {}),
    ...(options.auditLogPath ? { auditLogPath: options.auditLogPath } : {}),
    ...(options.auditSigningKey ? { auditSigningKey: options.auditSigningKey } : {}),
    ...(options.auditHead ? { auditHead: options.auditHead } : {}),
    ...(options.runnerSeams ? { runnerSeams: options.runnerSeams } : {}),
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
