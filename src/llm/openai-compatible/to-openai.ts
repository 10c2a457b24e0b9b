import type { ChatMessage, TurnRequest } from "../provider.js";
import {
  objectSchema,
  type RenderedContext,
  toolNamesById,
  type UntrustedWrapper,
} from "../render-context.js";
import type { ChatCompletionRequest, OpenAiMessage, OpenAiToolCall } from "./openai-shapes.js";

const ANSWER_TOKENS = 8_192;
/** The gateway derives Claude's thinking budget from max_tokens and reasoning_effort: leave it room. */
const REASONING_TOKENS = 20_480;

function assistantMessage(message: ChatMessage): OpenAiMessage {
  const text = message.content
    .flatMap((block) => (block.type === "text" ? [block.text] : []))
    .join("\n")
    .trim();
  const calls: OpenAiToolCall[] = message.content.flatMap((block) =>
    block.type === "tool_use"
      ? [
          {
            id: block.id,
            type: "function" as const,
            function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) },
          },
        ]
      : [],
  );
  return { role: "assistant", content: text || null, ...(calls.length > 0 ? { tool_calls: calls } : {}) };
}

/** One neutral user turn becomes tool messages (one per result, as OpenAI requires) and then any plain text. */
function userMessages(
  message: ChatMessage,
  names: Map<string, string>,
  wrap: UntrustedWrapper,
): OpenAiMessage[] {
  const out: OpenAiMessage[] = [];
  const texts: { type: "text"; text: string }[] = [];
  for (const block of message.content) {
    if (block.type === "tool_result") {
      const source = `tool:${names.get(block.toolUseId) ?? "unknown"}`;
      const body = wrap(block.content, source);
      out.push({
        role: "tool",
        tool_call_id: block.toolUseId,
        content: block.isError ? `ERROR\n${body}` : body,
      });
    } else if (block.type === "text") {
      texts.push({ type: "text", text: block.text });
    }
  }
  if (texts.length > 0) out.push({ role: "user", content: texts });
  return out;
}

export function buildChatRequest(
  request: TurnRequest,
  model: string,
  rendered: RenderedContext,
  wrap: UntrustedWrapper,
): ChatCompletionRequest {
  const names = toolNamesById(request.messages);
  const context: { type: "text"; text: string }[] = [{ type: "text", text: rendered.shared }];
  if (rendered.progress) context.push({ type: "text", text: rendered.progress });
  const messages: OpenAiMessage[] = [{ role: "system", content: request.system }];
  let contextPlaced = false;
  for (const message of request.messages) {
    if (message.role === "assistant") {
      messages.push(assistantMessage(message));
      continue;
    }
    const converted = userMessages(message, names, wrap);
    const firstText = converted.find((m) => m.role === "user");
    if (!contextPlaced && firstText?.role === "user") {
      firstText.content = [...context, ...firstText.content];
      contextPlaced = true;
    }
    messages.push(...converted);
  }
  if (!contextPlaced) messages.splice(1, 0, { role: "user", content: context });
  const thinks = request.effort !== "off";
  return {
    model,
    messages,
    ...(request.tools.length > 0
      ? {
          tools: request.tools.map((spec) => ({
            type: "function" as const,
            function: {
              name: spec.name,
              description: spec.description,
              parameters: objectSchema(spec.inputSchema),
            },
          })),
          tool_choice: "auto" as const,
        }
      : {}),
    max_tokens: thinks ? REASONING_TOKENS : ANSWER_TOKENS,
    ...(request.effort !== "off" ? { reasoning_effort: request.effort } : {}),
    stream: false,
  };
}
