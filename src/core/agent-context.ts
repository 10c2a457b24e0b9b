import type { Diagnosis } from "./diagnosis.js";
import type { Incident } from "./incident.js";
import type { LogSummary } from "./log-summary.js";
import type { Proposal } from "./proposal.js";
import type { Triage } from "./triage.js";

/** A finding of the failure-pattern library (src/knowledge): handed to models as a hint, never as the answer. */
export interface PatternHint {
  patternId: string;
  title: string;
  category: string;
  /** `match`: the words of the excerpt that the pattern matched, so a short view can show them. */
  evidence: { file: string; line: number; excerpt: string; match?: string }[];
}

/** A past incident that looks like this one (from memory). */
export interface SimilarIncident {
  runId: string;
  title: string;
  category: string;
  rootCause: string;
  fixWorked?: boolean;
  score: number;
}

/**
 * Everything an agent is shown besides its conversation. Providers render it: models get it as text wrapped
 * as untrusted data; the offline provider reads the structure directly.
 */
export interface AgentContext {
  incident: Incident;
  logSummary?: LogSummary;
  /** Repository files (relative paths), capped; absent without a repo. */
  repoFiles?: string[];
  triage?: Triage;
  diagnosis?: Diagnosis;
  proposal?: Proposal;
  /**
   * Repository files the Detective cited as evidence, with the content its read_file calls returned (so every
   * read went through the security layer under its identity). The Surgeon may not read files itself (least
   * privilege: apply_patch and restart_service only), so this is what it writes its exact diff against.
   */
  evidenceFiles?: { path: string; content: string }[];
  hints: PatternHint[];
  similar: SimilarIncident[];
}
