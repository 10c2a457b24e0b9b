import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { costOf } from "../../src/core/pricing.js";
import { ProviderConfigError, ProviderUnavailableError } from "../../src/llm/errors.js";
import { createBedrockGatewayProvider } from "../../src/llm/openai-compatible/chat-completions-provider.js";
import type { ScreenLog } from "../../src/llm/render-context.js";
import { INJECTION, noWait, recordingGateway, turn, WORKSPACE_SECRET } from "./helpers/fixtures.js";

const BASE = "https://bedrock-gateway.example.internal";
const MODEL = "us.anthropic.claude-opus-4-5-20251101-v1:0";
// biome-ignore lint/suspicious/noExplicitAny: intercepted request bodies are inspected as loose JSON
type Body = Record<string, any>;

function provider(sleeps: number[] = [], screenLog?: ScreenLog) {
  return createBedrockGatewayProvider({
    baseUrl: `${BASE}/api/v1/`,
    apiKey: "bag-test-key",
    model: MODEL,
    gateway: recordingGateway(),
    retry: { ...noWait, sleep: async (ms: number) => void sleeps.push(ms), maxRetries: 2 },
    ...(screenLog ? { screenLog } : {}),
  });
}

function completion(message: Record<string, unknown>, finish: string, usage: Record<string, unknown>) {
  return {
    id: "chatcmpl-4f1a2b3c",
    created: 1_795_000_000,
    model: MODEL,
    system_fingerprint: "fp",
    object: "chat.completion",
    choices: [
      { index: 0, finish_reason: finish, logprobs: null, message: { role: "assistant", ...message } },
    ],
    usage,
  };
}

afterEach(() => {
  nock.cleanAll();
});

