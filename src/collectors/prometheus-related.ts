import { z } from "zod";

/** The labels that name an alert's subject; values come from the alert and are escaped into PromQL. */
export const SubjectLabelsSchema = z.strictObject({
  namespace: z.string().min(1).max(253).optional(),
  pod: z.string().min(1).max(253).optional(),
  container: z.string().min(1).max(253).optional(),
  instance: z.string().min(1).max(253).optional(),
  mountpoint: z.string().min(1).max(1024).optional(),
  job: z.string().min(1).max(253).optional(),
  service: z.string().min(1).max(253).optional(),
});
export type SubjectLabels = z.infer<typeof SubjectLabelsSchema>;

/** What a related query is evidence of: its facts are worded (and tagged) by this. */
export type RelatedSignal =
  | "memory"
  | "memory-limit"
  | "restarts"
  | "last-terminated"
  | "cpu-throttled"
  | "filesystem-avail"
  | "filesystem-size"
  | "inodes-free"
  | "inodes-total"
  | "errors-5xx"
  | "latency-p99";

export interface RelatedQuery {
  signal: RelatedSignal;
  expr: string;
}

/** A PromQL string literal: backslash, quote and line breaks escaped, so a label value cannot end the selector. */
export function promString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r")}"`;
}

function selector(matchers: Record<string, string | undefined>, extra: string[] = []): string {
  const parts = Object.entries(matchers)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => `${k}=${promString(v)}`);
  return `{${[...parts, ...extra].join(",")}}`;
}

/**
 * The series a person on call opens for the subject: a pod's memory against its limit, restarts and the last
 * termination's reason (kube-state-metrics), CPU throttling; a host's filesystem space and inodes; a
 * service's 5xx share and p99 latency. Only the queries whose labels the alert carries.
 */
export function relatedQueries(subject: SubjectLabels): RelatedQuery[] {
  const queries: RelatedQuery[] = [];
  if (subject.namespace && subject.pod) {
    const pod = { namespace: subject.namespace, pod: subject.pod, container: subject.container };
    const by = "by (namespace, pod, container)";
    const real = ['container!=""', 'container!="POD"'];
    queries.push(
      { signal: "memory", expr: `max ${by} (container_memory_working_set_bytes${selector(pod, real)})` },
      {
        signal: "memory-limit",
        expr: `max ${by} (kube_pod_container_resource_limits${selector(pod, ['resource="memory"'])})`,
      },
      { signal: "restarts", expr: `max ${by} (kube_pod_container_status_restarts_total${selector(pod)})` },
      {
        signal: "last-terminated",
        expr: `max by (namespace, pod, container, reason) (kube_pod_container_status_last_terminated_reason${selector(pod)} > 0)`,
      },
      {
        signal: "cpu-throttled",
        expr:
          `sum ${by} (rate(container_cpu_cfs_throttled_periods_total${selector(pod, real)}[5m]))` +
          ` / sum ${by} (rate(container_cpu_cfs_periods_total${selector(pod, real)}[5m]))`,
      },
    );
  }
  if (subject.instance) {
    const fs = selector({ instance: subject.instance, mountpoint: subject.mountpoint }, [
      'fstype!~"tmpfs|ramfs|squashfs|overlay|nsfs"',
    ]);
    queries.push(
      { signal: "filesystem-avail", expr: `node_filesystem_avail_bytes${fs}` },
      { signal: "filesystem-size", expr: `node_filesystem_size_bytes${fs}` },
      { signal: "inodes-free", expr: `node_filesystem_files_free${fs}` },
      { signal: "inodes-total", expr: `node_filesystem_files${fs}` },
    );
  }
  const service = subject.job
    ? { job: subject.job }
    : subject.service
      ? { service: subject.service }
      : undefined;
  if (service) {
    const all = selector(service);
    const errors = selector(service, ['code=~"5.."']);
    queries.push(
      {
        signal: "errors-5xx",
        expr: `sum(rate(http_requests_total${errors}[5m])) / sum(rate(http_requests_total${all}[5m]))`,
      },
      {
        signal: "latency-p99",
        expr: `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket${all}[5m])))`,
      },
    );
  }
  return queries;
}
