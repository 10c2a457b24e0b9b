import { SentryError, USER_ERROR_CODES } from "../../core/errors.js";
import { readSecretFiles } from "../shared/dotenv.js";
import { sentryVersion } from "../shared/version.js";
import { type CliIo, EXIT, writeLine } from "./cli-io.js";
import { COMMANDS } from "./commands.js";

function help(): string {
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
    "and `claude-sentry --version` for the version.",
  ].join("\n");
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...afterFirst] = argv;
  // `help diagnose` is `diagnose --help`, as in git and kubectl.
  if (first === "help" && afterFirst[0] && !afterFirst[0].startsWith("-"))
    return runCli([afterFirst[0], "--help"], io);
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    writeLine(name ? io.stdout : io.stderr, help());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version" || name === "-V") {
    writeLine(io.stdout, sentryVersion());
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
  if (!entry) {
    writeLine(
      io.stderr,
      `claude-sentry: unknown command '${name}' (commands: ${COMMANDS.map((c) => c.name).join(", ")})`,
    );
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    writeLine(io.stdout, command.usage);
    return EXIT.ok;
  }
  try {
    // Secrets given as NAME_FILE are read here, once, so they stay out of /proc/PID/environ.
    return await command.run(rest, { ...io, env: readSecretFiles(io.env, io.cwd) });
  } catch (error) {
    if (error instanceof SentryError && USER_ERROR_CODES.includes(error.code)) {
      writeLine(io.stderr, `claude-sentry ${name}: ${error.message}`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLine(
      io.stderr,
      `claude-sentry ${name}: internal error: ${message} (set SENTRY_DEBUG=1 for the stack)`,
    );
    if (io.env.SENTRY_DEBUG && error instanceof Error) writeLine(io.stderr, error.stack ?? "");
    return EXIT.internal;
  }
}
