import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { operatorSettings } from "../../src/core/operator-settings.js";
import {
  createConfigMemory,
  parseSentryConfig,
  parseSentryConfigText,
  renderConfigProblem,
} from "../../src/github/config.js";

describe("sentry.yml", () => {
  it("parses a valid file, lower-case mode included", () => {
    const result = parseSentryConfigText("mode: active\nreviewers: [alice]\nprotectedPaths: ['infra/**']\n");
    expect(result).toMatchObject({
      status: "ok",
      file: { mode: "ACTIVE", reviewers: ["alice"], protectedPaths: ["infra/**"] },
    });
  });

  it("names the offending key: unknown keys, wrong types, nested paths, YAML syntax", () => {
    expect(parseSentryConfigText("mdoe: active\n")).toMatchObject({ status: "invalid", key: "mdoe" });
    expect(parseSentryConfigText("costLimit:\n  usd: lots\n")).toMatchObject({
      status: "invalid",
      key: "costLimit.usd",
    });
    expect(parseSentryConfigText("mode: yolo\n")).toMatchObject({ status: "invalid", key: "mode" });
    expect(
      parseSentryConfigText("alertRouting:\n  - match: {service: a}\n    repo: 'not a repo'\n"),
    ).toMatchObject({
      status: "invalid",
      key: "alertRouting.0.repo",
    });
    expect(parseSentryConfigText("mode: [unclosed\n")).toMatchObject({
      status: "invalid",
      key: "(yaml syntax)",
    });
    expect(parseSentryConfig(null)).toEqual({ status: "missing" });
  });

  it("keeps the last good config after an invalid edit, and defaults before any", () => {
    const memory = createConfigMemory();
    const operator = operatorSettings(undefined, { mode: "ACTIVE" });
    const bad = parseSentryConfigText("mode: yolo\n");
    const first = memory.resolve("acme/shop", bad, DEFAULT_CONFIG);
    expect(first).toMatchObject({ source: "default", config: DEFAULT_CONFIG, problem: { key: "mode" } });
    expect(renderConfigProblem(first)).toContain("`mode`");

    memory.resolve("acme/shop", parseSentryConfigText("mode: active\nreviewers: [bob]\n"), operator);
    const later = memory.resolve("acme/shop", bad, operator);
    expect(later).toMatchObject({ source: "last-good", config: { mode: "ACTIVE", reviewers: ["bob"] } });
    expect(renderConfigProblem(later)).toContain("last valid configuration");
    expect(memory.resolve("acme/other", bad, operator).source).toBe("default");
  });
});
