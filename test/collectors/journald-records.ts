/**
 * `journalctl -u UNIT -o json` output as systemd 252 writes it: one JSON object per line, every value a
 * string (MESSAGE an array of byte values when it is not valid UTF-8), the trusted `_`-fields added by
 * journald, and systemd's own messages about the unit carrying UNIT= (so `-u` matches them).
 */
const HOST = "web-1";
const BOOT = "5f0c3a4e1b2d4c6e8f90a1b2c3d4e5f6";

function record(micros: bigint, fields: Record<string, string | number[]>): string {
  return JSON.stringify({
    __CURSOR: `s=9d1f2e3c4b5a69788796a5b4c3d2e1f0;i=${(micros % 100000n).toString(16)};b=${BOOT};m=${(micros % 1000000000n).toString(16)};t=${micros.toString(16)};x=1f2e3d4c5b6a7988`,
    __REALTIME_TIMESTAMP: String(micros),
    __MONOTONIC_TIMESTAMP: String(micros % 1000000000n),
    _BOOT_ID: BOOT,
    _MACHINE_ID: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    _HOSTNAME: HOST,
    ...fields,
  });
}

function systemd(micros: bigint, unit: string, priority: string, message: string): string {
  return record(micros, {
    PRIORITY: priority,
    SYSLOG_FACILITY: "3",
    SYSLOG_IDENTIFIER: "systemd",
    _PID: "1",
    _UID: "0",
    _COMM: "systemd",
    _EXE: "/usr/lib/systemd/systemd",
    _TRANSPORT: "journal",
    CODE_FILE: "src/core/unit.c",
    UNIT: unit,
    MESSAGE: message,
  });
}

function service(micros: bigint, unit: string, pid: string, priority: string, message: string | number[]) {
  return record(micros, {
    PRIORITY: priority,
    SYSLOG_FACILITY: "3",
    SYSLOG_IDENTIFIER: unit.replace(/\.service$/, ""),
    _PID: pid,
    _UID: "998",
    _COMM: "node",
    _TRANSPORT: "stdout",
    _STREAM_ID: "3c4d5e6f708192a3b4c5d6e7f8091a2b",
    _SYSTEMD_UNIT: unit,
    _SYSTEMD_CGROUP: `/system.slice/${unit}`,
    MESSAGE: message,
  });
}

const us = (at: Date, plusMs: number) => BigInt(at.getTime() + plusMs) * 1000n;

/** A unit whose process exits 1 on start (a missing config key), restarted until the start limit. */
export function failingUnit(unit: string, at: Date): string {
  const lines: string[] = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const t = attempt * 2_000;
    const pid = String(4200 + attempt);
    lines.push(systemd(us(at, t), unit, "6", `Started ${unit} - Billing API.`));
    lines.push(service(us(at, t + 300), unit, pid, "6", "billing-api 2.3.1 starting"));
    lines.push(
      service(
        us(at, t + 400),
        unit,
        pid,
        "3",
        "Error: ENOENT: no such file or directory, open '/etc/billing/config.yaml'",
      ),
    );
    lines.push(
      systemd(us(at, t + 450), unit, "5", `${unit}: Main process exited, code=exited, status=1/FAILURE`),
    );
    lines.push(systemd(us(at, t + 460), unit, "4", `${unit}: Failed with result 'exit-code'.`));
    if (attempt < 4)
      lines.push(
        systemd(
          us(at, t + 1_500),
          unit,
          "6",
          `${unit}: Scheduled restart job, restart counter is at ${attempt + 1}.`,
        ),
      );
  }
  lines.push(systemd(us(at, 9_600), unit, "4", `${unit}: Start request repeated too quickly.`));
  lines.push(systemd(us(at, 9_610), unit, "3", `Failed to start ${unit} - Billing API.`));
  // A binary MESSAGE (an invalid UTF-8 byte) is exported as an array of byte values.
  lines.push(service(us(at, 9_620), unit, "4204", "4", [...Buffer.from("bad byte: "), 0xff, 0x0a]));
  return `${lines.join("\n")}\n`;
}

/** A unit killed by the kernel's OOM killer, as systemd reports it in the unit's journal. */
export function oomKilledUnit(unit: string, at: Date): string {
  return `${[
    service(us(at, 0), unit, "7310", "6", "worker: processing batch 8812 (412000 rows)"),
    systemd(us(at, 4_000), unit, "4", `${unit}: A process of this unit has been killed by the OOM killer.`),
    systemd(us(at, 4_010), unit, "5", `${unit}: Main process exited, code=killed, status=9/KILL`),
    systemd(us(at, 4_020), unit, "4", `${unit}: Failed with result 'oom-kill'.`),
    systemd(us(at, 4_030), unit, "6", `${unit}: Consumed 1min 2.113s CPU time.`),
  ].join("\n")}\n`;
}

/** Alertmanager's payload for node exporter's systemd collector rule (`node_systemd_unit_state`). */
export function systemdAlert(unit: string, startsAt: Date) {
  const labels = {
    alertname: "NodeSystemdServiceFailed",
    severity: "warning",
    instance: "web-1:9100",
    job: "node",
    name: unit,
    state: "failed",
    type: "simple",
  };
  return {
    version: "4",
    groupKey: '{}:{alertname="NodeSystemdServiceFailed"}',
    truncatedAlerts: 0,
    status: "firing",
    receiver: "sentry",
    groupLabels: { alertname: labels.alertname },
    commonLabels: labels,
    commonAnnotations: {},
    externalURL: "http://alertmanager.example:9093",
    alerts: [
      {
        status: "firing",
        labels,
        annotations: {
          summary: "Systemd service has entered failed state.",
          description: `Systemd service ${unit} has entered failed state at web-1:9100.`,
        },
        startsAt: startsAt.toISOString(),
        endsAt: "0001-01-01T00:00:00Z",
        generatorURL: `http://prometheus.example:9090/graph?g0.expr=${encodeURIComponent('node_systemd_unit_state{job="node",state="failed"} == 1')}&g0.tab=1`,
        fingerprint: "5e771ce0ba5eba11",
      },
    ],
  };
}
