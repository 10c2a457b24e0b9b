import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-Z34A77QH.js";
import {
  FAILURE_PATTERNS
} from "./chunk-WMCLU2NB.js";

// src/core/usage.ts
var UsageSchema = external_exports.object({
  inputTokens: external_exports.number().int().nonnegative(),
  outputTokens: external_exports.number().int().nonnegative(),
  cacheReadTokens: external_exports.number().int().nonnegative(),
  cacheWriteTokens: external_exports.number().int().nonnegative(),
  costUsd: external_exports.number().nonnegative()
});
var ZERO_USAGE = {
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costUsd: 0
};
function addUsage(a, b) {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
    costUsd: a.costUsd + b.costUsd
  };
}

// src/knowledge/record-match.ts
var CI_PREFIX = String.raw`^(?:\S*\d\S*\s+)?\s*`;
var TEST_RESULT_LINES = [
  new RegExp(`${CI_PREFIX}[✓✔√✗✕×✘]\\s`),
  new RegExp(`${CI_PREFIX}(PASS|FAIL)\\s+\\S+\\.(test|spec)\\.[cm]?[jt]sx?\\b`),
  /\btest_\w+(\[[^\]]*\])?\s+(PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)\b/,
  /::\w*test\w*(\[[^\]]*\])?\s+(PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)\b/i,
  /^\s*(PASSED|FAILED|SKIPPED)\s+\S+::test_\w+/,
  new RegExp(`${CI_PREFIX}(---|===) (PASS|FAIL|RUN|SKIP):? Test\\w*`),
  new RegExp(`${CI_PREFIX}(not )?ok \\d+ `),
  /^\s*\[(INFO|ERROR)\] Tests run: \d+/,
  /\b\w+Test\s*>\s*\w+.*\b(PASSED|FAILED|SKIPPED)\b/
];
var HEALTH_STATEMENTS = [
  /\b(no|without) (disk|memory|pid|inode) pressure\b/i,
  /\b(Disk|Memory|PID)Pressure\s+False\b/,
  /\bkubelet has (no disk pressure|sufficient (memory|PID))/i,
  /\bKubeletHas(NoDiskPressure|SufficientMemory|SufficientPID)\b/
];
function isReportNotEvent(text) {
  if (/test|pass|fail|ok \d|^\s*[✓✔√✗✕×✘]/i.test(text) && TEST_RESULT_LINES.some((re) => re.test(text)))
    return true;
  return /pressure|sufficient/i.test(text) && HEALTH_STATEMENTS.some((re) => re.test(text));
}
function withoutReports(text) {
  if (!text.includes("\n")) return isReportNotEvent(text) ? "" : text;
  return text.split("\n").filter((line) => !isReportNotEvent(line)).join("\n");
}
function fieldMatches(matcher, record) {
  const fields = record.fields ?? {};
  for (const [name, re] of Object.entries(matcher.fields)) {
    const value = fields[name];
    if (value === void 0 || !re.test(String(value))) return false;
  }
  if (matcher.notAbout?.some((k) => record.subject?.[k])) return false;
  if (matcher.atLeast) {
    const value = Number(fields[matcher.atLeast.field]);
    if (!Number.isFinite(value) || value < matcher.atLeast.value) return false;
  }
  return true;
}
function structuredVerdict(pattern, record) {
  if (!record.kind) return void 0;
  const matchers = (pattern.fields ?? []).filter((m) => m.kind === record.kind);
  const hit = matchers.some((m) => fieldMatches(m, record));
  if (record.kind === "access") return hit;
  return hit ? true : void 0;
}
var POD_IN_TEXT = [
  /\bin pod (?<pod>[a-z0-9][a-z0-9.-]*)_(?<namespace>[a-z0-9-]+)\(/,
  /\bpod[=:]\s*"?(?:(?<namespace>[a-z0-9-]+)\/)?(?<pod>[a-z0-9][a-z0-9.-]*[a-z0-9])"?/,
  /\bpod\/(?<pod>[a-z0-9][a-z0-9.-]*[a-z0-9])\b/,
  /^(?:(?<namespace>[a-z0-9-]+)\s+)?(?<pod>[a-z0-9][a-z0-9.-]*-[a-z0-9]{4,10})\s+\d+\/\d+\s+[A-Za-z]+\s+\d+/
];
function subjectOfRecord(record) {
  if (record.subject && Object.keys(record.subject).length > 0) return record.subject;
  for (const re of POD_IN_TEXT) {
    const groups = re.exec(record.text)?.groups;
    if (groups?.pod) return { pod: groups.pod, ...groups.namespace ? { namespace: groups.namespace } : {} };
  }
  return void 0;
}
function subjectKey(subject) {
  return Object.entries(subject).filter(([, v]) => typeof v === "string" && v.length > 0).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(",");
}

// src/knowledge/pattern-scanner.ts
var MAX_EVIDENCE = 5;
var MAX_EXCERPT = 1500;
var MAX_PHRASE = 200;
var FRAME_WINDOW = 40;
var FRAME_LINE = /^\s+at\s|^\s*File "[^"]+", line \d+|^\s+\/\S+\.go:\d+/;
var MAX_SUBJECTS = 20;
var DOMINANT_SHARE = 0.25;
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function matchPattern(pattern, text) {
  if (pattern.exclude?.some((re) => re.test(text))) return void 0;
  let matched;
  for (const matcher of pattern.matchers) {
    const m = matcher.exec(text);
    if (!m) continue;
    const phrase = matched?.phrase ?? m[0];
    const subject = m.groups?.subject;
    if (subject) return { subject, phrase };
    matched ??= { phrase };
  }
  return matched;
}
function createKeywordIndex(patterns) {
  const keywords = [...new Set(patterns.flatMap((p) => p.keywords))].sort((a, b) => b.length - a.length);
  const re = new RegExp(keywords.map(escapeRegExp).join("|"), "g");
  const byKeyword = /* @__PURE__ */ new Map();
  for (const p of patterns) for (const k of p.keywords) byKeyword.set(k, [...byKeyword.get(k) ?? [], p]);
  return (lower) => {
    const found = /* @__PURE__ */ new Set();
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const hit = m[0];
      for (const k of keywords) {
        if (k.length <= hit.length && hit.startsWith(k)) for (const p of byKeyword.get(k) ?? []) found.add(p);
      }
      re.lastIndex = m.index + 1;
    }
    return found;
  };
}
function messageText(record) {
  if (record.message === void 0) return void 0;
  const newline = record.text.indexOf("\n");
  return newline < 0 ? record.message : `${record.message}${record.text.slice(newline)}`;
}
function createPatternScanner(patterns = FAILURE_PATTERNS) {
  const candidatesOf = createKeywordIndex(patterns);
  const tallies = /* @__PURE__ */ new Map();
  let openTrace;
  function foldFrame(record) {
    if (!openTrace) return;
    if (record.file !== openTrace.file || record.line > openTrace.until) {
      openTrace = void 0;
      return;
    }
    if (!FRAME_LINE.test(record.text)) return;
    for (const entry of openTrace.entries) {
      if (entry.excerpt.length < MAX_EXCERPT)
        entry.excerpt = `${entry.excerpt}
${record.text}`.slice(0, MAX_EXCERPT);
    }
  }
  let order = 0;
  const recordsPerFile = /* @__PURE__ */ new Map();
  function counts(t) {
    let total = 0;
    for (const file of t.files) total += recordsPerFile.get(file) ?? 0;
    const share = total > 0 ? t.count / total : 0;
    const frequent = t.count >= (t.pattern.minCount ?? 1) || t.count >= 2 && share >= DOMINANT_SHARE;
    if (!frequent) return false;
    return !t.pattern.minShare || share >= t.pattern.minShare;
  }
  function tallyOf(pattern, time) {
    let tally = tallies.get(pattern.id);
    if (!tally) {
      tally = { pattern, count: 0, evidence: [], subjects: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Set(), firstSeen: order++ };
      if (time) tally.firstTime = time;
      tallies.set(pattern.id, tally);
    }
    return tally;
  }
  function countSubject(tally, record) {
    const subject = subjectOfRecord(record);
    if (!subject) return;
    const key = subjectKey(subject);
    const seen = tally.subjects.get(key);
    if (seen) seen.count += 1;
    else if (tally.subjects.size < MAX_SUBJECTS) tally.subjects.set(key, { subject, count: 1 });
  }
  function verdict(pattern, record, alternative, candidates) {
    const structured = structuredVerdict(pattern, record);
    if (structured === false) return void 0;
    const match = matchPattern(pattern, record.text) ?? (alternative === void 0 ? void 0 : matchPattern(pattern, alternative));
    if (structured === true) return match ?? {};
    return candidates.has(pattern) ? match : void 0;
  }
  function considerContinuation(record) {
    const newline = record.text.indexOf("\n");
    if (record.kind !== "access" || newline < 0) return;
    const { kind: _kind, fields: _fields, message: _message, ...plain } = record;
    consider({ ...plain, text: record.text.slice(newline + 1), line: record.line + 1 }, false);
  }
  function consider(original, counted = true) {
    if (counted) recordsPerFile.set(original.file, (recordsPerFile.get(original.file) ?? 0) + 1);
    const message = messageText(original);
    const both = (text2) => (message === void 0 ? text2 : `${text2}
${message}`).toLowerCase();
    let candidates = candidatesOf(both(original.text));
    if (candidates.size === 0 && !original.kind) return;
    let record = original;
    let alternative = message;
    if (!record.kind) {
      const text2 = withoutReports(record.text);
      if (!text2) return;
      if (text2 !== record.text) {
        record = { ...record, text: text2 };
        alternative = message === void 0 ? void 0 : withoutReports(message) || void 0;
        candidates = candidatesOf(both(text2));
      }
    }
    const { text } = record;
    for (const pattern of patterns) {
      const match = verdict(pattern, record, alternative, candidates);
      if (!match) continue;
      const tally = tallyOf(pattern, record.time);
      tally.count += 1;
      tally.files.add(record.file);
      tally.subject ??= match.subject;
      countSubject(tally, record);
      if (tally.evidence.length < MAX_EVIDENCE) {
        const phrase = match.phrase?.slice(0, MAX_PHRASE);
        const entry = {
          file: record.file,
          line: record.line,
          excerpt: text.slice(0, MAX_EXCERPT),
          ...phrase ? { match: phrase } : {}
        };
        tally.evidence.push(entry);
        if (pattern.repo?.some((l) => l.fromStackTrace)) {
          if (openTrace?.file !== record.file || openTrace.line !== record.line)
            openTrace = {
              entries: [],
              file: record.file,
              line: record.line,
              until: record.line + FRAME_WINDOW
            };
          openTrace.entries.push(entry);
        }
      }
    }
  }
  return {
    onRecord(record) {
      foldFrame(record);
      consider(record);
      considerContinuation(record);
    },
    scanText(file, text) {
      text.split("\n").forEach((line, index) => {
        consider({ file, line: index + 1, endLine: index + 1, text: line, level: "UNKNOWN" });
      });
    },
    findings() {
      return [...tallies.values()].filter(counts).sort((a, b) => a.pattern.rank - b.pattern.rank || b.count - a.count).map((t) => ({
        patternId: t.pattern.id,
        title: t.pattern.title,
        category: t.pattern.category,
        severity: t.pattern.severity,
        rank: t.pattern.rank,
        count: t.count,
        evidence: t.evidence.map((e) => ({ ...e })),
        ...t.subject ? { subject: t.subject } : {},
        subjects: [...t.subjects.values()].map((s) => ({ subject: { ...s.subject }, count: s.count })),
        firstSeen: t.firstSeen,
        ...t.firstTime ? { firstTime: t.firstTime } : {}
      }));
    }
  };
}

// src/llm/provider.ts
var SUBMIT_TOOL = "submit_result";

export {
  UsageSchema,
  ZERO_USAGE,
  addUsage,
  matchPattern,
  createPatternScanner,
  SUBMIT_TOOL
};
