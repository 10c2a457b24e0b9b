import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readJournal } from "../../src/collectors/journald.js";
import { incidentFromAlertBody } from "../../src/engine/incident-from-alert.js";
import { alertUnit, missingEvidence } from "../../src/llm/offline/collector-plan.js";
import { execFileExecutor } from "../../src/security/policy/command-policy.js";
import { systemdAlert } from "./journald-records.js";
import { alertmanagerPayload, crashLoopAlert } from "./scenario.js";

function incidentOf(body: unknown) {
  const made = incidentFromAlertBody(body);
  if (!made.ok) throw new Error(made.reason);
  return made.incident;
}

describe("journald planning", () => {
  it("takes the unit from a host-level alert's unit, name or service label", () => {
    const at = new Date();
    expect(alertUnit(incidentOf(systemdAlert("nginx.service", at)))).toBe("nginx.service");
    const unit = alertmanagerPayload(
      "ServiceDown",
      { instance: "db-1:9558", unit: "postgresql@15-main.service" },
      "up == 0",
      at,
    );
    expect(alertUnit(incidentOf(unit))).toBe("postgresql@15-main.service");
    const service = alertmanagerPayload(
      "HighErrorRate",
      { instance: "web-1:9100", service: "billing-api" },
      "x > 1",
      at,
    );
    expect(alertUnit(incidentOf(service))).toBe("billing-api");
    expect(missingEvidence(incidentOf(service))).toMatch(
      /journald: unit billing-api's journal[^;]*SENTRY_JOURNALD=1/,
    );
  });

  it("reads no unit for a pod's alert or for a container `name` label", () => {
    const at = new Date();
    expect(alertUnit(incidentOf(crashLoopAlert(at)))).toBeUndefined();
    const cadvisor = alertmanagerPayload(
      "ContainerHighMemory",
      { instance: "n1:8080", name: "k8s_app_checkout" },
      "x > 1",
      at,
    );
    expect(alertUnit(incidentOf(cadvisor))).toBeUndefined();
    const hostile = alertmanagerPayload(
      "ServiceDown",
      { instance: "n1", unit: "--vacuum-size=1K" },
      "up == 0",
      at,
    );
    expect(alertUnit(incidentOf(hostile))).toBeUndefined();
  });
});

const hasJournalctl = spawnSync("journalctl", ["--version"]).status === 0;

describe.skipIf(!hasJournalctl)("journalctl on this machine (skipped where it is absent)", () => {
  it("runs the policy-checked read through execFile and parses its answer", async () => {
    const end = new Date();
    const read = await readJournal(
      execFileExecutor,
      "sentry-smoke-test-no-such-unit.service",
      { start: new Date(end.getTime() - 3_600_000), end },
      1_000_000,
    );
    // No such unit has records: an exit 0 with none, or journalctl's own error when there is no journal.
    if (read.status === "ok") {
      expect(read.query).toMatch(
        /^journalctl -u sentry-smoke-test-no-such-unit\.service --since @\d+ --until @\d+ -o json -n 5000 --no-pager$/,
      );
      expect(read.lines).toEqual([]);
    } else expect(read.reason).toMatch(/^journalctl exited/);
  });
});
