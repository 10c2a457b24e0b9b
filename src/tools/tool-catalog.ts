import type { ToolName } from "../core/agent-role.js";
import { applyPatchTool } from "./apply-patch.js";
import type { ToolDefinition } from "./define-tool.js";
import { fetchDocsTool } from "./fetch-docs.js";
import { gitHistoryTool } from "./git-history.js";
import { grepSearchTool } from "./grep-search.js";
import { queryLogsTool } from "./query-logs.js";
import { queryMetricsTool } from "./query-metrics.js";
import { readFileTool } from "./read-file.js";
import { readKubernetesTool } from "./read-kubernetes.js";
import { restartServiceTool } from "./restart-service.js";
import { runDiagnosticsTool } from "./run-diagnostics.js";

/** Each tool defined once; the role registry (security/registry) decides who sees which. */
export const TOOLS: Readonly<Record<ToolName, ToolDefinition>> = {
  read_file: readFileTool as unknown as ToolDefinition,
  grep_search: grepSearchTool as unknown as ToolDefinition,
  run_diagnostics: runDiagnosticsTool as unknown as ToolDefinition,
  apply_patch: applyPatchTool as unknown as ToolDefinition,
  restart_service: restartServiceTool as unknown as ToolDefinition,
  fetch_docs: fetchDocsTool as unknown as ToolDefinition,
  query_metrics: queryMetricsTool as unknown as ToolDefinition,
  read_kubernetes: readKubernetesTool as unknown as ToolDefinition,
  query_logs: queryLogsTool as unknown as ToolDefinition,
  git_history: gitHistoryTool as unknown as ToolDefinition,
};

export function findTool(name: string): ToolDefinition | undefined {
  return Object.hasOwn(TOOLS, name) ? TOOLS[name as ToolName] : undefined;
}
