import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_CLI, hasBuiltCli, REPO_ROOT } from "../cli/built-cli.js";

const API_TOKEN = "api-token-0123456789abcdef";
const METRICS_TOKEN = "metrics-token-0123456789abcdef";

/** `serve` through the built CLI on a free port, its base URL read from the "listening on" line. */
function startServe(): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, "serve", "--port", "0"], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH,
        SENTRY_API_TOKEN: API_TOKEN,
        SENTRY_METRICS_TOKEN: METRICS_TOKEN,
        SENTRY_ALERT_TOKENS_GENERIC: "generic-alert-token-0123456789",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 20_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, base: match[1] });
      }
    });
    child.on("error", reject);
  });
}

describe.skipIf(!hasBuiltCli)("/metrics: its own read-only token, process and domain series", () => {
  let server: { child: ChildProcess; base: string };
  beforeAll(async () => {
    server = await startServe();
  }, 30_000);
  afterAll(() => {
    server?.child.kill("SIGTERM");
  });
  const get = (path: string, token?: string) =>
    fetch(`${server.base}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it("opens /metrics to the scrape token and to the API token, and to nobody else", async () => {
    expect((await get("/metrics", METRICS_TOKEN)).status).toBe(200);
    expect((await get("/metrics", API_TOKEN)).status).toBe(200);
    expect((await get("/metrics")).status).toBe(401);
    expect((await get("/metrics", "wrong-token-0123456789abcdef")).status).toBe(401);
  });

  it("the scrape token opens nothing else: no status, no trigger", async () => {
    expect((await get("/api/status", METRICS_TOKEN)).status).toBe(401);
    const trigger = await fetch(`${server.base}/api/trigger`, {
      method: "POST",
      headers: { authorization: `Bearer ${METRICS_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "should not run" }),
    });
    expect(trigger.status).toBe(401);
  });

  it("exports process, build, breaker, kill-switch, queue and rejected-alert series", async () => {
    const refused = await fetch(`${server.base}/api/alerts/generic`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(refused.status).toBe(401);
    const malformed = await fetch(`${server.base}/api/alerts/generic`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer generic-alert-token-0123456789" },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    await fetch(`${server.base}/api/alerts/no-such-vendor`, { method: "POST", body: "{}" });
    const text = await (await get("/metrics", METRICS_TOKEN)).text();
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^claude_sentry_build_info\{version="\d+\.\d+\.\d+",node="v\d+[^"]*"\} 1$/m);
    expect(text).toMatch(/^sentry_cost_breaker_open 0$/m);
    expect(text).toMatch(/^sentry_cost_limit_usd \d/m);
    expect(text).toMatch(/^sentry_kill_switch_halted 0$/m);
    expect(text).toMatch(/^sentry_queue_pending 0$/m);
    expect(text).toContain('sentry_alerts_rejected_total{source="generic",reason="auth"} 1');
    expect(text).toContain('sentry_alerts_rejected_total{source="generic",reason="invalid"} 1');
    // A made-up source is counted without becoming a label of its own.
    expect(text).toContain('sentry_alerts_rejected_total{source="unknown",reason="unknown_source"} 1');
    expect(text).not.toContain("no-such-vendor");
  });
});
