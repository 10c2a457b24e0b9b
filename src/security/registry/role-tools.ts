import type { AgentRole, ToolName } from "../../core/agent-role.js";

/**
 * Which agent may call which tool: the least privilege each role needs. The Supervisor holds all six only as
 * an emergency override, and every call it makes is audited like any other.
 */
export const ROLE_TOOLS: Readonly<Record<AgentRole, readonly ToolName[]>> = {
  supervisor: ["read_file", "grep_search", "run_diagnostics", "apply_patch", "restart_service", "fetch_docs"],
  triage: ["read_file", "grep_search", "fetch_docs"],
  detective: ["read_file", "grep_search", "fetch_docs", "run_diagnostics"],
  surgeon: ["apply_patch", "restart_service"],
  validator: ["read_file", "grep_search", "run_diagnostics"],
};

/** Tools that change something outside the run: blocked in AUDIT (except as proposals) and DISABLED. */
export const WRITE_TOOLS: ReadonlySet<string> = new Set(["apply_patch", "restart_service"]);

export function roleAllows(role: AgentRole, tool: string): boolean {
  return (ROLE_TOOLS[role] as readonly string[]).includes(tool);
}
