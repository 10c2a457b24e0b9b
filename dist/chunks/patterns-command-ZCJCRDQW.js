import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-UG7HFW4V.js";
import {
  ALERT_RULES,
  FAILURE_PATTERNS
} from "./chunk-QCIXFYUU.js";
import {
  UsageError
} from "./chunk-U3NNAQLI.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/patterns-command.ts
var USAGE = `Usage:
  claude-sentry patterns list [--format text|json]
  (\`signatures\` is an alias, the command's older name)

list  Print the failure knowledge base: id, category, severity and title of every entry (text), or every
      entry with what it means, what it is usually a consequence of, what confirms it and what rules it
      out, and the standard alert names that point at it (json).`;
function asJson() {
  const entries = FAILURE_PATTERNS.map((p) => ({
    id: p.id,
    category: p.category,
    severity: p.severity,
    title: p.title,
    meaning: p.cause,
    consequenceOf: p.consequenceOf ?? [],
    confirm: p.confirm,
    ruleOut: p.ruleOut,
    actions: p.actions,
    alerts: ALERT_RULES.filter((r) => r.patternId === p.id).map((r) => r.name)
  }));
  return JSON.stringify({ patterns: entries, count: entries.length }, null, 2);
}
function asText() {
  const width = Math.max(...FAILURE_PATTERNS.map((p) => p.id.length));
  const catWidth = Math.max(...FAILURE_PATTERNS.map((p) => p.category.length));
  const rows = [...FAILURE_PATTERNS].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id)).map((p) => `${p.id.padEnd(width)}  ${p.category.padEnd(catWidth)}  ${p.severity}  ${p.title}`);
  return [...rows, `${FAILURE_PATTERNS.length} patterns, ${ALERT_RULES.length} standard alert names`].join(
    "\n"
  );
}
var patternsCommand = {
  name: "patterns",
  summary: "List the failure knowledge base",
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub !== "list") throw new UsageError(`unknown patterns subcommand '${sub ?? ""}' (expected: list)`);
    const { values } = parseFlags(rest, { format: { type: "string" } });
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json")
      throw new UsageError(`--format must be text or json, not '${format}'`);
    writeLine(io.stdout, format === "json" ? asJson() : asText());
    return EXIT.ok;
  }
};
export {
  patternsCommand
};
