import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/entrypoints/action.js";
import { createOctokit } from "../../src/github/octokit.js";
import { actionEnv } from "./helpers/action-env.js";
import { installFakeIssues } from "./helpers/fake-issues.js";
import { githubApi } from "./helpers/github-nock.js";
import { examplePayload } from "./helpers/payloads.js";

/** kube-prometheus's Watchdog as Alertmanager sends it: firing is its healthy state. */
function watchdog(status: "firing" | "resolved") {
  const alert = {
    status,
    labels: { alertname: "Watchdog", severity: "none", prometheus: "monitoring/k8s" },
    annotations: {
      summary: "An alert that should always be firing to certify that Alertmanager is working properly.",
    },
    startsAt: "2026-12-07T02:00:00.000Z",
    endsAt: "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus.local/graph?g0.expr=vector%281%29",
    fingerprint: "e7bdd2fd3e5b2b6f",
  };
  return {
    version: "4",
    groupKey: '{}:{alertname="Watchdog"}',
    truncatedAlerts: 0,
    status,
    receiver: "sentry",
    groupLabels: { alertname: "Watchdog" },
    commonLabels: alert.labels,
    commonAnnotations: alert.annotations,
    externalURL: "http://alertmanager.local",
    alerts: [alert],
  };
}

const octokit = () => createOctokit({ auth: "t", throttle: false, retries: 0 });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

/** What the Action printed with core.info (stdout), while `body` runs. */
async function printed(body: () => Promise<unknown>): Promise<{ lines: string[]; result: unknown }> {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, "write").mockImplementation((chunk, ...rest) => {
    lines.push(...String(chunk).split("\n").filter(Boolean));
    return write(chunk, ...(rest as []));
  });
  const result = await body();
  return { lines, result };
}

describe("the Action and heartbeat alerts", () => {
  it("a Watchdog forwarded by repository_dispatch: one line in the log, no run, no issue", async () => {
    const issues = installFakeIssues(githubApi(), "acme", "shop");
    const payload = examplePayload<Record<string, unknown>>("repository_dispatch");
    payload.client_payload = { alert: watchdog("firing"), source: "alertmanager" };
    const env = actionEnv({ event: "repository_dispatch", payload });
    const runIncident = vi.fn();
    const { lines, result } = await printed(() => run({ env: env.env, octokit, runIncident }));
    expect(process.exitCode).toBeUndefined();
    expect(result).toMatchObject({ incident: { labels: { alertname: "Watchdog" } } });
    expect((result as { delivery?: unknown }).delivery).toBeUndefined();
    expect(runIncident).not.toHaveBeenCalled();
    expect(issues.issues.size).toBe(0);
    expect(lines.filter((l) => l.includes("heartbeat alert"))).toEqual([
      "Watchdog is a heartbeat alert: it always fires to prove alerts are delivered, nothing to diagnose",
    ]);
    expect(env.outputs()["issue-number"]).toBeUndefined();
  });

  it("the same quiet for a firing heartbeat given as the alert input", async () => {
    const issues = installFakeIssues(githubApi(), "acme", "shop");
    const env = actionEnv({
      event: "workflow_dispatch",
      payload: { inputs: {} },
      inputs: { alert: JSON.stringify(watchdog("firing")) },
    });
    const runIncident = vi.fn();
    const { lines } = await printed(() => run({ env: env.env, octokit, runIncident }));
    expect(runIncident).not.toHaveBeenCalled();
    expect(issues.issues.size).toBe(0);
    expect(lines.some((l) => l.startsWith("Watchdog is a heartbeat alert"))).toBe(true);
  });
});
