import type { RecordFields, RecordSubject } from "../../core/log-summary.js";

/**
 * The object a structured record is about, read from the field names that loggers, log shippers
 * (Fluent Bit's `kubernetes.*`, OpenTelemetry's `k8s.*`), klog and journald use for it.
 */
const SUBJECT_KEYS: Record<keyof RecordSubject, string[]> = {
  namespace: [
    "kubernetes.namespace_name",
    "k8s.namespace.name",
    "namespace",
    "pod.namespace",
    "metadata.namespace",
  ],
  pod: ["kubernetes.pod_name", "k8s.pod.name", "pod", "pod.name", "pod_name", "podName"],
  container: [
    "kubernetes.container_name",
    "k8s.container.name",
    "container",
    "container_name",
    "containerName",
  ],
  node: ["kubernetes.host", "k8s.node.name", "node", "nodeName", "node_name"],
  service: ["service", "service.name", "service_name", "app"],
  host: ["host", "hostname", "_HOSTNAME", "host.name", "HOSTNAME"],
  unit: ["_SYSTEMD_UNIT", "unit", "UNIT", "SYSLOG_IDENTIFIER"],
};

export function subjectOf(fields: RecordFields): RecordSubject | undefined {
  let subject: RecordSubject | undefined;
  for (const [name, keys] of Object.entries(SUBJECT_KEYS) as [keyof RecordSubject, string[]][]) {
    for (const key of keys) {
      const value = fields[key];
      if (typeof value === "string" && value !== "" && value.length <= 253) {
        subject ??= {};
        subject[name] = value;
        break;
      }
    }
  }
  return subject;
}
