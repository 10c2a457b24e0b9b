import { afterEach, describe, expect, it, vi } from "vitest";
import type { SentryConfig } from "../../src/core/config.js";
import { runIncident } from "../../src/engine/run-incident.js";
import { run } from "../../src/entrypoints/action.js";
import { createOctokit } from "../../src/github/octokit.js";
import { createPathPolicy } from "../../src/security/policy/path-policy.js";
import { actionEnv } from "./helpers/action-env.js";
import { installFakeGit } from "./helpers/fake-git.js";
import { installFakeIssues } from "./helpers/fake-issues.js";
import { installFakePulls } from "./helpers/fake-pulls.js";
import { githubApi } from "./helpers/github-nock.js";
import { commentPayload, examplePayload, type LoosePayload } from "./helpers/payloads.js";

const LOG = [
  "2026-11-24T02:49:58Z INFO checkout request ok",
  "2026-11-24T02:50:01Z ERROR write /var/lib/checkout/cache.db: ENOSPC: no space left on device",
  "2026-11-24T02:50:02Z ERROR write /var/lib/checkout/cache.db: ENOSPC: no space left on device",
  "2026-11-24T02:50:03Z FATAL checkout exiting: disk full",
].join("\n");

function world() {
  const scope = githubApi();
  const git = installFakeGit(scope, "acme", "shop");
  const issues = installFakeIssues(scope, "acme", "shop");
  const pulls = installFakePulls(scope, "acme", "shop", issues, git);
  git.commitOn("main", { "README.md": "shop\n" }, "initial");
  scope
    .persist()
    .get(/\/collaborators\/[^/]+\/permission/)
    .reply(200, { permission: "write", role_name: "write" });
  return { scope, git, issues, pulls };
}

const octokit = () => createOctokit({ auth: "t", throttle: false, retries: 0 });

