import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "./helpers.js";

const LOGS = readFileSync("examples/incidents/orders-hikari-pool/logs/orders.log", "utf8")
  .split("\n")
  .slice(2_500, 3_500)
  .join("\n");
const REPO = resolve("examples/incidents/orders-hikari-pool/repo");

let h: ApiHarness;
let incidentId = "";
beforeAll(async () => {
  h = await startApi({ SENTRY_REPO_DIR: REPO });
  const res = await h.post("/api/trigger", {
    title: "orders p99 latency above 2s",
    severity: "P2",
    service: "orders",
    labels: { alertname: "HighLatency" },
    logs: LOGS,
  });
  expect(res.status).toBe(202);
  incidentId = res.body.id;
  await h.api.queue.idle();
}, 60_000);
afterAll(async () => {
  await h.close();
});

const GUARDED = ["/api/status", "/api/incidents", "/api/memory", "/api/tools", "/api/security", "/metrics"];

describe("REST API authorisation", () => {
  it("answers /api/health and /api/openapi.json without a token", async () => {
    const health = await h.get("/api/health", null);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: "ok" });
    const spec = await h.get("/api/openapi.json", null);
    expect(spec.body.openapi).toBe("3.1.0");
  });

  it.each(GUARDED)("refuses %s without a token and with a wrong one", async (path) => {
    const none = await h.get(path, null);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error: "unauthorized", reason: expect.any(String) });
    const wrong = await h.get(path, "not-the-token");
    expect(wrong.status).toBe(401);
  });

  it.each([
    ["/api/trigger", { title: "x" }],
    ["/api/watcher/start", { files: ["/tmp/x"] }],
    ["/api/watcher/stop", {}],
  ])("refuses POST %s without a token", async (path, body) => {
    expect((await h.post(path, body, { token: null })).status).toBe(401);
  });

  it("describes every route it serves in the OpenAPI document", async () => {
    const spec = (await h.get("/api/openapi.json", null)).body;
    const documented = Object.keys(spec.paths).map((p: string) => p.replace(/\{(\w+)\}/g, ":$1"));
    const served = h.api.routes.map((r) => r.path).filter((p) => p.startsWith("/api") || p === "/metrics");
    for (const path of served) if (path !== "/api/openapi.json") expect(documented).toContain(path);
    expect(spec.components.schemas.TriggerBody.required).toContain("title");
  });
});

