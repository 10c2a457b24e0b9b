import type {
  ContentBlockParam,
  MessageCreateParamsNonStreaming,
  MessageParam,
  RedactedThinkingBlockParam,
  ThinkingBlockParam,
  Tool,
} from "@anthropic-ai/sdk/resources/messages";
import type { ChatMessage, ContentBlock, TurnRequest } from "../provider.js";
import {
  objectSchema,
  type RenderedContext,
  toolNamesById,
  type UntrustedWrapper,
} from "../render-context.js";
import { effortParams } from "./effort.js";

export type ThinkingParam = ThinkingBlockParam | RedactedThinkingBlockParam;

/**
 * Thinking blocks must go back to the API unmodified before the tool_use they led to, but they are not part of
 * the provider-neutral conversation. The provider keeps them here, keyed by the id of the turn's first tool_use.
 */
export type ThinkingMemory = Map<string, ThinkingParam[]>;

const EPHEMERAL = { type: "ephemeral" } as const;

function convertBlock(
  block: ContentBlock,
  names: Map<string, string>,
  wrap: UntrustedWrapper,
): ContentBlockParam {
  switch (block.type) {
    case "text":
      return { type: "text", text: block.text };
    case "tool_use":
      return { type: "tool_use", id: block.id, name: block.name, input: block.input ?? {} };
    case "tool_result":
      // Tool output is read from disks, processes and the web: data, never instructions.
      return {
        type: "tool_result",
        tool_use_id: block.toolUseId,
        is_error: block.isError,
        content: wrap(block.content, `tool:${names.get(block.toolUseId) ?? "unknown"}`),
      };
  }
}

function convertMessage(
  message: ChatMessage,
  names: Map<string, string>,
  wrap: UntrustedWrapper,
  thinking: ThinkingMemory,
): MessageParam {
  const content: ContentBlockParam[] = message.content.map((block) => convertBlock(block, names, wrap));
  if (message.role === "assistant") {
    const firstUse = message.content.find((block) => block.type === "tool_use");
    const remembered = firstUse?.type === "tool_use" ? thinking.get(firstUse.id) : undefined;
    if (remembered) content.unshift(...remembered);
    if (content.length === 0) content.push({ type: "text", text: "(no text)" });
  }
  return { role: message.role, content };
}

function contextBlocks(rendered: RenderedContext): ContentBlockParam[] {
  const blocks: ContentBlockParam[] = [{ type: "text", text: rendered.shared, cache_control: EPHEMERAL }];
  if (rendered.progress) blocks.push({ type: "text", text: rendered.progress });
  return blocks;
}

/** Marks the newest block so the next turn of this agent reads the whole conversation so far from cache. */
function markLastBlock(messages: MessageParam[]): void {
  const last = messages.at(-1);
  if (!last || typeof last.content === "string") return;
  const block = last.content.at(-1);
  if (block && (block.type === "text" || block.type === "tool_result" || block.type === "tool_use")) {
    block.cache_control = EPHEMERAL;
  }
}

/**
 * Cache breakpoints (the API allows four): the last tool definition, the system prompt, the shared incident
 * context (the first user block), and the newest block of the conversation.
 */
export function buildMessagesRequest(
  request: TurnRequest,
  model: string,
  rendered: RenderedContext,
  wrap: UntrustedWrapper,
  thinking: ThinkingMemory,
): MessageCreateParamsNonStreaming {
  const names = toolNamesById(request.messages);
  const messages = request.messages.map((message) => convertMessage(message, names, wrap, thinking));
  const first = messages[0];
  if (first?.role === "user" && Array.isArray(first.content)) {
    first.content = [...contextBlocks(rendered), ...first.content];
  } else {
    messages.unshift({ role: "user", content: contextBlocks(rendered) });
  }
  markLastBlock(messages);
  const tools: Tool[] = request.tools.map((spec, index) => ({
    name: spec.name,
    description: spec.description,
    input_schema: objectSchema(spec.inputSchema) as Tool.InputSchema,
    ...(index === request.tools.length - 1 ? { cache_control: EPHEMERAL } : {}),
  }));
  return {
    model,
    ...effortParams(model, request.effort),
    system: [{ type: "text", text: request.system, cache_control: EPHEMERAL }],
    messages,
    ...(tools.length > 0 ? { tools, tool_choice: { type: "auto" } } : {}),
  };
}
