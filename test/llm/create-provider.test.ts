import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { ZERO_USAGE } from "../../src/core/usage.js";
import { createProvider, type ProviderSettings, parseProviderName } from "../../src/llm/create-provider.js";
import { ProviderConfigError } from "../../src/llm/errors.js";
import type { CostBreaker } from "../../src/security/contracts.js";
import { anthropicMessage, noWait, recordingGateway, turn } from "./helpers/fixtures.js";

const breaker: CostBreaker = { charge: () => undefined, check: () => ({ ok: true }) };
const base = (over: Partial<ProviderSettings>): ProviderSettings => ({
  provider: "anthropic",
  gateway: recordingGateway(),
  breaker,
  retry: noWait,
  ...over,
});

afterEach(() => {
  nock.cleanAll();
});

describe("createProvider", () => {
  it("builds the anthropic provider with per-agent models and a custom base URL", async () => {
    const models: string[] = [];
    nock("https://llm-proxy.example.internal")
      .post("/v1/messages", (body) => {
        models.push(body.model);
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
    const llm = createProvider(
      base({
        apiKey: "sk-ant-test-0000000000",
        model: "claude-opus-4-5",
        models: { triage: "claude-haiku-4-5" },
        baseUrl: "https://llm-proxy.example.internal",
      }),
    );
    expect(llm.name).toBe("anthropic");
    await llm.complete(turn({ agent: "triage", effort: "low" }));
    await llm.complete(turn({ agent: "detective" }));
    expect(models).toEqual(["claude-haiku-4-5", "claude-opus-4-5"]);
  });

  it("builds the bedrock gateway provider", () => {
    const llm = createProvider(
      base({
        provider: "bedrock_gateway",
        apiKey: "k",
        baseUrl: "https://bag.example.internal/api/v1",
        model: "m",
      }),
    );
    expect(llm.name).toBe("bedrock_gateway");
  });

  it("builds the offline provider without a key", () => {
    expect(createProvider(base({ provider: "offline" })).name).toBe("offline");
  });

  it("builds the scripted provider from a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sentry-llm-"));
    const file = join(dir, "script.json");
    writeFileSync(file, JSON.stringify({ steps: [{ agent: "triage", output: { summary: "s" } }] }));
    const llm = createProvider(base({ provider: "scripted", scriptFile: file }));
    const response = await llm.complete(turn({ agent: "triage" }));
    rmSync(dir, { recursive: true, force: true });
    expect(response.content[0]).toMatchObject({
      type: "tool_use",
      name: "submit_result",
      input: { summary: "s" },
    });
    expect(response.usage).toEqual(ZERO_USAGE);
  });

  it("fails with one clear line when a key or a script is missing", () => {
    expect(() => createProvider(base({}))).toThrow(
      new ProviderConfigError("ANTHROPIC_API_KEY is not set: set it, or use --provider offline"),
    );
    expect(() => createProvider(base({ provider: "bedrock_gateway" }))).toThrow(
      /BEDROCK_GATEWAY_BASE_URL is not set/,
    );
    expect(() => createProvider(base({ provider: "scripted" }))).toThrow(/needs a script file/);
  });

  it("parses provider names from flags and variables", () => {
    expect(parseProviderName(" Anthropic ", "LLM_PROVIDER")).toBe("anthropic");
    expect(parseProviderName("bedrock_gateway", "--provider")).toBe("bedrock_gateway");
    expect(() => parseProviderName("openai", "--provider")).toThrow(
      "--provider: unknown provider 'openai' (use anthropic, bedrock_gateway, openai_compatible, offline, scripted)",
    );
  });
});
