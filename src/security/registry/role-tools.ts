import type { AgentRole, ToolName } from "../../core/agent-role.js";

/** The read-only evidence collectors: Triage plans with them, the Detective confirms with them. */
export const COLLECTOR_TOOLS: readonly ToolName[] = ["query_metrics", "read_kubernetes", "query_logs"];

/**
 * Which agent may call which tool: the least privilege each role needs. The Supervisor holds every tool only
 * as an emergency override, and every call it makes is audited like any other.
 */
export const ROLE_TOOLS: Readonly<Record<AgentRole, readonly ToolName[]>> = {
  supervisor: [
    "read_file",
    "grep_search",
    "run_diagnostics",
    "apply_patch",
    "restart_service",
    "fetch_docs",
    ...COLLECTOR_TOOLS,
    "git_history",
  ],
  triage: ["read_file", "grep_search", "fetch_docs", ...COLLECTOR_TOOLS],
  detective: ["read_file", "grep_search", "fetch_docs", "run_diagnostics", ...COLLECTOR_TOOLS, "git_history"],
  // git_history is read-only: the Surgeon re-reads which side of a rename moved before it writes the diff.
  surgeon: ["apply_patch", "restart_service", "git_history"],
  validator: ["read_file", "grep_search", "run_diagnostics"],
};

/** Tools that change something outside the run: blocked in AUDIT (except as proposals) and DISABLED. */
export const WRITE_TOOLS: ReadonlySet<string> = new Set(["apply_patch", "restart_service"]);

export function roleAllows(role: AgentRole, tool: string): boolean {
  return (ROLE_TOOLS[role] as readonly string[]).includes(tool);
}
