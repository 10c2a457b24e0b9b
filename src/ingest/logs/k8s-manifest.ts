import { parseAllDocuments } from "yaml";
import type { RecordFields, RecordSubject } from "../../core/log-summary.js";
import { conditionLevel, k8sRecord, statusLevel } from "./k8s-record.js";
import type { DocumentReader } from "./kubectl-describe.js";
import type { ParsedRecord } from "./records.js";

/**
 * `kubectl get -o yaml|json` (one object or a List): buffered (bounded) and read as the same records as
 * describe output: containers' state from status.containerStatuses with limits and requests from the spec,
 * conditions, events, and each object. Records cite the document's first line.
 */
const MAX_DOCUMENT_CHARS = 16 << 20;
const MAX_OBJECTS = 2000;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});

function stateOf(state: unknown): { name?: string; reason?: string; exitCode?: number } {
  const s = obj(state);
  const name = Object.keys(s)[0];
  if (!name) return {};
  const detail = obj(s[name]);
  const out: { name?: string; reason?: string; exitCode?: number } = {
    name: name[0]!.toUpperCase() + name.slice(1),
  };
  const reason = str(detail.reason);
  if (reason) out.reason = reason;
  if (typeof detail.exitCode === "number") out.exitCode = detail.exitCode;
  return out;
}

export function createManifestReader(file: string, json: boolean): DocumentReader {
  let text = "";
  let first = 0;
  let tooBig = false;
  return {
    push(line, lineNo) {
      if (first === 0) first = lineNo;
      if (text.length + line.length < MAX_DOCUMENT_CHARS) text += `${line}\n`;
      else tooBig = true;
      return undefined;
    },
    flush() {
      if (first === 0) return [];
      const docs = parseDocuments(text, json);
      const out: ParsedRecord[] = [];
      const ctx = { file, line: first };
      const objects = docs.flatMap((d) => (isObj(d) && /List$/.test(str(d.kind) ?? "") ? arr(d.items) : [d]));
      for (const o of objects.slice(0, MAX_OBJECTS)) if (isObj(o)) out.push(...objectRecords(o, ctx));
      if (out.length === 0 || tooBig) {
        out.push(
          k8sRecord({
            file,
            line: first,
            text: tooBig
              ? "Kubernetes manifest cut: larger than 16 MiB"
              : "Kubernetes manifest with no object",
            level: "WARN",
            kind: "k8s-object",
            fields: {},
          }),
        );
      }
      return out;
    },
  };
}

function parseDocuments(text: string, json: boolean): unknown[] {
  if (json) {
    try {
      return [JSON.parse(text)];
    } catch {
      return [];
    }
  }
  try {
    return parseAllDocuments(text).flatMap((d) =>
      "errors" in d && d.errors.length === 0 ? [d.toJS({ maxAliasCount: 50 })] : [],
    );
  } catch {
    return [];
  }
}

function objectRecords(o: Obj, ctx: { file: string; line: number }): ParsedRecord[] {
  const kind = str(o.kind) ?? "Object";
  const meta = obj(o.metadata);
  const name = str(meta.name) ?? "?";
  const namespace = str(meta.namespace);
  const subject: RecordSubject = {};
  if (namespace) subject.namespace = namespace;
  if (kind === "Pod") subject.pod = name;
  if (kind === "Node") subject.node = name;
  const spec = obj(o.spec);
  const status = obj(o.status);
  if (kind === "Pod" && str(spec.nodeName)) subject.node = str(spec.nodeName)!;
  const out: ParsedRecord[] = [];
  if (kind === "Event") return [eventOf(o, ctx)];
  const specContainers = new Map(
    arr(spec.containers).map((c) => [str(obj(c).name) ?? "", obj(obj(c).resources)]),
  );
  for (const cs of [...arr(status.initContainerStatuses), ...arr(status.containerStatuses)]) {
    out.push(containerOf(obj(cs), specContainers, subject, ctx));
  }
  for (const c of arr(status.conditions)) {
    const cond = obj(c);
    const type = str(cond.type) ?? "";
    const value = str(cond.status) ?? "";
    const fields: RecordFields = { type, status: value };
    if (str(cond.reason)) fields.reason = str(cond.reason)!;
    if (str(cond.message)) fields.message = str(cond.message)!;
    const tail = [fields.reason, fields.message].filter(Boolean).join(": ");
    out.push(
      k8sRecord({
        ...ctx,
        text: `${kind} ${name} condition ${type}=${value}${tail ? ` ${tail}` : ""}`,
        level: conditionLevel(type, value),
        kind: "k8s-condition",
        fields,
        subject,
      }),
    );
  }
  const phase = str(status.phase) ?? str(status.reason);
  const fields: RecordFields = { kind, name };
  if (namespace) fields.namespace = namespace;
  if (phase) fields.status = phase;
  for (const key of [
    "reason",
    "message",
    "replicas",
    "readyReplicas",
    "availableReplicas",
    "failed",
    "succeeded",
  ]) {
    const v = status[key];
    if (typeof v === "string" || typeof v === "number") fields[key] = v;
  }
  const shown = Object.entries(fields)
    .filter(([k]) => k !== "kind" && k !== "name" && k !== "namespace")
    .map(([k, v]) => `${k}=${v}`);
  out.unshift(
    k8sRecord({
      ...ctx,
      text: `${kind} ${name}${namespace ? ` (namespace ${namespace})` : ""}${shown.length ? `: ${shown.join(" ")}` : ""}`,
      level: statusLevel(str(status.reason) ?? phase),
      kind: "k8s-object",
      fields,
      subject,
    }),
  );
  return out;
}

