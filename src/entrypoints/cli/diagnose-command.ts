import { resolve } from "node:path";
import { UsageError } from "../../core/errors.js";
import type { Incident } from "../../core/incident.js";
import { ModeInputSchema } from "../../core/mode.js";
import { RunSchema } from "../../core/run.js";
import { collectorRuntime } from "../../engine/collector-runtime.js";
import { newRunId, runEngine } from "../../engine/engine.js";
import { renderSimilarText } from "../../engine/memory-lookup.js";
import { createJsonlMemoryStore } from "../../memory/index.js";
import { ANSI_PAINT, NO_PAINT, type Paint, wantsColour } from "../../report/colour.js";
import { renderMarkdown } from "../../report/render-markdown.js";
import { renderText } from "../../report/render-text.js";
import { generateAuditKeys } from "../../security/audit/audit-keys.js";
import { createJsonlAuditStore } from "../../security/audit/jsonl-store.js";
import { incidentFromAlertFile } from "../shared/incident-from-alert.js";
import { incidentFromLogs } from "../shared/incident-from-logs.js";
import { loadConfigFile } from "../shared/load-config.js";
import { providerFactory } from "../shared/provider-settings.js";
import { sharedStateFromEnv } from "../shared/shared-state.js";
import { spoolStdin, workspaceFromPaths } from "../shared/workspace-from-paths.js";
import { type CliCommand, type CliIo, EXIT_TABLE, exitForOutcome, parseFlags, writeLine } from "./cli-io.js";
import { createProgress } from "./progress.js";

const USAGE = `Usage: claude-sentry diagnose [--log FILE]... [--repo DIR] [--alert FILE] [options]

Diagnoses an incident from logs, an alert payload and a repository, and proposes a fix.

  --log FILE           a log file or directory, read recursively (repeatable; .gz accepted; - is stdin)
  --repo DIR           the repository that runs the service (config, manifests, code)
  --alert FILE         an alert payload (Alertmanager, Grafana, PagerDuty, Datadog, Sentry, Opsgenie,
                       CloudWatch via SNS, or the generic form); --alert-source names it if detection fails
  --mode MODE          audit (default: propose, write nothing) | active | disabled: the highest mode;
                       the repository's sentry.yml can lower it, never raise it
  --provider NAME      offline (default without a key) | anthropic | bedrock_gateway | openai_compatible |
                       scripted
  --script FILE        the scripted provider's steps (with --provider scripted)
  --config FILE        your settings as operator (sentry.yml keys): hosts, restart command and services,
                       limits; DIR/.github/sentry.yml can only narrow them (widening keys are ignored)
  --audit-log FILE     append the run's hash-chained audit entries to FILE (JSONL)
  --format FORMAT      text (default) | json (exactly one JSON object: the Run) | markdown
  --memory FILE        incident memory (JSONL): similar past incidents are shown to the agents and
                       listed under the report, and this run is stored in FILE afterwards (default: off)

The run ends NOTHING_WRONG, PROPOSED, FIXED, ESCALATED or HALTED; the alert's own state (firing or
resolved) is shown beside it.

${EXIT_TABLE}`;

