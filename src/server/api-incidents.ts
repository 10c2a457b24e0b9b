import type { Incident } from "../core/incident.js";
import type { LogSummary } from "../core/log-summary.js";
import type { Run } from "../core/run.js";
import type { LogUpload } from "../core/workspace.js";
import type { MemoryMatch } from "../memory/index.js";
import type { AuditEntry } from "../security/audit/audit-entry.js";

export type IncidentStatus = "queued" | "running" | "done" | "failed";

export interface ActivityItem {
  time: string;
  kind: "received" | "state" | "tool-call" | "event" | "finished" | "error" | "human";
  text: string;
  agent?: string;
  decision?: "allowed" | "blocked";
}

/** One incident as the server shows it: the incident, its latest run, and everything that happened. */
export interface IncidentRecord {
  id: string;
  incident: Incident;
  via: string;
  status: IncidentStatus;
  state: string;
  receivedAt: string;
  updatedAt: string;
  run?: Run;
  similar: MemoryMatch[];
  activity: ActivityItem[];
  /** Links from delivery only, never from run or audit text (which strangers' logs can shape). */
  links: IncidentLink[];
  /** Why the run failed, in one line (never a stack trace). */
  error?: string;
  /**
   * Ids of alerts grouped into this incident (same service, SENTRY_ALERT_GROUP_BY_SERVICE): the alert route
   * answered with them before grouping was decided, so the book finds this incident by them too.
   */
  alertIds?: string[];
  /** A person took the incident (POST /api/incidents/:id/acknowledge). */
  acknowledged?: HumanMark;
  /** A person said whether the proposed fix worked (POST /api/incidents/:id/outcome). */
  fixOutcome?: HumanMark & { fixWorked: boolean };
}

/** The newest grouped alert ids kept per incident. */
export const MAX_GROUPED_ALERT_IDS = 50;

export interface HumanMark {
  at: string;
  by?: string;
  note?: string;
}

/** Where the book keeps its records across restarts (incident-store.ts: a JSONL file). */
export interface IncidentStore {
  /** Every incident kept, oldest first; `rejected` counts what could not be read. */
  load(): { records: IncidentRecord[]; rejected: number };
  save(record: IncidentRecord): void;
}

export interface IncidentBook {
  open(incident: Incident, via: string): IncidentRecord;
  get(id: string): IncidentRecord | undefined;
  list(): IncidentRecord[];
  /** Counts by state for /metrics: queued, running, or the run's final state. */
  states(): Record<string, number>;
  audit(): readonly AuditEntry[];
  addAudit(entries: readonly AuditEntry[]): void;
  /** Writes the record to the incident store, when there is one (after each change worth keeping). */
  save(record: IncidentRecord): void;
}

const MAX_ACTIVITY = 500;

/**
 * In memory and bounded; with a store, loaded from it at start and written to it on each change so a
 * restart shows the same incidents. GitHub issues and the audit log stay the system of record.
 */
export function createIncidentBook(
  options: { max?: number; clock?: () => Date; store?: IncidentStore; log?: (msg: string) => void } = {},
): IncidentBook {
  const max = options.max ?? 200;
  const clock = options.clock ?? (() => new Date());
  const { store } = options;
  const records = new Map<string, IncidentRecord>();
  if (store) {
    const loaded = store.load();
    for (const record of loaded.records.slice(-max)) records.set(record.id, record);
    if (loaded.rejected > 0) options.log?.(`incident store: ${loaded.rejected} unreadable line(s) skipped`);
  }
  const save = (record: IncidentRecord) => {
    try {
      store?.save(record);
    } catch (error) {
      // The run's outcome is in the audit log and memory already; a full disk must not fail the request.
      options.log?.(`incident store: cannot write ${record.id}: ${(error as Error).message}`);
    }
  };
  const auditEntries: AuditEntry[] = [];
  return {
    open(incident, via) {
      const now = clock().toISOString();
      const existing = records.get(incident.id);
      const record: IncidentRecord = existing
        ? { ...existing, incident, status: "queued", state: "RECEIVED", updatedAt: now }
        : {
            id: incident.id,
            incident,
            via,
            status: "queued",
            state: "RECEIVED",
            receivedAt: now,
            updatedAt: now,
            similar: [],
            activity: [],
            links: [],
          };
      // A new run of the same incident: what the last one said, and who took it, no longer hold.
      delete record.error;
      delete record.acknowledged;
      delete record.fixOutcome;
      record.activity.push({ time: now, kind: "received", text: `received via ${via}: ${incident.title}` });
      records.delete(incident.id);
      records.set(incident.id, record);
      while (records.size > max) records.delete(records.keys().next().value as string);
      save(record);
      return record;
    },
    get: (id) => records.get(id) ?? [...records.values()].find((r) => r.alertIds?.includes(id)),
    list: () => [...records.values()].reverse(),
    states() {
      const counts: Record<string, number> = {};
      for (const r of records.values()) {
        const key = r.status === "done" ? r.state : r.status;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    audit: () => auditEntries,
    addAudit(entries) {
      auditEntries.push(...entries);
      if (auditEntries.length > 20_000) auditEntries.splice(0, auditEntries.length - 20_000);
    },
    save,
  };
}

export function pushActivity(record: IncidentRecord, item: ActivityItem): void {
  record.activity.push(item);
  if (record.activity.length > MAX_ACTIVITY) record.activity.splice(0, record.activity.length - MAX_ACTIVITY);
  record.updatedAt = item.time;
}

/**
 * What one incident came to: a run, or (when the entry point handed it on instead of running it, as the
 * App does with SENTRY_HANDOFF=actions or an alert no routing rule claims) a final state and its reason.
 */
export type ExecuteResult =
  | {
      run: Run;
      audit: readonly AuditEntry[];
      logSummary?: LogSummary;
      /** Past incidents the run consulted (the engine looks memory up once, during the run). */
      similar?: MemoryMatch[];
      /** Where the run's results went (an issue, a pull request). */
      delivered?: IncidentLink[];
    }
  | { run?: undefined; state: string; reason: string; delivered?: IncidentLink[] };

/** A page the incident's results went to (its GitHub issue, a fix PR), as the server itself made it. */
export interface IncidentLink {
  label: string;
  url: string;
}

/** What runs one incident: built by the entry point from its settings (the engine's `runEngine` underneath). */
export type ExecuteIncident = (job: {
  incident: Incident;
  logs?: LogUpload;
  onState: (state: string) => void;
}) => Promise<ExecuteResult>;
