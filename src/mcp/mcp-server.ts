import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  type CallToolResult,
  ListToolsRequestSchema,
} from "@modelcontextprotocol/sdk/types.js";
import type { AgentRole } from "../core/agent-role.js";
import type { AuditLog } from "../security/audit/audit-log.js";
import type { AgentSession, ToolRunner } from "../tools/contracts.js";

export interface McpToolServerOptions {
  runner: ToolRunner;
  audit: AuditLog;
  /** Screens tool output before it reaches the client's model, as providers do for our own agents. */
  wrapUntrusted: (text: string, source: string) => { text: string; flags: string[] };
  /** The role whose tools are offered; the registry decides which (supervisor: all six). */
  role: AgentRole;
  /** One run id for the connection, so repeated identical calls are refused as in a pipeline run. */
  runId: string;
  /** Credential lifetime: the session is renewed shortly before it expires. */
  credentialTtlSeconds: number;
  clock?: () => Date;
  version?: string;
}

const textResult = (text: string, isError = false): CallToolResult => ({
  content: [{ type: "text", text }],
  ...(isError ? { isError: true } : {}),
});

/**
 * The six tools over MCP. Every call goes through the same ToolRunner the pipeline uses (kill switch, vault
 * credential, role registry, throttle, input schema, repetition, policy, audit), under one agent identity for
 * the connection. A refusal or a tool failure is a tool result with isError, so the client's model reads it;
 * only protocol faults are thrown.
 */
export function createMcpToolServer(options: McpToolServerOptions): Server {
  const clock = options.clock ?? (() => new Date());
  const { runner, role, runId } = options;
  let session: AgentSession | undefined;
  let issuedAt = 0;
  // Renew a little early so a call never presents a credential that expires mid-check.
  const renewAfterMs = Math.max(1, options.credentialTtlSeconds - 10) * 1000;

  function currentSession(): AgentSession {
    const now = clock().getTime();
    if (session && now - issuedAt < renewAfterMs) return session;
    if (session) runner.endAgent(session);
    session = runner.startAgent(runId, role);
    issuedAt = now;
    return session;
  }

  const server = new Server(
    { name: "claude-sentry", version: options.version ?? "0.1.0" },
    { capabilities: { tools: {} } },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: runner.specsFor(role).map((spec) => ({
      name: spec.name,
      description: spec.description,
      inputSchema: { ...spec.inputSchema, type: "object" as const },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const { name, arguments: input } = request.params;
    const result = await runner.invoke(currentSession(), { tool: name, input: input ?? {} });
    const reply =
      result.status === "ok"
        ? textResult(options.wrapUntrusted(result.output, `tool:${name}`).text)
        : textResult(`${result.status === "denied" ? "blocked" : "error"}: ${result.reason}`, true);
    // Flushed per call (after screening, whose flags are audited too) so a killed server loses nothing.
    await options.audit.flush();
    return reply;
  });
  server.onclose = () => {
    if (session) runner.endAgent(session);
    session = undefined;
    void options.audit.flush();
  };
  return server;
}
