import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { costOf } from "../../src/core/pricing.js";
import { createAnthropicProvider } from "../../src/llm/anthropic/anthropic-provider.js";
import { ProviderConfigError, ProviderUnavailableError } from "../../src/llm/errors.js";
import type { ScreenLog } from "../../src/llm/render-context.js";
import {
  anthropicMessage,
  INJECTION,
  noWait,
  recordingGateway,
  turn,
  WORKSPACE_SECRET,
} from "./helpers/fixtures.js";

const API = "https://api.anthropic.com";
// biome-ignore lint/suspicious/noExplicitAny: intercepted request bodies are inspected as loose JSON
type Body = Record<string, any>;

function provider(
  over: { sleeps?: number[]; timeoutMs?: number; screenLog?: ScreenLog; model?: string } = {},
) {
  const gateway = recordingGateway();
  const sleeps = over.sleeps ?? [];
  const llm = createAnthropicProvider({
    apiKey: "sk-ant-test-key-not-real-0000000000",
    gateway,
    model: over.model ?? "claude-opus-4-5",
    retry: { ...noWait, sleep: async (ms: number) => void sleeps.push(ms), maxRetries: 3 },
    ...(over.timeoutMs ? { timeoutMs: over.timeoutMs } : {}),
    ...(over.screenLog ? { screenLog: over.screenLog } : {}),
  });
  return { llm, gateway, sleeps };
}

afterEach(() => {
  nock.cleanAll();
});

const thinkingThenRead = anthropicMessage(
  [
    {
      type: "thinking",
      thinking: "The heap limit looks low; read the deployment.",
      signature: "EqQBCkYIBxgCKkA=sig1",
    },
    { type: "text", text: "Reading the deployment manifest." },
    { type: "tool_use", id: "toolu_01A", name: "read_file", input: { path: "deploy/checkout.yaml" } },
  ],
  "tool_use",
  { input: 2_113, output: 187, cacheRead: 0, cacheWrite: 3_904 },
);

