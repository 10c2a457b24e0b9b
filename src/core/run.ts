import { z } from "zod";
import { AgentRoleSchema, ToolNameSchema } from "./agent-role.js";
import { StoredDiagnosisSchema } from "./diagnosis.js";
import { type Incident, IncidentSchema, MONITORING_SOURCES } from "./incident.js";
import { ModeSchema } from "./mode.js";
import { ProposalSchema } from "./proposal.js";
import { TriageSchema } from "./triage.js";
import { UsageSchema } from "./usage.js";
import { VerificationSchema } from "./verification.js";

/**
 * How a run ended: what the pipeline did, never the alert's own state (that is `incident.status`, shown
 * beside it). Only NOTHING_WRONG and FIXED leave nobody anything to do.
 */
export const TERMINAL_STATES = [
  /** The evidence shows nothing wrong (and no alert is left unexplained). */
  "NOTHING_WRONG",
  /** A fix was proposed and checked, and awaits a person's review: nothing was changed. */
  "PROPOSED",
  /** A fix was applied and verified. */
  "FIXED",
  /** A person must act: no cause, no safe fix, or a failed check. */
  "ESCALATED",
  /** The security layer stopped the run (kill switch, breaker, budget). */
  "HALTED",
] as const;
export const RunOutcomeSchema = z.enum(TERMINAL_STATES);
export type RunOutcome = z.infer<typeof RunOutcomeSchema>;

export const PipelineStateSchema = z.enum([
  "RECEIVED",
  "TRIAGE",
  "DIAGNOSIS",
  "REMEDIATION",
  "VERIFICATION",
  ...TERMINAL_STATES,
]);
export type PipelineState = z.infer<typeof PipelineStateSchema>;

const ALERT_SOURCES: ReadonlySet<string> = new Set([...MONITORING_SOURCES, "generic"]);

/** True when the incident came from an alert (not uploaded logs, ChatOps or a sweep): its state is the alert's. */
export function fromAlert(incident: Pick<Incident, "source">): boolean {
  return ALERT_SOURCES.has(incident.source);
}

export function isTerminal(state: PipelineState): state is RunOutcome {
  return (TERMINAL_STATES as readonly string[]).includes(state);
}

/** True when a person has something to do after this outcome (review, act, or clear a halt). */
export function needsHuman(outcome: RunOutcome): boolean {
  return outcome !== "NOTHING_WRONG" && outcome !== "FIXED";
}

/**
 * Runs written before outcomes existed ended "RESOLVED", which meant "a fix was proposed" as often as
 * "nothing wrong": read them back as what they were, from the proposal they carry.
 */
export function legacyOutcome(proposal: { applied?: boolean } | undefined, verified: boolean): RunOutcome {
  if (!proposal) return "NOTHING_WRONG";
  return proposal.applied && verified ? "FIXED" : "PROPOSED";
}

/**
 * Whether a recorded state answers a state filter. A filter on the old "RESOLVED" finds the outcomes it used to
 * cover, and a record persisted as "RESOLVED" answers a filter on any of them.
 */
export function stateMatches(recorded: string, wanted: string): boolean {
  const want = wanted.toUpperCase();
  if (recorded === want) return true;
  const resolvedLike = ["NOTHING_WRONG", "PROPOSED", "FIXED"];
  if (want === "RESOLVED") return resolvedLike.includes(recorded);
  return recorded === "RESOLVED" && resolvedLike.includes(want);
}

function upgradeLegacyRun(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const run = raw as Record<string, unknown>;
  if (run.finalState !== "RESOLVED") return raw;
  const proposal = run.proposal as { applied?: boolean } | undefined;
  const verified = (run.verification as { outcome?: string } | undefined)?.outcome === "passed";
  const outcome = legacyOutcome(proposal, verified);
  const states = Array.isArray(run.states)
    ? run.states.map((s: { state?: unknown }) => (s?.state === "RESOLVED" ? { ...s, state: outcome } : s))
    : run.states;
  return { ...run, finalState: outcome, states };
}

export const StateVisitSchema = z.object({
  state: PipelineStateSchema,
  enteredAt: z.iso.datetime(),
  durationMs: z.number().nonnegative(),
  note: z.string().optional(),
});
export type StateVisit = z.infer<typeof StateVisitSchema>;

export const ToolDecisionSchema = z.enum(["allowed", "blocked"]);
export type ToolDecision = z.infer<typeof ToolDecisionSchema>;

/** One tool call as the security layer decided and recorded it (input already redacted). */
export const ToolCallRecordSchema = z.object({
  agent: AgentRoleSchema,
  agentId: z.string(),
  tool: z.union([ToolNameSchema, z.string()]),
  input: z.unknown(),
  decision: ToolDecisionSchema,
  reason: z.string(),
  rationale: z.string().optional(),
  outcome: z.enum(["ok", "denied", "error"]),
  durationMs: z.number().nonnegative(),
});
export type ToolCallRecord = z.infer<typeof ToolCallRecordSchema>;

export const AgentOutputSchema = z.object({
  agent: AgentRoleSchema,
  status: z.enum(["ok", "inconclusive", "failed"]),
  output: z.unknown().optional(),
  steps: z.number().int().nonnegative(),
  reason: z.string().optional(),
  usage: UsageSchema,
});
export type AgentOutput = z.infer<typeof AgentOutputSchema>;

/** How far the fixability score (capped by the mode) lets a run go. */
export const ReachSchema = z.enum(["diagnosis", "proposal", "patch"]);
export type Reach = z.infer<typeof ReachSchema>;

const RunObjectSchema = z.object({
  id: z.string(),
  incident: IncidentSchema,
  mode: ModeSchema,
  provider: z.string(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  states: z.array(StateVisitSchema),
  /** The run's outcome (see TERMINAL_STATES); the alert's own firing/resolved state is `incident.status`. */
  finalState: RunOutcomeSchema.describe(
    "The run's outcome: NOTHING_WRONG, PROPOSED (a fix awaits review), FIXED (applied and verified), ESCALATED (a person must act) or HALTED. The alert's own state is incident.status.",
  ),
  /** Why the run ended where it did, in words an on-call engineer can act on. */
  reason: z.string(),
  reach: ReachSchema.optional(),
  triage: TriageSchema.optional(),
  diagnosis: StoredDiagnosisSchema.optional(),
  proposal: ProposalSchema.optional(),
  verification: VerificationSchema.optional(),
  agentOutputs: z.array(AgentOutputSchema),
  toolCalls: z.array(ToolCallRecordSchema),
  usage: UsageSchema,
  /** Injection attempts the gateway found (and neutralised) in what models were shown, by source. */
  inputFlags: z.array(z.object({ source: z.string(), flags: z.array(z.string()) })).optional(),
});
/** A Run; one written before outcomes existed (finalState "RESOLVED") is read as its outcome. */
export const RunSchema = z.preprocess(upgradeLegacyRun, RunObjectSchema);
export type Run = z.infer<typeof RunObjectSchema>;
