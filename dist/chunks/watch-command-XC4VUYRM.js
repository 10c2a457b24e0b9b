import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  renderText
} from "./chunk-YIT5DK4R.js";
import {
  workspaceFromPaths
} from "./chunk-WUIRH3HH.js";
import "./chunk-26CHIPLB.js";
import {
  createJsonlAuditStore
} from "./chunk-BHOGEK7W.js";
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-UG7HFW4V.js";
import {
  DetectorSettingsSchema,
  createLogWatcher,
  incidentFromWatcher
} from "./chunk-QBZO5257.js";
import {
  loadConfigFile
} from "./chunk-PH3BZ2SD.js";
import {
  collectorRuntime
} from "./chunk-S2EB3GIP.js";
import {
  createJsonlMemoryStore,
  newRunId,
  providerFactory,
  runEngine
} from "./chunk-OYZ23Y5I.js";
import {
  ModeInputSchema
} from "./chunk-BQI2XCIV.js";
import "./chunk-IOTZVV4Z.js";
import "./chunk-KK5R7FLN.js";
import "./chunk-T2QTEOOO.js";
import "./chunk-BI7T4HIU.js";
import "./chunk-QCIXFYUU.js";
import "./chunk-VJIDQE5F.js";
import "./chunk-23ZSANFV.js";
import "./chunk-5EQ4B36T.js";
import "./chunk-PHUYCHNG.js";
import "./chunk-IWMPT2AX.js";
import {
  external_exports
} from "./chunk-Z34A77QH.js";
import "./chunk-W6C27GAO.js";
import "./chunk-HGNO3NGP.js";
import {
  generateAuditKeys
} from "./chunk-QKJJ65UN.js";
import "./chunk-BLIBE5CM.js";
import "./chunk-CZG2DZF2.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-KUH3GNXZ.js";
import {
  UsageError
} from "./chunk-U3NNAQLI.js";
import "./chunk-SCPEIYA6.js";
import "./chunk-6DQCYENC.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/watch-command.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
var USAGE = `Usage: claude-sentry watch FILE... [options]

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
var posInt = (name, text) => {
  if (text === void 0) return void 0;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number`);
  return n;
};
var watchCommand = {
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
        once: { type: "boolean" }
      },
      true
    );
    if (positionals.length === 0) throw new UsageError("give at least one FILE to watch (see --help)");
    const settings = DetectorSettingsSchema.safeParse({
      ...values.burst ? { burstErrors: posInt("burst", values.burst) } : {},
      ...values.window ? { burstWindowSeconds: posInt("window", values.window) } : {},
      ...values.cooldown !== void 0 ? { cooldownSeconds: posInt("cooldown", values.cooldown) } : {},
      newTemplates: !values["no-new-templates"]
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
          `watch: ${trigger.reason} in ${trigger.file}: ${trigger.template.slice(0, 200)}`
        );
        chain = chain.then(() => handle(trigger)).catch((error) => {
          writeLine(io.stderr, `watch: could not handle the trigger: ${error.message}`);
        });
      },
      log: (msg, error) => writeLine(io.stderr, `${msg}${error ? `: ${String(error)}` : ""}`),
      holdProcess: !values.once
    });
    const files = positionals.map((f) => resolve(io.cwd, f));
    for (const [i, file] of files.entries()) requireFile(file, positionals[i] ?? file);
    const names = Object.fromEntries(files.map((file, i) => [file, positionals[i] ?? file]));
    const started = await watcher.start(files, names);
    if (started.status === "error") throw new UsageError(started.reason);
    if (values.once) await watcher.pollOnce();
    else {
      writeLine(io.stderr, `watch: following ${files.length} file(s); Ctrl-C to stop`);
      await new Promise((done) => {
        process.once("SIGINT", done);
        process.once("SIGTERM", done);
      });
    }
    await watcher.stop();
    await chain;
    const { triggers, linesRead } = watcher.status();
    writeLine(io.stderr, `watch: ${linesRead} lines read, ${triggers} trigger(s)`);
    return EXIT.ok;
  }
};
function requireFile(path, given) {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new UsageError(
      `cannot read log ${given}: ${error.code ?? String(error)}`
    );
  }
  if (!stats.isFile()) throw new UsageError(`log ${given} is not a regular file`);
}
function poster(base, io) {
  const url = external_exports.url({ protocol: /^https?$/ }).safeParse(new URL("/api/trigger", base).toString());
  const token = io.env.SENTRY_API_TOKEN;
  if (!url.success) throw new UsageError("--post must be an http(s) URL");
  if (!token) throw new UsageError("--post needs SENTRY_API_TOKEN in the environment");
  return async (trigger) => {
    const incident = incidentFromWatcher(trigger, /* @__PURE__ */ new Date());
    const res = await fetch(url.data, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: incident.title,
        severity: incident.severity,
        labels: incident.labels,
        logs: trigger.logText,
        logFile: trigger.file,
        firstLine: trigger.firstLine
      })
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`${res.status} ${body.reason ?? res.statusText}`);
    writeLine(io.stdout, JSON.stringify({ posted: body.id, reason: trigger.reason, file: trigger.file }));
  };
}
async function localRunner(values, io) {
  const repo = typeof values.repo === "string" ? values.repo : void 0;
  const modeText = values.mode ?? io.env.SENTRY_MODE;
  const parsedMode = modeText === void 0 ? void 0 : ModeInputSchema.safeParse(modeText);
  if (parsedMode && !parsedMode.success) throw new UsageError("--mode must be audit, active or disabled");
  const config = loadConfigFile(void 0, repo ? resolve(io.cwd, repo) : void 0, io.cwd, {
    ...parsedMode?.success ? { mode: parsedMode.data } : {},
    warn: (line) => io.stderr.write(`warning: ${line}
`),
    env: io.env
  });
  const provider = providerFactory({
    flag: values.provider,
    script: void 0,
    env: io.env,
    config,
    cwd: io.cwd
  });
  const memoryPath = typeof values.memory === "string" ? resolve(io.cwd, values.memory) : void 0;
  const memory = memoryPath ? { store: createJsonlMemoryStore(memoryPath), path: memoryPath } : void 0;
  const auditPath = typeof values["audit-log"] === "string" ? resolve(io.cwd, values["audit-log"]) : void 0;
  const audit = {
    ...auditPath ? { store: createJsonlAuditStore(auditPath), path: auditPath } : {},
    signingKey: io.env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey
  };
  return async (trigger) => {
    const now = /* @__PURE__ */ new Date();
    const { run } = await runEngine({
      incident: incidentFromWatcher(trigger, now),
      runId: newRunId(now),
      mode: config.mode,
      config,
      provider,
      workspace: workspaceFromPaths({
        logs: [],
        ...repo ? { repo: resolve(io.cwd, repo) } : {},
        cwd: io.cwd
      }),
      // The excerpt is cited as the watched file, by its own line numbers: "logs/app.log:2594", not "app.log:14".
      logs: { text: trigger.logText, file: trigger.file, firstLine: trigger.firstLine },
      audit,
      ...memory ? { memory } : {},
      collectors: collectorRuntime(config, io.env)
    });
    writeLine(io.stdout, renderText(run));
  };
}
export {
  watchCommand
};
