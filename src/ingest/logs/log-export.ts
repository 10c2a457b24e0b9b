import type { LogLevel, RecordSubject } from "../../core/log-summary.js";
import { arr, type Cite, isObj, type Obj, str } from "./k8s-manifest-records.js";
import { createRecordAssembler } from "./line-formats.js";
import type { ParsedRecord } from "./records.js";

/**
 * Logs exported from where they were collected, as one JSON document rather than lines: `gcloud logging
 * read --format=json` (an array of LogEntry), `aws logs filter-log-events` / `get-log-events` (`{"events":
 * [...]}`), an Elasticsearch or OpenSearch search response (`hits.hits[]._source`), and plain arrays of log
 * objects (a Datadog or Kibana export). Each entry's message is read as the log line it was (its own
 * timestamp, level, JSON fields and stack trace), cited at the document line that holds it; Loki's query API
 * answer too (lokiEntries), and any of these written on one line (export-lines.ts). Read as
 * Kubernetes objects instead, every entry was an "Object ?" record and a failing service read as healthy.
 */

/** Where one entry sits in the document (a JSON path from the document's root) and the entry itself. */
export type Entry = [unknown, (string | number)[]];

/** The keys that hold an entry's message, by export, in the order tried. */
const MESSAGE_PATHS: readonly (readonly string[])[] = [
  ["textPayload"],
  ["jsonPayload", "message"],
  ["jsonPayload", "msg"],
  ["_source", "message"],
  ["_source", "log"],
  ["_source", "msg"],
  ["message"],
  ["msg"],
  ["log"],
];
const TIME_KEYS = ["timestamp", "@timestamp", "time", "ts", "date"];

function at(o: Obj, path: readonly string[]): unknown {
  let v: unknown = o;
  for (const key of path) v = isObj(v) ? v[key] : undefined;
  return v;
}

function messageOf(o: Obj): { text: string; path: readonly string[] } | undefined {
  for (const path of MESSAGE_PATHS) {
    const v = at(o, path);
    if (typeof v === "string" && v.length > 0) return { text: v, path };
  }
  // A structured payload without a message field: its JSON is the line (the line reader flattens it).
  if (isObj(o.jsonPayload)) return { text: JSON.stringify(o.jsonPayload), path: ["jsonPayload"] };
  return undefined;
}

/** Whether an object is one log entry of an export: a message and a time, or Cloud Logging's payload keys. */
export function isLogEntry(o: unknown): o is Obj {
  if (!isObj(o) || !messageOf(o)) return false;
  if ("textPayload" in o || "jsonPayload" in o || "_source" in o) return true;
  return TIME_KEYS.some((k) => k in o) || "logStreamName" in o || "ingestionTime" in o;
}

