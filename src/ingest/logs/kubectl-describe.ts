import type { RecordFields, RecordSubject } from "../../core/log-summary.js";
import { conditionLevel, fieldName, k8sRecord, statusLevel } from "./k8s-record.js";
import { type Container, containerRecords, quote } from "./kubectl-describe-containers.js";
import { type Columns, eventRecord, rowValues } from "./kubectl-table.js";
import type { ParsedRecord } from "./records.js";

/**
 * `kubectl describe` (pod, node, deployment, job, pvc, and several objects in one file): kubectl's describe
 * printer writes `Key:  value` pairs indented two spaces a level, and its Conditions and Events sections as
 * tables under a `----` rule. Read as records: each container's state, last state, exit code, restarts,
 * limits and requests (k8s-container); each condition (k8s-condition); each event (k8s-event); and the
 * object itself with its top-level fields (k8s-object).
 */
export interface DocumentReader {
  push(line: string, lineNo: number): ParsedRecord[] | undefined;
  flush(): ParsedRecord[];
}

const KEY_VALUE = /^( *)([A-Za-z][\w .()/-]{0,60}?):(?:\s+(.*))?$/;
const MAX_OBJECT_FIELDS = 40;

interface DescribedObject {
  line: number;
  endLine: number;
  fields: Record<string, string>;
  at: Record<string, number>;
  raw: Map<number, string>;
}

/** A container's or object's lines kept for quoting: a describe section is short, this bounds a hostile one. */
const MAX_KEPT_LINES = 400;

/** An object's own status lines, most telling first: what a pod, deployment, job or claim says of itself. */
const OBJECT_STATUS = ["Status", "Reason", "Message", "Replicas", "Pods Statuses"];

type Section = "containers" | "conditions" | "events" | "other" | undefined;

function objectKind(fields: Record<string, string>): string {
  if (fields.Roles !== undefined || fields.Taints !== undefined) return "node";
  if (fields.Replicas !== undefined) return "deployment";
  if (fields["Pods Statuses"] !== undefined || fields.Completions !== undefined) return "job";
  if (fields.StorageClass !== undefined || fields["Access Modes"] !== undefined) return "pvc";
  if (fields.Node !== undefined || fields.IP !== undefined || fields["QoS Class"] !== undefined) return "pod";
  return "object";
}