export const diagnoseCommand: CliCommand = {
  name: "diagnose",
  summary: "diagnose an incident from logs, an alert and a repo; propose a fix",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      log: { type: "string", multiple: true },
      repo: { type: "string" },
      alert: { type: "string" },
      "alert-source": { type: "string" },
      mode: { type: "string" },
      provider: { type: "string" },
      script: { type: "string" },
      config: { type: "string" },
      "audit-log": { type: "string" },
      memory: { type: "string" },
      format: { type: "string", default: "text" },
    });
    const format = values.format;
    if (format !== "text" && format !== "json" && format !== "markdown") {
      throw new UsageError(`--format must be text, json or markdown (got '${format}')`);
    }
    const logs = values.log ?? [];
    if (logs.length === 0 && !values.alert && !values.repo) {
      throw new UsageError("nothing to diagnose: give --log, --alert or --repo (see --help)");
    }
    // "-" is stdin, spooled to a private file: agents' tools read and cite logs from disk.
    const stdinPath = logs.includes("-") ? await spoolStdin(io.stdin) : undefined;
    const workspace = workspaceFromPaths({
      logs,
      ...(values.repo ? { repo: values.repo } : {}),
      cwd: io.cwd,
      ...(stdinPath ? { stdinPath } : {}),
    });
    // The operator's settings (--config, --mode, SENTRY_MODE), narrowed by the repository's own sentry.yml.
    const modeText = values.mode ?? io.env.SENTRY_MODE;
    const config = loadConfigFile(values.config, workspace.repoRoot, io.cwd, {
      ...(modeText === undefined ? {} : { mode: parseMode(modeText) }),
      warn: (line) => writeLine(io.stderr, `warning: ${line}`),
      env: io.env,
    });
    const mode = config.mode;
    const now = new Date();
    const incident: Incident = values.alert
      ? incidentFromAlertFile(values.alert, io.cwd, values["alert-source"])
      : incidentFromLogs(workspace, now);
    const provider = providerFactory({
      flag: values.provider,
      script: values.script,
      env: io.env,
      config,
      cwd: io.cwd,
    });
    const auditPath = values["audit-log"] ? resolve(io.cwd, values["audit-log"]) : undefined;
    const memoryPath = values.memory ? resolve(io.cwd, values.memory) : undefined;
    // Reported once, not on every retry ioredis makes: a run that cannot reach it is refused by its limits.
    let redisError = false;
    const sharedState = sharedStateFromEnv(io.env, (error) => {
      if (!redisError) writeLine(io.stderr, `warning: REDIS_URL: ${error.message}`);
      redisError = true;
    });
    const progress = createProgress(io, "reading logs");
    const { run, matches } = await runEngine({
      incident,
      runId: newRunId(now),
      workspace,
      mode,
      config,
      provider,
      // Without a configured key each run seals with a one-off key carried in the seal: edits are still caught,
      // but only a pinned key (SENTRY_AUDIT_KEY, verified with --public-key) proves who wrote the log.
      audit: {
        ...(auditPath ? { store: createJsonlAuditStore(auditPath), path: auditPath } : {}),
        signingKey: io.env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey,
      },
      ...(memoryPath ? { memory: { store: createJsonlMemoryStore(memoryPath), path: memoryPath } } : {}),
      collectors: collectorRuntime(config, io.env),
      ...(sharedState ? { sharedState } : {}),
      onProgress: progress.update,
    }).finally(async () => {
      progress.done();
      await sharedState?.close().catch(() => undefined);
    });

    const parsed = RunSchema.safeParse(run);
    if (!parsed.success)
      throw new Error(`the run does not match its schema: ${parsed.error.issues[0]?.message}`);
    if (format === "json") io.stdout.write(`${JSON.stringify(run)}\n`);
    else if (format === "markdown") writeLine(io.stdout, renderMarkdown(run));
    else writeLine(io.stdout, renderText(run, paintFor(io)));
    if (memoryPath && format !== "json") writeLine(io.stdout, `\n${renderSimilarText(matches)}`);
    return exitForOutcome(run.finalState);
  },
};

/** Colour for a person at a terminal only (NO_COLOR, FORCE_COLOR and a piped stdout respected). */
function paintFor(io: CliIo): Paint {
  const tty = (io.stdout as NodeJS.WritableStream & { isTTY?: boolean }).isTTY === true;
  return wantsColour(io.env, tty) ? ANSI_PAINT : NO_PAINT;
}

function parseMode(text: string) {
  const parsed = ModeInputSchema.safeParse(text);
  if (!parsed.success) throw new UsageError(`--mode must be audit, active or disabled (got '${text}')`);
  return parsed.data;
}