/** A Loki timestamp (nanoseconds since the epoch, as a decimal string) as an ISO time, or undefined. */
function nanosToIso(v: unknown): string | undefined {
  const text = typeof v === "number" ? String(v) : v;
  if (typeof text !== "string" || !/^\d{7,25}$/.test(text)) return undefined;
  const ms = Number(text.slice(0, -6));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** Orders Loki's decimal nanosecond strings without a lossy conversion to number. */
function compareNanos(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Loki's `query` / `query_range` answer (`data.resultType` "streams"): each stream's labels, and its lines
 * as `[nanoseconds, line]` pairs, newest first by default. Each pair becomes an entry holding the line, its
 * time and the stream's labels (read as the record's subject), oldest first across streams.
 */
function lokiEntries(doc: Obj, index: number): Entry[] | undefined {
  const data = isObj(doc.data) ? doc.data : undefined;
  if (data?.resultType !== "streams") return undefined;
  const found: { ns: string; entry: Entry }[] = [];
  arr(data.result).forEach((stream, i) => {
    if (!isObj(stream)) return;
    const labels = isObj(stream.stream) ? stream.stream : {};
    const level = str(labels.level) ?? str(labels.detected_level);
    arr(stream.values).forEach((pair, j) => {
      if (!Array.isArray(pair) || typeof pair[1] !== "string") return;
      const entry: Obj = { message: pair[1], labels };
      const time = nanosToIso(pair[0]);
      if (time) entry.timestamp = time;
      if (level) entry.severity = level;
      found.push({ ns: String(pair[0]), entry: [entry, [index, "data", "result", i, "values", j]] });
    });
  });
  found.sort((a, b) => compareNanos(a.ns, b.ns));
  return found.length > 0 ? found.map((f) => f.entry) : undefined;
}

/** The entries of an export document, or undefined when the document is not one. */
export function logExportEntries(doc: unknown, index: number): Entry[] | undefined {
  const list = (items: unknown[], path: (string | number)[]): Entry[] | undefined =>
    items.length > 0 && isLogEntry(items[0]) ? items.map((item, j) => [item, [...path, j]]) : undefined;
  if (Array.isArray(doc)) return list(doc, [index]);
  if (!isObj(doc)) return undefined;
  if (doc.status === "success" && isObj(doc.data)) return lokiEntries(doc, index);
  if (Array.isArray(doc.events)) return list(doc.events, [index, "events"]);
  const hits = isObj(doc.hits) ? arr(doc.hits.hits) : [];
  return hits.length > 0 ? list(hits, [index, "hits", "hits"]) : undefined;
}

const SEVERITY: Record<string, LogLevel> = {
  DEBUG: "DEBUG",
  INFO: "INFO",
  NOTICE: "INFO",
  WARNING: "WARN",
  WARN: "WARN",
  ERROR: "ERROR",
  CRITICAL: "FATAL",
  ALERT: "FATAL",
  EMERGENCY: "FATAL",
};

function timeOf(o: Obj): string | undefined {
  for (const key of TIME_KEYS) {
    const v = o[key] ?? at(o, ["_source", key]);
    const ms = typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) : Number.NaN;
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return undefined;
}

/** Cloud Logging's resource labels, Elasticsearch's kubernetes block, or a Loki stream's labels. */
function subjectOf(o: Obj): RecordSubject | undefined {
  const labels = at(o, ["resource", "labels"]);
  const k8s = at(o, ["_source", "kubernetes"]);
  const pick = (...vs: unknown[]) => vs.map(str).find((v) => v !== undefined && v !== "");
  const l = isObj(labels) ? labels : {};
  const k = isObj(k8s) ? k8s : {};
  // Loki's labels as promtail, Grafana Alloy and the OpenTelemetry collector name them.
  const s = isObj(o.labels) ? o.labels : {};
  const subject: RecordSubject = {};
  const pod = pick(l.pod_name, k.pod_name, s.pod, s.k8s_pod_name);
  const namespace = pick(l.namespace_name, k.namespace_name, s.namespace, s.k8s_namespace_name);
  const container = pick(l.container_name, k.container_name, s.container, s.k8s_container_name);
  const service = pick(s.app, s.service_name, s.app_kubernetes_io_name);
  const node = pick(s.node_name, s.k8s_node_name);
  const host = pick(l.instance_id, k.host, s.host, s.hostname);
  if (pod) subject.pod = pod;
  if (namespace) subject.namespace = namespace;
  if (container) subject.container = container;
  if (service) subject.service = service;
  if (node) subject.node = node;
  if (host && !pod) subject.host = host;
  return Object.keys(subject).length > 0 ? subject : undefined;
}

/**
 * The records of one entry: its message read by the line reader (so a JSON message, a level word or a
 * trace inside it are read as they would be in a log file), cited at the line that holds the message.
 */
export function logEntryRecords(o: Obj, ctx: Cite, year: number, now: number): ParsedRecord[] {
  const message = messageOf(o);
  if (!message) return [];
  const line = ctx.at(message.path)?.line ?? ctx.at([])?.line ?? ctx.line;
  const assembler = createRecordAssembler(ctx.file, year, now);
  const out: ParsedRecord[] = [];
  for (const text of message.text.replace(/\n$/, "").split("\n")) {
    const done = assembler.push(text, line);
    if (done) out.push(done);
  }
  const last = assembler.flush();
  if (last) out.push(last);
  const severity = SEVERITY[(str(o.severity) ?? str(at(o, ["_source", "level"])) ?? "").toUpperCase()];
  const time = timeOf(o);
  const subject = subjectOf(o);
  for (const record of out) {
    record.line = line;
    record.endLine = line;
    if (severity && record.level === "UNKNOWN") record.level = severity;
    if (time && record.time === undefined) record.time = time;
    if (subject && !record.subject) record.subject = subject;
  }
  return out;
}
