import type { AgentRole } from "../../core/agent-role.js";
import { costOf } from "../../core/pricing.js";
import type { Usage } from "../../core/usage.js";
import type { Gateway } from "../../security/contracts.js";
import { ProviderConfigError, ProviderUnavailableError } from "../errors.js";
import type { ContentBlock, LlmProvider, TurnRequest, TurnResponse } from "../provider.js";
import { createUntrustedWrapper, renderContext, type ScreenLog } from "../render-context.js";
import {
  DEFAULT_RETRY_POLICY,
  type FailureKind,
  parseRetryAfter,
  type RetryPolicy,
  withRetries,
} from "../retry.js";
import { type ChatCompletionResponse, ChatCompletionResponseSchema } from "./openai-shapes.js";
import { buildChatRequest } from "./to-openai.js";

/**
 * Which OpenAI-compatible server this is: the Bedrock Access Gateway (always keyed, Bedrock model ids) or any
 * other Chat Completions endpoint (Ollama, vLLM, LiteLLM, hosted compatible APIs), where a key is optional.
 * The flavour only changes what errors tell the user to set; the wire protocol is the same.
 */
export interface ChatCompletionsFlavour {
  name: "bedrock_gateway" | "openai_compatible";
  /** How the server is named in messages: "Bedrock gateway", "OpenAI-compatible endpoint". */
  label: string;
  /** The environment variables a person sets, named in errors. */
  variables: { baseUrl: string; apiKey: string; model: string };
  keyRequired: boolean;
}

export const BEDROCK_GATEWAY: ChatCompletionsFlavour = {
  name: "bedrock_gateway",
  label: "Bedrock gateway",
  variables: {
    baseUrl: "BEDROCK_GATEWAY_BASE_URL",
    apiKey: "BEDROCK_GATEWAY_API_KEY",
    model: "BEDROCK_GATEWAY_MODEL",
  },
  keyRequired: true,
};

export const OPENAI_COMPATIBLE: ChatCompletionsFlavour = {
  name: "openai_compatible",
  label: "OpenAI-compatible endpoint",
  variables: { baseUrl: "OPENAI_BASE_URL", apiKey: "OPENAI_API_KEY", model: "OPENAI_MODEL" },
  keyRequired: false,
};

export interface ChatCompletionsSettings {
  /** The API root, e.g. `https://gateway.internal/api/v1` or `http://127.0.0.1:11434/v1` (`/chat/completions` is appended). */
  baseUrl: string;
  /** Sent as a bearer token when set; local servers (Ollama, vLLM) usually need none. */
  apiKey?: string;
  /** The model id the server knows: a Bedrock id such as `us.anthropic.claude-…-v1:0`, `llama3.1:70b`, … */
  model?: string;
  models?: Partial<Record<AgentRole, string>>;
  gateway: Gateway;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  screenLog?: ScreenLog;
}

/** A non-2xx answer from the gateway, kept whole so the classifier can read its status and retry-after. */
export class GatewayHttpError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly body: string,
  ) {
    super(`HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ""}`);
    this.name = "GatewayHttpError";
  }
}

const RETRYABLE_STATUS = new Set([408, 409, 429, 500, 502, 503, 504, 529]);

export function classifyGatewayError(
  error: unknown,
  flavour: ChatCompletionsFlavour = BEDROCK_GATEWAY,
): FailureKind {
  if (error instanceof GatewayHttpError) {
    if (RETRYABLE_STATUS.has(error.status)) {
      const retryAfterMs = parseRetryAfter(error.headers);
      return retryAfterMs === undefined
        ? { retry: true, reason: error.message }
        : { retry: true, reason: error.message, retryAfterMs };
    }
    if (error.status === 401 || error.status === 403) {
      return {
        retry: false,
        reason: `the API key was refused (${error.message}): check ${flavour.variables.apiKey}`,
      };
    }
    return { retry: false, reason: error.message };
  }
  if (error instanceof Error && error.name === "TimeoutError")
    return { retry: true, reason: "the request timed out" };
  // fetch rejects with a TypeError for DNS failures, refused and reset connections.
  if (error instanceof TypeError) return { retry: true, reason: `network error: ${error.message}` };
  return { retry: false, reason: error instanceof Error ? error.message : String(error) };
}

