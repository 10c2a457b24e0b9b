import type { LogLevel, RecordFields } from "../../core/log-summary.js";
import { fieldName, k8sRecord, leadingNumber, statusLevel, subjectOfObject } from "./k8s-record.js";
import type { ParsedRecord } from "./records.js";

/**
 * `kubectl get` tables: events (`LAST SEEN  TYPE  REASON  OBJECT  MESSAGE`, the older `COUNT  NAME  KIND …`
 * form too), pods (`NAME  READY  STATUS  RESTARTS  AGE`, `-o wide`, `-A`), and any other kind as rows of
 * named columns. kubectl's tabwriter left-aligns every value under its header, so a row is cut at the
 * header's column offsets; a row that does not line up is split on runs of spaces instead.
 */
export interface Columns {
  names: string[];
  starts: number[];
}

const HEADER_WORD = /^[A-Z][A-Z0-9()/-]*(?: [A-Z][A-Z0-9()/-]*)*$/;

/** The columns of a kubectl table header (`NAME   READY   STATUS`), or undefined when the line is not one. */
export function tableHeader(line: string, indent = 0): Columns | undefined {
  const names: string[] = [];
  const starts: number[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index < indent || !HEADER_WORD.test(m[0])) return undefined;
    names.push(m[0]);
    starts.push(m.index);
  }
  if (names.length < 2) return undefined;
  return { names, starts };
}

/** A row's values by column name. */
export function rowValues(line: string, columns: Columns): Record<string, string> {
  const { names, starts } = columns;
  const aligned = starts.every(
    (s, i) => i === 0 || (line.length > s && line[s - 1] === " " && line[s] !== " "),
  );
  const values: Record<string, string> = {};
  if (aligned) {
    for (let i = 0; i < names.length; i++) {
      values[names[i]!] = line.slice(starts[i], i + 1 < names.length ? starts[i + 1] : undefined).trim();
    }
    return values;
  }
  const parts = line.trim().split(/\s{2,}/);
  for (let i = 0; i < names.length; i++) {
    values[names[i]!] = i === names.length - 1 ? parts.slice(i).join("  ") : (parts[i] ?? "");
  }
  return values;
}

function isEventTable(names: string[]): boolean {
  return names.includes("REASON") && names.includes("MESSAGE");
}

function eventLevel(type: string | undefined): LogLevel {
  return type === "Warning" ? "WARN" : type === "Normal" ? "INFO" : "UNKNOWN";
}

/** `2m (x6 over 3m)` → 6: how kubectl shows a repeated event in describe and in `get events`. */
export function countOf(age: string | undefined): number | undefined {
  const m = age ? /\(x(\d+) over/.exec(age) : null;
  return m ? Number(m[1]) : undefined;
}

/** One event row, from `get events` or a describe's Events section. */
export function eventRecord(
  file: string,
  lineNo: number,
  values: Record<string, string>,
  context: { namespace?: string; object?: string; raw: string },
): ParsedRecord {
  const type = values.TYPE ?? values.Type ?? "";
  const reason = values.REASON ?? values.Reason ?? "";
  const message = values.MESSAGE ?? values.Message ?? "";
  const object =
    values.OBJECT ??
    (values.NAME && values.KIND ? `${values.KIND.toLowerCase()}/${values.NAME}` : (context.object ?? ""));
  const namespace = values.NAMESPACE ?? context.namespace;
  const fields: RecordFields = { type, reason, object, message };
  const count = leadingNumber(values.COUNT) ?? countOf(values["LAST SEEN"] ?? values.Age ?? values.AGE) ?? 1;
  fields.count = count;
  const from = values.SOURCE ?? values.From;
  if (from) fields.source = from;
  if (namespace) fields.namespace = namespace;
  return k8sRecord({
    file,
    line: lineNo,
    text: context.raw.trim(),
    level: eventLevel(type),
    kind: "k8s-event",
    fields,
    subject: subjectOfObject(object, namespace),
  });
}

function podRecord(file: string, lineNo: number, values: Record<string, string>, raw: string): ParsedRecord {
  const restarts = leadingNumber(values.RESTARTS) ?? 0;
  const status = values.STATUS ?? "";
  const fields: RecordFields = {
    name: values.NAME ?? "",
    ready: values.READY ?? "",
    status,
    restartCount: restarts,
  };
  if (values.AGE) fields.age = values.AGE;
  if (values.IP) fields.ip = values.IP;
  if (values.NODE) fields.node = values.NODE;
  if (values.NAMESPACE) fields.namespace = values.NAMESPACE;
  const subject: ParsedRecord["subject"] = { pod: values.NAME ?? "" };
  if (values.NAMESPACE) subject.namespace = values.NAMESPACE;
  if (values.NODE && values.NODE !== "<none>") subject.node = values.NODE;
  const level = statusLevel(status, restarts);
  return k8sRecord({ file, line: lineNo, text: raw.trim(), level, kind: "k8s-object", fields, subject });
}

function objectRecord(
  file: string,
  lineNo: number,
  values: Record<string, string>,
  raw: string,
): ParsedRecord {
  const fields: RecordFields = {};
  for (const [name, value] of Object.entries(values)) fields[fieldName(name)] = value;
  const status = values.STATUS;
  const subject: ParsedRecord["subject"] = {};
  if (values.NAMESPACE) subject.namespace = values.NAMESPACE;
  // `get nodes` has ROLES and VERSION; its NAME is a node.
  if (values.ROLES !== undefined && values.NAME) subject.node = values.NAME;
  return k8sRecord({
    file,
    line: lineNo,
    text: raw.trim(),
    level: statusLevel(status),
    kind: "k8s-object",
    fields,
    subject,
  });
}

/** A row of a `kubectl get` table as a record. */
export function tableRowRecord(file: string, lineNo: number, line: string, columns: Columns): ParsedRecord {
  const values = rowValues(line, columns);
  const names = columns.names;
  if (isEventTable(names)) return eventRecord(file, lineNo, values, { raw: line });
  if (names.includes("READY") && names.includes("STATUS") && names.includes("RESTARTS"))
    return podRecord(file, lineNo, values, line);
  return objectRecord(file, lineNo, values, line);
}
