import { legacyOutcome, type Run, stateMatches } from "../../core/run.js";
import type { ActivityItem, IncidentLink, IncidentRecord } from "../api-incidents.js";
import { isWebUrl } from "../web-url.js";

export { isWebUrl };

/** How a label reads at a glance; the dashboard gives each a colour and always prints the word too. */
export type Tone = "ok" | "warn" | "bad" | "info";

export interface Outcome {
  label: string;
  tone: Tone;
  /** Why it ended there, in the run's own words (or the failure). */
  reason?: string;
}

const TONES: Record<string, Tone> = {
  NOTHING_WRONG: "ok",
  FIXED: "ok",
  PROPOSED: "warn",
  ESCALATED: "bad",
  HALTED: "bad",
  FAILED: "bad",
  QUEUED: "info",
  RUNNING: "info",
};

/**
 * The run's outcome by name. RunSchema already upgrades a stored RESOLVED run; one that only the store's
 * loose reading accepted still says RESOLVED, and is named by core's same rule.
 */
export function runOutcome(run: Run): string {
  const state: string = run.finalState;
  if (state !== "RESOLVED") return state;
  return legacyOutcome(run.proposal, run.verification?.outcome === "passed");
}

/** What the dashboard shows as the incident's outcome: FAILED with its reason when the run crashed. */
export function outcomeLabel(record: IncidentRecord): Outcome {
  if (record.status === "failed")
    return { label: "FAILED", tone: "bad", reason: record.error ?? "the run failed" };
  if (record.status === "queued") return { label: "QUEUED", tone: "info" };
  if (record.status === "running") return { label: "RUNNING", tone: "info", reason: `at ${record.state}` };
  if (!record.run) {
    const last = record.activity.filter((a) => a.kind === "finished").at(-1);
    const reason = last?.text.replace(/^[A-Z_]+: /, "");
    return { label: record.state, tone: TONES[record.state] ?? "info", ...(reason ? { reason } : {}) };
  }
  const label = runOutcome(record.run);
  return { label, tone: TONES[label] ?? "warn", reason: record.run.reason };
}

/** The alert's own state (firing / resolved), shown beside the outcome and never replaced by it. */
export function alertState(record: IncidentRecord): string {
  return record.incident.status;
}

/** Links to the alert's source (generatorURL, Grafana's panel URL…) and runbook, when they are web URLs. */
export function alertLinks(record: IncidentRecord): IncidentLink[] {
  const { labels } = record.incident;
  const candidates: IncidentLink[] = [
    { label: "Alert source", url: labels.generatorURL ?? labels.url ?? "" },
    { label: "Runbook", url: labels.runbook_url ?? labels.runbook ?? "" },
    { label: "Dashboard", url: labels.dashboardURL ?? labels.panelURL ?? "" },
  ];
  return candidates.filter((l) => isWebUrl(l.url));
}

/**
 * Agent and tool internals ("triage: agent ended: credential revoked", every tool call): what on-call
 * needs is the received / state / finished / human line; the rest shows on request.
 */
export function isPlumbing(item: ActivityItem): boolean {
  if (item.kind === "tool-call") return true;
  return item.kind === "event" && item.agent !== undefined;
}

export function incidentSummary(record: IncidentRecord) {
  const { run } = record;
  return {
    id: record.id,
    title: record.incident.title,
    severity: run?.diagnosis?.severity ?? record.incident.severity,
    service: record.incident.service,
    source: record.incident.source,
    via: record.via,
    status: record.status,
    state: record.state,
    outcome: outcomeLabel(record),
    alertState: alertState(record),
    /** The same, under the name the API documented first. */
    alertStatus: alertState(record),
    category: run?.diagnosis?.category,
    summary: run?.diagnosis?.summary,
    receivedAt: record.receivedAt,
    updatedAt: record.updatedAt,
    links: [...alertLinks(record), ...record.links.filter((l) => isWebUrl(l.url))],
    acknowledged: record.acknowledged,
    fixOutcome: record.fixOutcome,
  };
}

/** Similar incidents once each: memory can hold one run several times (re-runs of the same alert). */
function distinctSimilar(record: IncidentRecord) {
  const seen = new Set<string>();
  return record.similar.filter((s) => {
    const key = s.runId === record.run?.id ? "" : `${s.incidentId ?? s.runId}`;
    if (key === "" || seen.has(key) || s.incidentId === record.id) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The activity with plumbing marked, and the run's closing line naming the outcome the page shows (a line
 * stored by an older version says RESOLVED, also for a fix only proposed).
 */
function namedActivity(record: IncidentRecord) {
  const items = record.activity.map((a) => ({ ...a, plumbing: isPlumbing(a) }));
  const { run } = record;
  const last = items.map((a) => a.kind).lastIndexOf("finished");
  const closing = items[last];
  if (run && closing?.text.startsWith(`${run.finalState}: `))
    items[last] = { ...closing, text: `${runOutcome(run)}${closing.text.slice(run.finalState.length)}` };
  return items;
}

export function incidentDetail(record: IncidentRecord) {
  return {
    ...incidentSummary(record),
    incident: record.incident,
    run: record.run,
    similar: distinctSimilar(record),
    activity: namedActivity(record),
    error: record.error,
  };
}

export interface IncidentFilter {
  state?: string | undefined;
  severity?: string | undefined;
  service?: string | undefined;
  q?: string | undefined;
}

/** state matches the outcome, the pipeline state, the run status or the alert's state, case-insensitively. */
export function matchesFilter(record: IncidentRecord, filter: IncidentFilter): boolean {
  const s = incidentSummary(record);
  if (filter.state) {
    const want = filter.state.toUpperCase();
    const states = [s.outcome.label, s.state, s.status, s.alertState, s.acknowledged ? "ACKNOWLEDGED" : ""];
    // stateMatches reads runs stored before the outcomes were named (RESOLVED) under both names.
    if (!states.some((x) => stateMatches(x.toUpperCase(), want))) return false;
  }
  if (filter.severity && s.severity !== filter.severity.toUpperCase()) return false;
  if (filter.service && s.service !== filter.service) return false;
  if (filter.q) {
    const haystack = [s.title, s.service, s.summary, s.category, s.id, record.incident.description]
      .filter(Boolean)
      .join("\n")
      .toLowerCase();
    if (
      !filter.q
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => haystack.includes(w))
    )
      return false;
  }
  return true;
}