describe("POST /api/trigger", () => {
  it.each([
    ["missing title", { severity: "P1" }, 400, /title/],
    ["unknown key", { title: "t", shell: "rm -rf /" }, 400, /shell|Unrecognized/],
    ["bad severity", { title: "t", severity: "P9" }, 400, /severity/],
    ["bad service", { title: "t", service: "a b;c" }, 400, /service/],
  ])("rejects %s with a reason", async (_name, body, status, reason) => {
    const res = await h.post("/api/trigger", body);
    expect(res.status).toBe(status);
    expect(res.body.error).toBe("invalid body");
    expect(res.body.reason).toMatch(reason);
  });

  it("rejects malformed JSON and other content types", async () => {
    const bad = await h.post("/api/trigger", "{not json");
    expect(bad).toMatchObject({ status: 400, body: { error: "invalid JSON" } });
    const form = await h.post("/api/trigger", "title=x", { type: "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
  });

  it("ran the triggered incident through the pipeline", async () => {
    const list = await h.get("/api/incidents");
    expect(list.status).toBe(200);
    expect(list.body.incidents[0]).toMatchObject({
      id: incidentId,
      status: "done",
      state: "PROPOSED",
      alertStatus: "firing",
      category: "connection_pool",
    });
  });
});

describe("GET endpoints", () => {
  it("returns one incident with its run and full activity log", async () => {
    const res = await h.get(`/api/incidents/${incidentId}`);
    expect(res.status).toBe(200);
    expect(res.body.run.diagnosis.category).toBe("connection_pool");
    const kinds = new Set(res.body.activity.map((a: { kind: string }) => a.kind));
    expect([...kinds]).toEqual(
      expect.arrayContaining(["received", "state", "tool-call", "event", "finished"]),
    );
    expect((await h.get("/api/incidents/inc-000000000000")).status).toBe(404);
    expect((await h.get("/api/incidents/..%2Fetc")).status).toBe(400);
    expect((await h.get("/api/incidents?limit=0")).status).toBe(400);
    expect((await h.get("/api/incidents?state=PROPOSED")).body.incidents).toHaveLength(1);
    expect((await h.get("/api/incidents?state=FIXED")).body.incidents).toHaveLength(0);
    // The old name still finds what it used to cover.
    expect((await h.get("/api/incidents?state=RESOLVED")).body.incidents).toHaveLength(1);
  });

  it("reports status: mode, kill switch, breaker, watcher", async () => {
    const res = await h.get("/api/status");
    expect(res.body).toMatchObject({
      mode: "AUDIT",
      killSwitch: { halted: false },
      circuitBreaker: { open: false, spentUsd: 0 },
      watcher: { running: false },
      incidents: { PROPOSED: 1 },
    });
  });

  it("lists memory, stored after the run, and searches it", async () => {
    const all = await h.get("/api/memory");
    expect(all.body).toMatchObject({ enabled: true, total: 1 });
    expect(all.body.entries[0].category).toBe("connection_pool");
    const found = await h.get(`/api/memory?q=${encodeURIComponent("connection is not available hikari")}`);
    expect(found.body.matches[0].category).toBe("connection_pool");
    expect((await h.get("/api/memory?limit=abc")).status).toBe(400);
  });

  it("records whether a remembered fix worked", async () => {
    const runId = (await h.get("/api/memory")).body.entries[0].runId as string;
    expect((await h.post(`/api/memory/${runId}/outcome`, { fixWorked: "yes" })).status).toBe(400);
    expect((await h.post(`/api/memory/${runId}/outcome`, { fixWorked: true }, { token: null })).status).toBe(
      401,
    );
    expect((await h.post("/api/memory/run-nope/outcome", { fixWorked: true })).status).toBe(404);
    const ok = await h.post(`/api/memory/${runId}/outcome`, { fixWorked: true, note: "pool size held" });
    expect(ok).toMatchObject({ status: 200, body: { runId, fixWorked: true } });
    expect((await h.get("/api/memory")).body.entries[0].fixWorked).toBe(true);
  });

  it("lists the tools (the read-only collectors and git_history included) with the roles that may use each", async () => {
    const res = await h.get("/api/tools");
    expect(res.body.tools.map((t: { name: string }) => t.name).sort()).toEqual(
      [
        "apply_patch",
        "fetch_docs",
        "git_history",
        "grep_search",
        "query_logs",
        "query_metrics",
        "read_file",
        "read_kubernetes",
        "restart_service",
        "run_diagnostics",
      ].sort(),
    );
    const history = res.body.tools.find((t: { name: string }) => t.name === "git_history");
    expect(history.roles.sort()).toEqual(["detective", "supervisor", "surgeon"]);
    const metrics = res.body.tools.find((t: { name: string }) => t.name === "query_metrics");
    expect(metrics.roles.sort()).toEqual(["detective", "supervisor", "triage"]);
    const patch = res.body.tools.find((t: { name: string }) => t.name === "apply_patch");
    expect(patch.roles.sort()).toEqual(["supervisor", "surgeon"]);
    expect(patch.inputSchema.type).toBe("object");
  });

  it("shows the security posture with a verified audit chain", async () => {
    const res = await h.get("/api/security");
    expect(res.body.agents.length).toBeGreaterThanOrEqual(4);
    expect(res.body.agents.every((a: { status: string }) => a.status === "ended")).toBe(true);
    expect(res.body.gateway.allowed).toBeGreaterThan(0);
    expect(res.body.audit.verification).toMatchObject({ ok: true });
    expect(res.body.audit.head.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("exposes Prometheus metrics", async () => {
    h.api.onAlert({ incident: { source: "alertmanager" } as never, kind: "opened", runAllowed: false });
    h.api.onAlert({ incident: { source: "alertmanager" } as never, kind: "updated", runAllowed: false });
    const res = await h.get("/metrics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/plain/);
    const text = res.body as string;
    expect(text).toContain('sentry_runs_total{outcome="PROPOSED"} 1');
    expect(text).toContain('sentry_incidents{state="PROPOSED"} 1');
    expect(text).toMatch(/sentry_tool_calls_total\{tool="read_file",decision="allowed",reason=""\} \d+/);
    expect(text).toContain('sentry_model_tokens_total{kind="input"} 0');
    expect(text).toContain("sentry_model_cost_usd_total 0");
    expect(text).toContain('sentry_alerts_received_total{source="alertmanager"} 2');
    expect(text).toContain('sentry_alerts_deduplicated_total{source="alertmanager"} 1');
    expect(text).toMatch(/sentry_run_duration_seconds_count\{outcome="PROPOSED"\} 1/);
  });
});

describe("watcher control", () => {
  it("starts on files under the roots only, refuses a second start, and stops", async () => {
    const file = join(h.dir, "app.log");
    writeFileSync(file, "");
    expect((await h.post("/api/watcher/start", { files: [] })).status).toBe(400);
    expect((await h.post("/api/watcher/start", { files: ["/etc/passwd"] })).status).toBe(403);
    expect((await h.post("/api/watcher/start", { files: ["relative.log"] })).status).toBe(403);
    const ok = await h.post("/api/watcher/start", { files: [file] });
    expect(ok).toMatchObject({ status: 200, body: { status: "started", watcher: { running: true } } });
    expect((await h.post("/api/watcher/start", { files: [file] })).status).toBe(409);
    expect((await h.get("/api/status")).body.watcher.files).toHaveLength(1);
    const stop = await h.post("/api/watcher/stop", {});
    expect(stop.body).toMatchObject({ status: "stopped", watcher: { running: false } });
    expect((await h.post("/api/watcher/stop", {})).body.status).toBe("not-running");
  });
});
