#!/usr/bin/env node
import type { CliIo } from "./cli/cli-io.js";
import { EXIT, writeLine } from "./cli/cli-io.js";
import { runCli } from "./cli/run-cli.js";

const io: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  interactive: Boolean(process.stderr.isTTY),
};

// `claude-sentry logs templates F | head` closes the pipe early: the reader has what it wanted, so stop quietly
// (as `cat` does) instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(EXIT.ok);
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    writeLine(process.stderr, `claude-sentry: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.internal;
  },
);
