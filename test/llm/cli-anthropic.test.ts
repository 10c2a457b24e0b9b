import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RunSchema } from "../../src/core/run.js";
import { cli } from "../helpers/cli-harness.js";
import { interceptAnthropic } from "./helpers/fake-claude.js";
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
    expect(result.code).toBe(0);
    const run = RunSchema.parse(JSON.parse(result.stdout));
    expect(run.provider).toBe("anthropic");
    expect(run.finalState).toBe("RESOLVED");
    expect(run.diagnosis?.category).toBe("connection_pool");
    expect(run.usage.outputTokens).toBeGreaterThan(0);
    expect(run.usage.costUsd).toBeGreaterThan(0);
    expect(seen.agents[0]).toBe("triage");
    expect(seen.agents.at(-1)).toBe("validator");
    expect(result.stdout).not.toContain(WORKSPACE_SECRET);
    for (const body of seen.bodies) expect(JSON.stringify(body)).not.toContain(WORKSPACE_SECRET);
  });
});
