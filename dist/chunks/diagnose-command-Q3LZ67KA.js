import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  ANSI_PAINT,
  NO_PAINT,
  excerptView,
  renderText,
  wantsColour
} from "./chunk-YIT5DK4R.js";
import {
  incidentFromLogs
} from "./chunk-55O25TJH.js";
import {
  spoolStdin,
  workspaceFromPaths
} from "./chunk-WUIRH3HH.js";
import {
  createProgress
} from "./chunk-EGYSKQW3.js";
import {
  terminalSafeDeep
} from "./chunk-26CHIPLB.js";
import {
  createJsonlAuditStore
} from "./chunk-BHOGEK7W.js";
import {
  EXIT_TABLE,
  exitForOutcome,
  parseFlags,
  writeLine
} from "./chunk-UG7HFW4V.js";
import {
  loadConfigFile
} from "./chunk-PH3BZ2SD.js";
import {
  codeBlock,
  incidentFromAlertBody,
  inlineCode,
  inlineText
} from "./chunk-LNKEUJCU.js";
import {
  collectorRuntime,
  describeOutcome,
  evidenceLocation,
  proposalRationale,
  proposalState,
  runStats
} from "./chunk-S2EB3GIP.js";
import {
  RunSchema,
  createJsonlMemoryStore,
  newRunId,
  providerFactory,
  renderSimilarText,
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
import {
  detectAlertSource,
  detectionHint
} from "./chunk-ZB46GCZO.js";
import {
  ALERT_SOURCES,
  createRedisStateStore
} from "./chunk-23ZSANFV.js";
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
  ConfigError,
  UsageError
} from "./chunk-U3NNAQLI.js";
import "./chunk-SCPEIYA6.js";
import "./chunk-6DQCYENC.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/diagnose-command.ts
import { resolve as resolve2 } from "node:path";

// src/report/render-markdown.ts
var fenced = (text, language = "") => codeBlock(text.trimEnd(), 2e4, language);
var code = (text) => inlineCode(text, 300);
function renderMarkdown(untrusted) {
  const run = terminalSafeDeep(untrusted);
  const { verdict, headline, detail } = describeOutcome(run);
  const out = [`## ${verdict} · ${inlineText(headline, 500)}`, ""];
  if (detail) out.push(`_${inlineText(detail, 2e3)}_`, "");
  const inc = run.incident;
  out.push(
    `**Incident:** ${inlineText(inc.title, 300)} (${code(inc.id)}, ${inlineText(inc.source, 60)}, ${inc.status} since ${inlineText(inc.startedAt, 40)})`,
    ""
  );
  const diagnosis = run.diagnosis;
  if (diagnosis) {
    out.push("### Root cause", "", inlineText(diagnosis.rootCause || diagnosis.summary, 4e3), "");
    if (diagnosis.evidence.length > 0) {
      out.push("### Evidence", "", "| where | what |", "|---|---|");
      for (const e of diagnosis.evidence) {
        out.push(`| ${code(evidenceLocation(e))} | ${code(excerptView(e, 200))} |`);
      }
      out.push("");
    }
    if (diagnosis.recommendedActions.length > 0) {
      out.push(
        "### What to do",
        "",
        ...diagnosis.recommendedActions.map((a, i) => `${i + 1}. ${inlineText(a, 1e3)}`),
        ""
      );
    }
  } else if (run.triage) {
    out.push("### Triage", "", inlineText(run.triage.summary, 2e3), "");
  }
  if (run.proposal) {
    out.push(`### Proposed fix (${proposalState(run)}, risk ${run.proposal.risk})`, "");
    const rationale = proposalRationale(run);
    if (rationale) out.push(inlineText(rationale, 2e3), "");
    if (run.proposal.restart) out.push(`Restart service ${code(run.proposal.restart.service)}`, "");
    if (run.proposal.patch) out.push(fenced(run.proposal.patch, "diff"), "");
  }
  if (run.verification) {
    out.push(
      `### Verification: ${run.verification.outcome}`,
      "",
      inlineText(run.verification.summary, 2e3),
      ""
    );
    for (const check of run.verification.checks) {
      out.push(
        `- [${check.outcome === "pass" ? "x" : " "}] ${inlineText(check.name, 200)} (${check.outcome}): ${inlineText(check.detail, 500)}`
      );
    }
    out.push("");
  }
  if (run.inputFlags?.length) {
    out.push("### Injection attempts neutralised", "");
    for (const flag of run.inputFlags)
      out.push(`- ${inlineText(flag.source, 200)}: ${inlineText(flag.flags.join(", "), 500)}`);
    out.push("");
  }
  out.push("---", "", `Pipeline: ${run.states.map((s) => s.state).join(" → ")}`, "", runStats(run), "");
  return out.join("\n");
}

