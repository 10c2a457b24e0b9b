import { type Stats, statSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { UsageError } from "../../core/errors.js";
import { ModeInputSchema } from "../../core/mode.js";
import { collectorRuntime } from "../../engine/collector-runtime.js";
import { newRunId, runEngine } from "../../engine/engine.js";
import { createJsonlMemoryStore } from "../../memory/index.js";
import { renderText } from "../../report/render-text.js";
import { generateAuditKeys } from "../../security/audit/audit-keys.js";
import { createJsonlAuditStore } from "../../security/audit/jsonl-store.js";
import { incidentFromWatcher } from "../../server/api-app.js";
import { DetectorSettingsSchema, type Trigger } from "../../watcher/detector.js";
import { createLogWatcher } from "../../watcher/log-watcher.js";
import { loadConfigFile } from "../shared/load-config.js";
import { providerFactory } from "../shared/provider-settings.js";
import { workspaceFromPaths } from "../shared/workspace-from-paths.js";
import { type CliCommand, type CliIo, EXIT, parseFlags, writeLine } from "./cli-io.js";

const USAGE = `Usage: claude-sentry watch FILE... [options]

Follows log files (across rotation and truncation, like tail -F), and when errors burst or an error
template never seen before appears, diagnoses the recent lines: locally, or by posting them to a running
app (--post). Stops on SIGINT/SIGTERM.

  --post URL          post triggers to URL/api/trigger with Authorization: Bearer $SENTRY_API_TOKEN
  --repo DIR          the repository of the service (local runs)
  --mode MODE         audit (default) | active | disabled (local runs)
  --provider NAME     offline (default without a key) | anthropic | bedrock_gateway |
                      openai_compatible (local runs)
  --memory FILE       incident memory (JSONL) consulted and fed by local runs
  --audit-log FILE    append local runs' audit entries to FILE
  --burst N           errors within --window seconds that make a burst (default 20)
  --window SECONDS    burst window (default 60)
  --cooldown SECONDS  no second trigger for the same error within this time (default 300)
  --no-new-templates  trigger on bursts only
  --from-start        read the files from their start, not their end
  --once              read what is there now, handle its triggers, and exit`;

const posInt = (name: string, text: string | undefined) => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number`);
  return n;
};

export const watchCommand: CliCommand = {
  name: "watch",
  summary: "follow log files and diagnose error bursts and new errors",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        post: { type: "string" },
        repo: { type: "string" },
        mode: { type: "string" },
        provider: { type: "string" },
        memory: { type: "string" },
        "audit-log": { type: "string" },
        burst: { type: "string" },
        window: { type: "string" },
        cooldown: { type: "string" },
        "no-new-templates": { type: "boolean" },
        "from-start": { type: "boolean" },
        once: { type: "boolean" },
      },
      true,
    );
    if (positionals.length === 0) throw new UsageError("give at least one FILE to watch (see --help)");
    const settings = DetectorSettingsSchema.safeParse({
      ...(values.burst ? { burstErrors: posInt("burst", values.burst) } : {}),
      ...(values.window ? { burstWindowSeconds: posInt("window", values.window) } : {}),
      ...(values.cooldown !== undefined ? { cooldownSeconds: posInt("cooldown", values.cooldown) } : {}),
      newTemplates: !values["no-new-templates"],
    });
    if (!settings.success)
      throw new UsageError(`invalid watcher settings: ${settings.error.issues[0]?.message}`);
    const handle = values.post ? poster(values.post, io) : await localRunner(values, io);
    let chain = Promise.resolve();
    const watcher = createLogWatcher({
      settings: settings.data,
      fromStart: values["from-start"] || values.once || false,
      onTrigger: (trigger) => {
        writeLine(
          io.stderr,
          `watch: ${trigger.reason} in ${trigger.file}: ${trigger.template.slice(0, 200)}`,
        );
        chain = chain
          .then(() => handle(trigger))
          .catch((error: unknown) => {
            writeLine(io.stderr, `watch: could not handle the trigger: ${(error as Error).message}`);
          });
      },
      log: (msg, error) => writeLine(io.stderr, `${msg}${error ? `: ${String(error)}` : ""}`),
      holdProcess: !values.once,
    });
    const files = positionals.map((f) => resolve(io.cwd, f));
    for (const [i, file] of files.entries()) requireFile(file, positionals[i] ?? file);
    // Triggers and evidence name each file as it was typed.
    const names = Object.fromEntries(files.map((file, i) => [file, positionals[i] ?? file]));
    const started = await watcher.start(files, names);
    if (started.status === "error") throw new UsageError(started.reason);
    if (values.once) await watcher.pollOnce();
    else {
      writeLine(io.stderr, `watch: following ${files.length} file(s); Ctrl-C to stop`);
      await new Promise<void>((done) => {
        process.once("SIGINT", done);
        process.once("SIGTERM", done);
      });
    }
    await watcher.stop();
    await chain;
    const { triggers, linesRead } = watcher.status();
    writeLine(io.stderr, `watch: ${linesRead} lines read, ${triggers} trigger(s)`);
    return EXIT.ok;
  },
};

/** A file to follow must be there at the start: a typo would otherwise be watched, silently, forever. */
function requireFile(path: string, given: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new UsageError(
      `cannot read log ${given}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  if (!stats.isFile()) throw new UsageError(`log ${given} is not a regular file`);
}

