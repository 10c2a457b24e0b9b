import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, type SentryConfig, SentryConfigSchema } from "../../src/core/config.js";
import { costOf } from "../../src/core/pricing.js";
import type { Run } from "../../src/core/run.js";
import { runIncident } from "../../src/engine/run-incident.js";
import { incidentFromLogs } from "../../src/entrypoints/shared/incident-from-logs.js";
import { workspaceFromPaths } from "../../src/entrypoints/shared/workspace-from-paths.js";
import {
  createAnthropicProvider,
  DEFAULT_ANTHROPIC_MODEL,
} from "../../src/llm/anthropic/anthropic-provider.js";
import { createBedrockGatewayProvider } from "../../src/llm/openai-compatible/chat-completions-provider.js";
import type { ScreenLog } from "../../src/llm/render-context.js";
import { type AuditStore, createMemoryAuditStore } from "../../src/security/audit/audit-store.js";
// Collector tools are shown only when the operator configured collectors (none here).
import { COLLECTOR_TOOLS, ROLE_TOOLS } from "../../src/security/registry/role-tools.js";
import {
  type Body,
  type Intercepted,
  interceptAnthropic,
  interceptBedrockGateway,
} from "./helpers/fake-claude.js";
import {
  CONFIG_BEFORE,
  type IncidentDir,
  makeIncidentDir,
  recordedScript,
  recordedTotals,
  WORKSPACE_SECRET,
} from "./helpers/recorded-incident.js";

const BAG = "https://bedrock-gateway.example.internal";
const BAG_MODEL = "us.anthropic.claude-opus-4-5-20251101-v1:0";

let where: IncidentDir;
let sleeps: number[];
let screenLog: ScreenLog;

beforeEach(() => {
  where = makeIncidentDir();
  sleeps = [];
  screenLog = { flags: [] };
});
afterEach(() => {
  nock.cleanAll();
  rmSync(where.dir, { recursive: true, force: true });
});

const retry = () => ({ sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5, maxRetries: 3 });

async function run(
  kind: "anthropic" | "bedrock_gateway",
  config: SentryConfig = DEFAULT_CONFIG,
  auditStore?: AuditStore,
): Promise<Run> {
  const workspace = workspaceFromPaths({ logs: ["app.log"], repo: "repo", cwd: where.dir });
  const result = await runIncident({
    incident: incidentFromLogs(workspace, new Date("2026-11-24T02:15:00Z")),
    workspace,
    mode: "AUDIT",
    config,
    ...(auditStore ? { auditStore } : {}),
    provider: ({ gateway }) =>
      kind === "anthropic"
        ? createAnthropicProvider({
            apiKey: "sk-ant-api03-test-not-a-real-key-000000",
            gateway,
            retry: retry(),
            screenLog,
          })
        : createBedrockGatewayProvider({
            baseUrl: `${BAG}/api/v1`,
            apiKey: "bag-key",
            model: BAG_MODEL,
            gateway,
            retry: retry(),
            screenLog,
          }),
  });
  return result.run;
}

function lastUserBlocks(body: Body): Body[] {
  return body.messages.at(-1).content;
}

function expectNoSecret(seen: Intercepted): void {
  expect(seen.bodies.length).toBeGreaterThan(0);
  for (const body of seen.bodies) expect(JSON.stringify(body)).not.toContain(WORKSPACE_SECRET);
}

