import { resolve } from "node:path";
import type { SentryConfig } from "../../core/config.js";
import { UsageError } from "../../core/errors.js";
import { ProviderConfigError } from "../../llm/errors.js";
import type { LlmProvider } from "../../llm/provider.js";
import { type ProviderName, ProviderNameSchema } from "../../llm/provider-name.js";
import type { CostBreaker, Gateway } from "../../security/contracts.js";

/** The variables each remote provider reads; checked before any log is read (a missing key costs one line). */
function remoteSettings(provider: ProviderName, env: NodeJS.ProcessEnv) {
  if (provider === "anthropic") {
    if (!env.ANTHROPIC_API_KEY)
      throw new ProviderConfigError("ANTHROPIC_API_KEY is not set: set it, or use --provider offline");
    return { apiKey: env.ANTHROPIC_API_KEY, model: env.ANTHROPIC_MODEL, baseUrl: env.ANTHROPIC_BASE_URL };
  }
  if (provider === "bedrock_gateway") {
    if (!env.BEDROCK_GATEWAY_API_KEY)
      throw new ProviderConfigError("BEDROCK_GATEWAY_API_KEY is not set: set it, or use --provider offline");
    if (!env.BEDROCK_GATEWAY_BASE_URL)
      throw new ProviderConfigError(
        "BEDROCK_GATEWAY_BASE_URL is not set: point it at your Bedrock Access Gateway",
      );
    return {
      apiKey: env.BEDROCK_GATEWAY_API_KEY,
      model: env.BEDROCK_GATEWAY_MODEL,
      baseUrl: env.BEDROCK_GATEWAY_BASE_URL,
    };
  }
  if (provider === "openai_compatible") {
    // A key is optional: Ollama and vLLM on a private network usually take none.
    if (!env.OPENAI_BASE_URL)
      throw new ProviderConfigError(
        "OPENAI_BASE_URL is not set: point it at the server's API root, e.g. http://127.0.0.1:11434/v1 for Ollama",
      );
    if (!env.OPENAI_MODEL)
      throw new ProviderConfigError("OPENAI_MODEL is not set: set it to a model the server serves");
    return { apiKey: env.OPENAI_API_KEY, model: env.OPENAI_MODEL, baseUrl: env.OPENAI_BASE_URL };
  }
  return {};
}

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
  const remote = remoteSettings(provider, env);
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
