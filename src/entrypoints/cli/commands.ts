import type { CliCommand } from "./cli-io.js";

/** A command as `--help` lists it; its module loads only when it runs, so `diagnose` never pays for probot. */
export interface CommandEntry {
  name: string;
  /** Older names that still run the command (documented, never listed as commands of their own). */
  aliases?: string[];
  summary: string;
  load: () => Promise<CliCommand>;
}

/**
 * Every subcommand, in the order `claude-sentry --help` lists them. Each lives in its own file so that
 * features add a command without touching the others.
 */
export const COMMANDS: CommandEntry[] = [
  {
    name: "diagnose",
    summary: "diagnose an incident from logs, an alert and a repo; propose a fix",
    load: async () => (await import("./diagnose-command.js")).diagnoseCommand,
  },
  {
    name: "logs",
    summary: "condense big logs into a token-budgeted summary, or list their templates",
    load: async () => (await import("./logs-command.js")).logsCommand,
  },
  {
    name: "alerts",
    summary: "normalize monitoring webhook payloads into incidents",
    load: async () => (await import("./alerts-command.js")).alertsCommand,
  },
  {
    name: "audit",
    summary: "verify a hash-chained audit log offline, or make a sealing key",
    load: async () => (await import("./audit-command.js")).auditCommand,
  },
  {
    name: "serve",
    summary: "run the HTTP server: alert webhooks, and the API, dashboard and /metrics",
    load: async () => (await import("./serve-command.js")).serveCommand,
  },
  {
    name: "mcp",
    summary: "serve the six guarded tools over MCP (stdio)",
    load: async () => (await import("./mcp-command.js")).mcpCommand,
  },
  {
    name: "patterns",
    aliases: ["signatures"],
    summary:
      "list the failure knowledge base (patterns and the alerts that point at them; alias: signatures)",
    load: async () => (await import("./patterns-command.js")).patternsCommand,
  },
  {
    name: "watch",
    summary: "follow log files and diagnose error bursts and new errors",
    load: async () => (await import("./watch-command.js")).watchCommand,
  },
];
