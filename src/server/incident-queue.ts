import type { Incident } from "../core/incident.js";
import type { Run } from "../core/run.js";
import type { LogUpload } from "../core/workspace.js";
import type { AuditEntry } from "../security/audit/audit-entry.js";
import {
  type ActivityItem,
  type ExecuteIncident,
  type IncidentBook,
  type IncidentLink,
  type IncidentRecord,
  pushActivity,
} from "./api-incidents.js";
import { isWebUrl } from "./web-url.js";

/** http(s) only: the dashboard turns these into links, and no other scheme belongs in one. */
function addLink(record: IncidentRecord, link: IncidentLink, time: string): void {
  if (!isWebUrl(link.url) || record.links.some((l) => l.url === link.url)) return;
  record.links.push(link);
  pushActivity(record, { time, kind: "event", text: `delivered: ${link.label} ${link.url}` });
}

export interface IncidentRunnerOptions {
  book: IncidentBook;
  execute: ExecuteIncident;
  onRun?: (run: Run) => void;
  clock?: () => Date;
  log?: (msg: string, error?: unknown) => void;
}

export interface IncidentQueueOptions extends IncidentRunnerOptions {
  maxQueued?: number;
}

export interface IncidentQueue {
  submit(
    incident: Incident,
    via: string,
    logs?: LogUpload,
  ): { status: "queued"; id: string } | { status: "busy" };
  pending(): number;
  idle(): Promise<void>;
}

function auditActivity(entry: AuditEntry): ActivityItem {
  const kind = entry.kind === "tool-call" ? "tool-call" : "event";
  const what =
    entry.kind === "tool-call"
      ? `${entry.tool} ${entry.decision}: ${entry.reason ?? ""}`
      : (entry.reason ?? "");
  return {
    time: entry.time,
    kind,
    text: what.slice(0, 500),
    ...(entry.agent ? { agent: entry.agent } : {}),
    ...(entry.decision ? { decision: entry.decision } : {}),
  };
}

/** The error's first line, bounded: enough for on-call to act on, never a stack trace. */
export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n")[0]?.trim() ?? "";
  return (line || "unknown error").slice(0, 300);
}

/**
 * Runs one incident against its book record: its state changes and audit trail become the record's
 * activity, the memory it consulted its similar incidents, and a failure is recorded rather than thrown.
 */
export function createIncidentRunner(
  options: IncidentRunnerOptions,
): (record: IncidentRecord, logs?: LogUpload, execute?: ExecuteIncident) => Promise<void> {
  const clock = options.clock ?? (() => new Date());
  return async (record, logs, execute = options.execute) => {
    const now = () => clock().toISOString();
    record.status = "running";
    try {
      const result = await execute({
        incident: record.incident,
        ...(logs !== undefined ? { logs } : {}),
        onState: (state) => {
          record.state = state;
          pushActivity(record, { time: now(), kind: "state", text: state });
        },
      });
      for (const link of result.delivered ?? []) addLink(record, link, now());
      if (result.run === undefined) {
        record.state = result.state;
        record.status = "done";
        pushActivity(record, { time: now(), kind: "finished", text: `${result.state}: ${result.reason}` });
        options.book.save(record);
        return;
      }
      const { run } = result;
      if (result.similar) record.similar = result.similar;
      options.book.addAudit(result.audit);
      for (const entry of result.audit) if (entry.kind !== "seal") pushActivity(record, auditActivity(entry));
      // State changes arrived live, audit entries at the end: one timeline in time order (the sort is stable).
      record.activity.sort((x, y) => x.time.localeCompare(y.time));
      record.run = run;
      record.state = run.finalState;
      record.status = "done";
      pushActivity(record, { time: now(), kind: "finished", text: `${run.finalState}: ${run.reason}` });
      options.book.save(record);
      options.onRun?.(run);
    } catch (error) {
      record.status = "failed";
      record.error = failureReason(error);
      pushActivity(record, { time: now(), kind: "error", text: `run failed: ${record.error}` });
      options.book.save(record);
      options.log?.("incident run failed", error);
    }
  };
}

/**
 * Runs incidents one at a time (the audit chain continues from run to run, so runs must not interleave),
 * each looking memory up and feeding it inside the engine.
 */
export function createIncidentQueue(options: IncidentQueueOptions): IncidentQueue {
  const runOne = createIncidentRunner(options);
  const maxQueued = options.maxQueued ?? 20;
  let waiting = 0;
  let chain: Promise<void> = Promise.resolve();

  return {
    submit(incident, via, logs) {
      if (waiting >= maxQueued) return { status: "busy" };
      const record = options.book.open(incident, via);
      waiting += 1;
      chain = chain
        .then(() => runOne(record, logs))
        .finally(() => {
          waiting -= 1;
        });
      return { status: "queued", id: record.id };
    },
    pending: () => waiting,
    idle: () => chain,
  };
}
