import type { AgentContext } from "../core/agent-context.js";
import type { AgentRole, Effort } from "../core/agent-role.js";
import type { Usage } from "../core/usage.js";
import type { ToolSpec } from "../tools/contracts.js";

export type ContentBlock =
  | { type: "text"; text: string }
  | { type: "tool_use"; id: string; name: string; input: unknown }
  | { type: "tool_result"; toolUseId: string; content: string; isError: boolean };

export interface ChatMessage {
  role: "user" | "assistant";
  content: ContentBlock[];
}

/** The reserved tool an agent calls to hand in its final output; its input schema is the agent's output schema. */
export const SUBMIT_TOOL = "submit_result";

export interface TurnRequest {
  agent: AgentRole;
  effort: Effort;
  /** Trusted instructions only; untrusted material travels in `context` and in tool results. */
  system: string;
  context: AgentContext;
  messages: ChatMessage[];
  /** The agent's allowed tools plus the submit tool. */
  tools: ToolSpec[];
  signal?: AbortSignal;
}

export interface TurnResponse {
  content: ContentBlock[];
  stopReason: "end_turn" | "tool_use" | "max_tokens" | "refusal";
  model: string;
  usage: Usage;
}

/** One call = messages and allowed tool schemas in; text, tool calls and usage out. */
export interface LlmProvider {
  readonly name: string;
  complete(request: TurnRequest): Promise<TurnResponse>;
}
