import { z } from "zod";

/** The providers `--provider` / LLM_PROVIDER name; kept apart so naming one does not load its SDK. */
export const ProviderNameSchema = z.enum([
  "anthropic",
  "bedrock_gateway",
  "openai_compatible",
  "offline",
  "scripted",
]);
export type ProviderName = z.infer<typeof ProviderNameSchema>;
