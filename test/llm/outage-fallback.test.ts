import { rmSync } from "node:fs";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Run, RunSchema } from "../../src/core/run.js";
import { hasBuiltCli, runBuiltCli } from "../cli/built-cli.js";
import { cli } from "../helpers/cli-harness.js";
import { type IncidentDir, makeIncidentDir } from "./helpers/recorded-incident.js";

let where: IncidentDir;
beforeEach(() => {
  where = makeIncidentDir();
});
afterEach(() => {
  nock.cleanAll();
  rmSync(where.dir, { recursive: true, force: true });
});

const DIAGNOSE = ["diagnose", "--log", "app.log", "--repo", "repo", "--format", "json"];
const ANTHROPIC_KEY = { ANTHROPIC_API_KEY: "sk-ant-api03-outage-test-key-not-real-0000" };
const BAG = "https://bedrock-gateway.example.internal";
const BAG_ENV = {
  BEDROCK_GATEWAY_BASE_URL: `${BAG}/api/v1`,
  BEDROCK_GATEWAY_API_KEY: "bag-key",
  BEDROCK_GATEWAY_MODEL: "us.anthropic.claude-opus-4-5-20251101-v1:0",
};

/** The recorded incident is an exhausted database pool: what the offline diagnoser finds on its own. */
function expectOfflineFindings(run: Run, provider: string, why: RegExp) {
  expect(run.provider).toBe(`offline (${provider} unreachable)`);
  expect(run.diagnosis?.category).toBe("connection_pool");
  expect(run.diagnosis?.summary).toMatch(why);
  expect(run.diagnosis?.summary).toMatch(/these are the offline diagnoser's findings/);
  expect(run.diagnosis?.recommendedActions[0]).toMatch(/was unreachable/);
}

describe("a model outage keeps the offline findings (CLI, intercepted APIs)", () => {
  it("Anthropic overloaded (529) after every retry", async () => {
    nock("https://api.anthropic.com")
      .post("/v1/messages")
      .times(4)
      .reply(529, { type: "error", error: { type: "overloaded_error", message: "Overloaded" } });
    const result = await cli([...DIAGNOSE, "--provider", "anthropic"], {
      cwd: where.dir,
      env: ANTHROPIC_KEY,
    });
    const run = RunSchema.parse(JSON.parse(result.stdout));
    expectOfflineFindings(run, "anthropic", /unavailable after 4 attempts: HTTP 529/);
    expect(run.finalState).not.toBe("HALTED");
    expect(nock.isDone()).toBe(true); // four calls, then no model call for the later agents
  }, 60_000);

  it("Anthropic unreachable (network error)", async () => {
    nock("https://api.anthropic.com")
      .post("/v1/messages")
      .times(4)
      .replyWithError({ code: "ECONNREFUSED", message: "connect ECONNREFUSED" });
    const result = await cli([...DIAGNOSE, "--provider", "anthropic"], {
      cwd: where.dir,
      env: ANTHROPIC_KEY,
    });
    expectOfflineFindings(RunSchema.parse(JSON.parse(result.stdout)), "anthropic", /network error/);
  }, 60_000);

  it("the Bedrock gateway answering 503 after every retry", async () => {
    nock(BAG)
      .post("/api/v1/chat/completions")
      .times(4)
      .reply(503, { error: { message: "service unavailable" } });
    const result = await cli([...DIAGNOSE, "--provider", "bedrock_gateway"], {
      cwd: where.dir,
      env: BAG_ENV,
    });
    expectOfflineFindings(RunSchema.parse(JSON.parse(result.stdout)), "bedrock_gateway", /HTTP 503/);
  }, 60_000);

  it("does not fall back when the key is refused: that is for a person to fix", async () => {
    nock("https://api.anthropic.com")
      .post("/v1/messages")
      .reply(401, { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } });
    const result = await cli([...DIAGNOSE, "--provider", "anthropic"], {
      cwd: where.dir,
      env: ANTHROPIC_KEY,
    });
    const run = RunSchema.parse(JSON.parse(result.stdout));
    expect(result.code).toBe(1);
    expect(run.provider).toBe("anthropic");
    expect(run.finalState).toBe("ESCALATED");
  });
});

describe.skipIf(!hasBuiltCli)("a model outage, through the built CLI", () => {
  it("keeps the offline findings when the model API refuses connections", async () => {
    // Port 1 on loopback: nothing listens, every attempt is a refused connection.
    const result = await runBuiltCli([...DIAGNOSE, "--provider", "anthropic"], {
      cwd: where.dir,
      env: { ...ANTHROPIC_KEY, ANTHROPIC_BASE_URL: "http://127.0.0.1:1" },
      timeoutMs: 90_000,
    });
    expect(result.stderr).not.toMatch(/internal error/);
    expectOfflineFindings(
      RunSchema.parse(JSON.parse(result.stdout)),
      "anthropic",
      /unavailable after 4 attempts/,
    );
  }, 120_000);
});
