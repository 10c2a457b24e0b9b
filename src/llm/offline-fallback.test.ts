import { describe, expect, it } from "vitest";
import { ZERO_USAGE } from "../core/usage.js";
import { ProviderUnavailableError } from "./errors.js";
import { withOfflineFallback } from "./offline-fallback.js";
import { type LlmProvider, SUBMIT_TOOL, type TurnRequest, type TurnResponse } from "./provider.js";

const reply = (content: TurnResponse["content"]): TurnResponse => ({
  content,
  stopReason: "tool_use",
  model: "m",
  usage: ZERO_USAGE,
});

function request(agent: TurnRequest["agent"], messages: TurnRequest["messages"]): TurnRequest {
  return {
    agent,
    effort: "low",
    system: "",
    context: { incident: {} as never, hints: [], similar: [] },
    messages,
    tools: [],
  };
}

const kickoff = { role: "user" as const, content: [{ type: "text" as const, text: "go" }] };

describe("withOfflineFallback", () => {
  it("hands the rest of the run to the fallback after an outage, marking the diagnosis", async () => {
    let primaryCalls = 0;
    const primary: LlmProvider = {
      name: "anthropic",
      complete: async () => {
        primaryCalls += 1;
        throw new ProviderUnavailableError("Anthropic API unavailable after 4 attempts: HTTP 529", {
          outage: true,
        });
      },
    };
    const seen: number[] = [];
    const fallback: LlmProvider = {
      name: "offline",
      complete: async (r) => {
        seen.push(r.messages.length);
        return reply([
          {
            type: "tool_use",
            id: "t",
            name: SUBMIT_TOOL,
            input: { summary: "Pool exhausted.", recommendedActions: ["Raise it."] },
          },
        ]);
      },
    };
    const provider = withOfflineFallback(primary, fallback);
    expect(provider.name).toBe("anthropic");
    await provider.complete(request("triage", [kickoff]));
    const assistant = {
      role: "assistant" as const,
      content: [{ type: "text" as const, text: "model turn" }],
    };
    // The Detective's conversation already held a model turn: the fallback starts it afresh.
    const out = await provider.complete(request("detective", [kickoff, assistant, kickoff]));
    expect(primaryCalls).toBe(1);
    expect(seen).toEqual([1, 1]);
    expect(provider.name).toBe("offline (anthropic unreachable)");
    const submitted = out.content[0];
    expect(submitted?.type === "tool_use" && submitted.input).toMatchObject({
      summary: expect.stringMatching(
        /^The model \(anthropic\) was unreachable \(.*HTTP 529\).*Pool exhausted\.$/,
      ),
      recommendedActions: [expect.stringMatching(/was unreachable/), "Raise it."],
    });
  });

  it("passes on failures that are not outages (a refused key)", async () => {
    const primary: LlmProvider = {
      name: "anthropic",
      complete: async () => {
        throw new ProviderUnavailableError("the API key was refused");
      },
    };
    const provider = withOfflineFallback(primary, { name: "offline", complete: async () => reply([]) });
    await expect(provider.complete(request("triage", [kickoff]))).rejects.toThrow(/refused/);
    expect(provider.name).toBe("anthropic");
  });
});
