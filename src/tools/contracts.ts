import type { AgentRole } from "../core/agent-role.js";
import type { ToolCallRecord } from "../core/run.js";

/** A tool as a model is shown it: name, description and the JSON Schema of its input (from the zod schema). */
export interface ToolSpec {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

export interface AcceptedWrites {
  patches: string[];
  restarts: string[];
}

export interface ToolCall {
  tool: string;
  input: unknown;
  /** The agent's stated reason, recorded in the audit log; never trusted. */
  rationale?: string;
}

/** The result of one call: `denied` is the security layer's refusal, `error` the tool's own failure. */
export type ToolInvocation =
  | { status: "ok"; output: string; record: ToolCallRecord }
  | { status: "denied"; reason: string; record: ToolCallRecord }
  | { status: "error"; reason: string; record: ToolCallRecord };

/** One agent's identity for one run, with the short-lived credential every call presents. */
export interface AgentSession {
  agentId: string;
  role: AgentRole;
  runId: string;
  credential: string;
}

/**
 * The only way anything reaches the disk, a process, the network or GitHub: every call is checked
 * (identity, role, mode, path, command, URL, rate) and recorded before and after it runs.
 */
export interface ToolRunner {
  /**
   * `proposeOnly`: write tools validate and record but write nothing, as in AUDIT mode. The pipeline sets it
   * when the fixability score caps a run at a proposal although the mode would allow applying.
   */
  startAgent(runId: string, role: AgentRole, limits?: { proposeOnly?: boolean }): AgentSession;
  endAgent(session: AgentSession): void;
  /** Only the tools the role may use, as models are shown them. */
  specsFor(role: AgentRole): ToolSpec[];
  invoke(session: AgentSession, call: ToolCall): Promise<ToolInvocation>;
  /** Why writes are halted right now (STOP_SENTRY, DISABLED, kill switch), if they are. */
  haltReason(): string | undefined;
  /**
   * What the write tools accepted in a run, exactly as given (not the redacted record): a proposal may only
   * deliver a patch byte-identical to one of `patches` and a restart of one of `restarts` (canonical units).
   */
  accepted(runId: string): AcceptedWrites;
}
