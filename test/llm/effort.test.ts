import { describe, expect, it } from "vitest";
import { effortParams } from "../../src/llm/anthropic/effort.js";

describe("effortParams", () => {
  it("turns thinking off for effort off, whatever the model", () => {
    for (const model of ["claude-opus-5-5", "claude-opus-4-5", "claude-haiku-4-5"]) {
      expect(effortParams(model, "off")).toEqual({ max_tokens: 8_192, thinking: { type: "disabled" } });
    }
  });

  it("uses adaptive thinking with effort from Opus 4.6 on", () => {
    for (const model of [
      "claude-opus-4-6",
      "claude-opus-4-8",
      "claude-sonnet-4-6",
      "claude-opus-5-5",
      "claude-sonnet-5",
    ]) {
      expect(effortParams(model, "medium")).toMatchObject({
        thinking: { type: "adaptive" },
        output_config: { effort: "medium" },
      });
    }
  });

  it("uses a fixed budget for older models, plus effort on Opus 4.5 only", () => {
    expect(effortParams("claude-opus-4-5-20251101", "low")).toEqual({
      max_tokens: 2_048 + 8_192,
      thinking: { type: "enabled", budget_tokens: 2_048 },
      output_config: { effort: "low" },
    });
    expect(effortParams("anthropic.claude-opus-4-5-20251101-v1:0", "high").output_config).toEqual({
      effort: "high",
    });
    for (const model of [
      "claude-haiku-4-5",
      "claude-sonnet-4-5",
      "claude-opus-4-1",
      "claude-sonnet-4-20250514",
      "claude-opus-4",
    ]) {
      const params = effortParams(model, "high");
      expect(params.thinking).toEqual({ type: "enabled", budget_tokens: 12_288 });
      expect(params.output_config).toBeUndefined();
      expect(params.max_tokens).toBeGreaterThan(12_288);
    }
  });
});