describe("bedrock gateway provider", () => {
  it("maps tools, tool calls and tool results to the OpenAI-compatible API and back", async () => {
    const bodies: Body[] = [];
    const headers: string[] = [];
    nock(BASE)
      .post("/api/v1/chat/completions", (body) => {
        bodies.push(body);
        return true;
      })
      .times(2)
      .reply(function () {
        headers.push(String(this.req.headers.authorization));
        return bodies.length === 1
          ? [
              200,
              completion(
                {
                  content: "Checking the manifest.",
                  reasoning_content: "private thoughts",
                  tool_calls: [
                    {
                      id: "tooluse_abc",
                      type: "function",
                      function: { name: "read_file", arguments: '{"path":"deploy/checkout.yaml"}' },
                    },
                  ],
                },
                "tool_calls",
                { prompt_tokens: 2_400, completion_tokens: 90, total_tokens: 2_490 },
              ),
            ]
          : [
              200,
              completion(
                {
                  content: null,
                  tool_calls: [
                    {
                      id: "tooluse_def",
                      type: "function",
                      function: { name: "submit_result", arguments: '{"summary":"heap limit too low"}' },
                    },
                  ],
                },
                "tool_calls",
                {
                  prompt_tokens: 2_600,
                  completion_tokens: 40,
                  total_tokens: 2_640,
                  prompt_tokens_details: { cached_tokens: 2_000 },
                },
              ),
            ];
      });
    const screenLog: ScreenLog = { flags: [] };
    const llm = provider([], screenLog);
    const request = turn();
    const first = await llm.complete(request);
    expect(first.content).toEqual([
      { type: "text", text: "Checking the manifest." },
      { type: "tool_use", id: "tooluse_abc", name: "read_file", input: { path: "deploy/checkout.yaml" } },
    ]);
    expect(first.stopReason).toBe("tool_use");
    expect(JSON.stringify(first)).not.toContain("private thoughts");
    expect(first.usage).toEqual({
      inputTokens: 2_400,
      outputTokens: 90,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      costUsd: costOf(MODEL, {
        inputTokens: 2_400,
        outputTokens: 90,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
      }),
    });

    const second = await llm.complete(
      turn({
        messages: [
          ...request.messages,
          { role: "assistant", content: first.content },
          {
            role: "user",
            content: [
              {
                type: "tool_result",
                toolUseId: "tooluse_abc",
                isError: true,
                content: `denied: ${WORKSPACE_SECRET}`,
              },
            ],
          },
        ],
      }),
    );
    expect(second.content).toEqual([
      {
        type: "tool_use",
        id: "tooluse_def",
        name: "submit_result",
        input: { summary: "heap limit too low" },
      },
    ]);
    expect(second.usage).toMatchObject({ inputTokens: 600, cacheReadTokens: 2_000, outputTokens: 40 });

    const [one, two] = bodies as [Body, Body];
    expect(headers).toEqual(["Bearer bag-test-key", "Bearer bag-test-key"]);
    expect(one.model).toBe(MODEL);
    expect(one.tools.map((t: Body) => t.function.name)).toEqual(["read_file", "submit_result"]);
    expect(one.tools[0].function.parameters.$schema).toBeUndefined();
    expect(one.reasoning_effort).toBe("high");
    expect(one.messages[0]).toEqual({ role: "system", content: "You are the Detective." });
    expect(one.messages[1].content[0].text).toContain('<untrusted_data source="log-summary">');
    expect(screenLog.flags).toContainEqual({ source: "log-summary", flag: "prompt_injection" });
    expect(one.messages[1].content[0].text).toContain(INJECTION);
    expect(two.messages[2]).toEqual({
      role: "assistant",
      content: "Checking the manifest.",
      tool_calls: [
        {
          id: "tooluse_abc",
          type: "function",
          function: { name: "read_file", arguments: '{"path":"deploy/checkout.yaml"}' },
        },
      ],
    });
    expect(two.messages[3].role).toBe("tool");
    expect(two.messages[3].tool_call_id).toBe("tooluse_abc");
    expect(two.messages[3].content).toMatch(/^ERROR\n<untrusted_data source="tool:read_file">/);
    for (const body of bodies) expect(JSON.stringify(body)).not.toContain(WORKSPACE_SECRET);
  });

  it("hands malformed tool arguments on as they came, for the tool's schema to refuse", async () => {
    nock(BASE)
      .post("/api/v1/chat/completions")
      .reply(
        200,
        completion(
          {
            content: null,
            tool_calls: [
              { id: "t1", type: "function", function: { name: "read_file", arguments: "{path:" } },
            ],
          },
          "tool_calls",
          { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        ),
      );
    const response = await provider().complete(turn());
    expect(response.content).toEqual([{ type: "tool_use", id: "t1", name: "read_file", input: "{path:" }]);
  });

  it("retries 429 and 529 with retry-after and gives up with the reason", async () => {
    nock(BASE)
      .post("/api/v1/chat/completions")
      .reply(429, { error: { message: "Too many requests" } }, { "retry-after": "1" })
      .post("/api/v1/chat/completions")
      .times(2)
      .reply(529, { error: { message: "overloaded" } });
    const sleeps: number[] = [];
    const error = await provider(sleeps)
      .complete(turn())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect((error as Error).message).toMatch(/unavailable after 3 attempts: HTTP 529/);
    expect(sleeps[0]).toBe(1_000);
    expect(sleeps).toHaveLength(2);
  });

  it("refuses a malformed response instead of guessing", async () => {
    nock(BASE).post("/api/v1/chat/completions").reply(200, { choices: [] });
    await expect(provider().complete(turn())).rejects.toThrow(/malformed response/);
  });

  it("names the missing variable", () => {
    const base = { baseUrl: BASE, apiKey: "k", model: MODEL, gateway: recordingGateway() };
    expect(() => createBedrockGatewayProvider({ ...base, apiKey: "" })).toThrow(ProviderConfigError);
    expect(() => createBedrockGatewayProvider({ ...base, baseUrl: "" })).toThrow(
      /BEDROCK_GATEWAY_BASE_URL is not set/,
    );
    expect(() => createBedrockGatewayProvider({ ...base, model: "" })).toThrow(
      /BEDROCK_GATEWAY_MODEL is not set/,
    );
  });
});
