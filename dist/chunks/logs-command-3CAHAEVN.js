import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createProgress
} from "./chunk-EGYSKQW3.js";
import {
  terminalSafe
} from "./chunk-26CHIPLB.js";
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-UG7HFW4V.js";
import {
  lineIdPieces,
  mineLines
} from "./chunk-VJIDQE5F.js";
import {
  summarizeLogs
} from "./chunk-CZG2DZF2.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-KUH3GNXZ.js";
import {
  UsageError
} from "./chunk-U3NNAQLI.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/logs-command.ts
import { resolve } from "node:path";
var USAGE = `Usage:
  claude-sentry logs summarize FILE... [--budget N] [--since T --until T] [--format text|json]
  claude-sentry logs templates FILE [--format text|ids|json]

summarize  Condense logs (files, directories, .gz, or - for stdin) into a summary of at most N tokens
           (default 6000): every error template, stack traces, templates new near the end or bursting,
           rare ones, each with file:line, and one count line for the rest.
templates  List the templates mined from one log. --format ids prints, for every input line in order,
           the id of the template its record belongs to ("-" for a blank line between records).`;
function inputsOf(paths, io) {
  if (paths.length === 0) throw new UsageError("no log file given (use - for stdin)");
  if (paths.length === 1 && paths[0] === "-") return { inputs: "-", displayNames: {} };
  const displayNames = {};
  const inputs = paths.map((p) => {
    const absolute = resolve(io.cwd, p);
    displayNames[absolute] = p;
    return absolute;
  });
  return { inputs, displayNames };
}
function formatOf(value, allowed) {
  const format = value ?? allowed[0];
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(", ")}`);
  return format;
}
async function summarize(argv, io) {
  const { values, positionals } = parseFlags(
    argv,
    {
      budget: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      format: { type: "string" }
    },
    true
  );
  const format = formatOf(values.format, ["text", "json"]);
  const budget = values.budget === void 0 ? void 0 : Number(values.budget);
  if (budget !== void 0 && !Number.isInteger(budget))
    throw new UsageError("--budget must be a whole number");
  const { inputs, displayNames } = inputsOf(positionals, io);
  const bar = createProgress(io, "reading logs");
  const summary = await summarizeLogs(inputs, {
    displayNames,
    stdin: io.stdin,
    ...budget !== void 0 ? { budgetTokens: budget } : {},
    ...values.since ? { since: values.since } : {},
    ...values.until ? { until: values.until } : {},
    onProgress: bar.update
  }).finally(bar.done);
  writeLine(io.stdout, format === "json" ? JSON.stringify(summary) : terminalSafe(summary.text));
  return EXIT.ok;
}
async function templates(argv, io) {
  const { values, positionals } = parseFlags(argv, { format: { type: "string" } }, true);
  const format = formatOf(values.format, ["text", "ids", "json"]);
  if (positionals.length !== 1) throw new UsageError("logs templates takes exactly one FILE");
  const { inputs, displayNames } = inputsOf(positionals, io);
  const bar = createProgress(io, "reading logs");
  const mined = await mineLines(inputs, {
    displayNames,
    stdin: io.stdin,
    onProgress: bar.update
  }).finally(bar.done);
  if (format === "ids") {
    for (const piece of lineIdPieces(mined)) {
      if (!io.stdout.write(`${piece}
`)) await new Promise((resolve2) => io.stdout.once("drain", resolve2));
    }
    return EXIT.ok;
  }
  const { miner } = mined;
  const list = miner.templates();
  if (format === "json") writeLine(io.stdout, JSON.stringify({ templates: list }));
  else writeLine(io.stdout, terminalSafe(list.map((t) => `${t.id}	${t.count}	${t.template}`).join("\n")));
  return EXIT.ok;
}
var logsCommand = {
  name: "logs",
  summary: "Condense big logs into a token-budgeted summary, or list their templates",
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === "summarize") return summarize(rest, io);
    if (sub === "templates") return templates(rest, io);
    throw new UsageError(`logs: expected 'summarize' or 'templates'${sub ? `, not '${sub}'` : ""}`);
  }
};
export {
  logsCommand
};
