import { describe, expect, it } from "vitest";
import { ensureIncidentIssue } from "../../src/github/incident-issue.js";
import { createOctokit } from "../../src/github/octokit.js";
import { makeIncident } from "../fixtures/github/run-fixture.js";
import { installFakeIssues } from "./helpers/fake-issues.js";
import { githubApi } from "./helpers/github-nock.js";

const repo = { owner: "acme", repo: "shop" };

describe("GitHub hiccups", () => {
  it("a 502 and a secondary rate limit are retried and the work completes", async () => {
    // A scope of their own (the fake's scope persists every interceptor), registered first so they answer
    // first: one 502 on the lookup, one secondary limit on the create.
    const hiccups = githubApi();
    hiccups.get("/repos/acme/shop/issues").query(true).reply(502, "Bad Gateway");
    hiccups.post("/repos/acme/shop/issues").reply(
      403,
      {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
      { "retry-after": "1" },
    );
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    const logs: string[] = [];
    // Real plugin settings, with GitHub's "seconds" shrunk to milliseconds so the test takes no wall time.
    const gh = createOctokit({ auth: "t", retryAfterBaseValue: 1, log: (m) => logs.push(m) });
    const started = Date.now();
    const outcome = await ensureIncidentIssue(gh, repo, makeIncident());
    expect(outcome).toMatchObject({ action: "created", number: 1 });
    expect(fake.createCalls).toBe(1);
    expect(hiccups.isDone()).toBe(true);
    expect(logs.some((m) => m.includes("secondary rate limit"))).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("gives up after the configured retries and surfaces the error", async () => {
    const scope = githubApi();
    scope.get("/repos/acme/shop/issues").query(true).times(3).reply(502, "Bad Gateway");
    const gh = createOctokit({ auth: "t", retryAfterBaseValue: 1, retries: 2, throttle: false });
    await expect(ensureIncidentIssue(gh, repo, makeIncident())).rejects.toMatchObject({ status: 502 });
  });
});