describe("a full incident run against the Anthropic Messages API (nock)", () => {
  it("runs four agents to PROPOSED with guarded tools, cached prefixes, wrapped data and summed usage", async () => {
    const script = recordedScript();
    const seen = interceptAnthropic(script);
    const result = await run("anthropic");

    expect(result.finalState).toBe("PROPOSED");
    expect(result.provider).toBe("anthropic");
    expect(result.diagnosis?.category).toBe("connection_pool");
    expect(result.proposal).toMatchObject({ applied: false, risk: "low" });
    expect(readFileSync(join(where.repo, "config/app.yaml"), "utf8")).toBe(CONFIG_BEFORE);
    expect(seen.agents).toEqual(["triage", ...Array(5).fill("detective"), "surgeon", "surgeon", "validator"]);

    // Only each agent's allowed tools are offered, plus the submit tool.
    for (const [index, body] of seen.bodies.entries()) {
      const agent = seen.agents[index] as keyof typeof ROLE_TOOLS;
      expect(body.tools.map((t: Body) => t.name).sort()).toEqual(
        [
          // Collectors and git_history are shown only where they can work (no collectors, no git checkout here).
          ...ROLE_TOOLS[agent].filter((t) => !COLLECTOR_TOOLS.includes(t) && t !== "git_history"),
          "submit_result",
        ].sort(),
      );
      expect(body.model).toBe(DEFAULT_ANTHROPIC_MODEL);
      // cache_control on the system prompt, the last tool, the shared context and the newest block.
      expect(body.system[0].cache_control).toEqual({ type: "ephemeral" });
      expect(body.tools.at(-1).cache_control).toEqual({ type: "ephemeral" });
      expect(body.messages[0].content[0].cache_control).toEqual({ type: "ephemeral" });
      expect(JSON.stringify(body).match(/"cache_control"/g)).toHaveLength(4);
      expect(body.messages[0].content[0].text).toContain('<untrusted_data source="log-summary">');
    }
    // The shared context block is byte-identical for every turn of an agent (so the cache can hit).
    const detectiveContext = seen.bodies
      .filter((_, i) => seen.agents[i] === "detective")
      .map((b) => b.messages[0].content[0].text);
    expect(new Set(detectiveContext).size).toBe(1);
    // Effort: the validator does not think; the detective does.
    expect(seen.bodies.at(-1)!.thinking).toEqual({ type: "disabled" });
    expect(seen.bodies[1]!.thinking).toEqual({ type: "adaptive" });
    expect(seen.bodies[1]!.output_config).toEqual({ effort: "high" });

    // Thinking goes back before its tool_use; the tool result comes back as wrapped data.
    const detective2 = seen.bodies[2]!;
    expect(detective2.messages[1].content[0]).toMatchObject({
      type: "thinking",
      signature: "sig-detective0",
    });
    const read = lastUserBlocks(detective2)[0]!;
    expect(read).toMatchObject({ type: "tool_result", tool_use_id: "toolu_detective0", is_error: false });
    expect(read.content).toMatch(/^<untrusted_data source="tool:read_file">[\s\S]*pool_size: 5/);
    // Malformed input is refused by the tool's zod schema and reported to the model as an error result.
    const malformed = lastUserBlocks(seen.bodies[4]!)[0]!;
    expect(malformed).toMatchObject({ type: "tool_result", tool_use_id: "toolu_detective2", is_error: true });
    expect(malformed.content).toMatch(/invalid input: path: Invalid input: expected string, received number/);
    // A tool outside the Detective's role is refused by the security layer.
    const outside = lastUserBlocks(seen.bodies[5]!)[0]!;
    expect(outside).toMatchObject({ type: "tool_result", tool_use_id: "toolu_detective3", is_error: true });
    expect(outside.content).toMatch(/Refused by the security layer: role detective may not/);
    expect(result.toolCalls.find((c) => c.agent === "detective" && c.tool === "apply_patch")?.decision).toBe(
      "blocked",
    );

    // The injection in the log reached the gateway and was flagged; no workspace secret left in any request.
    expect(screenLog.flags.some((f) => f.source === "log-summary")).toBe(true);
    expectNoSecret(seen);

    // Usage: every call's tokens summed on the Run, priced from the one table.
    const totals = recordedTotals(script);
    expect(result.usage).toMatchObject({
      inputTokens: totals.inputTokens,
      outputTokens: totals.outputTokens,
      cacheReadTokens: totals.cacheReadTokens,
      cacheWriteTokens: totals.cacheWriteTokens,
    });
    expect(result.usage.costUsd).toBeCloseTo(costOf(DEFAULT_ANTHROPIC_MODEL, totals), 9);
  });

  it("waits out a 429 and carries on", async () => {
    nock("https://api.anthropic.com")
      .post("/v1/messages")
      .reply(
        429,
        { type: "error", error: { type: "rate_limit_error", message: "Rate limited" } },
        { "retry-after": "3" },
      );
    interceptAnthropic(recordedScript());
    const result = await run("anthropic");
    expect(result.finalState).toBe("PROPOSED");
    expect(sleeps).toEqual([3_000]);
  });

  it("ends ESCALATED with the reason when the API stays overloaded (529)", async () => {
    nock("https://api.anthropic.com")
      .post("/v1/messages")
      .times(4)
      .reply(529, { type: "error", error: { type: "overloaded_error", message: "Overloaded" } });
    const result = await run("anthropic");
    expect(result.finalState).toBe("ESCALATED");
    expect(result.reason).toMatch(/529/);
    expect(result.reason).toMatch(/4 attempts/);
    expect(sleeps).toHaveLength(3);
  });

  it("ends HALTED when the cost breaker trips mid-run", async () => {
    const seen = interceptAnthropic(recordedScript());
    const config = SentryConfigSchema.parse({ costLimit: { usd: 0.2 } });
    const result = await run("anthropic", config);
    expect(result.finalState).toBe("HALTED");
    expect(result.reason).toMatch(/cost|\$|usd|limit/i);
    // Triage finished, the Detective made one call, then no further call was made.
    expect(seen.agents).toEqual(["triage", "detective"]);
    expect(result.usage.costUsd).toBeGreaterThan(0.2);
  });

  it("counts what earlier runs on the same audit chain spent: the window spans runs, not one run", async () => {
    const store = createMemoryAuditStore();
    interceptAnthropic(recordedScript());
    const first = await run("anthropic", DEFAULT_CONFIG, store);
    expect(first.finalState).toBe("PROPOSED");
    const spent = first.usage.costUsd;
    expect(spent).toBeGreaterThan(0);
    // A limit the first run's spend alone passes: the second run may not make a single call.
    const config = SentryConfigSchema.parse({ costLimit: { usd: spent * 0.9, windowMinutes: 10 } });
    const seen = interceptAnthropic(recordedScript());
    const second = await run("anthropic", config, store);
    expect(second.finalState).toBe("HALTED");
    expect(second.reason).toMatch(/cost circuit breaker/);
    expect(seen.agents).toEqual([]);
    nock.cleanAll();
    // The same run on a chain of its own goes ahead: it was the earlier spend that stopped it.
    const fresh = interceptAnthropic(recordedScript());
    await run("anthropic", config, createMemoryAuditStore());
    expect(fresh.agents.length).toBeGreaterThan(0);
  });
});

