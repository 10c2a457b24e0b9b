import { rmSync } from "node:fs";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RunSchema } from "../../src/core/run.js";
import { cli } from "../helpers/cli-harness.js";
import { interceptAnthropic, interceptBedrockGateway } from "./helpers/fake-claude.js";
import {
  type IncidentDir,
  makeIncidentDir,
  recordedScript,
  WORKSPACE_SECRET,
} from "./helpers/recorded-incident.js";

let where: IncidentDir;
beforeEach(() => {
  where = makeIncidentDir();
});
afterEach(() => {
  nock.cleanAll();
  rmSync(where.dir, { recursive: true, force: true });
});

const ARGS = [
  "diagnose",
  "--provider",
  "anthropic",
  "--log",
  "app.log",
  "--repo",
  "repo",
  "--format",
  "json",
];

describe("claude-sentry diagnose --provider anthropic", () => {
  it("fails with one clear line and exit code 2 without a key, before any request", async () => {
    const result = await cli(ARGS, { cwd: where.dir, env: {} });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "claude-sentry diagnose: ANTHROPIC_API_KEY is not set: set it, or use --provider offline\n",
    );
  });

  it("runs the incident end to end against the (intercepted) Messages API with a key", async () => {
    const seen = interceptAnthropic(recordedScript());
    const result = await cli(ARGS, {
      cwd: where.dir,
      env: { ANTHROPIC_API_KEY: "sk-ant-api03-cli-test-key-not-real-000000" },
    });
    expect(result.stderr).toBe("");
    // The fix is proposed in AUDIT mode and waits for review: exit 3 (PROPOSED).
    expect(result.code).toBe(3);
    const run = RunSchema.parse(JSON.parse(result.stdout));
    expect(run.provider).toBe("anthropic");
    expect(run.finalState).toBe("PROPOSED");
    expect(run.diagnosis?.category).toBe("connection_pool");
    expect(run.usage.outputTokens).toBeGreaterThan(0);
    expect(run.usage.costUsd).toBeGreaterThan(0);
    expect(seen.agents[0]).toBe("triage");
    expect(seen.agents.at(-1)).toBe("validator");
    expect(result.stdout).not.toContain(WORKSPACE_SECRET);
    for (const body of seen.bodies) expect(JSON.stringify(body)).not.toContain(WORKSPACE_SECRET);
  });

  it("ends ESCALATED with a readable reason, exit 1, when the API refuses the key", async () => {
    nock("https://api.anthropic.com")
      .post("/v1/messages")
      .reply(401, { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } });
    const result = await cli(ARGS, {
      cwd: where.dir,
      env: { ANTHROPIC_API_KEY: "sk-ant-api03-revoked-key-000000000000" },
    });
    expect(result.code).toBe(1);
    const run = RunSchema.parse(JSON.parse(result.stdout));
    expect(run.finalState).toBe("ESCALATED");
    expect(run.reason).toMatch(/API key was refused \(HTTP 401 authentication_error: invalid x-api-key\)/);
  });
});

describe("claude-sentry diagnose --provider bedrock_gateway", () => {
  it("runs the incident end to end through the gateway's chat completions", async () => {
    const base = "https://bedrock-gateway.example.internal";
    const seen = interceptBedrockGateway(recordedScript(), base);
    const result = await cli(
      ["diagnose", "--provider", "bedrock_gateway", "--log", "app.log", "--repo", "repo", "--format", "json"],
      {
        cwd: where.dir,
        env: {
          BEDROCK_GATEWAY_BASE_URL: `${base}/api/v1`,
          BEDROCK_GATEWAY_API_KEY: "bag-key",
          BEDROCK_GATEWAY_MODEL: "us.anthropic.claude-opus-4-5-20251101-v1:0",
        },
      },
    );
    expect(result.stderr).toBe("");
    const run = RunSchema.parse(JSON.parse(result.stdout));
    expect(run.provider).toBe("bedrock_gateway");
    expect(run.finalState).toBe("PROPOSED");
    expect(seen.bodies[0]?.model).toBe("us.anthropic.claude-opus-4-5-20251101-v1:0");
  });
});
