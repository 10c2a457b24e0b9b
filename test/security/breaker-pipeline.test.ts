import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { runIncident } from "../../src/engine/run-incident.js";
import { incidentFromLogs } from "../../src/entrypoints/shared/incident-from-logs.js";
import { workspaceFromPaths } from "../../src/entrypoints/shared/workspace-from-paths.js";
import type { LlmProvider } from "../../src/llm/provider.js";
import { createScriptedProvider } from "../../src/llm/scripted/scripted-provider.js";

/**
 * The cost circuit breaker through the whole pipeline: a model that burns tokens (the scripted provider, with
 * each turn reporting 100k Opus output tokens, $7.50 at the price table) trips the $5 per 10 minutes default
 * after its first turn, and the run ends HALTED with the breaker's reason before a second model call is made.
 */
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("cost circuit breaker in the pipeline", () => {
  it("halts every model call once the window's spend passes the limit", async () => {
    dir = mkdtempSync(join(tmpdir(), "sentry-breaker-"));
    mkdirSync(join(dir, "repo"));
    writeFileSync(join(dir, "repo/app.yaml"), "pool_size: 5\n");
    writeFileSync(join(dir, "app.log"), "2026-11-24T02:10:00Z ERROR pool exhausted\n");
    const workspace = workspaceFromPaths({ logs: ["app.log"], repo: "repo", cwd: dir });
    const scripted = createScriptedProvider({
      steps: [
        { agent: "triage", tool: "read_file", input: { path: "app.yaml" } },
        { agent: "triage", tool: "grep_search", input: { pattern: "pool" } },
        {
          agent: "triage",
          output: {
            severity: "P2",
            suspectedCategory: "connection_pool",
            summary: "pool",
            needsDiagnosis: true,
          },
        },
      ],
    });
    let calls = 0;
    const expensive: LlmProvider = {
      name: "expensive",
      async complete(request) {
        calls += 1;
        const response = await scripted.complete(request);
        return { ...response, model: "claude-opus-4-1", usage: { ...response.usage, outputTokens: 100_000 } };
      },
    };
    const { run } = await runIncident({
      incident: incidentFromLogs(workspace, new Date()),
      workspace,
      mode: "AUDIT",
      config: DEFAULT_CONFIG,
      provider: () => expensive,
    });
    expect(run.finalState).toBe("HALTED");
    expect(run.reason).toMatch(/cost circuit breaker: \$7\.50 spent in the last 10 min passes the \$5 limit/);
    expect(calls).toBe(1);
  });
});
