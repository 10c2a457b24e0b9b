import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  FAILURE_PATTERNS,
  SUBMIT_TOOL,
  ZERO_USAGE,
  createPatternScanner,
  matchPattern,
  patternById
} from "./chunk-FXO3YSEQ.js";
import {
  MONITORING_SOURCES
} from "./chunk-MZ74LIFJ.js";
import {
  applyPatch,
  createTwoFilesPatch,
  parsePatch
} from "./chunk-JH6YQ4PQ.js";

// src/llm/offline/conversation.ts
function pastCalls(messages) {
  const calls = /* @__PURE__ */ new Map();
  for (const message of messages) {
    for (const block of message.content) {
      if (block.type === "tool_use" && block.name !== SUBMIT_TOOL) {
        calls.set(block.id, { id: block.id, name: block.name, input: block.input });
      } else if (block.type === "tool_result") {
        const call = calls.get(block.toolUseId);
        if (call) call.result = { content: block.content, isError: block.isError };
      }
    }
  }
  return [...calls.values()];
}
function inputString(call, key) {
  const input = call.input;
  if (typeof input !== "object" || input === null || !(key in input)) return void 0;
  const value = input[key];
  return typeof value === "string" ? value : void 0;
}
function hasTool(request, name) {
  return request.tools.some((t) => t.name === name);
}
function toolTurn(request, calls, why) {
  const turn = request.messages.length;
  const content = [{ type: "text", text: why }];
  calls.forEach((call, index) => {
    content.push({
      type: "tool_use",
      id: `toolu_offline_${turn}_${index}`,
      name: call.name,
      input: call.input
    });
  });
  return { content, stopReason: "tool_use", model: "offline", usage: ZERO_USAGE };
}
function submitTurn(request, output, why) {
  return toolTurn(request, [{ name: SUBMIT_TOOL, input: output }], why);
}
function parseGrepOutput(output) {
  const hits = [];
  for (const row of output.split("\n")) {
    const m = /^(.+?):(\d+):\s?(.*)$/.exec(row);
    if (m?.[1] && m[2]) hits.push({ file: m[1], line: Number(m[2]), text: m[3] ?? "" });
  }
  return hits;
}

// src/llm/offline/verdict.ts
var ALERT_SOURCES = /* @__PURE__ */ new Set([...MONITORING_SOURCES, "generic"]);
function isFiringAlert(incident) {
  return ALERT_SOURCES.has(incident.source) && incident.status !== "resolved";
}
function errorTemplates(context) {
  return (context.logSummary?.kept ?? []).filter((t) => t.level === "ERROR" || t.level === "FATAL");
}
var BACKGROUND_SHARE = 200;
var STEADY_SPAN = 1 / 3;
function spanMs(from, to) {
  const a = from ? Date.parse(from) : Number.NaN;
  const b = to ? Date.parse(to) : Number.NaN;
  return Number.isNaN(a) || Number.isNaN(b) ? void 0 : b - a;
}
function isBackground(template, summary) {
  if (template.level !== "ERROR" || template.count < 2) return false;
  if (template.reasons.includes("stack-trace") || template.reasons.includes("burst")) return false;
  if (template.count * BACKGROUND_SHARE > summary.totalRecords) return false;
  const covered = spanMs(summary.timeRange.from, summary.timeRange.to);
  const spread = spanMs(template.firstSeen.time, template.lastSeen.time);
  if (covered === void 0 || spread === void 0 || covered <= 0) return true;
  return spread >= covered * STEADY_SPAN;
}
function unexplainedErrors(context) {
  const summary = context.logSummary;
  return errorTemplates(context).filter((t) => !summary || !isBackground(t, summary));
}
function plural(n, word) {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}
function logsRead(context) {
  const summary = context.logSummary;
  if (!summary || summary.files.length === 0) return "no logs";
  const names = summary.files.map((f) => f.file);
  const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")}, …` : names.join(", ");
  const { from, to } = summary.timeRange;
  const span = from && to ? `, ${from === to ? from : `${from} → ${to}`}` : ", no timestamps";
  return `${plural(names.length, "file")} (${shown}), ${plural(summary.totalRecords, "record")}${span}`;
}
function openQuestions(context) {
  const questions = [];
  const records = context.logSummary?.totalRecords ?? 0;
  if (records === 0) questions.push("no log records were read");
  if (isFiringAlert(context.incident))
    questions.push(
      `the ${context.incident.source} alert "${context.incident.title}" is ${context.incident.status}`
    );
  const errors = unexplainedErrors(context);
  if (errors.length > 0) {
    const count = errors.reduce((sum, t) => sum + t.count, 0);
    questions.push(
      `${plural(count, "error-level record")} in ${plural(errors.length, "template")} match no known pattern`
    );
  }
  return questions;
}
function noFindingVerdict(context) {
  return openQuestions(context).length === 0 ? { kind: "none" } : { kind: "unknown" };
}

