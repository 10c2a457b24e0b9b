import type { Incident } from "../../core/incident.js";
import { alertNameOf, alertRuleFor } from "../../knowledge/alerts/index.js";
import { SYSTEMD_UNIT } from "../../security/policy/argument-rules.js";
import type { TurnRequest } from "../provider.js";
import { hasTool, type PlannedCall } from "./conversation.js";

/**
 * Planning for alerts that arrive without logs: the alert's name, labels and expression turned into the few
 * collector calls that confirm or rule out its hypothesis. Prometheus gets the alert's own expression and the
 * series related to its subject; Kubernetes the pod's describe (last state, events, owner, node) and the
 * previous container's log tail. Only the tools this run offers (the operator's collectors) are planned.
 */
export const COLLECTOR_TOOL_NAMES: ReadonlySet<string> = new Set([
  "query_metrics",
  "read_kubernetes",
  "query_logs",
]);

/** Subject labels a related-series query uses, as the standard rules (mixins, node exporter) name them. */
const SUBJECT_LABELS = ["namespace", "pod", "container", "instance", "mountpoint", "job", "service"] as const;
const KUBE_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/** The alert's PromQL: Alertmanager's generatorURL carries it as `g0.expr`; some senders put it in a label. */
export function alertExpression(incident: Incident): string | undefined {
  const url = incident.labels.generatorURL;
  if (url) {
    try {
      const expr = new URL(url).searchParams.get("g0.expr");
      if (expr?.trim()) return expr.trim().slice(0, 2_000);
    } catch {
      // Not a URL: fall through to the labels.
    }
  }
  const labelled = incident.labels.expr ?? incident.labels.expression;
  return labelled?.trim() ? labelled.trim().slice(0, 2_000) : undefined;
}

function subjectOf(incident: Incident): Record<string, string> {
  const subject: Record<string, string> = {};
  for (const label of SUBJECT_LABELS) {
    const value = incident.labels[label]?.trim();
    if (value && value.length <= 253) subject[label] = value;
  }
  return subject;
}

const UNIT_SUFFIX = /\.(?:service|socket|timer|mount|automount|path|target|swap|slice|scope|device)$/;

/**
 * The systemd unit of a host-level alert (no pod): node exporter's systemd collector and systemd_exporter
 * label it `name` (`NodeSystemdServiceFailed`), others `unit` or `service`; else the incident's service.
 * `name` alone is too common a label (cAdvisor's container name) unless it reads as a unit.
 */
export function alertUnit(incident: Incident): string | undefined {
  const { labels } = incident;
  if (labels.pod || labels.namespace || labels.container) return undefined;
  const systemdAlert = /systemd/i.test(alertNameOf(incident) ?? "");
  const name = labels.name && (UNIT_SUFFIX.test(labels.name) || systemdAlert) ? labels.name : undefined;
  const candidates = [labels.unit, name, labels.service, incident.service];
  return candidates.map((c) => c?.trim()).find((c): c is string => !!c && SYSTEMD_UNIT.test(c));
}

export function collectorPlan(request: TurnRequest): PlannedCall[] {
  const { incident } = request.context;
  if (incident.status === "resolved") return [];
  const calls: PlannedCall[] = [];
  const subject = subjectOf(incident);
  if (hasTool(request, "query_metrics")) {
    const expr = alertExpression(incident);
    if (expr || Object.keys(subject).length > 0)
      calls.push({
        name: "query_metrics",
        input: {
          ...(expr ? { expr } : {}),
          ...(Object.keys(subject).length > 0 ? { subject } : {}),
          at: incident.startedAt,
        },
      });
  }
  const unit = alertUnit(incident);
  if (hasTool(request, "query_logs") && (Object.keys(subject).length > 0 || unit)) {
    // No store named: the tool reads every store the operator configured (journald when a unit is given).
    calls.push({ name: "query_logs", input: { subject, ...(unit ? { unit } : {}), at: incident.startedAt } });
  }
  const { namespace, pod, container } = subject;
  if (
    hasTool(request, "read_kubernetes") &&
    namespace &&
    pod &&
    KUBE_NAME.test(namespace) &&
    KUBE_NAME.test(pod)
  ) {
    calls.push({ name: "read_kubernetes", input: { verb: "describe", kind: "pod", namespace, name: pod } });
    calls.push({
      name: "read_kubernetes",
      input: {
        verb: "logs",
        kind: "pod",
        namespace,
        name: pod,
        ...(container && KUBE_NAME.test(container) ? { container } : {}),
        previous: true,
        tailLines: 100,
      },
    });
  }
  return calls;
}

/** What the run would have read, had collectors been configured, and how to configure them. */
export function missingEvidence(incident: Incident): string | undefined {
  const subject = subjectOf(incident);
  const expr = alertExpression(incident);
  const name = alertNameOf(incident);
  const rule = name ? alertRuleFor(name) : undefined;
  const wanted: string[] = [];
  if (expr || Object.keys(subject).length > 0)
    wanted.push(
      `Prometheus: ${expr ? `the alert's expression \`${expr.slice(0, 200)}\` around its start and ` : ""}the series related to ${describe(subject)} (set SENTRY_PROMETHEUS_URL, or collectors.prometheus.url in the operator's --config)`,
    );
  if (subject.namespace && subject.pod)
    wanted.push(
      `Kubernetes: pod ${subject.namespace}/${subject.pod}'s last state, events and previous log (set SENTRY_KUBERNETES to a kubeconfig path or in-cluster)`,
    );
  const unit = alertUnit(incident);
  if (unit)
    wanted.push(
      `journald: unit ${unit}'s journal around the alert's start (set SENTRY_JOURNALD=1 where Sentry runs on that host)`,
    );
  if (wanted.length === 0 && !rule) return undefined;
  if (wanted.length === 0)
    wanted.push(
      "metrics and cluster state for the alert's subject (configure SENTRY_PROMETHEUS_URL or SENTRY_KUBERNETES)",
    );
  return `Evidence this run lacked: ${wanted.join("; ")}.`;
}

function describe(subject: Record<string, string>): string {
  const entries = Object.entries(subject);
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(", ") : "the alert's subject";
}

/** Triage's hand-over: the collector calls the Detective will make to confirm or rule out the hypothesis. */
export function planText(request: TurnRequest): string | undefined {
  const plan = collectorPlan(request);
  if (plan.length === 0) return undefined;
  const what = plan.map((call) => {
    const input = call.input as Record<string, unknown>;
    if (call.name === "query_metrics")
      return `metrics (${input.expr ? "the alert's expression and " : ""}the subject's related series)`;
    if (call.name === "query_logs")
      return input.unit
        ? `the logs of ${String(input.unit)} (journal or log store)`
        : "the subject's logs from the log store";
    return `Kubernetes ${String(input.verb)} ${String(input.kind)} ${String(input.namespace)}/${String(input.name)}`;
  });
  return `To confirm: ${[...new Set(what)].join("; ")}.`;
}
