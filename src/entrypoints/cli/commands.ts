import type { CliCommand } from "./cli-io.js";
import { logsCommand } from "./logs-command.js";

/**
 * Every subcommand, in the order `claude-sentry --help` lists them. Each lives in its own file so that
 * features add a command without touching the others.
 */
export const COMMANDS: CliCommand[] = [logsCommand];
