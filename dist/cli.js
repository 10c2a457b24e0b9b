#!/usr/bin/env node
import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  EXIT,
  writeLine
} from "./chunks/chunk-UG7HFW4V.js";
import {
  readSecretFiles,
  sentryVersion
} from "./chunks/chunk-6UO6HNJ6.js";
import "./chunks/chunk-W6C27GAO.js";
import {
  SentryError,
  USER_ERROR_CODES
} from "./chunks/chunk-U3NNAQLI.js";
import "./chunks/chunk-3EZXIJC4.js";

// src/entrypoints/cli/commands.ts
var COMMANDS = [
  {
    name: "diagnose",
    summary: "diagnose an incident from logs, an alert and a repo; propose a fix",
    load: async () => (await import("./chunks/diagnose-command-Q3LZ67KA.js")).diagnoseCommand
  },
  {
    name: "logs",
    summary: "condense big logs into a token-budgeted summary, or list their templates",
    load: async () => (await import("./chunks/logs-command-3CAHAEVN.js")).logsCommand
  },
  {
    name: "alerts",
    summary: "normalize monitoring webhook payloads into incidents",
    load: async () => (await import("./chunks/alerts-command-QZNMOKHV.js")).alertsCommand
  },
  {
    name: "audit",
    summary: "verify a hash-chained audit log offline, or make a sealing key",
    load: async () => (await import("./chunks/audit-command-TMLUAGTK.js")).auditCommand
  },
  {
    name: "serve",
    summary: "run the HTTP server: alert webhooks, and the API, dashboard and /metrics",
    load: async () => (await import("./chunks/serve-command-5FVLPAQQ.js")).serveCommand
  },
  {
    name: "mcp",
    summary: "serve the six guarded tools over MCP (stdio)",
    load: async () => (await import("./chunks/mcp-command-J4WUZ6LX.js")).mcpCommand
  },
  {
    name: "patterns",
    aliases: ["signatures"],
    summary: "list the failure knowledge base (patterns and the alerts that point at them; alias: signatures)",
    load: async () => (await import("./chunks/patterns-command-ZCJCRDQW.js")).patternsCommand
  },
  {
    name: "watch",
    summary: "follow log files and diagnose error bursts and new errors",
    load: async () => (await import("./chunks/watch-command-XC4VUYRM.js")).watchCommand
  }
];

// src/entrypoints/cli/run-cli.ts
function help() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "claude-sentry: diagnose infrastructure incidents from alerts and logs, and propose fixes.",
    "",
    "Usage: claude-sentry <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `claude-sentry help <command>` (or `<command> --help`) for a command's options,",
    "and `claude-sentry --version` for the version."
  ].join("\n");
}
async function runCli(argv, io2) {
  const [first, ...afterFirst] = argv;
  if (first === "help" && afterFirst[0] && !afterFirst[0].startsWith("-"))
    return runCli([afterFirst[0], "--help"], io2);
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    writeLine(name ? io2.stdout : io2.stderr, help());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version" || name === "-V") {
    writeLine(io2.stdout, sentryVersion());
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
  if (!entry) {
    writeLine(
      io2.stderr,
      `claude-sentry: unknown command '${name}' (commands: ${COMMANDS.map((c) => c.name).join(", ")})`
    );
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    writeLine(io2.stdout, command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, { ...io2, env: readSecretFiles(io2.env, io2.cwd) });
  } catch (error) {
    if (error instanceof SentryError && USER_ERROR_CODES.includes(error.code)) {
      writeLine(io2.stderr, `claude-sentry ${name}: ${error.message}`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLine(
      io2.stderr,
      `claude-sentry ${name}: internal error: ${message} (set SENTRY_DEBUG=1 for the stack)`
    );
    if (io2.env.SENTRY_DEBUG && error instanceof Error) writeLine(io2.stderr, error.stack ?? "");
    return EXIT.internal;
  }
}

// src/entrypoints/cli.ts
var io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  interactive: Boolean(process.stderr.isTTY)
};
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(EXIT.ok);
});
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    writeLine(process.stderr, `claude-sentry: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.internal;
  }
);
