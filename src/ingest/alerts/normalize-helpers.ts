import type { z } from "zod";
import type { Incident, Severity } from "../../core/incident.js";
import { incidentIdFor } from "./fingerprint.js";
import { memoizeString } from "./memo.js";

/** What a normalizer returns: incidents (possibly none, for notifications that carry no alert) or why not. */
export type NormalizeResult =
  | { status: "ok"; incidents: Incident[] }
  | {
      status: "invalid";
      path: string;
      reason: string /** Over an intake limit (HTTP 422), not malformed. */;
      limit?: true;
    };

export interface NormalizeOptions {
  /** Used when a payload carries no start time of its own. */
  now: Date;
  /**
   * The body is `JSON.parse` output (plain objects, own string keys, no accessors): a normalizer may check
   * its shape without zod where that check is exactly the schema's (sources/alertmanager-shape.ts).
   */
  fromJsonText?: boolean;
}

export function invalidFromZod(error: z.ZodError, prefix = ""): NormalizeResult {
  const issue = error.issues[0];
  const parts = [prefix, ...(issue?.path ?? []).map(String)].filter((p) => p !== "");
  return {
    status: "invalid",
    path: parts.length > 0 ? parts.join(".") : "(body)",
    reason: issue?.message ?? "invalid payload",
  };
}

export function ok(incidents: Incident[]): NormalizeResult {
  return { status: "ok", incidents };
}

const SEVERITY_WORDS: Record<string, Severity> = {
  critical: "P1",
  crit: "P1",
  fatal: "P1",
  emergency: "P1",
  page: "P1",
  p1: "P1",
  high: "P2",
  error: "P2",
  major: "P2",
  p2: "P2",
  warning: "P3",
  warn: "P3",
  medium: "P3",
  moderate: "P3",
  p3: "P3",
  info: "P4",
  low: "P4",
  minor: "P4",
  debug: "P4",
  none: "P4",
  p4: "P4",
  p5: "P4",
};

/** The severity a vendor's word names, or undefined when it names none we know. */
export function knownSeverity(value: string | null | undefined): Severity | undefined {
  return value ? SEVERITY_WORDS[value.trim().toLowerCase()] : undefined;
}

/** Maps the vendors' many severity words to P1–P4; `fallback` when absent or unknown. */
export function severityFrom(value: string | null | undefined, fallback: Severity = "P3"): Severity {
  if (!value) return fallback;
  return SEVERITY_WORDS[value.trim().toLowerCase()] ?? fallback;
}

/**
 * ISO-8601 with offset from the vendors' formats: RFC 3339 (Go's zero time `0001-01-01…` means "unset"),
 * `+0000` offsets (CloudWatch), epoch seconds or milliseconds as numbers or strings (Datadog, Sentry).
 */
export function isoTime(value: unknown): string | undefined {
  return typeof value === "string" ? isoTimeOfText(value) : isoTimeOf(value);
}

/** Vendors resend the same start time with every repeat of an alert. */
const isoTimeOfText = memoizeString((value: string) => isoTimeOf(value), 1000);

function isoTimeOf(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  let date: Date;
  if (typeof value === "number" || (typeof value === "string" && /^\d+(\.\d+)?$/.test(value))) {
    const n = Number(value);
    date = new Date(n < 1e11 ? n * 1000 : n);
  } else if (typeof value === "string") {
    if (value.startsWith("0001-01-01")) return undefined;
    date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  } else {
    return undefined;
  }
  const time = date.getTime();
  if (Number.isNaN(time) || time <= 0 || time > 8.64e15) return undefined;
  return date.toISOString();
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function title(text: string | undefined, fallback: string): string {
  const trimmed = (text ?? "").trim();
  return clip(trimmed.length > 0 ? trimmed : fallback, 500);
}

export function description(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  return clip(text, 20_000);
}

/** Labels are strings only: numbers and booleans are stringified, nested values dropped. */
export function stringLabels(record: Record<string, unknown> | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!record) return out;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string") out[key] = value;
    else if (typeof value === "number" || typeof value === "boolean") out[key] = String(value);
  }
  return out;
}

export interface IncidentParts {
  source: Incident["source"];
  fingerprint: string;
  severity: Severity;
  title: string;
  description?: string | undefined;
  service?: string | undefined;
  labels: Record<string, string>;
  startedAt: string;
  endedAt?: string | undefined;
  status: Incident["status"];
  raw: unknown;
}

/** One place that derives the id and drops absent optional fields, so every normalizer emits the same shape. */
export function buildIncident(parts: IncidentParts): Incident {
  const incident: Incident = {
    id: incidentIdFor(parts.fingerprint),
    fingerprint: parts.fingerprint,
    source: parts.source,
    severity: parts.severity,
    title: title(parts.title, parts.fingerprint),
    labels: parts.labels,
    startedAt: parts.startedAt,
    status: parts.status,
    raw: parts.raw,
  };
  const desc = description(parts.description);
  if (desc !== undefined) incident.description = desc;
  if (parts.service) incident.service = parts.service;
  if (parts.endedAt) incident.endedAt = parts.endedAt;
  return incident;
}
