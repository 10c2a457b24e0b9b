import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * kube-prometheus's Watchdog fires all the time to prove alerts are delivered: a run about it ends
 * NOTHING_WRONG (exit 0), not ESCALATED. Logs that show a failure still get diagnosed beside it.
 */
const root = mkdtempSync(join(tmpdir(), "heartbeat-e2e-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function alertmanager(alertname: string, severity: string): string {
  const labels = { alertname, severity, prometheus: "monitoring/k8s" };
  const annotations = {
    summary: "An alert that should always be firing to certify that Alertmanager is working properly.",
  };
  const alert = {
    status: "firing",
    labels,
    annotations,
    startsAt: "2026-12-07T02:00:00.000Z",
    endsAt: "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus.local/graph?g0.expr=vector%281%29",
    fingerprint: "e7bdd2fd3e5b2b6f",
  };
  const path = join(root, `${alertname}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      version: "4",
      groupKey: `{}:{alertname="${alertname}"}`,
      truncatedAlerts: 0,
      status: "firing",
      receiver: "sentry",
      groupLabels: { alertname },
      commonLabels: labels,
      commonAnnotations: annotations,
      externalURL: "http://alertmanager.local",
      alerts: [alert],
    }),
  );
  return path;
}

describe("heartbeat alerts", () => {
  it("Watchdog alone ends NOTHING_WRONG and says why", async () => {
    const res = await cli(["diagnose", "--alert", alertmanager("Watchdog", "none"), "--format", "json"], {
      cwd: root,
    });
    expect(res.code).toBe(0);
    const run = JSON.parse(res.stdout) as { finalState: string; triage?: { summary: string } };
    expect(run.finalState).toBe("NOTHING_WRONG");
    expect(run.triage?.summary).toMatch(/Watchdog is a heartbeat alert/);
  });

  it("an alert of another name that merely says 'always firing' is still an alert to look at", async () => {
    const res = await cli(
      ["diagnose", "--alert", alertmanager("CheckoutDown", "critical"), "--format", "json"],
      { cwd: root },
    );
    expect(JSON.parse(res.stdout).finalState).not.toBe("NOTHING_WRONG");
  });

  it("logs that show a failure are diagnosed even beside a Watchdog alert", async () => {
    const log = join(root, "app.log");
    writeFileSync(
      log,
      `${Array.from({ length: 3 }, () => "Error: connect ECONNREFUSED 10.42.3.9:5432").join("\n")}\n`,
    );
    const res = await cli(
      ["diagnose", "--alert", alertmanager("Watchdog", "none"), "--log", log, "--format", "json"],
      {
        cwd: root,
      },
    );
    const run = JSON.parse(res.stdout) as { finalState: string; diagnosis?: { category: string } };
    expect(run.diagnosis?.category).toBe("connectivity");
  });
});
