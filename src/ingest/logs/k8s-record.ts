import type { LogLevel, RecordFields, RecordKind, RecordSubject } from "../../core/log-summary.js";
import type { ParsedRecord } from "./records.js";

/**
 * Records read from kubectl output (describe, get tables, -o yaml|json): structured. The text is the file's own
 * line(s) that say it, so evidence cites and quotes the file; the message is a summary composed from the fields
 * (templates are mined from it, patterns read it too); fields and a subject are matched on by name.
 */
export interface K8sRecordInput {
  file: string;
  line: number;
  endLine?: number;
  /** The file's own line(s), quoted as evidence. */
  text: string;
  /** What templates are mined from and patterns also read: a summary composed from the fields (the text when absent). */
  message?: string;
  level: LogLevel;
  kind: RecordKind;
  fields: RecordFields;
  subject?: RecordSubject;
  time?: string;
}

const MAX_TEXT = 4000;

const cap = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)} …` : text);

export function k8sRecord(input: K8sRecordInput): ParsedRecord {
  const text = cap(input.text);
  const record: ParsedRecord = {
    file: input.file,
    line: input.line,
    endLine: input.endLine ?? input.line,
    text,
    level: input.level,
    kind: input.kind,
    fields: input.fields,
    // Templates are mined from the message as a whole: there is no header to split off.
    message: input.message === undefined ? text : cap(input.message),
  };
  if (input.subject && Object.keys(input.subject).length > 0) record.subject = input.subject;
  if (input.time !== undefined) record.time = input.time;
  return record;
}

/** Condition types whose `True` is the fault (pressure, unavailability); for the others `False` is. */
const FAULT_WHEN_TRUE = /Pressure$|Unavailable$|^OutOfDisk$|^ReplicaFailure$|^Failed$|^Stalled$/;

/** How a condition's status reads: a pressure condition that is False is health, not a fault. */
export function conditionLevel(type: string, status: string): LogLevel {
  if (status === "Unknown") return "WARN";
  const faulty = FAULT_WHEN_TRUE.test(type) ? status === "True" : status === "False";
  if (!faulty) return "INFO";
  return type === "Ready" || FAULT_WHEN_TRUE.test(type) ? "ERROR" : "WARN";
}

/** Container and pod reasons that mean the workload is failing. */
const FAILING =
  /^(?:CrashLoopBackOff|Error|OOMKilled|ImagePullBackOff|ErrImagePull|InvalidImageName|CreateContainerConfigError|CreateContainerError|RunContainerError|ContainerCannotRun|Evicted|DeadlineExceeded|BackoffLimitExceeded|Failed|NodeLost|UnexpectedAdmissionError|StartError|Init:CrashLoopBackOff|Init:Error|Init:ImagePullBackOff)$/;
const PENDING = /^(?:Pending|ContainerCreating|PodInitializing|Terminating|Unknown|NotReady|Init:\d+\/\d+)$/;

export function statusLevel(status: string | undefined, restarts = 0): LogLevel {
  if (status && FAILING.test(status)) return "ERROR";
  if (status && (PENDING.test(status) || status.includes("NotReady"))) return "WARN";
  return restarts > 0 ? "WARN" : "INFO";
}

/** The number at the head of a restart count (`12 (3m ago)` → 12). */
export function leadingNumber(text: string | undefined): number | undefined {
  const m = text ? /^(\d+)/.exec(text.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

/** `pod/checkout-7d9` (events' OBJECT column) as a subject. */
export function subjectOfObject(object: string, namespace?: string): RecordSubject {
  const subject: RecordSubject = {};
  if (namespace) subject.namespace = namespace;
  const [kind, name] = object.includes("/") ? object.split("/", 2) : ["", object];
  const k = (kind ?? "").toLowerCase();
  if (name && (k === "pod" || k === "pods")) subject.pod = name;
  else if (name && (k === "node" || k === "nodes")) subject.node = name;
  else if (name && (k === "service" || k === "deployment" || k === "statefulset" || k === "daemonset"))
    subject.service = name;
  return subject;
}

/** `Restart Count` → `restartCount`, `LAST SEEN` → `lastSeen`: field names as the contract spells them. */
export function fieldName(label: string): string {
  const words = label
    .trim()
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
  return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
}
