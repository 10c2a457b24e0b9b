import { z } from "zod";
import { AgentRoleSchema } from "../../core/agent-role.js";

/** One scripted move: a tool call, or the agent's final output (validated later by the agent's own schema). */
export const ScriptStepSchema = z.union([
  z.strictObject({
    agent: AgentRoleSchema,
    tool: z.string().min(1),
    input: z.unknown(),
    rationale: z.string().optional(),
  }),
  z.strictObject({ agent: AgentRoleSchema, output: z.unknown(), rationale: z.string().optional() }),
]);
export type ScriptStep = z.infer<typeof ScriptStepSchema>;

export const ScriptSchema = z.strictObject({ steps: z.array(ScriptStepSchema) });
export type Script = z.infer<typeof ScriptSchema>;