export function createDescribeReader(file: string): DocumentReader {
  let object: DescribedObject | undefined;
  let section: Section;
  let container: Container | undefined;
  let columns: Columns | undefined;

  const subject = (): RecordSubject => {
    const s: RecordSubject = {};
    const f = object?.fields ?? {};
    if (f.Namespace) s.namespace = f.Namespace;
    const kind = objectKind(f);
    if (kind === "pod" && f.Name) s.pod = f.Name;
    if (kind === "node" && f.Name) s.node = f.Name;
    if (kind === "pod" && f.Node && f.Node !== "<none>") s.node = f.Node.split("/")[0]!;
    if (kind === "deployment" && f.Name) s.service = f.Name;
    return s;
  };

  const finishContainer = (): ParsedRecord[] => {
    if (!container) return [];
    const c = container;
    container = undefined;
    return containerRecords(file, c, subject());
  };

  const finishObject = (): ParsedRecord[] => {
    const out = finishContainer();
    if (!object) return out;
    const o = object;
    const f = o.fields;
    const kind = objectKind(f);
    const fields: RecordFields = { kind };
    for (const [k, v] of Object.entries(f)) fields[fieldName(k)] = v;
    const shown = ["Status", "Reason", "Message", "Replicas", "Pods Statuses", "Node"]
      .filter((k) => f[k])
      .map((k) => `${k}: ${f[k]}`);
    const status = f.Status ?? f.Reason;
    // Cite the object's own status lines (`Status: Failed` / `Reason: Evicted` / `Message: …`), else its name.
    const statusLines = OBJECT_STATUS.map((k) => o.at[k]).filter((n): n is number => n !== undefined);
    const from = statusLines.length > 0 ? Math.min(...statusLines) : o.line;
    const to = statusLines.filter((n) => n - from < 4).reduce((a, b) => Math.max(a, b), from);
    const cited = quote(o.raw, from, to);
    out.unshift(
      k8sRecord({
        file,
        line: from,
        endLine: cited.endLine,
        text: cited.text || `Name: ${f.Name ?? "?"}`,
        message: `${kind} ${f.Name ?? "?"}${f.Namespace ? ` (namespace ${f.Namespace})` : ""}${shown.length ? `: ${shown.join("; ")}` : ""}`,
        level:
          /unavailable/.test(f.Replicas ?? "") && !/ 0 unavailable/.test(f.Replicas ?? "")
            ? "WARN"
            : statusLevel(status),
        kind: "k8s-object",
        fields,
        subject: subject(),
      }),
    );
    object = undefined;
    return out;
  };

  const eventRows = (line: string, lineNo: number, values: Record<string, string>): ParsedRecord[] => {
    const f = object?.fields ?? {};
    const kind = objectKind(f);
    return [
      eventRecord(file, lineNo, values, {
        raw: line,
        ...(f.Namespace ? { namespace: f.Namespace } : {}),
        ...(f.Name ? { object: `${kind}/${f.Name}` } : {}),
      }),
    ];
  };

  const tableRow = (line: string, lineNo: number): ParsedRecord[] | undefined => {
    if (!columns) {
      const names = line.trim().split(/\s{2,}/);
      // A pasted excerpt often drops the header row: an event row still reads Type, Reason, Age, From, Message.
      const [type, reason, age, source, ...message] = names;
      if (section === "events" && (type === "Normal" || type === "Warning") && message.length > 0)
        return eventRows(line, lineNo, {
          Type: type,
          Reason: reason ?? "",
          Age: age ?? "",
          From: source ?? "",
          Message: message.join("  "),
        });
      if (names[0] !== "Type") return undefined;
      const starts: number[] = [];
      let from = 0;
      for (const name of names) {
        const at = line.indexOf(name, from);
        starts.push(at);
        from = at + name.length;
      }
      columns = { names, starts };
      return undefined;
    }
    if (/^\s*-{3,}/.test(line)) return undefined;
    const values = rowValues(line, columns);
    if (section === "events") return eventRows(line, lineNo, values);
    const type = values.Type ?? "";
    const status = values.Status ?? "";
    const fields: RecordFields = { type, status };
    if (values.Reason) fields.reason = values.Reason;
    if (values.Message) fields.message = values.Message;
    return [
      k8sRecord({
        file,
        line: lineNo,
        text: line.trim(),
        level: conditionLevel(type, status),
        kind: "k8s-condition",
        fields,
        subject: subject(),
      }),
    ];
  };

  return {
    push(line, lineNo) {
      if (line.trim() === "") return undefined;
      const kv = KEY_VALUE.exec(line);
      const indent = line.length - line.trimStart().length;
      if (indent === 0) {
        if (!kv) return undefined;
        const [, , key, value = ""] = kv;
        const out =
          key === "Name" && object && Object.keys(object.fields).length > 1
            ? finishObject()
            : finishContainer();
        object ??= { line: lineNo, endLine: lineNo, fields: {}, at: {}, raw: new Map() };
        object.endLine = lineNo;
        if (object.raw.size < MAX_KEPT_LINES) object.raw.set(lineNo, line);
        object.at[key!] ??= lineNo;
        columns = undefined;
        if (key === "Containers" || key === "Init Containers") section = "containers";
        else if (key === "Conditions") section = "conditions";
        else if (key === "Events") section = "events";
        else {
          section = value === "" ? "other" : undefined;
          if (Object.keys(object.fields).length < MAX_OBJECT_FIELDS) object.fields[key!] = value.trim();
        }
        return out.length > 0 ? out : undefined;
      }
      if (section === "conditions" || section === "events") return tableRow(line, lineNo);
      if (section !== "containers" || !kv) return undefined;
      const key = kv[2]!;
      const value = (kv[3] ?? "").trim();
      if (indent === 2 && value === "") {
        const out = finishContainer();
        container = { name: key, line: lineNo, endLine: lineNo, values: {}, at: {}, raw: new Map(), sub: "" };
        container.raw.set(lineNo, line);
        return out.length > 0 ? out : undefined;
      }
      if (!container) return undefined;
      container.endLine = lineNo;
      if (container.raw.size < MAX_KEPT_LINES) container.raw.set(lineNo, line);
      if (indent <= 4) {
        container.sub = key;
        container.at[key] ??= lineNo;
        if (value !== "") container.values[key] = value;
      } else if (container.sub) {
        container.values[`${container.sub}.${key}`] = value;
        container.at[`${container.sub}.${key}`] ??= lineNo;
      }
      return undefined;
    },
    flush: finishObject,
  };
}