function containerOf(
  cs: Obj,
  specContainers: Map<string, Obj>,
  podSubject: RecordSubject,
  ctx: { file: string; line: number },
): ParsedRecord {
  const name = str(cs.name) ?? "?";
  const restarts = typeof cs.restartCount === "number" ? cs.restartCount : 0;
  const state = stateOf(cs.state);
  const last = stateOf(cs.lastState);
  const fields: RecordFields = {
    container: name,
    restartCount: restarts,
    ready: cs.ready === true ? "True" : "False",
  };
  const parts: string[] = [];
  if (state.name) {
    fields.state = state.name;
    if (state.reason) fields.stateReason = state.reason;
    if (state.exitCode !== undefined) fields.exitCode = state.exitCode;
    parts.push(`state ${state.name}${state.reason ? ` (${state.reason})` : ""}`);
  }
  if (last.name) {
    fields.lastState = last.name;
    if (last.reason) fields.lastStateReason = last.reason;
    if (last.exitCode !== undefined) {
      fields.lastExitCode = last.exitCode;
      fields.exitCode ??= last.exitCode;
    }
    const detail = [last.reason, last.exitCode !== undefined ? `exit code ${last.exitCode}` : ""].filter(
      Boolean,
    );
    parts.push(`last state ${last.name}${detail.length ? ` (${detail.join(", ")})` : ""}`);
  }
  parts.push(`restarts ${restarts}`, `ready ${fields.ready}`);
  const resources = specContainers.get(name) ?? {};
  for (const group of ["limits", "requests"]) {
    const entries = Object.entries(obj(resources[group])).filter(([, v]) => str(v) !== undefined);
    for (const [k, v] of entries) fields[`${group}.${k}`] = str(v)!;
    if (entries.length) parts.push(`${group} ${entries.map(([k, v]) => `${k}=${str(v)}`).join(" ")}`);
  }
  const failing = [state.reason, last.reason].some((r) => statusLevel(r) === "ERROR");
  return k8sRecord({
    ...ctx,
    text: `Container ${name}: ${parts.join("; ")}`,
    level: failing ? "ERROR" : statusLevel(undefined, restarts),
    kind: "k8s-container",
    fields,
    subject: { ...podSubject, container: name },
  });
}

function eventOf(o: Obj, ctx: { file: string; line: number }): ParsedRecord {
  const involved = obj(o.involvedObject ?? o.regarding);
  const namespace = str(obj(o.metadata).namespace) ?? str(involved.namespace);
  const objectName = `${(str(involved.kind) ?? "").toLowerCase()}/${str(involved.name) ?? "?"}`;
  const type = str(o.type) ?? "";
  const reason = str(o.reason) ?? "";
  const message = str(o.message) ?? str(o.note) ?? "";
  const count =
    typeof o.count === "number"
      ? o.count
      : typeof obj(o.series).count === "number"
        ? (obj(o.series).count as number)
        : 1;
  const fields: RecordFields = { type, reason, object: objectName, count, message };
  const subject: RecordSubject = {};
  if (namespace) subject.namespace = namespace;
  if (str(involved.kind) === "Pod" && str(involved.name)) subject.pod = str(involved.name)!;
  if (str(involved.kind) === "Node" && str(involved.name)) subject.node = str(involved.name)!;
  const time = str(o.lastTimestamp) ?? str(o.eventTime) ?? str(obj(o.metadata).creationTimestamp);
  const ms = time ? Date.parse(time) : Number.NaN;
  return k8sRecord({
    ...ctx,
    text: `${type} ${reason} ${objectName}: ${message}${count > 1 ? ` (x${count})` : ""}`,
    level: type === "Warning" ? "WARN" : "INFO",
    kind: "k8s-event",
    fields,
    subject,
    ...(Number.isNaN(ms) ? {} : { time: new Date(ms).toISOString() }),
  });
}
