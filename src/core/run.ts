import { z } from "zod";
import { AgentRoleSchema, ToolNameSchema } from "./agent-role.js";
import { DiagnosisSchema } from "./diagnosis.js";
import { IncidentSchema } from "./incident.js";
import { ModeSchema } from "./mode.js";
import { ProposalSchema } from "./proposal.js";
import { TriageSchema } from "./triage.js";
import { UsageSchema } from "./usage.js";
import { VerificationSchema } from "./verification.js";

export const PipelineStateSchema = z.enum([
  "RECEIVED",
  "TRIAGE",
  "DIAGNOSIS",
  "REMEDIATION",
  "VERIFICATION",
  "RESOLVED",
  "ESCALATED",
  "HALTED",
]);
export type PipelineState = z.infer<typeof PipelineStateSchema>;
export const TERMINAL_STATES = [
  "RESOLVED",
  "ESCALATED",
  "HALTED",
] as const satisfies readonly PipelineState[];

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

export const RunSchema = z.object({
  id: z.string(),
  incident: IncidentSchema,
  mode: ModeSchema,
  provider: z.string(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  states: z.array(StateVisitSchema),
  finalState: z.enum(TERMINAL_STATES),
  /** Why the run ended where it did, in words an on-call engineer can act on. */
  reason: z.string(),
  reach: ReachSchema.optional(),
  triage: TriageSchema.optional(),
  diagnosis: DiagnosisSchema.optional(),
  proposal: ProposalSchema.optional(),
  verification: VerificationSchema.optional(),
  agentOutputs: z.array(AgentOutputSchema),
  toolCalls: z.array(ToolCallRecordSchema),
  usage: UsageSchema,
  /** Injection attempts the gateway found (and neutralised) in what models were shown, by source. */
  inputFlags: z.array(z.object({ source: z.string(), flags: z.array(z.string()) })).optional(),
});
export type Run = z.infer<typeof RunSchema>;
