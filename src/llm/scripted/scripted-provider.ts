import { readFileSync } from "node:fs";
import { UsageError } from "../../core/errors.js";
import { ZERO_USAGE } from "../../core/usage.js";
import type { ContentBlock, LlmProvider, TurnRequest, TurnResponse } from "../provider.js";
import { SUBMIT_TOOL } from "../provider.js";
import { type Script, ScriptSchema, type ScriptStep } from "./script-schema.js";

/**
 * Replays a script, for deterministic tests of agent behaviour and of what the security layer does when a
 * model misbehaves. Each agent gets its own steps in order, one per turn: a `tool` step is one tool call, an
 * `output` step hands in the result; when an agent's steps run out it ends its turn without a result.
 */
export function createScriptedProvider(script: Script): LlmProvider {
  const queues = new Map<string, ScriptStep[]>();
  for (const step of script.steps) {
    const queue = queues.get(step.agent) ?? [];
    queue.push(step);
    queues.set(step.agent, queue);
  }
  let callNumber = 0;
  return {
    name: "scripted",
    async complete(request: TurnRequest): Promise<TurnResponse> {
      const step = queues.get(request.agent)?.shift();
      callNumber += 1;
      const content: ContentBlock[] = [];
      if (step?.rationale) content.push({ type: "text", text: step.rationale });
      if (!step) {
        content.push({
          type: "text",
          text: `inconclusive: the script has no more steps for ${request.agent}`,
        });
        return { content, stopReason: "end_turn", model: "scripted", usage: ZERO_USAGE };
      }
      const id = `toolu_scripted_${callNumber}`;
      content.push(
        "tool" in step
          ? { type: "tool_use", id, name: step.tool, input: step.input }
          : { type: "tool_use", id, name: SUBMIT_TOOL, input: step.output },
      );
      return { content, stopReason: "tool_use", model: "scripted", usage: ZERO_USAGE };
    },
  };
}

export function loadScript(path: string): Script {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read script ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`script ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = ScriptSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `script ${path}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return parsed.data;
}
