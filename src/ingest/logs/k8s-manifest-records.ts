import type { RecordFields, RecordSubject } from "../../core/log-summary.js";
import { conditionLevel, k8sRecord, statusLevel } from "./k8s-record.js";
import type { Span } from "./manifest-positions.js";
import type { ParsedRecord } from "./records.js";

/**
 * The records one parsed Kubernetes object yields (its status, conditions, containers, or itself as an Event),
 * each citing and quoting the manifest lines that say it.
 */

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
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

/** How one object's records find and quote their lines: `at` takes a path below the object. */
export interface Cite {
  file: string;
  /** The document's first line: cited when nothing better is known. */
  line: number;
  at(path: readonly (string | number)[]): Span | undefined;
  quote(from: number, to: number): { text: string; endLine: number };
}

/** Lines to quote: at most this many from the first cited one, so a long message cannot swell evidence. */
export const MAX_QUOTED_LINES = 12;

/** A span from `start` through the last of `also` that lies within MAX_QUOTED_LINES of it. */
function spanOf(start: Span, also: (Span | undefined)[]): [number, number] {
  let end = start.line;
  for (const s of also)
    if (s && s.line >= start.line && s.line < start.line + MAX_QUOTED_LINES) end = Math.max(end, s.line);
  return [start.line, end];
}

/** What a record cites: the span found, else the object's first line, with its quote. */
function cited(
  ctx: Cite,
  span: [number, number] | undefined,
): { line: number; endLine: number; text: string } {
  const [from, to] = span ?? [ctx.line, ctx.line];
  const quoted = ctx.quote(from, to);
  return { line: from, endLine: quoted.endLine, text: quoted.text };
}

export function objectRecords(o: Obj, ctx: Cite): ParsedRecord[] {
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
  for (const list of ["initContainerStatuses", "containerStatuses"]) {
    arr(status[list]).forEach((cs, i) => {
      out.push(...containerOf(obj(cs), specContainers, subject, ctx, ["status", list, i]));
    });
  }
  arr(status.conditions).forEach((c, i) => {
    const cond = obj(c);
    const type = str(cond.type) ?? "";
    const value = str(cond.status) ?? "";
    const fields: RecordFields = { type, status: value };
    if (str(cond.reason)) fields.reason = str(cond.reason)!;
    if (str(cond.message)) fields.message = str(cond.message)!;
    const tail = [fields.reason, fields.message].filter(Boolean).join(": ");
    const item = ctx.at(["status", "conditions", i]);
    out.push(
      k8sRecord({
        file: ctx.file,
        ...cited(ctx, item ? [item.line, item.endLine] : undefined),
        message: `${kind} ${name} condition ${type}=${value}${tail ? ` ${tail}` : ""}`,
        level: conditionLevel(type, value),
        kind: "k8s-condition",
        fields,
        subject,
      }),
    );
  });
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
  // The object's own status lines (`phase: Failed`, `reason: Evicted`), else its name.
  const own = [ctx.at(["status", "phase"]), ctx.at(["status", "reason"]), ctx.at(["status", "message"])]
    .filter((p): p is Span => p !== undefined)
    .sort((a, b) => a.line - b.line);
  const named = ctx.at(["metadata", "name"]);
  out.unshift(
    k8sRecord({
      file: ctx.file,
      ...cited(ctx, own[0] ? spanOf(own[0], own) : named ? [named.line, named.line] : undefined),
      message: `${kind} ${name}${namespace ? ` (namespace ${namespace})` : ""}${shown.length ? `: ${shown.join(" ")}` : ""}`,
      level: statusLevel(str(status.reason) ?? phase),
      kind: "k8s-object",
      fields,
      subject,
    }),
  );
  return out;
}

/**
 * One record per state a container status reports (state, lastState), citing from the state's key through
 * its reason and exit code; restarts, readiness, limits and requests ride along as fields.
 */