// src/entrypoints/shared/incident-from-alert.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function incidentFromAlertFile(path, cwd, sourceFlag) {
  let text;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read alert ${path}: ${error.code ?? error}`, {
      cause: error
    });
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`alert ${path} is not valid JSON: ${error.message}`, { cause: error });
  }
  const source = sourceFlag ?? detectAlertSource(body);
  if (!source) {
    throw new UsageError(
      `cannot tell which tool sent alert ${path} (looked for ${detectionHint()}): name it with --alert-source (${ALERT_SOURCES.join(", ")})`
    );
  }
  const result = incidentFromAlertBody(body, source);
  if (!result.ok) throw new UsageError(`${result.reason.replace(/^alert /, `alert ${path} `)}`);
  return result.incident;
}

// src/entrypoints/shared/shared-state.ts
function sharedStateFromEnv(env, onError) {
  const url = env.REDIS_URL?.trim();
  if (!url) return void 0;
  if (!external_exports.url({ protocol: /^rediss?$/ }).safeParse(url).success)
    throw new ConfigError("REDIS_URL must be a redis:// or rediss:// URL", "REDIS_URL");
  return createRedisStateStore(url, { onError });
}

// src/entrypoints/cli/diagnose-command.ts
var USAGE = `Usage: claude-sentry diagnose [--log FILE]... [--repo DIR] [--alert FILE] [options]

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
var diagnoseCommand = {
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
      format: { type: "string", default: "text" }
    });
    const format = values.format;
    if (format !== "text" && format !== "json" && format !== "markdown") {
      throw new UsageError(`--format must be text, json or markdown (got '${format}')`);
    }
    const logs = values.log ?? [];
    if (logs.length === 0 && !values.alert && !values.repo) {
      throw new UsageError("nothing to diagnose: give --log, --alert or --repo (see --help)");
    }
    const stdinPath = logs.includes("-") ? await spoolStdin(io.stdin) : void 0;
    const workspace = workspaceFromPaths({
      logs,
      ...values.repo ? { repo: values.repo } : {},
      cwd: io.cwd,
      ...stdinPath ? { stdinPath } : {}
    });
    const modeText = values.mode ?? io.env.SENTRY_MODE;
    const config = loadConfigFile(values.config, workspace.repoRoot, io.cwd, {
      ...modeText === void 0 ? {} : { mode: parseMode(modeText) },
      warn: (line) => writeLine(io.stderr, `warning: ${line}`),
      env: io.env
    });
    const mode = config.mode;
    const now = /* @__PURE__ */ new Date();
    const incident = values.alert ? incidentFromAlertFile(values.alert, io.cwd, values["alert-source"]) : incidentFromLogs(workspace, now);
    const provider = providerFactory({
      flag: values.provider,
      script: values.script,
      env: io.env,
      config,
      cwd: io.cwd
    });
    const auditPath = values["audit-log"] ? resolve2(io.cwd, values["audit-log"]) : void 0;
    const memoryPath = values.memory ? resolve2(io.cwd, values.memory) : void 0;
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
        ...auditPath ? { store: createJsonlAuditStore(auditPath), path: auditPath } : {},
        signingKey: io.env.SENTRY_AUDIT_KEY ?? generateAuditKeys().privateKey
      },
      ...memoryPath ? { memory: { store: createJsonlMemoryStore(memoryPath), path: memoryPath } } : {},
      collectors: collectorRuntime(config, io.env),
      ...sharedState ? { sharedState } : {},
      onProgress: progress.update
    }).finally(async () => {
      progress.done();
      await sharedState?.close().catch(() => void 0);
    });
    const parsed = RunSchema.safeParse(run);
    if (!parsed.success)
      throw new Error(`the run does not match its schema: ${parsed.error.issues[0]?.message}`);
    if (format === "json") io.stdout.write(`${JSON.stringify(run)}
`);
    else if (format === "markdown") writeLine(io.stdout, renderMarkdown(run));
    else writeLine(io.stdout, renderText(run, paintFor(io)));
    if (memoryPath && format !== "json") writeLine(io.stdout, `
${renderSimilarText(matches)}`);
    return exitForOutcome(run.finalState);
  }
};
function paintFor(io) {
  const tty = io.stdout.isTTY === true;
  return wantsColour(io.env, tty) ? ANSI_PAINT : NO_PAINT;
}
function parseMode(text) {
  const parsed = ModeInputSchema.safeParse(text);
  if (!parsed.success) throw new UsageError(`--mode must be audit, active or disabled (got '${text}')`);
  return parsed.data;
}
export {
  diagnoseCommand
};
