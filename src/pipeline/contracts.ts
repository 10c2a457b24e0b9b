import type { AgentContext } from "../core/agent-context.js";
import type { Incident } from "../core/incident.js";
import type { Mode } from "../core/mode.js";
import type { Run } from "../core/run.js";
import type { LlmProvider } from "../llm/provider.js";
import type { CostBreaker, Gateway } from "../security/contracts.js";
import type { ToolRunner } from "../tools/contracts.js";

export interface PipelineInput {
  incident: Incident;
  /** Prepared by the entry point: log summary, failure-pattern hints, repo listing, similar incidents. */
  context: AgentContext;
  mode: Mode;
  /**
   * The run's id, made once by the door that started the run (newRunId) and carried to everything that
   * names the run: the tracking comment's marker, Run.id, the fix PR's body and its commit trailer.
   */
  runId?: string;
}

export interface PipelineDeps {
  provider: LlmProvider;
  tools: ToolRunner;
  breaker: CostBreaker;
  gateway: Gateway;
  clock?: () => Date;
  signal?: AbortSignal;
  /** Called as each state is entered, so deliveries (a tracking comment, a progress line) can follow along. */
  onState?: (run: Partial<Run> & { state: string }) => void | Promise<void>;
}

/** `runPipeline(input, deps): Promise<Run>` lives in ./run-pipeline.ts. */
export type RunPipeline = (input: PipelineInput, deps: PipelineDeps) => Promise<Run>;
