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

export interface BedrockGatewaySettings {
  /** BEDROCK_GATEWAY_BASE_URL, e.g. `https://gateway.internal/api/v1` (`/chat/completions` is appended). */
  baseUrl: string;
  apiKey: string;
  /** BEDROCK_GATEWAY_MODEL, a Bedrock model id such as `us.anthropic.claude-…-v1:0`. */
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

export function classifyGatewayError(error: unknown): FailureKind {
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
        reason: `the API key was refused (${error.message}): check BEDROCK_GATEWAY_API_KEY`,
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

export function fromChatCompletion(raw: unknown, gateway: Gateway): TurnResponse {
  const parsed = ChatCompletionResponseSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ProviderUnavailableError(
      `Bedrock gateway: malformed response (${parsed.error.issues[0]?.message})`,
    );
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

export function createBedrockGatewayProvider(settings: BedrockGatewaySettings): LlmProvider {
  if (!settings.baseUrl.trim()) {
    throw new ProviderConfigError("BEDROCK_GATEWAY_BASE_URL is not set: set it, or use --provider offline");
  }
  if (!settings.apiKey.trim()) {
    throw new ProviderConfigError("BEDROCK_GATEWAY_API_KEY is not set: set it, or use --provider offline");
  }
  if (!settings.model?.trim()) {
    throw new ProviderConfigError("BEDROCK_GATEWAY_MODEL is not set: set it to a Bedrock model id");
  }
  const url = `${settings.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const doFetch = settings.fetch ?? fetch;
  const timeoutMs = settings.timeoutMs ?? 300_000;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...settings.retry };
  const wrap = createUntrustedWrapper(settings.gateway, settings.screenLog);

  async function post(body: string, signal: AbortSignal | undefined): Promise<unknown> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await doFetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${settings.apiKey}`, "content-type": "application/json" },
      body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    const text = await response.text();
    if (!response.ok) throw new GatewayHttpError(response.status, response.headers, text);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ProviderUnavailableError("Bedrock gateway: the response was not JSON", { cause: error });
    }
  }

  async function complete(request: TurnRequest): Promise<TurnResponse> {
    const model = settings.models?.[request.agent] ?? settings.model!;
    const body = JSON.stringify(buildChatRequest(request, model, renderContext(request.context, wrap), wrap));
    const { value } = await withRetries(
      `Bedrock gateway (${model})`,
      (signal) => post(body, signal),
      classifyGatewayError,
      policy,
      request.signal,
    );
    return fromChatCompletion(value, settings.gateway);
  }

  return { name: "bedrock_gateway", complete };
}