function containerOf(
  cs: Obj,
  specContainers: Map<string, Obj>,
  podSubject: RecordSubject,
  ctx: Cite,
  path: (string | number)[],
): ParsedRecord[] {
  const name = str(cs.name) ?? "?";
  const restarts = typeof cs.restartCount === "number" ? cs.restartCount : 0;
  const base: RecordFields = {
    container: name,
    restartCount: restarts,
    ready: cs.ready === true ? "True" : "False",
  };
  const resources = specContainers.get(name) ?? {};
  const shown: string[] = [];
  for (const group of ["limits", "requests"]) {
    const entries = Object.entries(obj(resources[group])).filter(([, v]) => str(v) !== undefined);
    for (const [k, v] of entries) base[`${group}.${k}`] = str(v)!;
    if (entries.length) shown.push(`${group} ${entries.map(([k, v]) => `${k}=${str(v)}`).join(" ")}`);
  }
  const state = stateOf(cs.state);
  const last = stateOf(cs.lastState);
  const subject = { ...podSubject, container: name };
  const out: ParsedRecord[] = [];
  for (const [key, s] of [
    ["state", state],
    ["lastState", last],
  ] as const) {
    if (!s.name) continue;
    const fields: RecordFields = { ...base, [key]: s.name };
    if (s.reason) fields[`${key}Reason`] = s.reason;
    if (s.exitCode !== undefined) {
      fields[key === "state" ? "exitCode" : "lastExitCode"] = s.exitCode;
      if (key === "lastState" && state.exitCode === undefined) fields.exitCode = s.exitCode;
    }
    const detail = [s.reason, s.exitCode !== undefined ? `exit code ${s.exitCode}` : ""].filter(Boolean);
    const label = key === "state" ? "state" : "last state";
    const inner = [...path, key, s.name.toLowerCase()];
    const block = ctx.at([...path, key]);
    const failing = statusLevel(s.reason) === "ERROR";
    out.push(
      k8sRecord({
        file: ctx.file,
        ...cited(
          ctx,
          block &&
            spanOf(block, [
              ctx.at([...inner, "reason"]),
              ctx.at([...inner, "exitCode"]),
              ctx.at([...inner, "signal"]),
            ]),
        ),
        message: `Container ${name}: ${[`${label} ${s.name}${detail.length ? ` (${detail.join(", ")})` : ""}`, `restarts ${restarts}`, ...shown].join("; ")}`,
        level: failing
          ? "ERROR"
          : key === "lastState" || !last.name
            ? statusLevel(s.reason, restarts)
            : statusLevel(s.reason),
        kind: "k8s-container",
        fields,
        subject,
      }),
    );
  }
  if (out.length > 0) return out;
  const named = ctx.at([...path, "name"]);
  return [
    k8sRecord({
      file: ctx.file,
      ...cited(ctx, named ? [named.line, named.line] : undefined),
      message: `Container ${name}: restarts ${restarts}${shown.length ? `; ${shown.join("; ")}` : ""}`,
      level: statusLevel(undefined, restarts),
      kind: "k8s-container",
      fields: base,
      subject,
    }),
  ];
}

function eventOf(o: Obj, ctx: Cite): ParsedRecord {
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
  // The event's message says it; its reason is quoted with it when the two sit close together.
  const said = ctx.at(["message"]) ?? ctx.at(["note"]) ?? ctx.at(["reason"]);
  const why = ctx.at(["reason"]);
  const span: [number, number] | undefined = said
    ? why && Math.abs(why.line - said.line) < 4
      ? [Math.min(why.line, said.line), Math.max(why.line, said.endLine)]
      : [said.line, said.endLine]
    : undefined;
  return k8sRecord({
    file: ctx.file,
    ...cited(ctx, span),
    message: `${type} ${reason} ${objectName}: ${message}${count > 1 ? ` (x${count})` : ""}`,
    level: type === "Warning" ? "WARN" : "INFO",
    kind: "k8s-event",
    fields,
    subject,
    ...(Number.isNaN(ms) ? {} : { time: new Date(ms).toISOString() }),
  });
}
