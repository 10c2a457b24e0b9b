import type { AgentRole } from "../core/agent-role.js";
import type { CostBreaker, Gateway } from "../security/contracts.js";
import { createAnthropicProvider } from "./anthropic/anthropic-provider.js";
import { ProviderConfigError } from "./errors.js";
import { createOfflineProvider } from "./offline/index.js";
import { withOfflineFallback } from "./offline-fallback.js";
import {
  BEDROCK_GATEWAY,
  createChatCompletionsProvider,
  OPENAI_COMPATIBLE,
} from "./openai-compatible/chat-completions-provider.js";
import type { LlmProvider } from "./provider.js";
import { type ProviderName, ProviderNameSchema } from "./provider-name.js";
import type { ScreenLog } from "./render-context.js";
import type { RetryPolicy } from "./retry.js";
import { createScriptedProvider, loadScript } from "./scripted/scripted-provider.js";

export { type ProviderName, ProviderNameSchema };

/** Typed settings, filled by an entry point from LLM_PROVIDER / --provider and the variables in .env.example. */
export interface ProviderSettings {
  provider: ProviderName;
  /** ANTHROPIC_API_KEY, BEDROCK_GATEWAY_API_KEY or OPENAI_API_KEY, by provider. */
  apiKey?: string;
  /** ANTHROPIC_MODEL, BEDROCK_GATEWAY_MODEL or OPENAI_MODEL. */
  model?: string;
  /** Per-agent model overrides (`models:` in sentry.yml). */
  models?: Partial<Record<AgentRole, string>>;
  /** ANTHROPIC_BASE_URL, BEDROCK_GATEWAY_BASE_URL or OPENAI_BASE_URL. */
  baseUrl?: string;
  /** For `scripted`: the script to replay. */
  scriptFile?: string;
  gateway: Gateway;
  /** Charged by the agent loop after every call; providers only price their usage. */
  breaker: CostBreaker;
  timeoutMs?: number;
  maxRetries?: number;
  /** Tests inject delays that do not wait. */
  retry?: Partial<Omit<RetryPolicy, "maxRetries">>;
  fetch?: typeof fetch;
  screenLog?: ScreenLog;
}

/** Parses a provider name from a flag or variable, with an error that lists the choices. */
export function parseProviderName(value: string, from: string): ProviderName {
  const parsed = ProviderNameSchema.safeParse(value.trim().toLowerCase());
  if (parsed.success) return parsed.data;
  throw new ProviderConfigError(
    `${from}: unknown provider '${value}' (use ${ProviderNameSchema.options.join(", ")})`,
  );
}

function common(settings: ProviderSettings) {
  const retry = {
    ...settings.retry,
    ...(settings.maxRetries === undefined ? {} : { maxRetries: settings.maxRetries }),
  };
  return {
    gateway: settings.gateway,
    retry,
    ...(settings.models ? { models: settings.models } : {}),
    ...(settings.model ? { model: settings.model } : {}),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.screenLog ? { screenLog: settings.screenLog } : {}),
  };
}

export function createProvider(settings: ProviderSettings): LlmProvider {
  switch (settings.provider) {
    // A model outage leaves the run to the offline diagnoser rather than ending it "unknown".
    case "anthropic":
      return withOfflineFallback(
        createAnthropicProvider({
          ...common(settings),
          apiKey: settings.apiKey ?? "",
          ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
        }),
        createOfflineProvider(),
      );
    case "bedrock_gateway":
    case "openai_compatible":
      return withOfflineFallback(
        createChatCompletionsProvider(
          settings.provider === "bedrock_gateway" ? BEDROCK_GATEWAY : OPENAI_COMPATIBLE,
          {
            ...common(settings),
            ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
            baseUrl: settings.baseUrl ?? "",
          },
        ),
        createOfflineProvider(),
      );
    case "scripted":
      if (!settings.scriptFile)
        throw new ProviderConfigError("the scripted provider needs a script file (--script)");
      return createScriptedProvider(loadScript(settings.scriptFile));
    case "offline":
      return createOfflineProvider();
  }
}
