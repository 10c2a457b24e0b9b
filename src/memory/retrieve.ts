import MiniSearch from "minisearch";
import type { SimilarIncident } from "../core/agent-context.js";
import type { Incident } from "../core/incident.js";
import type { LogSummary } from "../core/log-summary.js";
import { errorTemplates, type MemoryEntry, type MemoryFix } from "./memory-entry.js";

/** What an incident is looked up by. */
export interface MemoryQuery {
  fingerprint?: string;
  /** Failure-pattern ids seen in this incident's alert and logs. */
  patterns?: string[];
  title?: string;
  service?: string;
  labels?: Record<string, string>;
  templates?: string[];
  /** Free text (a root cause, a search box). */
  text?: string;
}

export type MatchReason = "fingerprint" | "pattern" | "text";

export interface MemoryMatch extends SimilarIncident {
  matchedBy: MatchReason;
  incidentId: string;
  storedAt: string;
  fix?: MemoryFix;
  /** How many remembered runs of this incident matched; the best-ranked one stands for them all. */
  runs?: number;
}

export interface FindOptions {
  limit?: number;
  /** Text matches containing less than this share of the query's terms are left out. */
  minScore?: number;
}

// Words that occur in nearly every incident carry no signal for "is this the same problem".
const STOP = new Set(
  "the a an and or of to in on for at by is was be with from as it its this that not no error failed warn warning info level msg".split(
    " ",
  ),
);

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (t.length < 2 || STOP.has(t) || /^\d{5,}$/.test(t)) return null;
  return t;
}

const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

const FIELDS = ["title", "service", "labels", "templates", "rootCause", "category", "patterns"] as const;
type Field = (typeof FIELDS)[number];

function distinctTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) terms.add(term);
  }
  return terms;
}

// Labels every alert carries (its severity, links to the graph and runbook) say nothing about which problem it is:
// a 5xx alert and an OOM both have "severity critical" and a Prometheus generatorURL.
const NOISE_LABEL = /^(severity|priority|alertname|.*url|.*_url|.*link)$/i;

/** Label values that identify a problem (service, pod, container, job), without keys, URLs or severities. */
function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .filter(([key, value]) => !NOISE_LABEL.test(key) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    .map(([, value]) => value)
    .join(" ");
}

function documentOf(entry: MemoryEntry): Record<Field | "id", string> {
  return {
    id: entry.runId,
    title: entry.title,
    service: entry.service ?? "",
    labels: labelText(entry.labels),
    templates: entry.templates.join("\n"),
    rootCause: `${entry.summary}\n${entry.rootCause}`,
    category: entry.category.replaceAll("_", " "),
    patterns: entry.patterns.join(" ").replaceAll("-", " "),
  };
}

function queryText(query: MemoryQuery): string {
  return [
    query.title ?? "",
    query.service ?? "",
    labelText(query.labels ?? {}),
    ...(query.templates ?? []),
    (query.patterns ?? []).join(" ").replaceAll("-", " "),
    query.text ?? "",
  ].join("\n");
}

/** The query memory is searched with for a new incident, before any agent has run. */
export function queryFromIncident(
  incident: Incident,
  logSummary?: LogSummary,
  patterns: readonly string[] = [],
): MemoryQuery {
  return {
    fingerprint: incident.fingerprint,
    patterns: [...patterns],
    title: incident.title,
    ...(incident.service ? { service: incident.service } : {}),
    labels: incident.labels,
    templates: errorTemplates(logSummary),
    ...(incident.description ? { text: incident.description } : {}),
  };
}

function toMatch(entry: MemoryEntry, score: number, matchedBy: MatchReason): MemoryMatch {
  return {
    runId: entry.runId,
    incidentId: entry.incidentId,
    storedAt: entry.storedAt,
    title: entry.title,
    category: entry.category,
    rootCause: entry.rootCause || entry.summary,
    ...(entry.fixWorked === undefined ? {} : { fixWorked: entry.fixWorked }),
    ...(entry.fix ? { fix: entry.fix } : {}),
    score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    matchedBy,
  };
}

