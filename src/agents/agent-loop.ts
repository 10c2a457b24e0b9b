import { z } from "zod";
import type { AgentContext } from "../core/agent-context.js";
import { SentryError } from "../core/errors.js";
import type { ToolCallRecord } from "../core/run.js";
import { addUsage, type Usage, ZERO_USAGE } from "../core/usage.js";
import type { ChatMessage, ContentBlock, LlmProvider, TurnResponse } from "../llm/provider.js";
import { SUBMIT_TOOL } from "../llm/provider.js";
import type { CostBreaker, Gateway, SpendHold } from "../security/contracts.js";
import type { AgentSession, ToolRunner, ToolSpec } from "../tools/contracts.js";
import type { AgentDefinition } from "./agent-definition.js";
import { redactStrings } from "./redact-output.js";

export interface AgentRunDeps {
  provider: LlmProvider;
  tools: ToolRunner;
  breaker: CostBreaker;
  gateway: Gateway;
  signal?: AbortSignal;
}

export interface AgentRunInput {
  runId: string;
  context: AgentContext;
  proposeOnly?: boolean;
}

interface Common {
  steps: number;
  usage: Usage;
  toolCalls: ToolCallRecord[];
  /** Every read_file result the agent saw, by requested path (the pipeline hands cited files on from these). */
  filesRead: Map<string, string>;
}

/**
 * `inconclusive`: the agent stopped without handing in a result. `failed`: it broke a rule (step limit,
 * output that did not validate after one repair turn, provider outage). `halted`: a kill switch or the cost
 * breaker stopped it. Only `ok` carries an output.
 */
export type AgentResult<Output> =
  | (Common & { status: "ok"; output: Output })
  | (Common & { status: "inconclusive" | "failed" | "halted"; reason: string });

const KICKOFF =
  "Work on the incident described in the context above. Use your tools if you need more evidence, then call " +
  `${SUBMIT_TOOL} once with your result.`;

function submitSpec(schema: z.ZodType): ToolSpec {
  return {
    name: SUBMIT_TOOL,
    description: "Hand in your final result. Call it exactly once, when you are done.",
    inputSchema: toJsonSchema(schema),
  };
}

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  // `io: "input"` so fields with defaults are optional for the model, as they are for safeParse.
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}

function rationaleOf(content: ContentBlock[]): string | undefined {
  const text = content
    .filter((block): block is Extract<ContentBlock, { type: "text" }> => block.type === "text")
    .map((block) => block.text)
    .join(" ")
    .trim();
  return text ? text.slice(0, 1_000) : undefined;
}

/** The one loop every agent runs, whatever the provider: model turn, guarded tool calls, validated result. */
export async function runAgent<Output>(
  definition: AgentDefinition<Output>,
  input: AgentRunInput,
  deps: AgentRunDeps,
): Promise<AgentResult<Output>> {
  const session = deps.tools.startAgent(input.runId, definition.role, {
    proposeOnly: input.proposeOnly ?? false,
  });
  const state: Common = { steps: 0, usage: ZERO_USAGE, toolCalls: [], filesRead: new Map() };
  try {
    return await loop(definition, input, deps, session, state);
  } finally {
    deps.tools.endAgent(session);
  }
}

