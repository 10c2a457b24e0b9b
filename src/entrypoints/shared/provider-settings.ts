import { resolve } from "node:path";
import type { SentryConfig } from "../../core/config.js";
import { UsageError } from "../../core/errors.js";
import { ProviderConfigError } from "../../llm/errors.js";
import type { LlmProvider } from "../../llm/provider.js";
import { type ProviderName, ProviderNameSchema } from "../../llm/provider-name.js";
import type { CostBreaker, Gateway } from "../../security/contracts.js";

/**
 * Which model stands behind the agents: `--provider`, else LLM_PROVIDER, else Anthropic when a key is set,
 * else the offline diagnoser. Environment variables are read here and nowhere below.
 */
export function providerFactory(options: {
  flag: string | undefined;
  script: string | undefined;
  env: NodeJS.ProcessEnv;
  config: SentryConfig;
  cwd: string;
}): (guards: { gateway: Gateway; breaker: CostBreaker }) => Promise<LlmProvider> {
  const { env } = options;
  const chosen = options.flag ?? env.LLM_PROVIDER ?? (env.ANTHROPIC_API_KEY ? "anthropic" : "offline");
  const parsed = ProviderNameSchema.safeParse(chosen);
  if (!parsed.success) {
    throw new UsageError(`unknown provider '${chosen}' (expected ${ProviderNameSchema.options.join(", ")})`);
  }
  const provider: ProviderName = parsed.data;
  if (provider === "scripted" && !options.script)
    throw new UsageError("--provider scripted needs --script FILE");
  if (provider !== "scripted" && options.script)
    throw new UsageError("--script goes with --provider scripted");
  const keyVariable = provider === "bedrock_gateway" ? "BEDROCK_GATEWAY_API_KEY" : "ANTHROPIC_API_KEY";
  // Checked before any log is read: a missing key should cost the user one line, not a minute of waiting.
  if ((provider === "anthropic" || provider === "bedrock_gateway") && !env[keyVariable]) {
    throw new ProviderConfigError(`${keyVariable} is not set: set it, or use --provider offline`);
  }
  if (provider === "bedrock_gateway" && !env.BEDROCK_GATEWAY_BASE_URL) {
    throw new ProviderConfigError(
      "BEDROCK_GATEWAY_BASE_URL is not set: point it at your Bedrock Access Gateway",
    );
  }
  const remote =
    provider === "bedrock_gateway"
      ? {
          apiKey: env.BEDROCK_GATEWAY_API_KEY,
          model: env.BEDROCK_GATEWAY_MODEL,
          baseUrl: env.BEDROCK_GATEWAY_BASE_URL,
        }
      : { apiKey: env.ANTHROPIC_API_KEY, model: env.ANTHROPIC_MODEL, baseUrl: env.ANTHROPIC_BASE_URL };
  // Each provider's code loads only when it is chosen: the offline default starts without any model SDK.
  return async ({ gateway, breaker }) => {
    if (provider === "offline") return (await import("../../llm/offline/index.js")).createOfflineProvider();
    const { createProvider } = await import("../../llm/create-provider.js");
    return createProvider({
      provider,
      gateway,
      breaker,
      models: options.config.models,
      ...(options.script ? { scriptFile: resolve(options.cwd, options.script) } : {}),
      ...(remote.apiKey ? { apiKey: remote.apiKey } : {}),
      ...(remote.model ? { model: remote.model } : {}),
      ...(remote.baseUrl ? { baseUrl: remote.baseUrl } : {}),
    });
  };
}
