import type { z } from "zod";
import type { CollectorAccess } from "../collectors/collector-access.js";
import type { ToolName } from "../core/agent-role.js";
import type { SentryConfig } from "../core/config.js";
import type { Mode } from "../core/mode.js";
import type { StateStore } from "../core/state-store.js";
import type { Workspace } from "../core/workspace.js";
import type { CommandExecutor } from "../security/policy/command-policy.js";
import type { PathPolicy } from "../security/policy/path-policy.js";
import type { DnsLookup, HttpGet } from "../security/policy/url-policy.js";

/** A handler's outcome: `denied` is a policy refusal found by the tool, `error` its own failure. */
export type ToolResult =
  | { status: "ok"; output: string; note?: string; accepted?: { patch?: string; restart?: string } }
  | { status: "denied"; reason: string }
  | { status: "error"; reason: string };

/** Everything a handler may touch, already narrowed by the security layer. */
export interface ToolContext {
  workspace: Workspace;
  mode: Mode;
  config: SentryConfig;
  paths: PathPolicy;
  clock: () => Date;
  exec: CommandExecutor;
  lookup: DnsLookup;
  httpGet: HttpGet;
  /** GitHub mode: dispatches the restart workflow. Absent in local runs. */
  dispatchWorkflow?: (workflow: string, inputs: Record<string, string>) => Promise<void>;
  /** Last restart per unit: the shared StateStore, so the interval holds across runs and replicas. */
  restartLedger: StateStore;
  /** The run's evidence collectors (src/collectors); absent when the operator configured none. */
  collectors?: CollectorAccess;
}

export interface ToolDefinition<S extends z.ZodType = z.ZodType> {
  name: ToolName;
  description: string;
  input: S;
  /** Changes something outside the run (files, services): gated by mode and the kill switch. */
  writes: boolean;
  /** Whether the tool can work in this run (a collector with no endpoint cannot): models are shown only those. */
  available?(ctx: ToolContext): boolean;
  handler(input: z.infer<S>, ctx: ToolContext): Promise<ToolResult>;
}

/** A tool is data: name, description, zod input schema (also its JSON Schema for models) and a handler. */
export function defineTool<S extends z.ZodType>(tool: ToolDefinition<S>): ToolDefinition<S> {
  return tool;
}
