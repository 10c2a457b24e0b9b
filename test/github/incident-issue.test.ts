import { describe, expect, it } from "vitest";
import {
  adoptIncidentIssue,
  ensureIncidentIssue,
  incidentMarker,
  resolveIncidentIssue,
} from "../../src/github/incident-issue.js";
import { createOctokit } from "../../src/github/octokit.js";
import { createTracker } from "../../src/github/tracking-comment.js";
import { makeIncident, makeRun } from "../fixtures/github/run-fixture.js";
import { installFakeIssues } from "./helpers/fake-issues.js";
import { githubApi } from "./helpers/github-nock.js";

const repo = { owner: "acme", repo: "shop" };
const gh = () => createOctokit({ auth: "t", throttle: false, retries: 0 });
const links = {
  repo,
  serverUrl: "https://github.com",
  commitSha: "a".repeat(40),
  runUrl: "https://github.com/acme/shop/actions/runs/1",
};

describe("incident issues", () => {
  it("creates one issue with the marker and labels, then finds it again instead of creating another", async () => {
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    const incident = makeIncident();
    const first = await ensureIncidentIssue(gh(), repo, incident);
    expect(first).toMatchObject({ action: "created", number: 1 });
    const issue = fake.issues.get(1)!;
    expect(issue.body).toContain(incidentMarker(incident.fingerprint));
    expect(issue.labels).toEqual(["sentry:incident", "severity:P2", "status:firing"]);

    const again = await ensureIncidentIssue(gh(), repo, incident);
    expect(again).toMatchObject({ action: "found", number: 1 });
    expect(fake.createCalls).toBe(1);
    const other = await ensureIncidentIssue(gh(), repo, makeIncident({ fingerprint: "other" }));
    expect(other.number).toBe(2);
  });

  it("adopts a person's issue once, keeping their text, and never edits a pull request", async () => {
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    fake.issues.set(7, {
      number: 7,
      title: "checkout down",
      body: "It broke at 3 a.m.",
      state: "open",
      labels: [],
    });
    fake.issues.set(8, {
      number: 8,
      title: "fix",
      body: "My PR.",
      state: "open",
      labels: [],
      pull_request: {},
    });
    const incident = makeIncident();
    await adoptIncidentIssue(gh(), repo, 7, incident.fingerprint);
    await adoptIncidentIssue(gh(), repo, 7, incident.fingerprint);
    expect(fake.issues.get(7)!.body).toBe(`It broke at 3 a.m.\n\n${incidentMarker(incident.fingerprint)}`);
    await adoptIncidentIssue(gh(), repo, 8, incident.fingerprint);
    expect(fake.issues.get(8)!.body).toBe("My PR.");
    // The next alert with that fingerprint finds the adopted issue.
    fake.issues.get(7)!.labels = ["sentry:incident"];
    expect(await ensureIncidentIssue(gh(), repo, incident)).toMatchObject({ action: "found", number: 7 });
    expect(fake.createCalls).toBe(0);
  });

  it("a crash between created and recorded does not make a second issue", async () => {
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    fake.crashAfterCreate = true;
    const incident = makeIncident();
    await expect(ensureIncidentIssue(gh(), repo, incident)).rejects.toThrow();
    expect(fake.issues.size).toBe(1);
    const retry = await ensureIncidentIssue(gh(), repo, incident);
    expect(retry).toMatchObject({ action: "found", number: 1 });
    expect(fake.createCalls).toBe(1);
  });

  it("two replicas racing converge on the lower-numbered issue", async () => {
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    const incident = makeIncident();
    // Replica A created #1 while replica B was between its lookup and its create.
    fake.issues.set(1, {
      number: 1,
      title: "t",
      body: incidentMarker(incident.fingerprint),
      state: "open",
      labels: ["sentry:incident"],
    });
    fake.nextNumber = 2;
    const realGet = fake.issues.get.bind(fake.issues);
    let hidden = true;
    fake.issues.get = (n: number) => (hidden && n === 1 ? undefined : realGet(n));
    const values = fake.issues.values.bind(fake.issues);
    fake.issues.values = () => {
      const rows = [...values()].filter((i) => !(hidden && i.number === 1));
      hidden = false;
      return rows.values();
    };
    const outcome = await ensureIncidentIssue(gh(), repo, incident);
    expect(outcome).toMatchObject({ action: "deduplicated", number: 1 });
    expect(realGet(2)).toMatchObject({ state: "closed", state_reason: "duplicate" });
  });

  it("closes on resolve and reopens when the alert fires again", async () => {
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    const incident = makeIncident();
    const { number } = await ensureIncidentIssue(gh(), repo, incident);
    fake.issues.get(number)!.labels.push("team:payments");
    await resolveIncidentIssue(gh(), repo, number, "P2", "alert resolved at 03:10");
    expect(fake.issues.get(number)).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(fake.issues.get(number)!.labels).toContain("status:resolved");
    expect(fake.issues.get(number)!.labels).toContain("team:payments");

    const again = await ensureIncidentIssue(gh(), repo, incident);
    expect(again).toMatchObject({ action: "reopened", number });
    expect(fake.issues.get(number)).toMatchObject({ state: "open" });
    expect(fake.issues.get(number)!.labels).toContain("status:firing");
    expect(fake.createCalls).toBe(1);
  });
});

describe("tracking comment", () => {
  it("is one comment per run, edited in place as stages complete, ending with the diagnosis", async () => {
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    const { number } = await ensureIncidentIssue(gh(), repo, makeIncident());
    const run = makeRun();
    const tracker = createTracker(gh(), repo, number, run.id, links);
    await tracker.stateEntered("TRIAGE");
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain("- [ ] Triage — running…");
    await tracker.stateEntered("DIAGNOSIS");
    expect(fake.comments[0]!.body).toContain("- [x] Triage");
    await tracker.finish(run, [
      {
        runId: "r0",
        title: "Disk full last week",
        category: "disk_full",
        rootCause: "rotation",
        score: 0.9,
        fixWorked: true,
      },
    ]);
    expect(fake.comments).toHaveLength(1);
    const body = fake.comments[0]!.body;
    expect(body).toContain("- [x] Verification");
    expect(body).toContain(
      `[\`config/logrotate.conf:2\`](https://github.com/acme/shop/blob/${"a".repeat(40)}/config/logrotate.conf#L2)`,
    );
    expect(body).toContain("`logs/checkout.log:1812`");
    expect(body).toContain("[Run log](https://github.com/acme/shop/actions/runs/1)");
    expect(body).toContain("cost $0.0081");
    expect(body).toContain("Disk full last week");
    expect(body).toContain("1. Lower rotation to 7 days");
  });

  it("untrusted text cannot ping, close issues or forge markers", async () => {
    const fake = installFakeIssues(githubApi(), "acme", "shop");
    const base = makeRun();
    const run = makeRun({
      diagnosis: { ...base.diagnosis!, summary: "@org/oncall fixes #12 <!-- claude-sentry:run x -->" },
    });
    const tracker = createTracker(gh(), repo, 1, run.id, links);
    await tracker.finish(run);
    const body = fake.comments[0]!.body;
    expect(body).not.toMatch(/@org/);
    expect(body).not.toMatch(/fixes #12/);
    expect(body.match(/<!--/g)).toHaveLength(1);
  });
});
