import type { RecordFields, RecordSubject } from "../../core/log-summary.js";
import { k8sRecord, leadingNumber, statusLevel } from "./k8s-record.js";
import type { ParsedRecord } from "./records.js";

/** A container section of `kubectl describe` as the reader collects it: values by key and the lines kept. */
export interface Container {
  name: string;
  line: number;
  endLine: number;
  values: Record<string, string>;
  /** The file line of each key (`Last State`, `Last State.Reason`), so records cite where it is said. */
  at: Record<string, number>;
  raw: Map<number, string>;
  sub: string;
}

/** Lines `from`..`to` as the file has them (common indentation taken off), cut where one was not kept. */
export function quote(raw: Map<number, string>, from: number, to: number): { text: string; endLine: number } {
  const lines: string[] = [];
  let end = from;
  for (let n = from; n <= to; n++) {
    const line = raw.get(n);
    if (line === undefined) break;
    lines.push(line.trimEnd());
    end = n;
  }
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length),
  );
  // Past MAX_KEPT_LINES a line may not have been kept: the caller's words stand in for it.
  if (!Number.isFinite(indent)) return { text: "", endLine: from };
  return { text: lines.map((l) => l.slice(indent)).join("\n"), endLine: end };
}

/** The sub-keys of a state that say what happened to the container, in the order describe prints them. */
const STATE_DETAIL = ["Reason", "Message", "Exit Code", "Signal"];

/**
 * One record per state a container reports (State, Last State), each citing and quoting the lines that say
 * it (`Last State: Terminated` / `Reason: OOMKilled` / `Exit Code: 137`); the container's restarts, readiness,
 * limits and requests ride along as fields, and the message is the summary templates are mined from.
 */
export function containerRecords(file: string, c: Container, subject: RecordSubject): ParsedRecord[] {
  const v = c.values;
  const restarts = leadingNumber(v["Restart Count"]) ?? 0;
  const base: RecordFields = { container: c.name, restartCount: restarts };
  if (v.Ready) base.ready = v.Ready;
  const resources: string[] = [];
  for (const group of ["Limits", "Requests"]) {
    const entries = Object.entries(v).filter(([k]) => k.startsWith(`${group}.`));
    for (const [k, value] of entries) base[`${group.toLowerCase()}.${k.slice(group.length + 1)}`] = value;
    if (entries.length > 0)
      resources.push(
        `${group.toLowerCase()} ${entries.map(([k, value]) => `${k.slice(group.length + 1)}=${value}`).join(" ")}`,
      );
  }
  const stateExit = v["State.Exit Code"];
  const out: ParsedRecord[] = [];
  for (const [label, key] of [
    ["State", "state"],
    ["Last State", "lastState"],
  ] as const) {
    const start = c.at[label];
    if (!v[label] || start === undefined) continue;
    const fields: RecordFields = { ...base, [key]: v[label]! };
    const reason = v[`${label}.Reason`];
    const exit = v[`${label}.Exit Code`];
    if (reason) fields[`${key}Reason`] = reason;
    if (exit !== undefined && /^-?\d+$/.test(exit)) {
      fields[key === "state" ? "exitCode" : "lastExitCode"] = Number(exit);
      // The last exit code is the container's when it is not running now to have one of its own.
      if (key === "lastState" && stateExit === undefined) fields.exitCode = Number(exit);
    }
    const detail = [reason, exit !== undefined ? `exit code ${exit}` : undefined].filter(Boolean).join(", ");
    const summary = [
      `${label.toLowerCase()} ${v[label]}${detail ? ` (${detail})` : ""}`,
      `restarts ${restarts}`,
      ...resources,
    ];
    const last = Math.max(start, ...STATE_DETAIL.map((d) => c.at[`${label}.${d}`] ?? 0));
    const cited = quote(c.raw, start, last);
    const failing = statusLevel(reason) === "ERROR";
    const level = failing
      ? "ERROR"
      : key === "lastState" || !v["Last State"]
        ? statusLevel(reason, restarts)
        : statusLevel(reason);
    out.push(
      k8sRecord({
        file,
        line: start,
        endLine: cited.endLine,
        text: cited.text || `${label}: ${v[label]}`,
        message: `Container ${c.name}: ${summary.join("; ")}`,
        level,
        kind: "k8s-container",
        fields,
        subject: { ...subject, container: c.name },
      }),
    );
  }
  if (out.length > 0) return out;
  // No state printed (a template, a pod not yet scheduled): the container's own line is what there is.
  return [
    k8sRecord({
      file,
      line: c.line,
      text: c.raw.get(c.line)?.trim() ?? `${c.name}:`,
      message: `Container ${c.name}: restarts ${restarts}${resources.length ? `; ${resources.join("; ")}` : ""}`,
      level: statusLevel(undefined, restarts),
      kind: "k8s-container",
      fields: base,
      subject: { ...subject, container: c.name },
    }),
  ];
}
