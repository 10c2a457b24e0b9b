import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { UsageError } from "../../core/errors.js";
import { detectAlertSource, detectionHint } from "../../ingest/alerts/detect.js";
import { ALERT_SOURCES, normalizeAlert } from "../../ingest/alerts/index.js";
import { scanJsonText } from "../../ingest/alerts/intake-limits.js";
import { type CliCommand, type CliIo, EXIT, parseFlags, writeLine } from "./cli-io.js";

const USAGE = `Usage:
  claude-sentry alerts normalize [--source SOURCE] FILE

normalize  Print the incident(s) a webhook payload becomes, as JSON (one array). FILE - reads stdin.
           --source is one of ${ALERT_SOURCES.join(", ")}; guessed from the payload when left out.
           A payload missing a required field exits 2 naming the field path.`;

async function readInput(path: string, io: CliIo): Promise<string> {
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
}

async function normalize(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { source: { type: "string" } }, true);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError("give exactly one FILE (or - for stdin)");
  const text = await readInput(file, io);
  const over = scanJsonText(text);
  if (over) throw new UsageError(`${file} refused: ${over.reason}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const source = values.source ?? detectAlertSource(body);
  if (!source)
    throw new UsageError(
      `cannot tell which tool sent ${file}: looked for ${detectionHint()}; name it with --source`,
    );
  const result = normalizeAlert(source, body);
  if (result.status === "invalid")
    throw new UsageError(`${file} (${source}): ${result.path}: ${result.reason}`);
  writeLine(io.stdout, JSON.stringify(result.incidents, null, 2));
  return EXIT.ok;
}

export const alertsCommand: CliCommand = {
  name: "alerts",
  summary: "Normalize monitoring webhook payloads into incidents",
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === "normalize") return normalize(rest, io);
    throw new UsageError(`unknown alerts subcommand '${sub ?? ""}' (expected: normalize)`);
  },
};
