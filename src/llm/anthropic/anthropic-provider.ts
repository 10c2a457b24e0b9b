import Anthropic, { APIConnectionError, APIConnectionTimeoutError, APIError } from "@anthropic-ai/sdk";
import type { AgentRole } from "../../core/agent-role.js";
import type { Gateway } from "../../security/contracts.js";
import { ProviderConfigError } from "../errors.js";
import type { LlmProvider, TurnRequest, TurnResponse } from "../provider.js";
import { createUntrustedWrapper, renderContext, type ScreenLog } from "../render-context.js";
import {
  DEFAULT_RETRY_POLICY,
  type FailureKind,
  parseRetryAfter,
  type RetryPolicy,
  withRetries,
} from "../retry.js";
import { fromAnthropic } from "./from-anthropic.js";
import { buildMessagesRequest, type ThinkingMemory } from "./to-anthropic.js";

/** The newest Claude Opus in the SDK's model list (@anthropic-ai/sdk 1.12). */
export const DEFAULT_ANTHROPIC_MODEL = "claude-opus-5-5";
export const DEFAULT_ANTHROPIC_BASE_URL = "https://api.anthropic.com";
export const DEFAULT_TIMEOUT_MS = 300_000;

export interface AnthropicProviderSettings {
  apiKey: string;
  /** Default model for every agent (ANTHROPIC_MODEL). */
  model?: string;
  /** Per-agent overrides (`models:` in sentry.yml). */
  models?: Partial<Record<AgentRole, string>>;
  baseUrl?: string;
  gateway: Gateway;
  /** Per model call, each attempt. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  /** Receives every flag the gateway's input filter raises on what this provider sends. */
  screenLog?: ScreenLog;
}

/** 408/409 and 5xx including Anthropic's 529 "overloaded"; 429 with its retry-after. */
const RETRYABLE_STATUS = new Set([408, 409, 429, 500, 502, 503, 504, 529]);

export function classifyAnthropicError(error: unknown): FailureKind {
  if (error instanceof APIConnectionTimeoutError) return { retry: true, reason: "the request timed out" };
  if (error instanceof APIConnectionError) return { retry: true, reason: `network error: ${error.message}` };
  if (error instanceof APIError && typeof error.status === "number") {
    const detail = `HTTP ${error.status}${error.type ? ` ${error.type}` : ""}${error.apiMessage ? `: ${error.apiMessage}` : ""}`;
    if (RETRYABLE_STATUS.has(error.status)) {
      const retryAfterMs = parseRetryAfter(error.headers);
      return retryAfterMs === undefined
        ? { retry: true, reason: detail }
        : { retry: true, reason: detail, retryAfterMs };
    }
    if (error.status === 401 || error.status === 403) {
      return { retry: false, reason: `the API key was refused (${detail}): check ANTHROPIC_API_KEY` };
    }
    return { retry: false, reason: detail };
  }
  return { retry: false, reason: error instanceof Error ? error.message : String(error) };
}

export function modelFor(
  agent: AgentRole,
  settings: Pick<AnthropicProviderSettings, "model" | "models">,
): string {
  return settings.models?.[agent] ?? settings.model ?? DEFAULT_ANTHROPIC_MODEL;
}

export function createAnthropicProvider(settings: AnthropicProviderSettings): LlmProvider {
  if (!settings.apiKey.trim()) {
    throw new ProviderConfigError("ANTHROPIC_API_KEY is not set: set it, or use --provider offline");
  }
  const timeout = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // The SDK's own retries sleep for real and cannot be observed; ours are injectable and report the reason.
  const client = new Anthropic({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl ?? DEFAULT_ANTHROPIC_BASE_URL,
    maxRetries: 0,
    timeout,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
  });
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...settings.retry };
  const wrap = createUntrustedWrapper(settings.gateway, settings.screenLog);
  const thinking: ThinkingMemory = new Map();

  async function complete(request: TurnRequest): Promise<TurnResponse> {
    const model = modelFor(request.agent, settings);
    const body = buildMessagesRequest(request, model, renderContext(request.context, wrap), wrap, thinking);
    const { value } = await withRetries(
      `Anthropic API (${model})`,
      (signal) => client.messages.create(body, { timeout, maxRetries: 0, ...(signal ? { signal } : {}) }),
      classifyAnthropicError,
      policy,
      request.signal,
    );
    return fromAnthropic(value, settings.gateway, thinking);
  }

  return { name: "anthropic", complete };
}
