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
  "fetch_docs"
]);
var EffortSchema = external_exports.enum(["off", "low", "medium", "high"]);

export {
  AgentRoleSchema,
  ToolNameSchema
};