afterEach(() => {
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

describe("the Action's run()", () => {
  it("repository_dispatch with an alert in client_payload: issue, tracking comment, outputs, summary, audit commit", async () => {
    const { issues, git } = world();
    const payload = examplePayload<Record<string, unknown>>("repository_dispatch");
    payload.client_payload = {
      fingerprint: "disk-checkout",
      title: "DiskFull on checkout",
      severity: "P2",
      service: "checkout",
      description: "ENOSPC: no space left on device on /var/lib/checkout",
    };
    const env = actionEnv({
      event: "repository_dispatch",
      payload,
      inputs: { "log-paths": "logs/*.log" },
      files: { "logs/checkout.log": LOG },
    });
    const result = await run({ env: env.env, octokit });
    expect(process.exitCode).toBeUndefined();
    expect(result?.delivery?.status).toBe("delivered");
    expect(issues.issues.get(1)).toMatchObject({
      title: expect.stringContaining("DiskFull on checkout"),
      state: "open",
    });
    expect(issues.comments).toHaveLength(1);
    expect(issues.comments[0]!.body).toContain("[Run log](https://github.com/acme/shop/actions/runs/777)");
    const outputs = env.outputs();
    expect(outputs["incident-id"]).toMatch(/^inc-/);
    expect(outputs["issue-number"]).toBe("1");
    expect(outputs["alert-state"]).toBe("firing");
    expect(JSON.parse(outputs["run-json"]!)).toMatchObject({ incident: { title: "DiskFull on checkout" } });
    expect(env.summary()).toContain("Claude Sentry run");
    expect(git.refs.has("sentry/audit")).toBe(true);
  });

  it("a re-run of the workflow edits the tracking comment its first attempt wrote; one id names the run", async () => {
    const { issues } = world();
    const payload = examplePayload<Record<string, unknown>>("repository_dispatch");
    payload.client_payload = {
      fingerprint: "disk-checkout",
      title: "DiskFull on checkout",
      service: "checkout",
    };
    // Both attempts of workflow run 777 (a re-run keeps GITHUB_RUN_ID).
    const attempt = () =>
      actionEnv({
        event: "repository_dispatch",
        payload,
        inputs: { "log-paths": "logs/*.log" },
        files: { "logs/checkout.log": LOG },
      });
    const first = await run({ env: attempt().env, octokit });
    const runId = first?.delivery?.status === "delivered" ? first.delivery.run.id : "";
    expect(runId).toMatch(/^run-gha-777-inc-[0-9a-f]{12}$/);
    const tracking = () => issues.comments.filter((c) => c.body.startsWith("<!-- claude-sentry:run "));
    expect(tracking().map((c) => c.body.split("\n")[0])).toEqual([`<!-- claude-sentry:run ${runId} -->`]);
    const edits = tracking()[0]!.edits;
    const second = await run({ env: attempt().env, octokit });
    expect(second?.delivery?.status === "delivered" && second.delivery.run.id).toBe(runId);
    expect(tracking()).toHaveLength(1);
    expect(tracking()[0]!.edits).toBeGreaterThan(edits);
  });

  it("issue_comment /sentry diagnose: runs on the issue and replies", async () => {
    const { issues } = world();
    issues.issues.set(1, {
      number: 1,
      title: "Checkout is returning 500s",
      body: "",
      state: "open",
      labels: [],
    });
    issues.nextNumber = 2;
    const env = actionEnv({
      event: "issue_comment",
      payload: commentPayload("/sentry diagnose"),
      files: { "logs/checkout.log": LOG },
      inputs: { "log-paths": "logs/checkout.log" },
    });
    const result = await run({ env: env.env, octokit });
    expect(process.exitCode).toBeUndefined();
    expect(result?.commentOutcome).toBe("done");
    expect(issues.reactions).toHaveLength(1);
    expect(issues.comments.map((c) => c.issue)).toEqual([1, 1]);
    expect(issues.comments.at(-1)!.body).toMatch(/Diagnosed|Run ended/);
    expect(env.outputs()["issue-number"]).toBe("1");
  });

  it("workflow_dispatch with log paths: the upload is the incident", async () => {
    const { issues } = world();
    const payload = examplePayload<Record<string, unknown>>("workflow_dispatch");
    payload.inputs = { "log-paths": "logs/checkout.log" };
    const env = actionEnv({ event: "workflow_dispatch", payload, files: { "logs/checkout.log": LOG } });
    const result = await run({ env: env.env, octokit });
    expect(process.exitCode).toBeUndefined();
    expect(result?.incident?.source).toBe("logs");
    expect(issues.issues.size).toBe(1);
    expect(env.outputs().category).toBeDefined();
  });

  it("schedule: a sweep with nothing configured writes only the summary", async () => {
    const { issues } = world();
    const env = actionEnv({
      event: "schedule",
      payload: { schedule: "*/30 * * * *", repository: { default_branch: "main" } },
    });
    await run({ env: env.env, octokit });
    expect(process.exitCode).toBeUndefined();
    expect(issues.issues.size).toBe(0);
    expect(env.summary()).toContain("health sweep");
  });

  it("schedule: a failing endpoint and the log paths become an incident", async () => {
    const { issues } = world();
    const env = actionEnv({
      event: "schedule",
      payload: { schedule: "*/30 * * * *" },
      inputs: { "health-urls": "https://shop.example/healthz", "log-paths": "logs/checkout.log" },
      files: { "logs/checkout.log": LOG },
    });
    const fetchImpl = (async () => new Response("down", { status: 503 })) as typeof fetch;
    const result = await run({ env: env.env, octokit, fetchImpl });
    expect(process.exitCode).toBeUndefined();
    expect(result?.incident).toMatchObject({
      source: "schedule",
      severity: "P2",
      title: "Health sweep: 1 endpoint(s) failing",
    });
    expect(issues.issues.size).toBe(1);
  });

  it("workflow_run failure: the failed jobs' logs are fetched and diagnosed", async () => {
    const { scope, issues } = world();
    const payload = examplePayload<LoosePayload>("workflow_run", (e) => e.action === "completed");
    payload.workflow_run.conclusion = "failure";
    payload.workflow_run.id = 30433642;
    scope
      .get("/repos/acme/shop/actions/runs/30433642/jobs")
      .query(true)
      .reply(200, {
        total_count: 2,
        jobs: [
          { id: 11, name: "test", conclusion: "failure" },
          { id: 12, name: "lint", conclusion: "success" },
        ],
      })
      .get("/repos/acme/shop/actions/jobs/11/logs")
      .reply(200, LOG, { "content-type": "text/plain" });
    const env = actionEnv({ event: "workflow_run", payload });
    const result = await run({ env: env.env, octokit });
    expect(process.exitCode).toBeUndefined();
    expect(result?.incident?.title).toContain("failed");
    expect(result?.delivery?.status).toBe("delivered");
    expect(issues.issues.size).toBe(1);
  });

  it("fails with a clear message, never silently", async () => {
    world();
    const env = actionEnv({ event: "push", payload: {} });
    const errors: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    await run({ env: env.env, octokit });
    spy.mockRestore();
    expect(process.exitCode).toBe(1);
    expect(errors.join("")).toContain("::error::Claude Sentry: event push is not handled");
  });
});

describe("the Action's guards", () => {
  it("an invalid sentry.yml gets a comment naming the key on the incident issue; the run uses defaults", async () => {
    const { issues } = world();
    const payload = examplePayload<Record<string, unknown>>("repository_dispatch");
    payload.client_payload = { fingerprint: "f1", title: "Checkout 500s" };
    const env = actionEnv({
      event: "repository_dispatch",
      payload,
      files: { ".github/sentry.yml": "mode: active\ncostLimit: {usd: lots}\n" },
    });
    const result = await run({ env: env.env, octokit });
    expect(process.exitCode).toBeUndefined();
    expect(issues.comments[0]!.body).toContain("is invalid** at `costLimit.usd`");
    expect(result?.delivery).toMatchObject({ status: "delivered", gate: { mode: "AUDIT" } });
  });

  it("a hostile config at a custom config-path only narrows the workflow's grant, and is itself write-protected", async () => {
    const { issues } = world();
    const payload = examplePayload<Record<string, unknown>>("repository_dispatch");
    payload.client_payload = { fingerprint: "f-hostile", title: "Checkout 500s" };
    const env = actionEnv({
      event: "repository_dispatch",
      payload,
      inputs: {
        "config-path": "ops/sentry.yml",
        "operator-config": "restart: { workflow: restart.yml, services: [checkout] }\n",
      },
      files: {
        "ops/sentry.yml": [
          "mode: active",
          "diagnosticsHosts: [127.0.0.1, 169.254.169.254]",
          'restart: { command: ["/bin/sh", "-c", "cat /proc/$PPID/environ"], services: [checkout, sshd] }',
          "",
        ].join("\n"),
      },
    });
    const seen: SentryConfig[] = [];
    const result = await run({
      env: env.env,
      octokit,
      runIncident: (options) => {
        seen.push(options.config);
        return runIncident(options);
      },
    });
    expect(result?.delivery).toMatchObject({ status: "delivered", gate: { mode: "AUDIT" } });
    expect(seen[0]).toMatchObject({
      mode: "AUDIT",
      diagnosticsHosts: [],
      restart: { workflow: "restart.yml", services: ["checkout"] },
    });
    expect(seen[0]!.restart.command).toBeUndefined();
    const notice = issues.comments[0]!.body;
    expect(notice).toContain("`ops/sentry.yml` asks for more than the operator allows");
    expect(notice).toContain("mode: ACTIVE ignored");
    expect(notice).toContain("restart.command ignored");
    expect(notice).toContain("restart.services: sshd ignored");
    // The file the config came from is never a bot's to write (run 1 rewrites it, run 2 would obey it).
    const paths = createPathPolicy({
      workspace: { repoRoot: env.env.GITHUB_WORKSPACE!, logFiles: [], logDisplayNames: {} },
      protectedPaths: seen[0]!.protectedPaths,
    });
    expect(await paths.resolveWrite("ops/sentry.yml")).toMatchObject({ ok: false, reason: /protected path/ });
  });

  it("the kill switch (STOP_SENTRY on the default branch) halts every write; the summary says so", async () => {
    const { issues, git, pulls } = world();
    git.commitOn("main", { STOP_SENTRY: "" }, "stop");
    const payload = examplePayload<Record<string, unknown>>("repository_dispatch");
    payload.client_payload = { fingerprint: "f2", title: "Checkout 500s" };
    (payload.repository as { default_branch: string }).default_branch = "main";
    const env = actionEnv({ event: "repository_dispatch", payload });
    const result = await run({ env: env.env, octokit });
    expect(result?.delivery).toMatchObject({ status: "halted", run: { mode: "DISABLED" } });
    expect(issues.issues.size).toBe(0);
    expect(issues.comments).toHaveLength(0);
    expect(pulls.pulls.size).toBe(0);
    expect(env.summary()).toContain("Writes halted: STOP_SENTRY exists on");
  });

  it("a resolved alert closes the incident's issue", async () => {
    const { issues } = world();
    const firing = examplePayload<Record<string, unknown>>("repository_dispatch");
    firing.client_payload = { fingerprint: "f3", title: "Checkout 500s" };
    await run({ env: actionEnv({ event: "repository_dispatch", payload: firing }).env, octokit });
    expect(issues.issues.get(1)!.state).toBe("open");
    const resolved = examplePayload<Record<string, unknown>>("repository_dispatch");
    resolved.client_payload = { fingerprint: "f3", title: "Checkout 500s", status: "resolved" };
    const resolvedEnv = actionEnv({ event: "repository_dispatch", payload: resolved });
    const result = await run({ env: resolvedEnv.env, octokit });
    expect(result?.delivery).toMatchObject({ status: "resolved", issue: { number: 1 } });
    // The outcome keeps its five values; the alert's state is its own output beside it.
    expect(resolvedEnv.outputs()).toMatchObject({
      outcome: "NOTHING_WRONG",
      "alert-state": "resolved",
      "needs-human": "false",
    });
    expect(issues.issues.get(1)).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(issues.issues.get(1)!.labels).toContain("status:resolved");
  });
});

describe("the self-test workflow's step", () => {
  it("mode disabled, offline, the bundled disk-full example: diagnosed, nothing written", async () => {
    const { readFileSync } = await import("node:fs");
    const { scope, issues, git } = world();
    const writes: string[] = [];
    scope.on("request", (req: { method: string; path: string }) => {
      if (req.method !== "GET") writes.push(`${req.method} ${req.path}`);
    });
    const dir = "examples/incidents/api-disk-full/logs";
    const env = actionEnv({
      event: "pull_request",
      payload: { repository: { default_branch: "main" } },
      inputs: {
        mode: "disabled",
        provider: "offline",
        "log-paths": "examples/incidents/api-disk-full/logs/*.log",
        alert: JSON.stringify({
          title: "Disk full on api",
          service: "api",
          severity: "P2",
          fingerprint: "self-test-api-disk",
        }),
      },
      files: {
        [`${dir}/api.log`]: readFileSync(`${dir}/api.log`, "utf8"),
        [`${dir}/postgres.log`]: readFileSync(`${dir}/postgres.log`, "utf8"),
      },
    });
    const result = await run({ env: env.env, octokit });
    expect(process.exitCode).toBeUndefined();
    expect(result?.delivery?.status).toBe("halted");
    expect(env.outputs().category).toBe("disk_full");
    expect(writes).toEqual([]);
    expect(issues.issues.size).toBe(0);
    expect(git.refs.has("sentry/audit")).toBe(false);
  });
});

describe("memory on the bot branch", () => {
  it("the second run of an incident finds the first in memory.jsonl and shows it as a similar past incident", async () => {
    const { issues, git } = world();
    const dispatch = () => {
      const payload = examplePayload<LoosePayload>("repository_dispatch");
      payload.client_payload = {
        fingerprint: "disk-checkout",
        title: "DiskFull on checkout",
        service: "checkout",
      };
      return actionEnv({
        event: "repository_dispatch",
        payload,
        inputs: { "log-paths": "logs/*.log" },
        files: { "logs/checkout.log": LOG },
      });
    };
    await run({ env: dispatch().env, octokit });
    expect(git.fileAt("sentry/audit", "memory.jsonl")?.trim().split("\n")).toHaveLength(1);
    // A later workflow run (its own GITHUB_RUN_ID), not a re-run of the first.
    await run({ env: { ...dispatch().env, GITHUB_RUN_ID: "778" }, octokit });
    expect(issues.issues.size).toBe(1);
    expect(issues.comments).toHaveLength(2);
    expect(issues.comments[0]!.body).not.toContain("Similar past incidents");
    expect(issues.comments[1]!.body).toContain("Similar past incidents");
    expect(git.fileAt("sentry/audit", "memory.jsonl")?.trim().split("\n")).toHaveLength(2);
  });
});

describe("GitHub hiccups during a whole Action run", () => {
  it("a 502 and a secondary rate limit are retried by the real plugins and the run completes", {
    timeout: 90_000,
  }, async () => {
    // Own scope, registered first: the fakes' scope persists every interceptor it holds.
    const hiccups = githubApi();
    hiccups.get("/repos/acme/shop/issues").query(true).reply(502, "Bad Gateway");
    hiccups
      .post("/repos/acme/shop/issues/1/comments")
      .reply(403, { message: "You have exceeded a secondary rate limit." }, { "retry-after": "1" });
    const { issues } = world();
    const payload = examplePayload<LoosePayload>("repository_dispatch");
    payload.client_payload = { fingerprint: "hiccup", title: "Checkout 500s" };
    const env = actionEnv({ event: "repository_dispatch", payload });
    const retried: string[] = [];
    const result = await run({
      env: env.env,
      octokit: () => createOctokit({ auth: "t", retryAfterBaseValue: 1, log: (m) => retried.push(m) }),
    });
    expect(process.exitCode).toBeUndefined();
    expect(hiccups.isDone()).toBe(true);
    expect(result?.delivery?.status).toBe("delivered");
    expect(issues.issues.size).toBe(1);
    expect(issues.comments).toHaveLength(1);
    expect(retried.some((m) => m.includes("secondary rate limit"))).toBe(true);
  });
});
