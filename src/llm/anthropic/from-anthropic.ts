import { z } from "zod";
import { costOf } from "../../core/pricing.js";
import type { Usage } from "../../core/usage.js";
import type { Gateway } from "../../security/contracts.js";
import { ProviderUnavailableError } from "../errors.js";
import type { ContentBlock, TurnResponse } from "../provider.js";
import type { ThinkingMemory, ThinkingParam } from "./to-anthropic.js";

/** The parts of a Messages API response we rely on, checked rather than trusted. */
const MessageSchema = z.object({
  model: z.string().min(1),
  stop_reason: z.string().nullable(),
  content: z.array(z.looseObject({ type: z.string() })),
  usage: z.object({
    input_tokens: z.number().int().nonnegative(),
    output_tokens: z.number().int().nonnegative(),
    cache_creation_input_tokens: z.number().int().nonnegative().nullish(),
    cache_read_input_tokens: z.number().int().nonnegative().nullish(),
  }),
});

const TextSchema = z.object({ type: z.literal("text"), text: z.string() });
const ToolUseSchema = z.object({
  type: z.literal("tool_use"),
  id: z.string().min(1),
  name: z.string().min(1),
  input: z.unknown(),
});
const ThinkingSchema = z.object({ type: z.literal("thinking"), thinking: z.string(), signature: z.string() });
const RedactedThinkingSchema = z.object({ type: z.literal("redacted_thinking"), data: z.string() });

const MAX_REMEMBERED_TURNS = 500;

function stopReasonOf(raw: string | null): TurnResponse["stopReason"] {
  switch (raw) {
    case "tool_use":
      return "tool_use";
    case "max_tokens":
    case "model_context_window_exceeded":
      return "max_tokens";
    case "refusal":
      return "refusal";
    default:
      return "end_turn";
  }
}

export function usageOf(model: string, usage: z.infer<typeof MessageSchema>["usage"]): Usage {
  const counts = {
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    cacheWriteTokens: usage.cache_creation_input_tokens ?? 0,
  };
  return { ...counts, costUsd: costOf(model, counts) };
}

function remember(memory: ThinkingMemory, content: ContentBlock[], blocks: ThinkingParam[]): void {
  const firstUse = content.find((block) => block.type === "tool_use");
  if (blocks.length === 0 || firstUse?.type !== "tool_use") return;
  if (memory.size >= MAX_REMEMBERED_TURNS) {
    const oldest = memory.keys().next();
    if (!oldest.done) memory.delete(oldest.value);
  }
  memory.set(firstUse.id, blocks);
}

/**
 * A Messages API response in the provider-neutral shape: answer text through the output filter, thinking kept
 * aside for the follow-up turn (never shown, never stored), usage priced from the one price table.
 */
export function fromAnthropic(raw: unknown, gateway: Gateway, memory: ThinkingMemory): TurnResponse {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ProviderUnavailableError(
      `Anthropic API: malformed response (${parsed.error.issues[0]?.message})`,
    );
  }
  const content: ContentBlock[] = [];
  const thinking: ThinkingParam[] = [];
  for (const block of parsed.data.content) {
    const text = TextSchema.safeParse(block);
    if (text.success) content.push({ type: "text", text: gateway.redactOutput(text.data.text) });
    const use = ToolUseSchema.safeParse(block);
    if (use.success)
      content.push({ type: "tool_use", id: use.data.id, name: use.data.name, input: use.data.input });
    const thought = ThinkingSchema.safeParse(block);
    if (thought.success) thinking.push(thought.data);
    const redacted = RedactedThinkingSchema.safeParse(block);
    if (redacted.success) thinking.push(redacted.data);
  }
  remember(memory, content, thinking);
  return {
    content,
    stopReason: stopReasonOf(parsed.data.stop_reason),
    model: parsed.data.model,
    usage: usageOf(parsed.data.model, parsed.data.usage),
  };
}
