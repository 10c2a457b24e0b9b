import nock from "nock";
import { SUBMIT_TOOL } from "../../../src/llm/provider.js";

/** One recorded model turn, provider-neutral: what the model thought, said, called, and what it cost. */
export interface RecordedTurn {
  thinking?: string;
  text?: string;
  tool?: { name: string; input: unknown };
  submit?: unknown;
  usage: { input: number; output: number; cacheRead: number; cacheWrite: number };
}

export type RecordedScript = Record<"triage" | "detective" | "surgeon" | "validator", RecordedTurn[]>;

// biome-ignore lint/suspicious/noExplicitAny: intercepted request bodies are inspected as loose JSON
export type Body = Record<string, any>;

const ROLES = ["triage", "detective", "surgeon", "validator"] as const;

/** Which agent sent a request: the system prompt names its role ("Role: Detective."). */
export function agentOf(system: string): (typeof ROLES)[number] {
  const role = ROLES.find((r) => new RegExp(`Role: ${r}`, "i").test(system));
  if (!role) throw new Error(`no agent role in system prompt: ${system.slice(0, 80)}`);
  return role;
}

function toolCall(turn: RecordedTurn): { name: string; input: unknown } | undefined {
  if (turn.submit !== undefined) return { name: SUBMIT_TOOL, input: turn.submit };
  return turn.tool;
}

export function anthropicReply(turn: RecordedTurn, model: string, id: string): Body {
  const content: Body[] = [];
  if (turn.thinking) content.push({ type: "thinking", thinking: turn.thinking, signature: `sig-${id}` });
  if (turn.text) content.push({ type: "text", text: turn.text });
  const call = toolCall(turn);
  if (call) content.push({ type: "tool_use", id: `toolu_${id}`, name: call.name, input: call.input });
  return {
    id: `msg_${id}`,
    type: "message",
    role: "assistant",
    model,
    content,
    stop_reason: call ? "tool_use" : "end_turn",
    stop_sequence: null,
    usage: {
      input_tokens: turn.usage.input,
      output_tokens: turn.usage.output,
      cache_creation_input_tokens: turn.usage.cacheWrite,
      cache_read_input_tokens: turn.usage.cacheRead,
      cache_creation: { ephemeral_5m_input_tokens: turn.usage.cacheWrite, ephemeral_1h_input_tokens: 0 },
      server_tool_use: null,
      service_tier: "standard",
    },
  };
}

export function openAiReply(turn: RecordedTurn, model: string, id: string): Body {
  const call = toolCall(turn);
  return {
    id: `chatcmpl-${id}`,
    created: 1_795_000_000,
    model,
    object: "chat.completion",
    system_fingerprint: "fp",
    choices: [
      {
        index: 0,
        finish_reason: call ? "tool_calls" : "stop",
        message: {
          role: "assistant",
          content: turn.text ?? null,
          ...(turn.thinking ? { reasoning_content: turn.thinking } : {}),
          ...(call
            ? {
                tool_calls: [
                  {
                    id: `tooluse_${id}`,
                    type: "function",
                    function: { name: call.name, arguments: JSON.stringify(call.input) },
                  },
                ],
              }
            : {}),
        },
      },
    ],
    usage: {
      prompt_tokens: turn.usage.input + turn.usage.cacheRead,
      completion_tokens: turn.usage.output,
      total_tokens: turn.usage.input + turn.usage.cacheRead + turn.usage.output,
      prompt_tokens_details: { cached_tokens: turn.usage.cacheRead },
    },
  };
}

export interface Intercepted {
  bodies: Body[];
  /** The agent of each intercepted request, in order. */
  agents: string[];
}

/**
 * Answers Messages API calls from a recorded script: the agent comes from the system prompt and the turn from
 * the number of assistant messages already in the conversation, as a real multi-turn exchange would have it.
 */
export function interceptAnthropic(script: RecordedScript, base = "https://api.anthropic.com"): Intercepted {
  const seen: Intercepted = { bodies: [], agents: [] };
  nock(base)
    .post("/v1/messages")
    .times(100)
    .reply((_uri, requestBody) => {
      const body = requestBody as Body;
      const agent = agentOf(body.system[0].text);
      const step = body.messages.filter((m: Body) => m.role === "assistant").length;
      seen.bodies.push(body);
      seen.agents.push(agent);
      const turn = script[agent][step];
      if (!turn)
        return [
          500,
          { type: "error", error: { type: "api_error", message: `no recorded turn ${agent}#${step}` } },
        ];
      return [200, anthropicReply(turn, body.model, `${agent}${step}`)];
    });
  return seen;
}

export function interceptBedrockGateway(script: RecordedScript, base: string): Intercepted {
  const seen: Intercepted = { bodies: [], agents: [] };
  nock(base)
    .post("/api/v1/chat/completions")
    .times(100)
    .reply((_uri, requestBody) => {
      const body = requestBody as Body;
      const agent = agentOf(body.messages[0].content);
      const step = body.messages.filter((m: Body) => m.role === "assistant").length;
      seen.bodies.push(body);
      seen.agents.push(agent);
      const turn = script[agent][step];
      if (!turn) return [500, { error: { message: `no recorded turn ${agent}#${step}` } }];
      return [200, openAiReply(turn, body.model, `${agent}${step}`)];
    });
  return seen;
}
