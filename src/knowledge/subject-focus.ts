import type { RecordSubject } from "../core/log-summary.js";
import { podBase } from "../core/pod-name.js";

/** What an incident is about, from its alert's labels (or, failing that, the logs' most affected object). */
export interface IncidentSubject {
  namespace?: string;
  pod?: string;
  /** Deployments, services, jobs, containers: names a pod of the subject starts with. */
  workloads: string[];
  /** Hosts and nodes, without ports. */
  hosts: string[];
}

const WORKLOAD_LABELS = [
  "deployment",
  "statefulset",
  "daemonset",
  "service",
  "job_name",
  "app",
  "app_kubernetes_io_name",
];
const HOST_LABELS = ["node", "host", "hostname", "instance", "nodename"];
/** Prometheus scrape jobs and exporters are how a metric was collected, not what the alert is about. */
const SCRAPE_JOB = /exporter|kube-state-metrics|kubelet|cadvisor|apiserver|prometheus|node|blackbox/i;

function hostOf(value: string): string {
  return value.replace(/^\[?([^\]]+?)\]?(:\d+)?$/, "$1").toLowerCase();
}

export function incidentSubjectOf(incident: {
  labels: Record<string, string>;
  service?: string | undefined;
}): IncidentSubject | undefined {
  const labels = incident.labels;
  const workloads = WORKLOAD_LABELS.map((l) => labels[l]).filter((v): v is string => Boolean(v));
  if (labels.job && !SCRAPE_JOB.test(labels.job)) workloads.push(labels.job);
  if (incident.service) workloads.push(incident.service);
  const hosts = HOST_LABELS.map((l) => labels[l])
    .filter((v): v is string => Boolean(v))
    .map(hostOf);
  const subject: IncidentSubject = {
    workloads: [...new Set(workloads.map((w) => w.toLowerCase()))],
    hosts: [...new Set(hosts)],
    ...(labels.namespace ? { namespace: labels.namespace } : {}),
    ...(labels.pod ? { pod: labels.pod } : {}),
  };
  const empty =
    !subject.namespace && !subject.pod && subject.workloads.length === 0 && subject.hosts.length === 0;
  return empty ? undefined : subject;
}

function podMatches(pod: string, subject: IncidentSubject): boolean {
  const name = pod.toLowerCase();
  if (subject.pod && (subject.pod === pod || podBase(subject.pod) === podBase(pod))) return true;
  return subject.workloads.some((w) => name === w || name.startsWith(`${w}-`));
}

/**
 * Whether a record's object is the incident's subject: true (same pod, workload or host), false (another
 * one), or undefined when they name nothing comparable.
 */
export function isAboutSubject(record: RecordSubject, subject: IncidentSubject): boolean | undefined {
  if (record.namespace && subject.namespace && record.namespace !== subject.namespace) return false;
  const verdicts: boolean[] = [];
  if (record.pod && (subject.pod || subject.workloads.length)) verdicts.push(podMatches(record.pod, subject));
  const service = record.service ?? record.unit?.replace(/\.service$/, "");
  if (service && (subject.workloads.length || subject.pod)) {
    const name = service.toLowerCase();
    verdicts.push(
      subject.workloads.includes(name) || Boolean(subject.pod?.toLowerCase().startsWith(`${name}-`)),
    );
  }
  const host = record.host ?? record.node;
  if (host && subject.hosts.length) verdicts.push(subject.hosts.includes(hostOf(host)));
  if (verdicts.length === 0) {
    return record.namespace && subject.namespace ? record.namespace === subject.namespace : undefined;
  }
  return verdicts.some(Boolean);
}

/** Names by which other evidence may mention an object (to tell a dependency from a bystander). */
export function namesOf(record: RecordSubject): string[] {
  const names = [record.pod && podBase(record.pod), record.service, record.host, record.node, record.unit];
  return names.filter((n): n is string => typeof n === "string" && n.length >= 3);
}

/** The subject the logs are mostly about, when the records name objects and one clearly leads. */
export function dominantSubject(
  counts: { subject: RecordSubject; count: number }[],
): IncidentSubject | undefined {
  const byName = new Map<string, { subject: RecordSubject; count: number }>();
  for (const { subject, count } of counts) {
    const key = subject.pod ? podBase(subject.pod) : (subject.service ?? subject.host ?? subject.node);
    if (!key) continue;
    const seen = byName.get(key);
    if (seen) seen.count += count;
    else byName.set(key, { subject, count });
  }
  const ranked = [...byName.entries()].sort((a, b) => b[1].count - a[1].count);
  const [first, second] = ranked;
  if (!first || !second || first[1].count <= second[1].count) return undefined;
  const s = first[1].subject;
  return {
    workloads: [first[0]].filter(() => Boolean(s.pod ?? s.service)),
    hosts: s.pod || s.service ? [] : [hostOf(first[0])],
    ...(s.namespace ? { namespace: s.namespace } : {}),
  };
}
