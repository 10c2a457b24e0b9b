import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createTwoFilesPatch } from "diff";
import { afterEach, describe, expect, it } from "vitest";
import { makeRepo, makeRunner } from "./helpers.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function nginxPatch(root: string) {
  const before = readFileSync(join(root, "nginx.conf"), "utf8");
  const after = before.replace("client_max_body_size 1m;", "client_max_body_size 10m;");
  return createTwoFilesPatch("a/nginx.conf", "b/nginx.conf", before, after);
}

describe("createToolRunner", () => {
  it("shows each role only its tools, with JSON Schemas", () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const { runner } = makeRunner(repo.workspace, "AUDIT");
    expect(runner.specsFor("surgeon").map((s) => s.name)).toEqual(["apply_patch", "restart_service"]);
    expect(runner.specsFor("triage").map((s) => s.name)).toEqual(["read_file", "grep_search", "fetch_docs"]);
    expect(runner.specsFor("supervisor")).toHaveLength(6);
    expect(runner.specsFor("validator")[0]?.inputSchema).toMatchObject({
      type: "object",
      required: ["path"],
    });
  });

  it("reads repo files and uploaded logs by display name, and records a chained audit entry", async () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const { runner, audit } = makeRunner(repo.workspace, "AUDIT");
    const s = runner.startAgent("run-1", "detective");
    const file = await runner.invoke(s, {
      tool: "read_file",
      input: { path: "nginx.conf" },
      rationale: "check limits",
    });
    expect(file.status).toBe("ok");
    expect(file.status === "ok" && file.output).toContain("client_max_body_size 1m;");
    const log = await runner.invoke(s, { tool: "read_file", input: { path: "logs/app.log" } });
    expect(log.status === "ok" && log.output).toContain("upstream timed out");
    const calls = audit.entries().filter((e) => e.kind === "tool-call");
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({
      agent: "detective",
      tool: "read_file",
      decision: "allowed",
      rationale: "check limits",
    });
    expect(calls[1]!.prevHash).toBe(audit.entries()[audit.entries().indexOf(calls[1]!) - 1]!.hash);
    await audit.flush();
    expect(audit.verify()).toMatchObject({ ok: true });
  });

  it("greps the repo and the logs as file:line: text", async () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const { runner } = makeRunner(repo.workspace, "AUDIT");
    const s = runner.startAgent("run-1", "triage");
    const result = await runner.invoke(s, { tool: "grep_search", input: { pattern: "timed out|8080" } });
    expect(result.status).toBe("ok");
    const out = result.status === "ok" ? result.output : "";
    expect(out).toContain("logs/app.log:1: 2026-01-01 ERROR upstream timed out");
    expect(out).toContain("nginx.conf:2: upstream app");
    expect(out).toContain("src/app.js:1: const port = 8080;");
    expect(out).not.toContain(".env");
  });

  it("validates a createTwoFilesPatch diff in AUDIT mode without writing, and applies it in ACTIVE", async () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const diff = nginxPatch(repo.root);
    const audit = makeRunner(repo.workspace, "AUDIT");
    const s = audit.runner.startAgent("run-1", "surgeon");
    const proposed = await audit.runner.invoke(s, { tool: "apply_patch", input: { diff } });
    expect(proposed).toMatchObject({ status: "ok" });
    expect(proposed.status === "ok" && proposed.output).toMatch(/^proposed, not written/);
    expect(readFileSync(join(repo.root, "nginx.conf"), "utf8")).toContain("1m;");

    const active = makeRunner(repo.workspace, "ACTIVE");
    const s2 = active.runner.startAgent("run-2", "surgeon");
    const applied = await active.runner.invoke(s2, { tool: "apply_patch", input: { diff } });
    expect(applied).toMatchObject({ status: "ok" });
    expect(readFileSync(join(repo.root, "nginx.conf"), "utf8")).toContain("client_max_body_size 10m;");
  });

  it("blocks every tool in DISABLED mode and after STOP_SENTRY, revoking credentials", async () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const disabled = makeRunner(repo.workspace, "DISABLED");
    const s = disabled.runner.startAgent("run-1", "surgeon");
    const r = await disabled.runner.invoke(s, {
      tool: "apply_patch",
      input: { diff: nginxPatch(repo.root) },
    });
    expect(r).toMatchObject({ status: "denied", record: { decision: "blocked" } });

    const active = makeRunner(repo.workspace, "ACTIVE");
    const s2 = active.runner.startAgent("run-2", "surgeon");
    writeFileSync(join(repo.root, "STOP_SENTRY"), "");
    const r2 = await active.runner.invoke(s2, {
      tool: "apply_patch",
      input: { diff: nginxPatch(repo.root) },
    });
    expect(r2.status).toBe("denied");
    expect(r2.status === "denied" && r2.reason).toContain("STOP_SENTRY");
    expect(active.runner.haltReason()).toContain("STOP_SENTRY");
    expect(readFileSync(join(repo.root, "nginx.conf"), "utf8")).toContain("1m;");
  });

  it("refuses an identical call repeated in one run", async () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const { runner } = makeRunner(repo.workspace, "AUDIT");
    const s = runner.startAgent("run-1", "detective");
    await runner.invoke(s, { tool: "read_file", input: { path: "nginx.conf" } });
    const again = await runner.invoke(s, { tool: "read_file", input: { path: "nginx.conf" } });
    expect(again).toMatchObject({ status: "denied", reason: expect.stringContaining("identical call") });
  });

  it("restarts through the configured workflow in GitHub mode, once per interval", async () => {
    const repo = makeRepo();
    cleanup = repo.cleanup;
    const dispatched: [string, Record<string, string>][] = [];
    const { runner } = makeRunner(repo.workspace, "ACTIVE", {
      config: { restart: { workflow: "restart.yml", services: ["api"], minIntervalMinutes: 10 } },
      dispatchWorkflow: async (workflow, inputs) => {
        dispatched.push([workflow, inputs]);
      },
    });
    const s = runner.startAgent("run-1", "surgeon");
    const first = await runner.invoke(s, { tool: "restart_service", input: { service: "api" } });
    expect(first.status === "ok" && first.output).toBe("dispatched workflow restart.yml for api");
    const second = await runner.invoke(s, {
      tool: "restart_service",
      input: { service: "api", reason: "again" },
    });
    expect(second.status).toBe("denied");
    expect(dispatched).toEqual([["restart.yml", { service: "api" }]]);
  });
});
