import type { z } from "zod";
import type { AgentRole, Effort, ToolName } from "../core/agent-role.js";

/** An agent is a record: what it may use, how hard it thinks, what it is told and what it must hand back. */
export interface AgentDefinition<Output = unknown> {
  role: Exclude<AgentRole, "supervisor">;
  effort: Effort;
  tools: readonly ToolName[];
  /** Trusted instructions; untrusted material never goes here. */
  prompt: string;
  outputSchema: z.ZodType<Output>;
  /** Model turns before the agent fails closed (the run ends ESCALATED, never a silent success). */
  maxSteps: number;
}
