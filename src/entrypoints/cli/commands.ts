import { alertsCommand } from "./alerts-command.js";
import { auditCommand } from "./audit-command.js";
import type { CliCommand } from "./cli-io.js";
import { diagnoseCommand } from "./diagnose-command.js";
import { logsCommand } from "./logs-command.js";
import { mcpCommand } from "./mcp-command.js";
import { serveCommand } from "./serve-command.js";
import { watchCommand } from "./watch-command.js";

/**
 * Every subcommand, in the order `claude-sentry --help` lists them. Each lives in its own file so that
 * features add a command without touching the others.
 */
export const COMMANDS: CliCommand[] = [
  diagnoseCommand,
  logsCommand,
  alertsCommand,
  auditCommand,
  serveCommand,
  mcpCommand,
  watchCommand,
];