describe("anthropic provider: request shape", () => {
  it("offers only the tools it is given, marks cache breakpoints, wraps untrusted text and maps thinking", async () => {
    const bodies: Body[] = [];
    nock(API)
      .post("/v1/messages", (body) => {
        bodies.push(body);
        return true;
      })
      .reply(200, thinkingThenRead);
    const screenLog: ScreenLog = { flags: [] };
    const { llm } = provider({ screenLog });
    const response = await llm.complete(turn());
    const body = bodies[0]!;

    expect(body.tools.map((t: Body) => t.name)).toEqual(["read_file", "submit_result"]);
    expect(body.tools[0].cache_control).toBeUndefined();
    expect(body.tools[1].cache_control).toEqual({ type: "ephemeral" });
    expect(body.tools[0].input_schema.$schema).toBeUndefined();
    expect(body.system).toEqual([
      { type: "text", text: "You are the Detective.", cache_control: { type: "ephemeral" } },
    ]);
    const first = body.messages[0].content;
    expect(first[0].cache_control).toEqual({ type: "ephemeral" });
    expect(first[0].text).toContain('<untrusted_data source="alert">');
    expect(first[0].text).toContain('<untrusted_data source="log-summary">');
    expect(first.at(-1).text).toBe("Work on the incident described above.");
    // Claude Opus 4.5 takes a fixed thinking budget plus effort.
    expect(body.thinking).toEqual({ type: "enabled", budget_tokens: 12_288 });
    expect(body.output_config).toEqual({ effort: "high" });
    expect(body.max_tokens).toBeGreaterThan(body.thinking.budget_tokens);

    // The injection reached the gateway and was flagged; in the request it sits inside its data block only.
    expect(screenLog.flags).toContainEqual({ source: "log-summary", flag: "prompt_injection" });
    const logBlock = first[0].text
      .split('<untrusted_data source="log-summary">')[1]
      .split("</untrusted_data>")[0];
    expect(logBlock).toContain(INJECTION);
    expect(logBlock).toContain("&lt;/untrusted_data>");

    expect(response.content).toEqual([
      { type: "text", text: "Reading the deployment manifest." },
      { type: "tool_use", id: "toolu_01A", name: "read_file", input: { path: "deploy/checkout.yaml" } },
    ]);
    expect(response.stopReason).toBe("tool_use");
    expect(response.usage).toMatchObject({
      inputTokens: 2_113,
      outputTokens: 187,
      cacheReadTokens: 0,
      cacheWriteTokens: 3_904,
    });
    expect(response.usage.costUsd).toBeCloseTo(
      costOf("claude-opus-4-5-20251101", {
        inputTokens: 2_113,
        outputTokens: 187,
        cacheReadTokens: 0,
        cacheWriteTokens: 3_904,
      }),
      10,
    );
  });

  it("sends thinking back before its tool_use and tool results as wrapped data, with the secret redacted", async () => {
    const bodies: Body[] = [];
    nock(API)
      .post("/v1/messages", (body) => {
        bodies.push(body);
        return true;
      })
      .times(2)
      .reply(200, (_uri, _body) =>
        bodies.length === 1
          ? thinkingThenRead
          : anthropicMessage(
              [
                {
                  type: "tool_use",
                  id: "toolu_01B",
                  name: "submit_result",
                  input: { summary: "heap limit too low" },
                },
              ],
              "tool_use",
              { input: 95, output: 60, cacheRead: 3_904, cacheWrite: 410 },
            ),
      );
    const { llm } = provider();
    const request = turn();
    const first = await llm.complete(request);
    const followUp = turn({
      messages: [
        ...request.messages,
        { role: "assistant", content: first.content },
        {
          role: "user",
          content: [
            {
              type: "tool_result",
              toolUseId: "toolu_01A",
              isError: false,
              content: `resources:\n  limits:\n    memory: 256Mi\nenv:\n  - name: KEY\n    value: ${WORKSPACE_SECRET}`,
            },
          ],
        },
      ],
    });
    const second = await llm.complete(followUp);
    const body = bodies[1]!;
    const assistant = body.messages[1];
    expect(assistant.role).toBe("assistant");
    expect(assistant.content[0]).toEqual({
      type: "thinking",
      thinking: "The heap limit looks low; read the deployment.",
      signature: "EqQBCkYIBxgCKkA=sig1",
    });
    expect(assistant.content.map((b: Body) => b.type)).toEqual(["thinking", "text", "tool_use"]);
    const result = body.messages[2].content[0];
    expect(result.type).toBe("tool_result");
    expect(result.tool_use_id).toBe("toolu_01A");
    expect(result.is_error).toBe(false);
    expect(result.content).toMatch(/^<untrusted_data source="tool:read_file">/);
    // The newest block is the fourth and last breakpoint.
    expect(result.cache_control).toEqual({ type: "ephemeral" });
    const marks = JSON.stringify(body).match(/"cache_control"/g) ?? [];
    expect(marks).toHaveLength(4);
    for (const sent of bodies) expect(JSON.stringify(sent)).not.toContain(WORKSPACE_SECRET);
    expect(second.usage.cacheReadTokens).toBe(3_904);
    expect(second.content[0]).toMatchObject({ type: "tool_use", name: "submit_result" });
  });

  it("redacts secrets from answer text", async () => {
    nock(API)
      .post("/v1/messages")
      .reply(
        200,
        anthropicMessage([{ type: "text", text: `The key ${WORKSPACE_SECRET} was logged.` }], "end_turn", {
          input: 10,
          output: 5,
          cacheRead: 0,
          cacheWrite: 0,
        }),
      );
    const { llm } = provider();
    const response = await llm.complete(turn());
    expect(JSON.stringify(response)).not.toContain(WORKSPACE_SECRET);
    expect(response.content[0]).toEqual({
      type: "text",
      text: "The key [REDACTED:anthropic-key] was logged.",
    });
    expect(response.stopReason).toBe("end_turn");
  });

  it("maps effort: none for the validator, adaptive thinking with effort for models after 4.5", async () => {
    const bodies: Body[] = [];
    nock(API)
      .post("/v1/messages", (body) => {
        bodies.push(body);
        return true;
      })
      .times(2)
      .reply(
        200,
        anthropicMessage([{ type: "text", text: "ok" }], "end_turn", {
          input: 1,
          output: 1,
          cacheRead: 0,
          cacheWrite: 0,
        }),
      );
    await provider().llm.complete(turn({ agent: "validator", effort: "off" }));
    await provider({ model: "claude-opus-5-5" }).llm.complete(turn({ effort: "medium" }));
    expect(bodies[0]!.thinking).toEqual({ type: "disabled" });
    expect(bodies[0]!.output_config).toBeUndefined();
    expect(bodies[1]!.model).toBe("claude-opus-5-5");
    expect(bodies[1]!.thinking).toEqual({ type: "adaptive" });
    expect(bodies[1]!.output_config).toEqual({ effort: "medium" });
  });
});

