import { describe, expect, it } from "vitest";
import { SentryConfigSchema } from "../../src/core/config.js";
import { onFixMerged } from "../../src/github/fix-merged.js";
import { createOctokit } from "../../src/github/octokit.js";
import { renderPrBody } from "../../src/github/render/pr-body.js";
import { dispatchRestart } from "../../src/github/restart.js";
import { makeRun } from "../fixtures/github/run-fixture.js";
import { installFakeIssues } from "./helpers/fake-issues.js";
import { githubApi } from "./helpers/github-nock.js";

const repo = { owner: "acme", repo: "shop" };
const gh = () => createOctokit({ auth: "t", throttle: false, retries: 0 });
const config = SentryConfigSchema.parse({
  restart: { workflow: "restart.yml", services: ["api", "checkout"], minIntervalMinutes: 10 },
});
const now = new Date("2026-11-24T03:00:00Z");

describe("restart_service through a workflow", () => {
  it("dispatches the configured workflow with the service as input, in ACTIVE mode only", async () => {
    const dispatched: unknown[] = [];
    githubApi()
      .get("/repos/acme/shop/actions/workflows/restart.yml/runs")
      .query({ event: "workflow_dispatch", created: ">=2026-11-24T02:50:00.000Z", per_page: "1" })
      .reply(200, { total_count: 0, workflow_runs: [] })
      .post("/repos/acme/shop/actions/workflows/restart.yml/dispatches")
      .reply(204, (_u, body) => {
        dispatched.push(body);
        return "";
      });
    const outcome = await dispatchRestart(gh(), repo, {
      service: "checkout",
      mode: "ACTIVE",
      config,
      ref: "main",
      now,
    });
    expect(outcome).toEqual({ status: "dispatched", workflow: "restart.yml", service: "checkout" });
    expect(dispatched).toEqual([{ ref: "main", inputs: { service: "checkout" } }]);
    expect(
      await dispatchRestart(gh(), repo, { service: "checkout", mode: "AUDIT", config, ref: "main", now }),
    ).toMatchObject({ status: "refused" });
    expect(
      await dispatchRestart(gh(), repo, {
        service: "checkout; rm -rf /",
        mode: "ACTIVE",
        config,
        ref: "main",
        now,
      }),
    ).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("not a plain service name"),
    });
  });

  it("is rate-limited by the workflow's recent dispatches, read from GitHub (shared by every replica)", async () => {
    githubApi()
      .get("/repos/acme/shop/actions/workflows/restart.yml/runs")
      .query(true)
      .reply(200, { total_count: 1, workflow_runs: [{ id: 1 }] });
    expect(
      await dispatchRestart(gh(), repo, { service: "checkout", mode: "ACTIVE", config, ref: "main", now }),
    ).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("rate-limited"),
    });
  });
});

describe("a merged fix", () => {
  it("closes the incident only when the run verified it", async () => {
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    fake.issues.set(3, {
      number: 3,
      title: "[P2] DiskFull",
      body: "",
      state: "open",
      labels: ["sentry:incident", "severity:P2"],
    });
    const head = { ref: "sentry/fix-inc-3f2a9c1b7d40" };
    const unverified = makeRun({
      verification: { checks: [], outcome: "inconclusive", summary: "no check ran" },
    });
    expect(
      await onFixMerged(gh(), repo, {
        merged: true,
        head,
        body: renderPrBody(unverified, { mode: "AUDIT", issueNumber: 3 }),
      }),
    ).toMatchObject({
      status: "kept-open",
    });
    expect(fake.issues.get(3)!.state).toBe("open");
    expect(
      await onFixMerged(gh(), repo, {
        merged: false,
        head,
        body: renderPrBody(makeRun(), { mode: "AUDIT", issueNumber: 3 }),
      }),
    ).toEqual({ status: "not-ours" });
    expect(
      await onFixMerged(gh(), repo, { merged: true, head: { ref: "feature" }, body: "Fixes #3" }),
    ).toEqual({ status: "not-ours" });

    const outcome = await onFixMerged(gh(), repo, {
      merged: true,
      head,
      body: renderPrBody(makeRun(), { mode: "AUDIT", issueNumber: 3 }),
    });
    expect(outcome).toEqual({ status: "resolved", issueNumber: 3 });
    expect(fake.issues.get(3)).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(fake.issues.get(3)!.labels).toEqual(expect.arrayContaining(["severity:P2", "status:resolved"]));
  });
});
