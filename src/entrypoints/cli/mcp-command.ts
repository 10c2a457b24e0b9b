import { resolve } from "node:path";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { AgentRoleSchema } from "../../core/agent-role.js";
import { UsageError } from "../../core/errors.js";
import { ModeInputSchema } from "../../core/mode.js";
import { chainHead } from "../../engine/audit-head.js";
import { createMcpSession } from "../../mcp/mcp-session.js";
import { generateAuditKeys } from "../../security/audit/audit-keys.js";
import { createJsonlAuditStore } from "../../security/audit/jsonl-store.js";
import { loadConfigFile } from "../shared/load-config.js";
import { workspaceFromPaths } from "../shared/workspace-from-paths.js";
import { type CliCommand, EXIT, parseFlags, writeLine } from "./cli-io.js";

const USAGE = `Usage: claude-sentry mcp [--repo DIR] [--log FILE]... [options]

Serves the six tools (read_file, grep_search, run_diagnostics, apply_patch, restart_service, fetch_docs)
over MCP on stdin/stdout, behind the same security layer as a pipeline run: role registry, short-lived
credential, kill switch (STOP_SENTRY, SENTRY_MODE=DISABLED), throttle, path/command/URL policy, secret
redaction, injection screening of tool output, and the hash-chained audit log.

  --repo DIR         the repository the tools may read (and, in active mode, patch)
  --log FILE         log files the tools may read (repeatable)
  --role ROLE        whose tools are offered: supervisor (default: all six) | triage | detective |
                     surgeon | validator
  --mode MODE        audit (default: write tools propose only) | active | disabled
  --config FILE      your settings as operator (sentry.yml keys); DIR/.github/sentry.yml only narrows them
  --audit-log FILE   append every decision to FILE (JSONL; verify with claude-sentry audit verify)

Logs go to stderr; stdout carries only the protocol.`;

export const mcpCommand: CliCommand = {
  name: "mcp",
  summary: "serve the six guarded tools over MCP (stdio)",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      repo: { type: "string" },
      log: { type: "string", multiple: true },
      role: { type: "string", default: "supervisor" },
      mode: { type: "string" },
      config: { type: "string" },
      "audit-log": { type: "string" },
    });
    const role = AgentRoleSchema.safeParse(values.role);
    if (!role.success) throw new UsageError(`--role must be one of ${AgentRoleSchema.options.join(", ")}`);
    const workspace = workspaceFromPaths({
      logs: values.log ?? [],
      ...(values.repo ? { repo: values.repo } : {}),
      cwd: io.cwd,
    });
    const modeText = values.mode ?? io.env.SENTRY_MODE;
    const config = loadConfigFile(values.config, workspace.repoRoot, io.cwd, {
      ...(modeText === undefined ? {} : { mode: parseMode(modeText) }),
      warn: (line) => io.stderr.write(`warning: ${line}\n`),
    });
    const mode = config.mode;
    const auditPath = values["audit-log"] ? resolve(io.cwd, values["audit-log"]) : undefined;
    const { server, audit, runId } = createMcpSession({
      workspace,
      mode,
      config,
      role: role.data,
      ...(auditPath
        ? {
            auditStore: createJsonlAuditStore(auditPath),
            auditLogPath: auditPath,
            auditHead: await chainHead({ store: createJsonlAuditStore(auditPath), path: auditPath }),
          }
        : {}),
      // As in diagnose: without a pinned key each session seals with a one-off key carried in the seal.
      auditSigningKey: io.env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey,
    });
    const closed = new Promise<void>((done) => {
      server.onclose = ((previous) => () => {
        previous?.();
        done();
      })(server.onclose);
    });
    // The SDK's stdio transport does not close when its input ends; a client that hangs up must end us.
    io.stdin.once("end", () => void server.close());
    await server.connect(
      new StdioServerTransport(io.stdin as NodeJS.ReadStream, io.stdout as NodeJS.WriteStream),
    );
    writeLine(
      io.stderr,
      `claude-sentry mcp: serving ${role.data} tools on stdio (run ${runId}, mode ${mode})`,
    );
    await closed;
    await audit.flush();
    return EXIT.ok;
  },
};

function parseMode(text: string) {
  const parsed = ModeInputSchema.safeParse(text);
  if (!parsed.success) throw new UsageError(`--mode must be audit, active or disabled (got '${text}')`);
  return parsed.data;
}
