import type { Incident } from "./incident.js";

/**
 * Alerts that fire all the time on purpose, to prove the alerting pipeline delivers: kube-prometheus's
 * Watchdog (DeadMansSwitch in older prometheus-operator rule sets) and InfoInhibitor, which fires whenever
 * an info-level alert does, only to inhibit it. Firing is their healthy state: a run about one has nothing
 * to diagnose, and opening an issue for it would page someone for a working pipeline.
 */
const HEARTBEAT_ALERTS: ReadonlySet<string> = new Set(["Watchdog", "DeadMansSwitch", "InfoInhibitor"]);

/** The heartbeat alert's name when the incident is one, else undefined. */
export function heartbeatAlertName(incident: Pick<Incident, "labels">): string | undefined {
  const name = incident.labels.alertname;
  return name !== undefined && HEARTBEAT_ALERTS.has(name) ? name : undefined;
}

/** Why a firing heartbeat alert gets no run: the one line the App's delivery and the Action both give. */
export function heartbeatReason(name: string): string {
  return `${name} is a heartbeat alert: it always fires to prove alerts are delivered, nothing to diagnose`;
}
