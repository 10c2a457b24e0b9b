import { resolve } from "node:path";
import { UsageError } from "../../core/errors.js";
import { lineIdPieces, mineLines, summarizeLogs } from "../../ingest/logs/index.js";
import { terminalSafe } from "../../report/terminal-safe.js";
import { type CliCommand, type CliIo, EXIT, parseFlags, writeLine } from "./cli-io.js";
import { createProgress } from "./progress.js";

const USAGE = `Usage:
  claude-sentry logs summarize FILE... [--budget N] [--since T --until T] [--format text|json]
  claude-sentry logs templates FILE [--format text|ids|json]

summarize  Condense logs (files, directories, .gz, or - for stdin) into a summary of at most N tokens
           (default 6000): every error template, stack traces, templates new near the end or bursting,
           rare ones, each with file:line, and one count line for the rest.
templates  List the templates mined from one log. --format ids prints, for every input line in order,
           the id of the template its record belongs to ("-" for a blank line between records).`;

function inputsOf(
  paths: string[],
  io: CliIo,
): { inputs: string[] | "-"; displayNames: Record<string, string> } {
  if (paths.length === 0) throw new UsageError("no log file given (use - for stdin)");
  if (paths.length === 1 && paths[0] === "-") return { inputs: "-", displayNames: {} };
  const displayNames: Record<string, string> = {};
  const inputs = paths.map((p) => {
    const absolute = resolve(io.cwd, p);
    displayNames[absolute] = p;
    return absolute;
  });
  return { inputs, displayNames };
}

function formatOf(value: string | undefined, allowed: string[]): string {
  const format = value ?? allowed[0]!;
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(", ")}`);
  return format;
}

async function summarize(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      budget: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      format: { type: "string" },
    },
    true,
  );
  const format = formatOf(values.format, ["text", "json"]);
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && !Number.isInteger(budget))
    throw new UsageError("--budget must be a whole number");
  const { inputs, displayNames } = inputsOf(positionals, io);
  const bar = createProgress(io, "reading logs");
  const summary = await summarizeLogs(inputs, {
    displayNames,
    stdin: io.stdin,
    ...(budget !== undefined ? { budgetTokens: budget } : {}),
    ...(values.since ? { since: values.since } : {}),
    ...(values.until ? { until: values.until } : {}),
    onProgress: bar.update,
  }).finally(bar.done);
  writeLine(io.stdout, format === "json" ? JSON.stringify(summary) : terminalSafe(summary.text));
  return EXIT.ok;
}

async function templates(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { format: { type: "string" } }, true);
  const format = formatOf(values.format, ["text", "ids", "json"]);
  if (positionals.length !== 1) throw new UsageError("logs templates takes exactly one FILE");
  const { inputs, displayNames } = inputsOf(positionals, io);
  const bar = createProgress(io, "reading logs");
  const mined = await mineLines(inputs, {
    displayNames,
    stdin: io.stdin,
    onProgress: bar.update,
  }).finally(bar.done);
  if (format === "ids") {
    for (const piece of lineIdPieces(mined)) {
      // Wait for a slow reader (a pipe) rather than queue every piece in memory.
      if (!io.stdout.write(`${piece}\n`)) await new Promise((resolve) => io.stdout.once("drain", resolve));
    }
    return EXIT.ok;
  }
  const { miner } = mined;
  const list = miner.templates();
  if (format === "json") writeLine(io.stdout, JSON.stringify({ templates: list }));
  else writeLine(io.stdout, terminalSafe(list.map((t) => `${t.id}\t${t.count}\t${t.template}`).join("\n")));
  return EXIT.ok;
}

export const logsCommand: CliCommand = {
  name: "logs",
  summary: "Condense big logs into a token-budgeted summary, or list their templates",
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === "summarize") return summarize(rest, io);
    if (sub === "templates") return templates(rest, io);
    throw new UsageError(`logs: expected 'summarize' or 'templates'${sub ? `, not '${sub}'` : ""}`);
  },
};
