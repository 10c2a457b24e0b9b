import type { LogRecord, RecordSubject } from "../core/log-summary.js";
import { backgroundNoiseOf } from "./background-noise.js";
import type { FailurePattern, FieldMatcher } from "./failure-pattern.js";

/**
 * Lines that report a test's result rather than an event: a test named "handles oom killer gracefully" is not
 * an OOM kill. Covers vitest/jest/mocha ticks, pytest, go test, JUnit/Maven/Gradle and TAP output.
 */
/** A CI runner's timestamp before the line (GitHub Actions: `2026-11-24T09:00:21.788Z `). */
const CI_PREFIX = String.raw`^(?:\S*\d\S*\s+)?\s*`;

const TEST_RESULT_LINES: RegExp[] = [
  new RegExp(`${CI_PREFIX}[✓✔√✗✕×✘]\\s`),
  new RegExp(`${CI_PREFIX}(PASS|FAIL)\\s+\\S+\\.(test|spec)\\.[cm]?[jt]sx?\\b`),
  /\btest_\w+(\[[^\]]*\])?\s+(PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)\b/,
  /::\w*test\w*(\[[^\]]*\])?\s+(PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)\b/i,
  /^\s*(PASSED|FAILED|SKIPPED)\s+\S+::test_\w+/,
  new RegExp(`${CI_PREFIX}(---|===) (PASS|FAIL|RUN|SKIP):? Test\\w*`),
  new RegExp(`${CI_PREFIX}(not )?ok \\d+ `),
  /^\s*\[(INFO|ERROR)\] Tests run: \d+/,
  /\b\w+Test\s*>\s*\w+.*\b(PASSED|FAILED|SKIPPED)\b/,
];

/** Sentences that state health: "no disk pressure", "kubelet has sufficient memory", "kernel has no deadlock". */
const HEALTH_STATEMENTS: RegExp[] = [
  /\b(no|without) (disk|memory|pid|inode) pressure\b/i,
  /\bkubelet has (no disk pressure|sufficient (memory|PID))/i,
  /\bKubeletHas(NoDiskPressure|SufficientMemory|SufficientPID)\b/,
];

/**
 * Condition types whose `True` is the fault: the kubelet's pressures, node-problem-detector's problems and
 * GKE's health checks (KernelDeadlock, ReadonlyFilesystem, FrequentKubeletRestart, CorruptDockerOverlay2,
 * KubeletUnhealthy, ContainerRuntimeUnhealthy…), a pod's DisruptionTarget, a Job's Failed. For every other
 * type (Ready, ContainersReady, PodScheduled, Available, Progressing, Complete…) `False` is.
 */
const FAULT_WHEN_TRUE =
  /Pressure$|Unavailable$|Unhealthy$|Problem$|^OutOfDisk$|^KernelDeadlock$|^ReadonlyFilesystem$|^Frequent\w+$|^Corrupt\w+$|^DisruptionTarget$|^ReplicaFailure$|^Failed$|^FailureTarget$|^Stalled$|^Degraded$/;

/** Whether a Kubernetes condition reads healthy: `DiskPressure False`, `Ready True`. Unknown is never health. */
export function conditionReadsHealthy(type: string, status: string): boolean {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(type) || (status !== "True" && status !== "False")) return false;
  return FAULT_WHEN_TRUE.test(type) ? status === "False" : status === "True";
}

/**
 * Conditions printed as text: a `kubectl describe` Conditions row (`  DiskPressure  False  …`), a container's
 * `Ready: True`, the reader's `Node x condition DiskPressure=False …`, or a jsonpath listing
 * (`node-1  MemoryPressure=False DiskPressure=False Ready=True`).
 */
const CONDITION_PAIR = /\b([A-Z][A-Za-z0-9]*)(?::\s*|\s+|=)(True|False)\b/g;
const CONDITION_ROW = /^\s*(?:\S+ \S+ condition )?[A-Z][A-Za-z0-9]*(?::\s*|\s+|=)(?:True|False)\b/;

