import { z } from "zod";

export const AgentRoleSchema = z.enum(["supervisor", "triage", "detective", "surgeon", "validator"]);
export type AgentRole = z.infer<typeof AgentRoleSchema>;

export const ToolNameSchema = z.enum([
  "read_file",
  "grep_search",
  "run_diagnostics",
  "apply_patch",
  "restart_service",
  "fetch_docs",
  // Read-only evidence collectors (src/collectors): shown only when the operator configured them.
  "query_metrics",
  "read_kubernetes",
  "query_logs",
  // Read-only: the repository's own git history (which side of a mismatch moved, and in which commit).
  "git_history",
]);
export type ToolName = z.infer<typeof ToolNameSchema>;

export const EffortSchema = z.enum(["off", "low", "medium", "high"]);
export type Effort = z.infer<typeof EffortSchema>;