// src/llm/offline/findings.ts
function countOf(hint) {
  return "count" in hint && typeof hint.count === "number" ? hint.count : void 0;
}
function subjectOf(pattern, hint) {
  for (const e of hint.evidence) {
    const subject = matchPattern(pattern, e.excerpt)?.subject;
    if (subject) return subject;
  }
  return void 0;
}
function findingsOf(context) {
  let hints = context.hints;
  if (hints.length === 0) {
    const scanner = createPatternScanner();
    scanner.scanText("alert", [context.incident.title, context.incident.description ?? ""].join("\n"));
    hints = scanner.findings();
  }
  const findings = [];
  for (const hint of hints) {
    const pattern = patternById(hint.patternId);
    if (!pattern) continue;
    const subject = subjectOf(pattern, hint);
    findings.push({
      hint,
      pattern,
      count: countOf(hint) ?? hint.evidence.length,
      ...subject ? { subject } : {}
    });
  }
  return findings.sort((a, b) => a.pattern.rank - b.pattern.rank || b.count - a.count);
}
var SEVERITY_ORDER = ["P1", "P2", "P3", "P4"];
function moreSevere(a, b) {
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}
function verdictOf(context) {
  const [primary, ...others] = findingsOf(context);
  if (primary) return { kind: "finding", primary, others };
  return noFindingVerdict(context);
}

// src/llm/offline/diagnosis-builder.ts
var MAX_LOG_EVIDENCE = 5;
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function hintEvidence(finding, limit, note) {
  return finding.hint.evidence.slice(0, limit).map((e, index) => ({
    kind: e.file === "alert" ? "alert" : "log",
    file: e.file,
    line: e.line,
    excerpt: clip(e.excerpt, 2e3),
    ...e.match ? { match: e.match } : {},
    ...index === 0 && note ? { note: clip(note, 500) } : {}
  }));
}
function where(finding) {
  const first = finding.hint.evidence[0];
  return first ? `${first.file}:${first.line}` : "the alert";
}
function findingDiagnosis(context, primary, others, cause) {
  const pat = primary.pattern;
  const lines = `${primary.count} matching log line${primary.count === 1 ? "" : "s"}, first at ${where(primary)}`;
  const subject = primary.subject ? ` (${primary.subject})` : "";
  const evidence = hintEvidence(
    primary,
    MAX_LOG_EVIDENCE,
    `${pat.title}: ${primary.count} matching`
  );
  if (cause) {
    evidence.push({
      kind: "repo",
      file: cause.file,
      line: cause.line,
      excerpt: clip(cause.text, 2e3),
      note: clip(cause.change ? `${cause.locator.what}; proposed: ${cause.change}` : cause.locator.what, 500)
    });
  }
  for (const other of others) {
    evidence.push(...hintEvidence(other, 1, `also seen: ${other.pattern.title} (${other.count}×)`));
  }
  const consequences = others.map((o) => `${o.pattern.title.toLowerCase()} (${o.count}×)`);
  const repoText = cause ? ` In the repository, ${cause.locator.what} is at ${cause.file}:${cause.line}: \`${clip(cause.text.trim(), 200)}\`.` : "";
  const fixable = cause?.change !== void 0;
  const confidence = Math.min(0.95, 0.6 + (primary.count >= 3 ? 0.1 : 0) + (cause ? 0.2 : 0));
  return {
    severity: moreSevere(pat.severity, context.incident.severity),
    category: pat.category,
    summary: clip(
      `${pat.title}${subject}: ${lines}.${cause ? ` Cause located at ${cause.file}:${cause.line}.` : ""}`,
      2e3
    ),
    rootCause: clip(
      `${pat.cause}${subject ? ` Named in the logs: ${primary.subject}.` : ""}${repoText}` + (consequences.length ? ` Also seen, most likely consequences: ${consequences.join(", ")}.` : ""),
      4e3
    ),
    evidence: evidence.slice(0, 50),
    confidence,
    // Only a change the Surgeon can actually make earns a proposal; otherwise a person takes it from here.
    fixability: fixable ? pat.fixability : Math.min(pat.fixability, 0.3),
    recommendedActions: [
      ...fixable && cause ? [`Change ${cause.file}:${cause.line}: ${cause.change}.`] : [],
      ...pat.actions
    ].slice(0, 20),
    signatures: [pat.id, ...others.map((o) => o.pattern.id)]
  };
}
function noFindingDiagnosis(context, kind) {
  const read = logsRead(context);
  const records = context.logSummary?.totalRecords ?? 0;
  const errors = errorTemplates(context);
  const errorCount = errors.reduce((sum, t) => sum + t.count, 0);
  const open = openQuestions(context);
  const unexplained = new Set(unexplainedErrors(context).map((t) => t.id));
  const cited = [...errors].sort((a, b) => Number(unexplained.has(b.id)) - Number(unexplained.has(a.id)));
  const evidence = cited.slice(0, 5).map((t) => ({
    kind: "log",
    file: t.firstSeen.file,
    line: t.firstSeen.line,
    excerpt: clip(t.examples[0]?.text ?? t.template, 2e3),
    note: `${t.count}× at level ${t.level}; no known pattern${unexplained.has(t.id) ? "" : " (steady background)"}`
  }));
  const checked = records === 0 ? `Read ${read}` : `Read ${read}; none of the ${FAILURE_PATTERNS.length} known failure patterns matched`;
  if (kind === "none" && open.length === 0) {
    return {
      severity: "P4",
      category: "none",
      summary: clip(
        `Nothing looks wrong. ${checked}, no alert is firing, and ${errorCount === 0 ? "no record is at error level" : `the ${errorCount} error-level records are steady background`}.`,
        2e3
      ),
      rootCause: "",
      evidence,
      confidence: 0.7,
      fixability: 0,
      recommendedActions: [],
      signatures: []
    };
  }
  return {
    severity: context.incident.severity,
    category: "unknown",
    summary: clip(`No cause established: ${open.join("; ")}. ${checked}.`, 2e3),
    rootCause: "Unknown: the offline diagnoser does not recognise this failure, and it does not guess.",
    evidence,
    confidence: 0.1,
    fixability: 0,
    recommendedActions: [
      ...records === 0 ? ["Run again with the service's logs (--log FILE or DIR) from around the alert's start."] : [],
      "Read the error lines cited above in full, and the service's logs around the alert's start time.",
      "Run again with a model provider (set ANTHROPIC_API_KEY) for a deeper analysis."
    ],
    signatures: []
  };
}

