import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-Z34A77QH.js";

// src/core/agent-role.ts
var AgentRoleSchema = external_exports.enum(["supervisor", "triage", "detective", "surgeon", "validator"]);
var ToolNameSchema = external_exports.enum([
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
  "git_history"
]);
var EffortSchema = external_exports.enum(["off", "low", "medium", "high"]);

// src/core/pricing.ts
var PRICES = {
  "claude-opus-4-5": { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  "claude-opus-4-1": { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  "claude-sonnet-4-5": { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  "claude-haiku-4-5": { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
  offline: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
  scripted: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }
};
var MOST_EXPENSIVE = { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 };
function priceFor(model) {
  const exact = PRICES[model];
  if (exact) return exact;
  const family = Object.keys(PRICES).filter((key) => model.includes(key)).sort((a, b) => b.length - a.length)[0];
  return family ? PRICES[family] : MOST_EXPENSIVE;
}
function costOf(model, usage) {
  const p = priceFor(model);
  return (usage.inputTokens * p.input + usage.outputTokens * p.output + usage.cacheReadTokens * p.cacheRead + usage.cacheWriteTokens * p.cacheWrite) / 1e6;
}

export {
  AgentRoleSchema,
  ToolNameSchema,
  costOf
};
