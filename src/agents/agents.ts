import { DiagnosisSchema } from "../core/diagnosis.js";
import { SurgeonResultSchema } from "../core/proposal.js";
import { TriageSchema } from "../core/triage.js";
import { VerificationSchema } from "../core/verification.js";
import type { AgentDefinition } from "./agent-definition.js";
import { DETECTIVE_PROMPT, SURGEON_PROMPT, TRIAGE_PROMPT, VALIDATOR_PROMPT } from "./prompts.js";

export const triage = {
  role: "triage",
  effort: "low",
  prompt: TRIAGE_PROMPT,
  outputSchema: TriageSchema,
  maxSteps: 8,
} as const satisfies AgentDefinition;

export const detective = {
  role: "detective",
  effort: "high",
  prompt: DETECTIVE_PROMPT,
  outputSchema: DiagnosisSchema,
  maxSteps: 16,
} as const satisfies AgentDefinition;

export const surgeon = {
  role: "surgeon",
  effort: "medium",
  prompt: SURGEON_PROMPT,
  outputSchema: SurgeonResultSchema,
  maxSteps: 8,
} as const satisfies AgentDefinition;

export const validator = {
  role: "validator",
  effort: "off",
  prompt: VALIDATOR_PROMPT,
  outputSchema: VerificationSchema,
  maxSteps: 10,
} as const satisfies AgentDefinition;

export const AGENTS = { triage, detective, surgeon, validator } as const;
