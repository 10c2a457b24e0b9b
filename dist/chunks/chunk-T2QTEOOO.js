import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  FAILURE_PATTERNS
} from "./chunk-QCIXFYUU.js";
import {
  external_exports
} from "./chunk-Z34A77QH.js";

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

// src/llm/provider.ts
var SUBMIT_TOOL = "submit_result";

// src/core/heartbeat-alert.ts
var HEARTBEAT_ALERTS = /* @__PURE__ */ new Set(["Watchdog", "DeadMansSwitch", "InfoInhibitor"]);
function heartbeatAlertName(incident) {
  const name = incident.labels.alertname;
  return name !== void 0 && HEARTBEAT_ALERTS.has(name) ? name : void 0;
}
function heartbeatReason(name) {
  return `${name} is a heartbeat alert: it always fires to prove alerts are delivered, nothing to diagnose`;
}

// src/knowledge/crash-record.ts
var CRASH_LINE = /^(?:Node\.js v\d+\.\d+|panic: |fatal error: |Exception in thread "[^"]*" |Unhandled [Ee]xception[.:] |thread '[^']*' panicked at )/m;
function isCrashRecord(record) {
  const { text } = record;
  if (text.startsWith("Traceback (most recent call last)")) return true;
  return CRASH_LINE.test(text);
}

// src/knowledge/pattern-match.ts
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
  const byHit = /* @__PURE__ */ new Map();
  for (const hit of keywords) {
    const owners = patterns.filter((p) => p.keywords.some((k) => hit.startsWith(k)));
    byHit.set(hit, owners);
  }
  const none = /* @__PURE__ */ new Set();
  return (lower) => {
    re.lastIndex = 0;
    let m = re.exec(lower);
    if (!m) return none;
    const found = /* @__PURE__ */ new Set();
    for (; m; m = re.exec(lower)) {
      for (const p of byHit.get(m[0]) ?? []) found.add(p);
      re.lastIndex = m.index + 1;
    }
    return found;
  };
}