async function loop<Output>(
  definition: AgentDefinition<Output>,
  input: AgentRunInput,
  deps: AgentRunDeps,
  session: AgentSession,
  state: Common,
): Promise<AgentResult<Output>> {
  const tools = [...deps.tools.specsFor(definition.role), submitSpec(definition.outputSchema)];
  const messages: ChatMessage[] = [{ role: "user", content: [{ type: "text", text: KICKOFF }] }];
  let repairUsed = false;
  const end = (status: "inconclusive" | "failed" | "halted", reason: string): AgentResult<Output> => ({
    ...state,
    status,
    reason,
  });

  while (state.steps < definition.maxSteps) {
    if (deps.signal?.aborted) return end("halted", "cancelled");
    // A breaker shared by replicas holds this call's likely spend while it is in flight.
    const hold = await holdSpend(deps.breaker);
    if (!hold.ok) return end("halted", hold.reason);

    let response: TurnResponse;
    try {
      response = await deps.provider.complete({
        agent: definition.role,
        effort: definition.effort,
        system: definition.prompt,
        context: input.context,
        messages,
        tools,
        ...(deps.signal ? { signal: deps.signal } : {}),
      });
    } catch (error) {
      await hold.release();
      if (deps.signal?.aborted) return end("halted", "cancelled");
      const reason = error instanceof SentryError ? error.message : `provider failed: ${String(error)}`;
      return end("failed", reason);
    }
    state.steps += 1;
    state.usage = addUsage(state.usage, response.usage);
    await hold.settle(response.model, response.usage);
    messages.push({ role: "assistant", content: response.content });

    const toolUses = response.content.filter(
      (block): block is Extract<ContentBlock, { type: "tool_use" }> => block.type === "tool_use",
    );
    const submission = toolUses.find((use) => use.name === SUBMIT_TOOL);
    if (submission) {
      const parsed = definition.outputSchema.safeParse(submission.input);
      if (parsed.success) {
        return { ...state, status: "ok", output: redactStrings(parsed.data, deps.gateway) };
      }
      if (repairUsed)
        return end("failed", `result did not validate after a repair turn: ${formatIssues(parsed.error)}`);
      repairUsed = true;
      messages.push({
        role: "user",
        content: toolUses.map((use) => ({
          type: "tool_result" as const,
          toolUseId: use.id,
          isError: true,
          content:
            use === submission
              ? `Your result did not validate: ${formatIssues(parsed.error)}. Fix it and call ${SUBMIT_TOOL} again.`
              : "Not run: a result was submitted in the same turn.",
        })),
      });
      continue;
    }

    if (toolUses.length === 0) {
      if (repairUsed)
        return end("inconclusive", `ended without a result: ${rationaleOf(response.content) ?? "no text"}`);
      repairUsed = true;
      messages.push({
        role: "user",
        content: [{ type: "text", text: `You have not handed in a result. Call ${SUBMIT_TOOL} now.` }],
      });
      continue;
    }

    const rationale = rationaleOf(response.content);
    const results: ContentBlock[] = [];
    for (const use of toolUses) {
      const invocation = await deps.tools.invoke(session, {
        tool: use.name,
        input: use.input,
        ...(rationale ? { rationale } : {}),
      });
      state.toolCalls.push(invocation.record);
      if (invocation.status === "ok") {
        if (use.name === "read_file") rememberRead(state, use.input, invocation.output);
        results.push({ type: "tool_result", toolUseId: use.id, content: invocation.output, isError: false });
      } else {
        const label = invocation.status === "denied" ? "Refused by the security layer" : "Tool error";
        results.push({
          type: "tool_result",
          toolUseId: use.id,
          content: `${label}: ${invocation.reason}`,
          isError: true,
        });
      }
    }
    messages.push({ role: "user", content: results });
    const halt = deps.tools.haltReason();
    if (halt && toolUses.some((use) => use.name === "apply_patch" || use.name === "restart_service")) {
      // A kill switch thrown mid-run: stop before the next model turn rather than keep a compromised agent busy.
      return end("halted", halt);
    }
  }
  return end("failed", `step limit of ${definition.maxSteps} model turns reached without a result`);
}

function rememberRead(state: Common, input: unknown, output: string): void {
  if (typeof input === "object" && input !== null && "path" in input && typeof input.path === "string") {
    state.filesRead.set(input.path, output);
  }
}

/** A breaker without shared state checks before the call and is charged after it. */
async function holdSpend(breaker: CostBreaker): Promise<SpendHold> {
  if (breaker.reserve) return breaker.reserve();
  const state = breaker.check();
  if (!state.ok) return state;
  return {
    ok: true,
    settle: async (model, usage) => breaker.charge(model, usage),
    release: async () => undefined,
  };
}