describe("anthropic provider: resilience", () => {
  const ok = anthropicMessage([{ type: "text", text: "fine" }], "end_turn", {
    input: 1,
    output: 1,
    cacheRead: 0,
    cacheWrite: 0,
  });

  it("retries a 429 after the server's retry-after, then succeeds", async () => {
    nock(API)
      .post("/v1/messages")
      .reply(
        429,
        { type: "error", error: { type: "rate_limit_error", message: "Rate limited" } },
        { "retry-after": "2" },
      )
      .post("/v1/messages")
      .reply(200, ok);
    const { llm, sleeps } = provider();
    const response = await llm.complete(turn());
    expect(response.content).toEqual([{ type: "text", text: "fine" }]);
    expect(sleeps).toEqual([2_000]);
    expect(nock.isDone()).toBe(true);
  });

  it("gives up on 529 after the retries with backoff and says why", async () => {
    const overloaded = { type: "error", error: { type: "overloaded_error", message: "Overloaded" } };
    nock(API).post("/v1/messages").times(4).reply(529, overloaded);
    const { llm, sleeps } = provider();
    const error = await llm.complete(turn()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect((error as Error).message).toMatch(
      /unavailable after 4 attempts: HTTP 529 overloaded_error: Overloaded/,
    );
    // Exponential with jitter (random fixed at 0.5 → 75% of the cap): 1 s, 2 s, 4 s caps.
    expect(sleeps).toEqual([750, 1_500, 3_000]);
    expect(nock.isDone()).toBe(true);
  });

  it("retries network errors and a 500", async () => {
    nock(API)
      .post("/v1/messages")
      .replyWithError({ code: "ECONNRESET", message: "socket hang up" })
      .post("/v1/messages")
      .reply(500, { type: "error", error: { type: "api_error", message: "Internal" } })
      .post("/v1/messages")
      .reply(200, ok);
    const { llm, sleeps } = provider();
    await expect(llm.complete(turn())).resolves.toMatchObject({ stopReason: "end_turn" });
    expect(sleeps).toHaveLength(2);
  });

  it("times out a slow call and retries it", async () => {
    nock(API).post("/v1/messages").delay(500).reply(200, ok).post("/v1/messages").reply(200, ok);
    const { llm, sleeps } = provider({ timeoutMs: 100 });
    await expect(llm.complete(turn())).resolves.toMatchObject({ stopReason: "end_turn" });
    expect(sleeps).toHaveLength(1);
  });

  it("does not retry a refused key", async () => {
    nock(API)
      .post("/v1/messages")
      .reply(401, { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } });
    const { llm, sleeps } = provider();
    await expect(llm.complete(turn())).rejects.toThrow(/API key was refused.*401/);
    expect(sleeps).toHaveLength(0);
  });

  it("stops at once when the run is cancelled", async () => {
    nock(API).post("/v1/messages").delay(2_000).reply(200, ok);
    const controller = new AbortController();
    const { llm } = provider();
    const pending = llm.complete(turn({ signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("run cancelled")), 20);
    const started = Date.now();
    await expect(pending).rejects.toThrow(/cancelled/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("refuses to start without a key, in one line", () => {
    expect(() => createAnthropicProvider({ apiKey: "", gateway: recordingGateway() })).toThrow(
      new ProviderConfigError("ANTHROPIC_API_KEY is not set: set it, or use --provider offline"),
    );
  });
});
