import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-UG7HFW4V.js";
import {
  detectAlertSource,
  detectionHint
} from "./chunk-ZB46GCZO.js";
import {
  ALERT_SOURCES,
  normalizeAlert,
  scanJsonText
} from "./chunk-23ZSANFV.js";
import "./chunk-5EQ4B36T.js";
import "./chunk-PHUYCHNG.js";
import "./chunk-Z34A77QH.js";
import "./chunk-BLIBE5CM.js";
import {
  UsageError
} from "./chunk-U3NNAQLI.js";
import "./chunk-6DQCYENC.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/alerts-command.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var USAGE = `Usage:
  claude-sentry alerts normalize [--source SOURCE] FILE

normalize  Print the incident(s) a webhook payload becomes, as JSON (one array). FILE - reads stdin.
           --source is one of ${ALERT_SOURCES.join(", ")}; guessed from the payload when left out.
           A payload missing a required field exits 2 naming the field path.`;
async function readInput(path, io) {
  if (path === "-") {
    const chunks = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error.code ?? error}`, {
      cause: error
    });
  }
}
async function normalize(argv, io) {
  const { values, positionals } = parseFlags(argv, { source: { type: "string" } }, true);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError("give exactly one FILE (or - for stdin)");
  const text = await readInput(file, io);
  const over = scanJsonText(text);
  if (over) throw new UsageError(`${file} refused: ${over.reason}`);
  let body;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${error.message}`, { cause: error });
  }
  const source = values.source ?? detectAlertSource(body);
  if (!source)
    throw new UsageError(
      `cannot tell which tool sent ${file}: looked for ${detectionHint()}; name it with --source`
    );
  const result = normalizeAlert(source, body);
  if (result.status === "invalid")
    throw new UsageError(`${file} (${source}): ${result.path}: ${result.reason}`);
  writeLine(io.stdout, JSON.stringify(result.incidents, null, 2));
  return EXIT.ok;
}
var alertsCommand = {
  name: "alerts",
  summary: "Normalize monitoring webhook payloads into incidents",
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === "normalize") return normalize(rest, io);
    if (sub === void 0)
      throw new UsageError("missing subcommand: alerts normalize [--source SOURCE] FILE");
    throw new UsageError(`unknown alerts subcommand '${sub}' (expected: normalize)`);
  }
};
export {
  alertsCommand
};