function poster(base: string, io: CliIo) {
  const url = z.url({ protocol: /^https?$/ }).safeParse(new URL("/api/trigger", base).toString());
  const token = io.env.SENTRY_API_TOKEN;
  if (!url.success) throw new UsageError("--post must be an http(s) URL");
  if (!token) throw new UsageError("--post needs SENTRY_API_TOKEN in the environment");
  return async (trigger: Trigger) => {
    const incident = incidentFromWatcher(trigger, new Date());
    const res = await fetch(url.data, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: incident.title,
        severity: incident.severity,
        labels: incident.labels,
        logs: trigger.logText,
        logFile: trigger.file,
        firstLine: trigger.firstLine,
      }),
    });
    const body = (await res.json().catch(() => ({}))) as { id?: string; reason?: string };
    if (!res.ok) throw new Error(`${res.status} ${body.reason ?? res.statusText}`);
    writeLine(io.stdout, JSON.stringify({ posted: body.id, reason: trigger.reason, file: trigger.file }));
  };
}

async function localRunner(values: Record<string, string | boolean | undefined>, io: CliIo) {
  const repo = typeof values.repo === "string" ? values.repo : undefined;
  const modeText = (values.mode as string | undefined) ?? io.env.SENTRY_MODE;
  const parsedMode = modeText === undefined ? undefined : ModeInputSchema.safeParse(modeText);
  if (parsedMode && !parsedMode.success) throw new UsageError("--mode must be audit, active or disabled");
  const config = loadConfigFile(undefined, repo ? resolve(io.cwd, repo) : undefined, io.cwd, {
    ...(parsedMode?.success ? { mode: parsedMode.data } : {}),
    warn: (line) => io.stderr.write(`warning: ${line}\n`),
    env: io.env,
  });
  const provider = providerFactory({
    flag: values.provider as string | undefined,
    script: undefined,
    env: io.env,
    config,
    cwd: io.cwd,
  });
  const memoryPath = typeof values.memory === "string" ? resolve(io.cwd, values.memory) : undefined;
  const memory = memoryPath ? { store: createJsonlMemoryStore(memoryPath), path: memoryPath } : undefined;
  const auditPath =
    typeof values["audit-log"] === "string" ? resolve(io.cwd, values["audit-log"]) : undefined;
  const audit = {
    ...(auditPath ? { store: createJsonlAuditStore(auditPath), path: auditPath } : {}),
    signingKey: io.env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey,
  };
  return async (trigger: Trigger) => {
    const now = new Date();
    const { run } = await runEngine({
      incident: incidentFromWatcher(trigger, now),
      runId: newRunId(now),
      mode: config.mode,
      config,
      provider,
      workspace: workspaceFromPaths({
        logs: [],
        ...(repo ? { repo: resolve(io.cwd, repo) } : {}),
        cwd: io.cwd,
      }),
      // The excerpt is cited as the watched file, by its own line numbers: "logs/app.log:2594", not "app.log:14".
      logs: { text: trigger.logText, file: trigger.file, firstLine: trigger.firstLine },
      audit,
      ...(memory ? { memory } : {}),
      collectors: collectorRuntime(config, io.env),
    });
    writeLine(io.stdout, renderText(run));
  };
}