function parseArguments(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    // Handed on as the raw string: the tool's zod schema refuses it and the model is told why.
    return raw.length > 0 ? raw : { invalidArguments: String(error) };
  }
}

function stopReasonOf(finish: string | null | undefined, hasCalls: boolean): TurnResponse["stopReason"] {
  if (finish === "tool_calls" || hasCalls) return "tool_use";
  if (finish === "length") return "max_tokens";
  if (finish === "content_filter") return "refusal";
  return "end_turn";
}

function usageOf(model: string, usage: ChatCompletionResponse["usage"]): Usage {
  // OpenAI semantics: prompt_tokens includes the cached ones.
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  const counts = {
    inputTokens: Math.max(0, usage.prompt_tokens - cached),
    outputTokens: usage.completion_tokens,
    cacheReadTokens: cached,
    cacheWriteTokens: 0,
  };
  return { ...counts, costUsd: costOf(model, counts) };
}

export function fromChatCompletion(
  raw: unknown,
  gateway: Gateway,
  label = BEDROCK_GATEWAY.label,
): TurnResponse {
  const parsed = ChatCompletionResponseSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ProviderUnavailableError(`${label}: malformed response (${parsed.error.issues[0]?.message})`);
  }
  const choice = parsed.data.choices[0]!;
  const content: ContentBlock[] = [];
  // reasoning_content is the model's thinking: neither shown nor stored.
  if (choice.message.content)
    content.push({ type: "text", text: gateway.redactOutput(choice.message.content) });
  for (const call of choice.message.tool_calls ?? []) {
    content.push({
      type: "tool_use",
      id: call.id,
      name: call.function.name,
      input: parseArguments(call.function.arguments),
    });
  }
  return {
    content,
    stopReason: stopReasonOf(choice.finish_reason, (choice.message.tool_calls?.length ?? 0) > 0),
    model: parsed.data.model,
    usage: usageOf(parsed.data.model, parsed.data.usage),
  };
}

/** Any server that speaks OpenAI's Chat Completions with tool calls, behind the same LlmProvider seam. */
export function createChatCompletionsProvider(
  flavour: ChatCompletionsFlavour,
  settings: ChatCompletionsSettings,
): LlmProvider {
  const { variables } = flavour;
  if (!settings.baseUrl.trim()) {
    throw new ProviderConfigError(`${variables.baseUrl} is not set: set it, or use --provider offline`);
  }
  if (flavour.keyRequired && !settings.apiKey?.trim()) {
    throw new ProviderConfigError(`${variables.apiKey} is not set: set it, or use --provider offline`);
  }
  if (!settings.model?.trim()) {
    throw new ProviderConfigError(`${variables.model} is not set: set it to a model id the server knows`);
  }
  const url = `${settings.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const doFetch = settings.fetch ?? fetch;
  const timeoutMs = settings.timeoutMs ?? 300_000;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...settings.retry };
  const wrap = createUntrustedWrapper(settings.gateway, settings.screenLog);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (settings.apiKey?.trim()) headers.authorization = `Bearer ${settings.apiKey}`;

  async function post(body: string, signal: AbortSignal | undefined): Promise<unknown> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await doFetch(url, {
      method: "POST",
      headers,
      body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    const text = await response.text();
    if (!response.ok) throw new GatewayHttpError(response.status, response.headers, text);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ProviderUnavailableError(`${flavour.label}: the response was not JSON`, { cause: error });
    }
  }

  async function complete(request: TurnRequest): Promise<TurnResponse> {
    const model = settings.models?.[request.agent] ?? settings.model!;
    const body = JSON.stringify(buildChatRequest(request, model, renderContext(request.context, wrap), wrap));
    const { value } = await withRetries(
      `${flavour.label} (${model})`,
      (signal) => post(body, signal),
      (error) => classifyGatewayError(error, flavour),
      policy,
      request.signal,
    );
    return fromChatCompletion(value, settings.gateway, flavour.label);
  }

  return { name: flavour.name, complete };
}

export type BedrockGatewaySettings = ChatCompletionsSettings & { apiKey: string };

export function createBedrockGatewayProvider(settings: BedrockGatewaySettings): LlmProvider {
  return createChatCompletionsProvider(BEDROCK_GATEWAY, settings);
}
