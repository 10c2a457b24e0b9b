import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { type EngineRequest, runEngine } from "../../src/engine/engine.js";
import { incidentFromAlertBody } from "../../src/engine/incident-from-alert.js";
import { createOfflineProvider } from "../../src/llm/offline/index.js";
import { createJsonlMemoryStore } from "../../src/memory/index.js";
import { createMemoryAuditStore } from "../../src/security/audit/audit-store.js";

const EXAMPLE = resolve("examples/incidents/orders-hikari-pool");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function request(overrides: Partial<EngineRequest> = {}): EngineRequest {
  const alert = incidentFromAlertBody(JSON.parse(readFileSync(join(EXAMPLE, "alert.json"), "utf8")));
  if (!alert.ok) throw new Error(alert.reason);
  const logs = readdirSync(join(EXAMPLE, "logs")).map((name) => join(EXAMPLE, "logs", name));
  return {
    incident: alert.incident,
    runId: "run-door-made-1",
    mode: "AUDIT",
    config: DEFAULT_CONFIG,
    provider: () => createOfflineProvider(),
    workspace: { logFiles: [], logDisplayNames: {} },
    logs: { text: readFileSync(logs[0]!, "utf8"), file: "logs/orders.log" },
    ...overrides,
  };
}

const sentryTempDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith("sentry-logs-"));

describe("runEngine: the one entry every door calls", () => {
  it("carries the door's run id, writes posted logs to a private file it removes, and continues the chain", async () => {
    const store = createMemoryAuditStore();
    const before = sentryTempDirs();
    const first = await runEngine(request({ audit: { store } }));
    expect(first.run.id).toBe("run-door-made-1");
    // Evidence cites the posted file by the name it was posted under, never the temporary path.
    expect(JSON.stringify(first.run.diagnosis?.evidence ?? [])).not.toMatch(/sentry-logs-/);
    expect(sentryTempDirs()).toEqual(before);
    const second = await runEngine(request({ runId: "run-door-made-2", audit: { store } }));
    expect(second.run.id).toBe("run-door-made-2");
    const entries = (await store.read()) as { seq: number; runId?: string }[];
    // One chain: the second run's entries follow the first's, numbered on from its head.
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i));
    expect(entries.some((e) => e.runId === "run-door-made-2")).toBe(true);
  });

  it("looks memory up once, during the run, and remembers the run after it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "engine-memory-"));
    dirs.push(dir);
    const path = join(dir, "memory.jsonl");
    const memory = { store: createJsonlMemoryStore(path), path };
    const first = await runEngine(request({ memory }));
    expect(first.matches).toEqual([]);
    const second = await runEngine(request({ runId: "run-door-made-2", memory }));
    expect(second.matches.map((m) => m.runId)).toEqual(["run-door-made-1"]);
  });

  it("fetches the repository only when the run may act, removes it after, and says when it could not", async () => {
    const fetched: string[] = [];
    const notices: string[] = [];
    const repo = async () => {
      fetched.push("fetch");
      return { ok: false as const, reason: "download refused" };
    };
    await runEngine(request({ mode: "DISABLED", repo }));
    expect(fetched).toEqual([]);
    await runEngine(request({ repo, onNotice: (line) => notices.push(line) }));
    expect(fetched).toEqual(["fetch"]);
    expect(notices).toEqual(["running on logs only: download refused"]);
    let removed = false;
    const dir = mkdtempSync(join(tmpdir(), "engine-repo-"));
    dirs.push(dir);
    await runEngine(
      request({
        repo: async () => ({
          ok: true,
          snapshot: {
            dir,
            truncated: false,
            remove: async () => {
              removed = true;
            },
          },
        }),
      }),
    );
    expect(removed).toBe(true);
  });
});
