import { z } from "zod";
import { renamedKey } from "../core/legacy-key.js";
import type { LogSummary } from "../core/log-summary.js";
import type { Run } from "../core/run.js";

const MAX_TEMPLATES = 30;

export const MemoryFixSchema = z.object({
  /** Files the patch touched (from its `+++ b/…` headers). */
  files: z.array(z.string()).max(50),
  restart: z.string().optional(),
  rationale: z.string().max(4_000),
  patch: z.string().max(50_000).optional(),
});
export type MemoryFix = z.infer<typeof MemoryFixSchema>;

/** One finished run as memory keeps it: what came in, what was found, what was done. */
export const MemoryEntrySchema = z.object({
  kind: z.literal("run"),
  runId: z.string().min(1).max(200),
  storedAt: z.iso.datetime({ offset: true }),
  incidentId: z.string().min(1).max(64),
  fingerprint: z.string().min(1),
  title: z.string().min(1).max(500),
  service: z.string().max(200).optional(),
  source: z.string().max(40),
  severity: z.string().max(4),
  labels: z.record(z.string(), z.string()),
  finalState: z.string().max(20),
  category: z.string().max(40),
  summary: z.string().max(2_000),
  rootCause: z.string().max(4_000),
  /** Failure-pattern ids that matched: the strongest "same problem again" signal after the fingerprint. */
  patterns: z.array(z.string().max(100)).max(20),
  /** Error and warning templates of the condensed logs (placeholders as `<*>`). */
  templates: z.array(z.string().max(500)).max(MAX_TEMPLATES),
  fix: MemoryFixSchema.optional(),
  /** Set later, when someone (or a merged fix that held) confirms whether the fix worked. */
  fixWorked: z.boolean().optional(),
});
export type MemoryEntry = z.infer<typeof MemoryEntrySchema>;

/** Appended after the fact: the store is append-only, so a confirmation is a line of its own. */
export const MemoryOutcomeSchema = z.object({
  kind: z.literal("outcome"),
  runId: z.string().min(1).max(200),
  fixWorked: z.boolean(),
  at: z.iso.datetime({ offset: true }),
  note: z.string().max(1_000).optional(),
});
export type MemoryOutcome = z.infer<typeof MemoryOutcomeSchema>;

/** Memory files written before the rename carry `signatures` on their entries. */
export const MemoryLineSchema = z.preprocess(
  renamedKey("signatures", "patterns"),
  z.discriminatedUnion("kind", [MemoryEntrySchema, MemoryOutcomeSchema]),
);
export type MemoryLine = z.infer<typeof MemoryLineSchema>;

function patchedFiles(patch: string | undefined): string[] {
  if (!patch) return [];
  const files = new Set<string>();
  for (const match of patch.matchAll(/^\+\+\+ b\/(.+)$/gm)) if (match[1]) files.add(match[1].trim());
  return [...files];
}

/** Error-ish templates only: INFO noise would make every web service look like every other. */
export function errorTemplates(summary: LogSummary | undefined): string[] {
  if (!summary) return [];
  return summary.kept
    .filter((t) => t.level === "ERROR" || t.level === "FATAL" || t.level === "WARN")
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_TEMPLATES)
    .map((t) => t.template.slice(0, 500));
}

/**
 * Only runs that reached a diagnosis are worth recalling: a run that failed before one (provider down,
 * breaker open) says nothing about the problem, and would come back first on its fingerprint.
 */
export function worthRemembering(run: Run): boolean {
  return run.diagnosis !== undefined;
}

/** What memory keeps of a finished run. */
export function memoryEntryFromRun(run: Run, logSummary?: LogSummary, storedAt = new Date()): MemoryEntry {
  const { incident, diagnosis, proposal } = run;
  const fix: MemoryFix | undefined = proposal
    ? {
        files: patchedFiles(proposal.patch),
        ...(proposal.restart ? { restart: proposal.restart.service } : {}),
        rationale: proposal.rationale,
        ...(proposal.patch && proposal.patch.length <= 50_000 ? { patch: proposal.patch } : {}),
      }
    : undefined;
  const verified = run.verification?.outcome;
  return {
    kind: "run",
    runId: run.id,
    storedAt: storedAt.toISOString(),
    incidentId: incident.id,
    fingerprint: incident.fingerprint,
    title: incident.title,
    ...(incident.service ? { service: incident.service } : {}),
    source: incident.source,
    severity: diagnosis?.severity ?? incident.severity,
    labels: incident.labels,
    finalState: run.finalState,
    category: diagnosis?.category ?? "unknown",
    summary: (diagnosis?.summary ?? run.reason).slice(0, 2_000),
    rootCause: diagnosis?.rootCause ?? "",
    patterns: diagnosis?.patterns ?? [],
    templates: errorTemplates(logSummary),
    ...(fix ? { fix } : {}),
    // A fix applied and verified in the same run counts as worked; a proposal waits for confirmation.
    ...(fix && proposal?.applied && verified === "passed" ? { fixWorked: true } : {}),
  };
}
