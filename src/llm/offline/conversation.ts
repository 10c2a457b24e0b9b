import { ZERO_USAGE } from "../../core/usage.js";
import type { ChatMessage, ContentBlock, TurnRequest, TurnResponse } from "../provider.js";
import { SUBMIT_TOOL } from "../provider.js";

/** One tool call the agent made earlier in this conversation, with what came back (if anything yet). */
export interface PastCall {
  id: string;
  name: string;
  input: unknown;
  result?: { content: string; isError: boolean };
}

/**
 * The offline provider keeps no state between turns: everything it has done so far is read back from the
 * conversation, so a turn is a pure function of the request.
 */
export function pastCalls(messages: readonly ChatMessage[]): PastCall[] {
  const calls = new Map<string, PastCall>();
  for (const message of messages) {
    for (const block of message.content) {
      if (block.type === "tool_use" && block.name !== SUBMIT_TOOL) {
        calls.set(block.id, { id: block.id, name: block.name, input: block.input });
      } else if (block.type === "tool_result") {
        const call = calls.get(block.toolUseId);
        if (call) call.result = { content: block.content, isError: block.isError };
      }
    }
  }
  return [...calls.values()];
}

export function inputString(call: PastCall, key: string): string | undefined {
  const input = call.input;
  if (typeof input !== "object" || input === null || !(key in input)) return undefined;
  const value = (input as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

export function hasTool(request: TurnRequest, name: string): boolean {
  return request.tools.some((t) => t.name === name);
}

export interface PlannedCall {
  name: string;
  input: unknown;
}

/** Ids only need to be unique within the conversation; the turn number keeps them so across turns. */
export function toolTurn(request: TurnRequest, calls: PlannedCall[], why: string): TurnResponse {
  const turn = request.messages.length;
  const content: ContentBlock[] = [{ type: "text", text: why }];
  calls.forEach((call, index) => {
    content.push({
      type: "tool_use",
      id: `toolu_offline_${turn}_${index}`,
      name: call.name,
      input: call.input,
    });
  });
  return { content, stopReason: "tool_use", model: "offline", usage: ZERO_USAGE };
}

export function submitTurn(request: TurnRequest, output: unknown, why: string): TurnResponse {
  return toolTurn(request, [{ name: SUBMIT_TOOL, input: output }], why);
}

/** `file:line: text` lines, as grep_search prints them; anything else (notes, truncation marks) is skipped. */
export function parseGrepOutput(output: string): { file: string; line: number; text: string }[] {
  const hits: { file: string; line: number; text: string }[] = [];
  for (const row of output.split("\n")) {
    const m = /^(.+?):(\d+):\s?(.*)$/.exec(row);
    if (m?.[1] && m[2]) hits.push({ file: m[1], line: Number(m[2]), text: m[3] ?? "" });
  }
  return hits;
}