// src/llm/offline/read-output.ts
var CUT_NOTE = /\n\[output cut: showing \d+ of \d+ characters;[^\]]*\]$/;
function fileText(output) {
  const cut = CUT_NOTE.exec(output);
  return cut ? { text: output.slice(0, cut.index), complete: false } : { text: output, complete: true };
}

// src/knowledge/stack-frames.ts
var FRAME_PATTERNS = [
  // Node: "at handler (/app/src/orders.js:42:18)", "at /app/src/x.js:3:9", file:// URLs.
  /\bat (?:.*? \()?(?:file:\/\/)?(?<path>[^\s()]+?):(?<line>\d+):(?<column>\d+)\)?\s*$/,
  // Python: File "/app/app/views.py", line 42, in handler
  /File "(?<path>[^"]+)", line (?<line>\d+)/,
  // Go: "\t/app/internal/store.go:42 +0x1d"
  /^\s*(?<path>\/[^\s:]+\.go):(?<line>\d+)(?:\s|$)/,
  // Java: "at com.acme.orders.OrderService.place(OrderService.java:42)"
  /\bat (?<pkg>[\w$.]+)\.[\w$<>]+\((?<path>[\w$]+\.(?:java|kt|scala)):(?<line>\d+)\)/
];
var FOREIGN = /node_modules\/|^node:|\/site-packages\/|\/dist-packages\/|^internal\/|\/usr\/lib\//;
function toRepoPath(path, pkg, repoFiles) {
  if (FOREIGN.test(path)) return void 0;
  const wanted = pkg ? `${pkg.split(".").slice(0, -1).join("/")}/${path}` : path.replace(/\\/g, "/");
  let best;
  for (const file of repoFiles) {
    const same = wanted === file || (pkg ? file.endsWith(`/${wanted}`) : wanted.endsWith(`/${file}`));
    if (same && file.length > (best?.length ?? 0)) best = file;
  }
  return best;
}
function repoFrames(trace, repoFiles) {
  const frames = [];
  for (const row of trace.split("\n")) {
    for (const pattern of FRAME_PATTERNS) {
      const g = pattern.exec(row)?.groups;
      if (!g?.path || !g.line) continue;
      const file = toRepoPath(g.path, g.pkg, repoFiles);
      if (file)
        frames.push({ file, line: Number(g.line), ...g.column ? { column: Number(g.column) } : {} });
      break;
    }
  }
  return /Traceback \(most recent call last\)/.test(trace) ? frames.reverse() : frames;
}
function unreadableProperty(trace) {
  return /Cannot read propert(?:y|ies) of (?:undefined|null) \(reading '([^']+)'\)/.exec(trace)?.[1] ?? /Cannot read property '([^']+)' of (?:undefined|null)/.exec(trace)?.[1];
}

// src/llm/offline/repo-fixes.ts
var NUMBER_RULES = {
  "raise-memory-limit": {
    pattern: /((?:memory|mem_limit):\s*"?|^Memory(?:Max|Limit)=)(\d+)(Mi|Gi|M|G|m|g)?/,
    scale: (v) => v * 2
  },
  "raise-node-heap": { pattern: /(--max-old-space-size=)(\d+)()/, scale: (v) => v * 2 },
  "raise-jvm-heap": { pattern: /(-Xmx)(\d+)([mMgG])/, scale: (v) => v * 2 },
  "raise-nofile": {
    pattern: /(LimitNOFILE=|worker_rlimit_nofile\s+|ulimit -n\s+)(\d+)()/,
    scale: (v) => v < 65536 ? 65536 : v * 2
  },
  "raise-worker-connections": { pattern: /(worker_connections\s+)(\d+)()/, scale: (v) => v * 4 },
  "raise-pool-size": {
    pattern: /((?:maximum-pool-size|maximumPoolSize|max_pool_size|maxPoolSize|pool_size|poolSize|POOL_SIZE|POOL_MAX|pool_max)\s*[:=]\s*"?)(\d+)()/,
    scale: (v) => v * 2
  }
};
function splitLines(content) {
  return content.split("\n");
}
function applyFix(kind, input) {
  const rule = NUMBER_RULES[kind];
  if (rule) return scaleNumber(rule, input);
  if (kind === "move-dev-dependency") return moveDevDependency(input);
  if (kind === "raise-body-size") return raiseBodySize(input);
  if (kind === "guard-property-access") return guardPropertyAccess(input);
  return void 0;
}
function replaceLine(content, line, text) {
  const lines = splitLines(content);
  lines[line - 1] = text;
  return lines.join("\n");
}
function scaleNumber(rule, input) {
  const old = splitLines(input.content)[input.line - 1];
  if (old === void 0 || /^\s*(#|\/\/)/.test(old)) return void 0;
  const m = rule.pattern.exec(old);
  if (!m || m.index === void 0) return void 0;
  const [whole, prefix = "", digits = "", unit = ""] = m;
  const next = rule.scale(Number(digits));
  if (!Number.isSafeInteger(next) || next <= Number(digits)) return void 0;
  const text = old.slice(0, m.index) + prefix + String(next) + unit + old.slice(m.index + whole.length);
  return {
    content: replaceLine(input.content, input.line, text),
    change: `${prefix.replace(/[\s"=:]+$/, "").trim()} ${digits}${unit} → ${next}${unit}`
  };
}
var UNIT_BYTES = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function raiseBodySize(input) {
  const old = splitLines(input.content)[input.line - 1];
  const m = old === void 0 ? null : /(client_max_body_size\s+)(\d+)([kKmMgG]?)(\s*;)/.exec(old);
  if (!old || !m || m.index === void 0 || /^\s*#/.test(old)) return void 0;
  const [whole, prefix = "", digits = "", unit = "", end = ""] = m;
  const current = Number(digits) * (UNIT_BYTES[unit.toLowerCase()] ?? 1);
  const refused = Number(input.subject ?? 0);
  let mib = 1;
  while (mib * 1024 ** 2 < Math.max(current * 2, refused)) mib *= 2;
  const text = `${old.slice(0, m.index)}${prefix}${mib}m${end}${old.slice(m.index + whole.length)}`;
  return {
    content: replaceLine(input.content, input.line, text),
    change: `client_max_body_size ${digits}${unit} → ${mib}m`
  };
}
function blockRange(lines, key) {
  const open = lines.findIndex((l) => new RegExp(`^(\\s*)"${key}"\\s*:\\s*\\{\\s*$`).test(l));
  if (open < 0) return void 0;
  const indent = /^(\s*)/.exec(lines[open] ?? "")?.[1] ?? "";
  for (let i = open + 1; i < lines.length; i += 1) {
    if (new RegExp(`^${indent}\\}`).test(lines[i] ?? "")) return { open, close: i };
  }
  return void 0;
}
function moveDevDependency(input) {
  const name = input.subject;
  if (!name) return void 0;
  let manifest;
  try {
    manifest = JSON.parse(input.content);
  } catch {
    return void 0;
  }
  if (typeof manifest !== "object" || manifest === null) return void 0;
  const deps = manifest.dependencies;
  const devDeps = manifest.devDependencies;
  if (!devDeps || !(name in devDeps) || deps && name in deps) return void 0;
  const lines = splitLines(input.content);
  const dev = blockRange(lines, "devDependencies");
  const prod = blockRange(lines, "dependencies");
  if (!dev || !prod) return void 0;
  const at = lines.findIndex(
    (l, i) => i > dev.open && i < dev.close && l.trimStart().startsWith(`"${name}"`)
  );
  if (at < 0) return void 0;
  const entry = (lines[at] ?? "").replace(/,\s*$/, "");
  const without = [...lines];
  without.splice(at, 1);
  if (at === dev.close - 1 && at - 1 > dev.open)
    without[at - 1] = (without[at - 1] ?? "").replace(/,\s*$/, "");
  const target = blockRange(without, "dependencies");
  if (!target) return void 0;
  const members = without.slice(target.open + 1, target.close);
  let index = members.findIndex((l) => (/"([^"]+)"/.exec(l)?.[1] ?? "") > name);
  if (index < 0) index = members.length;
  const isLast = index === members.length;
  const insertAt = target.open + 1 + index;
  if (isLast && members.length > 0) {
    without[insertAt - 1] = `${(without[insertAt - 1] ?? "").replace(/,\s*$/, "")},`;
  }
  without.splice(insertAt, 0, isLast ? entry : `${entry},`);
  const content = without.join("\n");
  return isJson(content) ? { content, change: `${name}: devDependencies → dependencies` } : void 0;
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function guardPropertyAccess(input) {
  const property = input.subject;
  if (!property || !/^[A-Za-z_$][\w$]*$/.test(property)) return void 0;
  const old = splitLines(input.content)[input.line - 1];
  if (old === void 0) return void 0;
  const access = new RegExp(
    `([\\w$\\])]+)(?<!\\?)\\.${property.replace(/\$/g, "\\$")}(?![\\w$])(?!\\s*=[^=>])`,
    "g"
  );
  const matches = [...old.matchAll(access)];
  const first = matches[0];
  if (!first || matches.length !== 1 || first.index === void 0) return void 0;
  const at = first.index + (first[1]?.length ?? 0);
  const text = `${old.slice(0, at)}?${old.slice(at)}`;
  return {
    content: replaceLine(input.content, input.line, text),
    change: `${first[0].trim()} → ${first[0].trim().replace(`.${property}`, `?.${property}`)}`
  };
}

// src/llm/offline/repo-targets.ts
var MAX_FILE_SEARCHES = 4;
function commonDir(files) {
  const parts = files.map((f) => f.split("/").slice(0, -1));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n += 1;
  return first.slice(0, n).join("/");
}
var MAX_DIRECT_READS = 4;
function firstLook(targets, tools) {
  const greps = targets.flatMap((t) => t.kind === "grep" ? [t] : []);
  const frames = targets.flatMap((t) => t.kind === "frame" ? [t.file] : []);
  const candidates = [...new Set(greps.flatMap((t) => t.candidates))];
  const reads = tools.read ? frames : [];
  if (candidates.length === 0) return { reads: [...new Set(reads)], searches: [] };
  if (tools.read && (candidates.length <= MAX_DIRECT_READS || !tools.grep)) {
    return { reads: [.../* @__PURE__ */ new Set([...reads, ...candidates.slice(0, MAX_DIRECT_READS)])], searches: [] };
  }
  if (!tools.grep) return { reads: [...new Set(reads)], searches: [] };
  const pattern = [...new Set(greps.map((t) => t.pattern))].map((p) => `(?:${p})`).join("|");
  const dir = commonDir(candidates);
  const searches = dir ? [{ pattern, path: dir }] : candidates.length <= MAX_FILE_SEARCHES ? candidates.map((path) => ({ pattern, path })) : [{ pattern }];
  return { reads: [...new Set(reads)], searches };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function traceOf(finding) {
  return finding.hint.evidence.map((e) => e.excerpt).join("\n");
}
function repoTargets(finding, repoFiles) {
  const targets = [];
  for (const locator of finding.pattern.repo ?? []) {
    if (locator.fromStackTrace) {
      const trace = traceOf(finding);
      const frame = repoFrames(trace, repoFiles)[0];
      const subject = unreadableProperty(trace);
      if (frame) targets.push({ kind: "frame", locator, ...frame, ...subject ? { subject } : {} });
      continue;
    }
    if (locator.grep.includes("{subject}") && !finding.subject) continue;
    const pattern = locator.grep.replaceAll("{subject}", escapeRegExp(finding.subject ?? ""));
    const candidates = repoFiles.filter((f) => locator.files.test(f));
    if (candidates.length > 0) targets.push({ kind: "grep", locator, pattern, candidates });
  }
  return targets;
}
function suspectFiles(finding, repoFiles) {
  const targets = repoTargets(finding, repoFiles);
  const framed = targets.flatMap((t) => t.kind === "frame" ? [t.file] : []);
  const located = repoFiles.filter((f) => targets.some((t) => t.kind === "grep" && t.locator.files.test(f)));
  return [.../* @__PURE__ */ new Set([...framed, ...located])].slice(0, 10);
}
function underLimits(lines, line) {
  return lines.slice(Math.max(0, line - 4), line - 1).some((l) => /^\s*limits:\s*$/.test(l));
}
function locateCause(finding, hits, contentOf) {
  let fallback;
  const ranked = [...hits].sort((a, b) => {
    const la = (contentOf(a.file) ?? "").split("\n");
    const lb = (contentOf(b.file) ?? "").split("\n");
    return Number(underLimits(lb, b.line)) - Number(underLimits(la, a.line));
  });
  const ordered = ranked.sort((a, b) => order(finding, a.target.locator) - order(finding, b.target.locator));
  for (const hit of ordered) {
    const content = contentOf(hit.file);
    if (content === void 0) continue;
    const text = content.split("\n")[hit.line - 1];
    if (text === void 0) continue;
    const locator = hit.target.locator;
    const cause = { file: hit.file, line: hit.line, text, locator };
    if (!locator.fix) {
      fallback ??= cause;
      continue;
    }
    const subject = hit.target.kind === "frame" ? hit.target.subject : finding.subject;
    const fixed = applyFix(locator.fix, { content, line: hit.line, ...subject ? { subject } : {} });
    if (fixed) return { ...cause, change: fixed.change };
    fallback ??= cause;
  }
  return fallback;
}
function order(finding, locator) {
  return (finding.pattern.repo ?? []).indexOf(locator);
}

// src/llm/offline/detective.ts
var MAX_FILES = 4;
function detectiveTurn(request) {
  const { context } = request;
  const verdict2 = verdictOf(context);
  if (verdict2.kind !== "finding") {
    return submitTurn(request, noFindingDiagnosis(context, verdict2.kind), "No known pattern matched.");
  }
  const { primary, others } = verdict2;
  const repoFiles = context.repoFiles ?? [];
  const targets = repoFiles.length > 0 ? repoTargets(primary, repoFiles) : [];
  const past = pastCalls(request.messages);
  const requested = new Set(past.filter((c) => c.name === "read_file").map((c) => inputString(c, "path")));
  if (past.length === 0) {
    const calls = firstCalls(request, targets);
    if (calls.length > 0)
      return toolTurn(
        request,
        calls,
        `Looking for where ${primary.pattern.title.toLowerCase()} comes from in the repository.`
      );
  }
  const contentOf = (file) => {
    const read = past.find((c) => c.name === "read_file" && inputString(c, "path") === file);
    return read?.result && !read.result.isError ? fileText(read.result.content).text : void 0;
  };
  const inRepo = new Set(repoFiles);
  const grepHits = past.filter((c) => c.name === "grep_search" && c.result && !c.result.isError).flatMap((c) => parseGrepOutput(c.result?.content ?? ""));
  const hits = targets.flatMap((target) => {
    if (target.kind === "frame") return [{ target, file: target.file, line: target.line }];
    const own = new RegExp(target.pattern);
    const searched = grepHits.filter(
      (h) => inRepo.has(h.file) && target.locator.files.test(h.file) && own.test(h.text)
    );
    const readWhole = target.candidates.flatMap(
      (file) => (contentOf(file)?.split("\n") ?? []).flatMap(
        (text, i) => own.test(text) ? [{ file, line: i + 1, text }] : []
      )
    );
    const unique = new Map([...searched, ...readWhole].map((h) => [`${h.file}:${h.line}`, h]));
    return [...unique.values()].map((h) => ({ target, file: h.file, line: h.line }));
  });
  const unread = [...new Set(hits.map((h) => h.file))].filter((f) => !requested.has(f)).slice(0, MAX_FILES);
  if (unread.length > 0 && hasTool(request, "read_file")) {
    return toolTurn(
      request,
      unread.map((path) => ({ name: "read_file", input: { path } })),
      "Reading the files that hold the setting."
    );
  }
  const cause = locateCause(primary, hits, contentOf);
  return submitTurn(
    request,
    findingDiagnosis(context, primary, others, cause),
    "Diagnosis from the pattern table."
  );
}
function firstCalls(request, targets) {
  const look = firstLook(targets, {
    read: hasTool(request, "read_file"),
    grep: hasTool(request, "grep_search")
  });
  return [
    ...look.searches.map((input) => ({ name: "grep_search", input })),
    ...look.reads.map((path) => ({ name: "read_file", input: { path } }))
  ];
}

// src/llm/offline/surgeon.ts
function planPatch(request) {
  const { context } = request;
  const diagnosis = context.diagnosis;
  if (!diagnosis) return { ok: false, reason: "no diagnosis to act on" };
  const pattern = patternById(diagnosis.signatures[0] ?? "");
  if (!pattern) return { ok: false, reason: "the diagnosis matched no known pattern" };
  const cited = diagnosis.evidence.find(
    (e) => e.kind === "repo" && e.line !== void 0
  );
  if (!cited)
    return {
      ok: false,
      reason: `the repository holds no setting to change for ${pattern.title.toLowerCase()}; ${pattern.actions[0] ?? ""}`
    };
  const locator = pattern.repo?.find((l) => l.fix && l.files.test(cited.file));
  if (!locator?.fix)
    return {
      ok: false,
      reason: `${cited.file}:${cited.line} is cited, but no safe automatic change is known for it; ${pattern.actions[0] ?? ""}`
    };
  const file = context.evidenceFiles?.find((f) => f.path === cited.file);
  if (!file)
    return {
      ok: false,
      reason: `the content of ${cited.file} was not handed on, so no exact diff can be written`
    };
  const read = fileText(file.content);
  if (!read.complete)
    return {
      ok: false,
      reason: `${cited.file} is too large to be handed on whole, so no exact diff can be written`
    };
  const old = read.text;
  const finding = findingsOf(context).find((f) => f.pattern.id === pattern.id);
  const subject = locator.fromStackTrace ? unreadableProperty(finding?.hint.evidence.map((e) => e.excerpt).join("\n") ?? diagnosis.rootCause) : finding?.subject;
  const fixed = applyFix(locator.fix, { content: old, line: cited.line, ...subject ? { subject } : {} });
  if (!fixed)
    return { ok: false, reason: `${cited.file}:${cited.line} no longer looks as diagnosed; nothing changed` };
  const diff = createTwoFilesPatch(
    `a/${cited.file}`,
    `b/${cited.file}`,
    old,
    fixed.content,
    void 0,
    void 0,
    { context: 3 }
  );
  return { ok: true, path: cited.file, diff, change: fixed.change, fix: locator.fix };
}
function riskOf(fix) {
  return fix === "guard-property-access" || fix === "move-dev-dependency" ? "medium" : "low";
}
function surgeonTurn(request) {
  const plan = planPatch(request);
  if (!plan.ok) return submitTurn(request, { noFix: plan.reason }, "Nothing safe to change.");
  const tried = pastCalls(request.messages).find(
    (c) => c.name === "apply_patch" && inputString(c, "diff") === plan.diff
  );
  if (!tried) {
    if (!hasTool(request, "apply_patch"))
      return submitTurn(request, { noFix: "apply_patch is not available to this agent" }, "No patch tool.");
    return toolTurn(
      request,
      [{ name: "apply_patch", input: { diff: plan.diff } }],
      `Proposing ${plan.change} in ${plan.path}.`
    );
  }
  if (!tried.result || tried.result.isError) {
    return submitTurn(
      request,
      { noFix: `the patch to ${plan.path} was refused: ${tried.result?.content ?? "no result"}` },
      "Patch refused."
    );
  }
  const applied = /\bapplied\b/i.test(tried.result.content) && !/not (been )?(written|applied)/i.test(tried.result.content);
  const proposal = {
    patch: plan.diff,
    rationale: `${plan.path}: ${plan.change}. ${request.context.diagnosis?.rootCause ?? ""}`.slice(0, 4e3),
    risk: riskOf(plan.fix),
    applied
  };
  return submitTurn(request, proposal, "Proposal ready.");
}

// src/llm/offline/triage.ts
function triageTurn(request) {
  const { context } = request;
  const verdict2 = verdictOf(context);
  let triage;
  if (verdict2.kind === "finding") {
    const { primary, others } = verdict2;
    const also = others.length ? `; also ${others.map((o) => o.pattern.title.toLowerCase()).join(", ")}` : "";
    triage = {
      severity: moreSevere(primary.pattern.severity, context.incident.severity),
      suspectedCategory: primary.pattern.category,
      summary: `${primary.pattern.title} (${primary.count}× in the logs)${also}.`,
      needsDiagnosis: true,
      suspectFiles: suspectFiles(primary, context.repoFiles ?? [])
    };
  } else {
    triage = {
      severity: verdict2.kind === "none" ? "P4" : context.incident.severity,
      suspectedCategory: verdict2.kind,
      summary: verdict2.kind === "none" ? "No known incident pattern in the logs; the Detective confirms before closing." : "Something is wrong but no known pattern matches.",
      // Even "nothing wrong" goes to the Detective, so the run ends with a diagnosis that says so and why.
      needsDiagnosis: true,
      suspectFiles: []
    };
  }
  return submitTurn(request, triage, "Triage from the pattern scan.");
}

// src/llm/offline/validator.ts
function logLookup(request) {
  const diagnosis = request.context.diagnosis;
  const pattern = patternById(diagnosis?.signatures[0] ?? "");
  const first = diagnosis?.evidence.find((e) => e.kind === "log");
  if (!pattern || !first) return void 0;
  if (first.line !== void 0 && hasTool(request, "read_file")) {
    return { name: "read_file", input: { path: first.file, startLine: first.line, endLine: first.line } };
  }
  const regex = pattern.matchers.find((p) => p.test(first.excerpt))?.source.replace(/\(\?<\w+>/g, "(");
  return regex && hasTool(request, "grep_search") ? { name: "grep_search", input: { pattern: regex, path: first.file } } : void 0;
}
function citedRepo(request) {
  return request.context.diagnosis?.evidence.find(
    (e) => e.kind === "repo" && e.line !== void 0
  );
}
function validatorTurn(request) {
  const past = pastCalls(request.messages);
  const cited = citedRepo(request);
  const lookup = logLookup(request);
  if (past.length === 0) {
    const calls = [];
    if (cited && hasTool(request, "read_file"))
      calls.push({ name: "read_file", input: { path: cited.file } });
    if (lookup) calls.push(lookup);
    if (calls.length > 0)
      return toolTurn(request, calls, "Re-reading the cited file and the cited log line.");
  }
  const read = past.find(
    (c) => c.name === "read_file" && cited && JSON.stringify(c.input) === JSON.stringify({ path: cited.file })
  );
  const logged = past.find(
    (c) => lookup && c.name === lookup.name && JSON.stringify(c.input) === JSON.stringify(lookup.input)
  );
  const checks = [
    patchTargetCheck(request, cited),
    fileCheck(request, cited, read?.result),
    logCheck(request, logged)
  ];
  return submitTurn(request, verdict(checks), "Verification done.");
}
function patchTargetCheck(request, cited) {
  const patch = request.context.proposal?.patch;
  if (!patch)
    return { name: "patch targets the cited file", outcome: "skipped", detail: "no patch was proposed" };
  const files = parsePatch(patch).map((p) => (p.newFileName ?? "").replace(/^b\//, ""));
  if (!cited)
    return {
      name: "patch targets the cited file",
      outcome: "fail",
      detail: `the patch touches ${files.join(", ")}, but the diagnosis cites no repository line`
    };
  const ok = files.length === 1 && files[0] === cited.file;
  return {
    name: "patch targets the cited file",
    outcome: ok ? "pass" : "fail",
    detail: ok ? `only ${cited.file} changes` : `the patch touches ${files.join(", ")}, the diagnosis cites ${cited.file}`
  };
}
function fileCheck(request, cited, result) {
  const name = "cited line holds what was diagnosed, and the patch applies to it";
  if (!cited) return { name, outcome: "skipped", detail: "no repository line was cited" };
  if (!result || result.isError)
    return {
      name,
      outcome: "skipped",
      detail: `could not re-read ${cited.file}${result ? `: ${result.content}` : ""}`
    };
  const content = fileText(result.content).text;
  const proposal = request.context.proposal;
  if (proposal?.applied && proposal.patch) {
    const lines = new Set(content.split("\n"));
    const added = parsePatch(proposal.patch).flatMap(
      (p) => p.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1)))
    );
    const missing = added.filter((l) => !lines.has(l));
    return {
      name: "the patch is in the file",
      outcome: missing.length === 0 && added.length > 0 ? "pass" : "fail",
      detail: missing.length === 0 ? `${cited.file} now holds the ${added.length} added line(s)` : `${cited.file} lacks ${missing.length} added line(s), e.g. ${missing[0]}`
    };
  }
  const line = content.split("\n")[cited.line - 1];
  if (line !== cited.excerpt)
    return { name, outcome: "fail", detail: `${cited.file}:${cited.line} changed since the diagnosis` };
  if (!proposal?.patch)
    return { name, outcome: "pass", detail: `${cited.file}:${cited.line} still reads as diagnosed` };
  const applied = applyPatch(content, proposal.patch);
  return applied === false ? { name, outcome: "fail", detail: `the patch does not apply to ${cited.file} as it is now` } : {
    name,
    outcome: "pass",
    detail: `${cited.file}:${cited.line} reads as diagnosed and the patch applies to it without fuzz`
  };
}
function logCheck(request, call) {
  const name = "log evidence found again";
  const result = call?.result;
  if (!call || !result || result.isError)
    return {
      name,
      outcome: "skipped",
      detail: result ? result.content.slice(0, 300) : "no log lookup was possible"
    };
  const first = request.context.diagnosis?.evidence.find((e) => e.kind === "log");
  if (call.name === "read_file" && first) {
    const pieces = (first.excerpt.split("\n")[0] ?? "").split(/\[REDACTED[^\]]*\]/).filter((p) => p.length > 0);
    const ok = pieces.length > 0 && pieces.every((p) => result.content.includes(p));
    return {
      name,
      outcome: ok ? "pass" : "fail",
      detail: ok ? `${first.file}:${first.line} reads as cited` : `${first.file}:${first.line} does not read as cited`
    };
  }
  const logs = new Set(request.context.logSummary?.files.map((f) => f.file) ?? []);
  const hits = parseGrepOutput(result.content).filter((h) => logs.size === 0 || logs.has(h.file));
  return hits.length > 0 ? {
    name,
    outcome: "pass",
    detail: `${hits.length} matching log line(s), e.g. ${hits[0]?.file}:${hits[0]?.line}`
  } : { name, outcome: "fail", detail: "the cited log evidence was not found again" };
}
function verdict(checks) {
  const failed = checks.filter((c) => c.outcome === "fail");
  const passed = checks.filter((c) => c.outcome === "pass");
  const outcome = failed.length > 0 ? "failed" : passed.length > 0 ? "passed" : "inconclusive";
  return {
    checks,
    outcome,
    summary: `${passed.length} passed, ${failed.length} failed, ${checks.length - passed.length - failed.length} skipped${failed[0] ? `: ${failed[0].detail}` : ""}`.slice(
      0,
      2e3
    )
  };
}

// src/llm/offline/offline-provider.ts
var PLAYBOOKS = {
  triage: triageTurn,
  detective: detectiveTurn,
  surgeon: surgeonTurn,
  validator: validatorTurn
};
function createOfflineProvider() {
  return {
    name: "offline",
    async complete(request) {
      const playbook = PLAYBOOKS[request.agent];
      if (!playbook) {
        return {
          content: [
            { type: "text", text: `The offline provider has no playbook for the ${request.agent} role.` }
          ],
          stopReason: "end_turn",
          model: "offline",
          usage: ZERO_USAGE
        };
      }
      return playbook(request);
    }
  };
}

export {
  createOfflineProvider
};
