import type { z } from "zod";
import type { AgentRole, Effort } from "../core/agent-role.js";

/**
 * An agent is a record: how hard it thinks, what it is told and what it must hand back. What it may use is
 * not here: ROLE_TOOLS (security/registry/role-tools.ts) is the one list, and the vault's credentials and the
 * tool runner enforce it.
 */
export interface AgentDefinition<Output = unknown> {
  role: Exclude<AgentRole, "supervisor">;
  effort: Effort;
  /** Trusted instructions; untrusted material never goes here. */
  prompt: string;
  outputSchema: z.ZodType<Output>;
  /** Model turns before the agent fails closed (the run ends ESCALATED, never a silent success). */
  maxSteps: number;
}