/** A line that is one condition row, or lists two or more, every one of them healthy. */
function conditionTextReadsHealthy(text: string): boolean {
  const pairs = [...text.matchAll(CONDITION_PAIR)];
  if (pairs.length === 0 || (pairs.length === 1 && !CONDITION_ROW.test(text))) return false;
  return pairs.every((m) => conditionReadsHealthy(m[1] ?? "", m[2] ?? ""));
}

/** Whether a record is about an event at all, or a report about tests or health that merely names one. */
export function isReportNotEvent(text: string): boolean {
  // Cheap literal tests first: most lines name neither a test nor a condition.
  if (/test|pass|fail|ok \d|^\s*[✓✔√✗✕×✘]/i.test(text) && TEST_RESULT_LINES.some((re) => re.test(text)))
    return true;
  if (/True|False/.test(text) && conditionTextReadsHealthy(text)) return true;
  return /pressure|sufficient|no deadlock/i.test(text) && HEALTH_STATEMENTS.some((re) => re.test(text));
}

/** A line that is no evidence of this incident: a report about tests or health, or internet background noise. */
function isNotEvidence(line: string): boolean {
  return isReportNotEvent(line) || backgroundNoiseOf(line) !== undefined;
}

/**
 * The record without its report and background-noise lines. The reader joins indented lines into the record
 * above them, so one record can hold a command line and the test results under it; each line is judged alone.
 */
export function withoutReports(text: string): string {
  if (!text.includes("\n")) return isNotEvidence(text) ? "" : text;
  return text
    .split("\n")
    .filter((line) => !isNotEvidence(line))
    .join("\n");
}

function fieldMatches(matcher: FieldMatcher, record: LogRecord): boolean {
  const fields = record.fields ?? {};
  for (const [name, re] of Object.entries(matcher.fields)) {
    const value = fields[name];
    if (value === undefined || !re.test(String(value))) return false;
  }
  if (matcher.notAbout?.some((k) => record.subject?.[k])) return false;
  if (matcher.atLeast) {
    const value = Number(fields[matcher.atLeast.field]);
    if (!Number.isFinite(value) || value < matcher.atLeast.value) return false;
  }
  return true;
}

/**
 * The structured verdict on a record, when its kind lets the fields decide: true or false, or undefined when
 * the text decides. An access-log entry is decided by its fields alone (its URL and user agent are whatever
 * the client sent); other kinds match on fields or, failing that, on their text.
 */
export function structuredVerdict(pattern: FailurePattern, record: LogRecord): boolean | undefined {
  if (!record.kind) return undefined;
  const matchers = (pattern.fields ?? []).filter((m) => m.kind === record.kind);
  const hit = matchers.some((m) => fieldMatches(m, record));
  if (record.kind === "access") return hit;
  return hit ? true : undefined;
}

/** Pod names in text formats the reader does not structure: kubelet messages and `kubectl get pods` rows. */
const POD_IN_TEXT: RegExp[] = [
  /\bin pod (?<pod>[a-z0-9][a-z0-9.-]*)_(?<namespace>[a-z0-9-]+)\(/,
  /\bpod[=:]\s*"?(?:(?<namespace>[a-z0-9-]+)\/)?(?<pod>[a-z0-9][a-z0-9.-]*[a-z0-9])"?/,
  /\bpod\/(?<pod>[a-z0-9][a-z0-9.-]*[a-z0-9])\b/,
  /^(?:(?<namespace>[a-z0-9-]+)\s+)?(?<pod>[a-z0-9][a-z0-9.-]*-[a-z0-9]{4,10})\s+\d+\/\d+\s+[A-Za-z]+\s+\d+/,
];

/** The object a record is about: what the reader parsed, or a pod named in a known text shape. */
export function subjectOfRecord(record: Pick<LogRecord, "text" | "subject">): RecordSubject | undefined {
  if (record.subject && Object.keys(record.subject).length > 0) return record.subject;
  for (const re of POD_IN_TEXT) {
    const groups = re.exec(record.text)?.groups;
    if (groups?.pod) return { pod: groups.pod, ...(groups.namespace ? { namespace: groups.namespace } : {}) };
  }
  return undefined;
}

/** A stable key for counting records per subject. */
export function subjectKey(subject: RecordSubject): string {
  return Object.entries(subject)
    .filter(([, v]) => typeof v === "string" && v.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
}