const TIER: Record<MatchReason, number> = { fingerprint: 0, pattern: 1, text: 2 };
// Within the same problem, a fix known to work comes first, an unconfirmed one next, a failed one last.
const fixRank = (m: MemoryMatch) => (m.fixWorked === true ? 0 : m.fixWorked === undefined ? 1 : 2);

/**
 * Ranks past incidents against a query: exact fingerprint matches first, then shared failure patterns,
 * then BM25 over titles, labels, log templates and root causes. Within the first two tiers a fix that is
 * confirmed to have worked is offered first. BM25 orders; the score shown (0..1) is the share of the query's
 * distinct terms the past incident contains (1 for a fingerprint match), which people can read.
 */
export function rankSimilar(
  entries: readonly MemoryEntry[],
  query: MemoryQuery,
  options: FindOptions = {},
): MemoryMatch[] {
  const limit = options.limit ?? 5;
  const minScore = options.minScore ?? 0.1;
  if (entries.length === 0) return [];
  const byId = new Map(entries.map((e) => [e.runId, e]));
  const index = new MiniSearch<Record<Field | "id", string>>({
    fields: [...FIELDS],
    processTerm,
    searchOptions: {
      boost: { title: 2, templates: 1.5, patterns: 2, category: 1.5 },
      combineWith: "OR",
    },
  });
  index.addAll([...byId.values()].map(documentOf));
  const text = queryText(query);
  const queryTerms = distinctTerms(text);
  const bm25 = new Map<string, { raw: number; coverage: number }>();
  for (const hit of queryTerms.size > 0 ? index.search(text) : []) {
    bm25.set(String(hit.id), { raw: hit.score, coverage: new Set(hit.queryTerms).size / queryTerms.size });
  }
  const patterns = new Set(query.patterns ?? []);
  const ranked: { match: MemoryMatch; raw: number }[] = [];
  for (const entry of byId.values()) {
    const { raw, coverage } = bm25.get(entry.runId) ?? { raw: 0, coverage: 0 };
    if (query.fingerprint && entry.fingerprint === query.fingerprint) {
      ranked.push({ match: toMatch(entry, 1, "fingerprint"), raw });
    } else if (entry.patterns.some((s) => patterns.has(s))) {
      ranked.push({ match: toMatch(entry, Math.max(coverage, 0.5), "pattern"), raw });
    } else if (raw > 0 && coverage >= minScore && !knownToDiffer(entry, patterns)) {
      ranked.push({ match: toMatch(entry, coverage, "text"), raw });
    }
  }
  ranked.sort(
    (a, b) =>
      TIER[a.match.matchedBy] - TIER[b.match.matchedBy] ||
      (a.match.matchedBy === "text" ? 0 : fixRank(a.match) - fixRank(b.match)) ||
      b.raw - a.raw ||
      b.match.storedAt.localeCompare(a.match.storedAt),
  );
  return onePerIncident(ranked.map((r) => r.match)).slice(0, limit);
}

/**
 * When the scanner recognised a failure on both sides and the two share none, they are different problems
 * however many words they share (an OOM and a 5xx storm on the same cluster): no text match between them.
 * Fingerprint and pattern matches are unaffected.
 */
function knownToDiffer(past: MemoryEntry, now: ReadonlySet<string>): boolean {
  if (now.size === 0) return false;
  // A past all-clear is no precedent for a failure the scanner recognised.
  if (past.patterns.length === 0) return past.category === "none";
  return !past.patterns.some((s) => now.has(s));
}

/** One line per past incident: the best-ranked run of each, so a recurring incident is listed once. */
function onePerIncident(matches: readonly MemoryMatch[]): MemoryMatch[] {
  const kept = new Map<string, MemoryMatch>();
  for (const match of matches) {
    const first = kept.get(match.incidentId);
    if (first) first.runs = (first.runs ?? 1) + 1;
    else kept.set(match.incidentId, { ...match });
  }
  return [...kept.values()];
}

/** The shape agents are given (AgentContext.similar): read-only data, no handle on the store. */
export function toSimilarIncident(match: MemoryMatch): SimilarIncident {
  return {
    runId: match.runId,
    title: match.title,
    category: match.category,
    rootCause: match.rootCause,
    ...(match.fixWorked === undefined ? {} : { fixWorked: match.fixWorked }),
    score: match.score,
  };
}
