import { podBase } from "../../core/pod-name.js";

/**
 * Scrapers and exporters: how a metric was collected, not what the alert is about. kube-prometheus-stack
 * prefixes them with its release (`kube-prometheus-stack-kube-state-metrics`, `prometheus-node-exporter`).
 */
const COLLECTOR =
  /(?:^|-)(?:kube-state-metrics|kubelet|cadvisor|apiserver|node-exporter|[\w]+-exporter|exporter)$/i;

const WORKLOAD_LABELS = [
  "app",
  "app_kubernetes_io_name",
  "app.kubernetes.io/name",
  "deployment",
  "statefulset",
  "daemonset",
  "cronjob",
  "job_name",
  "container",
];

/** A `service` or `job` label's value, unless it names a collector. */
function own(value: string | undefined): string | undefined {
  return value && !COLLECTOR.test(value) ? value : undefined;
}

/**
 * The service a Prometheus-style alert is about: its `service` or `job` label, unless that names the exporter
 * that collected the metric (every kube-state-metrics alert carries `job="kube-state-metrics"`), then the
 * workload its labels name, then the pod's workload (`api-6d5f8b7c9-x2k4p` → `api`). Routing, titles and
 * incident memory key on it, so a wrong one sends every Kubernetes alert to the exporter's owners.
 */
export function serviceOfAlertLabels(labels: Record<string, string | undefined>): string | undefined {
  const named = own(labels.service) ?? own(labels.job);
  if (named) return named;
  for (const key of WORKLOAD_LABELS) {
    const value = labels[key];
    if (value && value !== "POD") return value;
  }
  return labels.pod ? podBase(labels.pod) : undefined;
}