// src/knowledge/background-noise.ts
var BACKGROUND_NOISE = [
  {
    id: "ssh-preauth-scans",
    title: "SSH scans and password guessing from the internet",
    why: "Every host with port 22 open is probed by scanners and brute-force bots; sshd refuses them before authentication and logs each attempt.",
    literal: "sshd",
    process: /\bsshd(?:-session|-auth)?\[\d+\]|\bsshd(?:-session|-auth)?:|\(sshd:auth\)/,
    matchers: [
      /\[preauth\]\s*$/,
      /\bFailed (?:password|publickey|none|keyboard-interactive(?:\/\w+)?) for (?:invalid user )?\S+ from \S+ port \d+/,
      /\bInvalid user \S* ?from \S+ port \d+/,
      /\bmaximum authentication attempts exceeded for (?:invalid user )?\S+ from \S+ port \d+/,
      /\b(?:Connection closed|Disconnected) by (?:invalid|authenticating) user \S+ \S+ port \d+/,
      /\bkex_exchange_identification: /,
      /\bbanner exchange: Connection from \S+ port \d+: /,
      /\bUnable to negotiate with \S+ port \d+: no matching /,
      /\bTimeout before authentication for /,
      /\bauthentication failure; logname=\S* uid=\d+ euid=\d+ tty=ssh /,
      /\bPAM \d+ more authentication failures?; /,
      /\bdrop connection #\d+ from \S+ on \S+ penalty: /
    ],
    subjectWords: /\bssh|\bbrute[- ]?force|\blogin failures?\b|\bauth(?:entication)? failures?\b/i,
    sources: [
      'openssh/openssh-portable auth.c (auth_log: "%s %s%s%s for %s%.100s from %.200s port %d ssh2"; auth_maxtries_exceeded; "Invalid user %.100s from %.100s port %d")',
      'openssh/openssh-portable packet.c (sshpkt_vfatal: "Connection closed by %s", "Disconnected from %s", "Unable to negotiate with %s: %s. Their offer: %s")',
      'openssh/openssh-portable kex.c (kex_exchange_identification) and sshd-auth.c (sshpkt_fatal(ssh, r, "banner exchange"))',
      'openssh/openssh-portable sshd.c ("Timeout before authentication for %s", per-source penalties)',
      'linux-pam/linux-pam modules/pam_unix/support.c ("authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s", "%d more authentication failure%s")'
    ],
    samples: {
      match: [
        "Nov 24 16:00:22 bastion-1 sshd[55608]: error: maximum authentication attempts exceeded for root from 203.0.113.9 port 43719 ssh2 [preauth]",
        "Nov 24 16:00:23 bastion-1 sshd[55610]: Failed password for invalid user oracle from 198.51.100.23 port 50122 ssh2",
        "Nov 24 16:00:24 bastion-1 sshd[55612]: Invalid user git from 203.0.113.77 port 41236",
        "Nov 24 16:00:25 bastion-1 sshd[55614]: Connection closed by authenticating user root 203.0.113.8 port 38554 [preauth]",
        "Nov 24 16:00:26 bastion-1 sshd[55616]: error: kex_exchange_identification: read: Connection reset by peer",
        "Nov 24 16:00:27 bastion-1 sshd[55618]: banner exchange: Connection from 198.51.100.4 port 60342: invalid format",
        "Nov 24 16:00:28 bastion-1 sshd[55620]: Unable to negotiate with 203.0.113.50 port 52364: no matching key exchange method found. Their offer: diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1 [preauth]",
        "Nov 24 16:00:29 bastion-1 sshd[55622]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.23  user=root",
        "Nov 24 16:00:30 bastion-1 sshd[55622]: PAM 2 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.23  user=root",
        "Nov 24 16:00:31 bastion-1 sshd-session[55624]: Disconnected from invalid user admin 203.0.113.61 port 33102 [preauth]"
      ],
      nearMiss: [
        "Nov 24 16:00:22 bastion-1 sshd[55608]: Accepted publickey for deploy from 10.0.4.12 port 51544 ssh2: ED25519 SHA256:Qm9vYmFy",
        "Nov 24 16:00:22 app-1 api[812]: Failed password for user 4412: account locked after 5 attempts",
        "Nov 24 16:00:22 bastion-1 sshd[1021]: error: Bind to port 22 on 0.0.0.0 failed: Address already in use.",
        "Nov 24 16:00:22 bastion-1 systemd[1]: ssh.service: Main process exited, code=exited, status=255/EXCEPTION"
      ]
    }
  }
];
function backgroundNoiseOf(line) {
  return BACKGROUND_NOISE.find(
    (n) => line.includes(n.literal) && n.process.test(line) && n.matchers.some((re) => re.test(line))
  );
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
  /\bkubelet has (no disk pressure|sufficient (memory|PID))/i,
  /\bKubeletHas(NoDiskPressure|SufficientMemory|SufficientPID)\b/
];
var FAULT_WHEN_TRUE = /Pressure$|Unavailable$|Unhealthy$|Problem$|^OutOfDisk$|^KernelDeadlock$|^ReadonlyFilesystem$|^Frequent\w+$|^Corrupt\w+$|^DisruptionTarget$|^ReplicaFailure$|^Failed$|^FailureTarget$|^Stalled$|^Degraded$/;
function conditionReadsHealthy(type, status) {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(type) || status !== "True" && status !== "False") return false;
  return FAULT_WHEN_TRUE.test(type) ? status === "False" : status === "True";
}
var CONDITION_PAIR = /\b([A-Z][A-Za-z0-9]*)(?::\s*|\s+|=)(True|False)\b/g;
var CONDITION_ROW = /^\s*(?:\S+ \S+ condition )?[A-Z][A-Za-z0-9]*(?::\s*|\s+|=)(?:True|False)\b/;
function conditionTextReadsHealthy(text) {
  const pairs = [...text.matchAll(CONDITION_PAIR)];
  if (pairs.length === 0 || pairs.length === 1 && !CONDITION_ROW.test(text)) return false;
  return pairs.every((m) => conditionReadsHealthy(m[1] ?? "", m[2] ?? ""));
}
function isReportNotEvent(text) {
  if (/test|pass|fail|ok \d|^\s*[✓✔√✗✕×✘]/i.test(text) && TEST_RESULT_LINES.some((re) => re.test(text)))
    return true;
  if (/True|False/.test(text) && conditionTextReadsHealthy(text)) return true;
  return /pressure|sufficient|no deadlock/i.test(text) && HEALTH_STATEMENTS.some((re) => re.test(text));
}
function isNotEvidence(line) {
  return isReportNotEvent(line) || backgroundNoiseOf(line) !== void 0;
}
function withoutReports(text) {
  if (!text.includes("\n")) return isNotEvidence(text) ? "" : text;
  return text.split("\n").filter((line) => !isNotEvidence(line)).join("\n");
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

// src/knowledge/recovery.ts
var RECOVERED = /\b(?:re)?connected\b|\bconnection (?:established|restored|recovered|succeeded|successful)|\bconnected successfully|\bready to accept connections|\bis (?:back )?(?:up|online|reachable|healthy)(?: again)?\b|\brecovered\b|\bresolved\b.*\bto\b/i;
var STILL_FAILING = /\b(?:not|never|dis|failed to |could not |unable to |cannot )(?:re)?connect|\berror\b|\bfail/i;
var RETRIED = /([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}) (?:has )?failed\b[^\n]*\b(?:retry(?:ing)?|will retry|attempt \d+)/i;
var SUCCEEDED = /\bsucceeded\b|\bsucceeded on (?:attempt|retry)\b|\bsuccessful(?:ly)? (?:on|after) (?:attempt|retry)/i;
function operationOf(text) {
  const phrase = RETRIED.exec(text)?.[1]?.toLowerCase();
  return phrase?.includes(" ") ? phrase : void 0;
}
function hostOf(subject) {
  const colon = subject.lastIndexOf(":");
  return colon > 0 && /^\d+$/.test(subject.slice(colon + 1)) ? subject.slice(0, colon) : subject;
}
function createRecoveryWatch() {
  const open = /* @__PURE__ */ new Map();
  return {
    failed(patternId, file, subject, text) {
      const operation = subject === void 0 && text !== void 0 ? operationOf(text) : void 0;
      const host = subject === void 0 ? operation : hostOf(subject);
      const known = open.get(patternId);
      if (host === void 0 || host.length < 3 || known && (known.host !== host || known.file !== file)) {
        open.set(patternId, { file: "", host: "", operation: false, recovered: false });
        return;
      }
      open.set(patternId, { file, host, operation: operation !== void 0, recovered: false });
    },
    observe(file, text) {
      for (const watch of open.values()) {
        if (watch.recovered || watch.host === "" || watch.file !== file) continue;
        if (watch.operation) {
          const succeeded = SUCCEEDED.test(text) && !STILL_FAILING.test(text);
          if (succeeded && text.toLowerCase().includes(watch.host)) watch.recovered = true;
        } else if (text.includes(watch.host) && RECOVERED.test(text) && !STILL_FAILING.test(text)) {
          watch.recovered = true;
        }
      }
    },
    recovered: (patternId) => open.get(patternId)?.recovered === true
  };
}

// src/knowledge/pattern-scanner.ts
var MAX_EVIDENCE = 5;
var MAX_EXCERPT = 1500;
var MAX_PHRASE = 200;
var FRAME_WINDOW = 40;
var FRAME_LINE = /^\s+at\s|^\s*File "[^"]+", line \d+|^\s+\/\S+\.go:\d+/;
var MAX_SUBJECTS = 20;
var DOMINANT_SHARE = 0.25;
var ALERT_TEXT = "alert";
var SOLE_SHARE = 0.5;
function isHealthyCondition(record) {
  return conditionReadsHealthy(String(record.fields?.type ?? ""), String(record.fields?.status ?? ""));
}
function messageText(record) {
  if (record.message === void 0) return void 0;
  const newline = record.text.indexOf("\n");
  return newline < 0 ? record.message : `${record.message}${record.text.slice(newline)}`;
}
function createPatternScanner(patterns = FAILURE_PATTERNS) {
  const candidatesOf = createKeywordIndex(patterns);
  const fieldPatterns = /* @__PURE__ */ new Map();
  for (const p of patterns)
    for (const m of p.fields ?? [])
      fieldPatterns.set(m.kind, (fieldPatterns.get(m.kind) ?? /* @__PURE__ */ new Set()).add(p));
  const tallies = /* @__PURE__ */ new Map();
  const recovery = createRecoveryWatch();
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
  function counts(t, corroborated) {
    let total = 0;
    for (const file of t.files) total += recordsPerFile.get(file) ?? 0;
    const share = total > 0 ? t.count / total : 0;
    const sole = share >= SOLE_SHARE && !t.files.has(ALERT_TEXT);
    const frequent = t.count >= (t.pattern.minCount ?? 1) || t.count >= 2 && share >= DOMINANT_SHARE || sole || t.crashed === true;
    if (!frequent) return false;
    const cleared = t.pattern.incidental === true && !t.crashed && recovery.recovered(t.pattern.id);
    if (cleared && corroborated?.has(t.pattern.id) !== true) return false;
    return !t.pattern.minShare || share >= t.pattern.minShare || corroborated?.has(t.pattern.id) === true;
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
    if (structured !== true && !candidates.has(pattern)) return void 0;
    const match = matchPattern(pattern, record.text) ?? (alternative === void 0 ? void 0 : matchPattern(pattern, alternative));
    return structured === true ? match ?? {} : match;
  }
  function considerContinuation(record) {
    const newline = record.text.indexOf("\n");
    if (record.kind !== "access" || newline < 0) return;
    const { kind: _kind, fields: _fields, message: _message, ...plain } = record;
    consider({ ...plain, text: record.text.slice(newline + 1), line: record.line + 1 }, false);
  }
  function consider(original, counted = true) {
    if (counted) recordsPerFile.set(original.file, (recordsPerFile.get(original.file) ?? 0) + 1);
    recovery.observe(original.file, original.text);
    if (original.kind === "k8s-condition" && isHealthyCondition(original)) return;
    const message = messageText(original);
    const both = (text2) => (message === void 0 ? text2 : `${text2}
${message}`).toLowerCase();
    let candidates = candidatesOf(both(original.text));
    const fielded = original.kind ? fieldPatterns.get(original.kind) : void 0;
    if (candidates.size === 0 && !fielded) return;
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
    let crash;
    for (const pattern of patterns) {
      if (!candidates.has(pattern) && !fielded?.has(pattern)) continue;
      const match = verdict(pattern, record, alternative, candidates);
      if (!match) continue;
      const tally = tallyOf(pattern, record.time);
      tally.count += 1;
      tally.files.add(record.file);
      crash ??= isCrashRecord(original);
      if (crash) tally.crashed = true;
      if (pattern.incidental) recovery.failed(pattern.id, record.file, match.subject, text);
      if (match.subject !== void 0) tally.subject ??= match.subject;
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
    findings(options) {
      return [...tallies.values()].filter((t) => counts(t, options?.corroborated)).sort((a, b) => a.pattern.rank - b.pattern.rank || b.count - a.count).map((t) => ({
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

export {
  UsageSchema,
  ZERO_USAGE,
  addUsage,
  matchPattern,
  backgroundNoiseOf,
  ALERT_TEXT,
  createPatternScanner,
  SUBMIT_TOOL,
  heartbeatAlertName,
  heartbeatReason
};