describe("the same run through the Bedrock Access Gateway (nock)", () => {
  it("resolves with the same guards and maps tool calls both ways", async () => {
    const script = recordedScript();
    const seen = interceptBedrockGateway(script, BAG);
    const result = await run("bedrock_gateway");
    expect(result.finalState).toBe("PROPOSED");
    expect(result.provider).toBe("bedrock_gateway");
    for (const [index, body] of seen.bodies.entries()) {
      const agent = seen.agents[index] as keyof typeof ROLE_TOOLS;
      expect(body.tools.map((t: Body) => t.function.name).sort()).toEqual(
        [
          // Collectors and git_history are shown only where they can work (no collectors, no git checkout here).
          ...ROLE_TOOLS[agent].filter((t) => !COLLECTOR_TOOLS.includes(t) && t !== "git_history"),
          "submit_result",
        ].sort(),
      );
      expect(body.messages[1].content[0].text).toContain('<untrusted_data source="log-summary">');
    }
    const outside = seen.bodies[5]!.messages.at(-1);
    expect(outside).toMatchObject({ role: "tool", tool_call_id: "tooluse_detective3" });
    expect(outside.content).toMatch(/^ERROR\n[\s\S]*Refused by the security layer/);
    expect(screenLog.flags.some((f) => f.source === "log-summary")).toBe(true);
    expectNoSecret(seen);
    const totals = recordedTotals(script);
    expect(result.usage).toMatchObject({
      inputTokens: totals.inputTokens,
      outputTokens: totals.outputTokens,
      cacheReadTokens: totals.cacheReadTokens,
    });
    expect(result.usage.costUsd).toBeCloseTo(costOf(BAG_MODEL, { ...totals, cacheWriteTokens: 0 }), 9);
  });
});
