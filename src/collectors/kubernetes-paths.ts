/**
 * The only requests the Kubernetes collector can make: GETs of fixed API paths, one per readable kind. The
 * names in them are checked as Kubernetes names first, so an alert label cannot add a path segment or query.
 */
export const READABLE_KINDS = {
  pod: { group: "/api/v1", plural: "pods", namespaced: true },
  node: { group: "/api/v1", plural: "nodes", namespaced: false },
  replicaset: { group: "/apis/apps/v1", plural: "replicasets", namespaced: true },
  deployment: { group: "/apis/apps/v1", plural: "deployments", namespaced: true },
  statefulset: { group: "/apis/apps/v1", plural: "statefulsets", namespaced: true },
  daemonset: { group: "/apis/apps/v1", plural: "daemonsets", namespaced: true },
  job: { group: "/apis/batch/v1", plural: "jobs", namespaced: true },
} as const;
export type ReadableKind = keyof typeof READABLE_KINDS;

/** RFC 1123 subdomain (pods, nodes, owners) and label (namespaces, containers): lower-case, digits, '-', '.'. */
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

export function isKubeName(value: string): boolean {
  return NAME.test(value) && !value.includes("..");
}

export function readableKind(kind: string): ReadableKind | undefined {
  const k = kind.toLowerCase().replace(/s$/, "");
  return Object.hasOwn(READABLE_KINDS, k) ? (k as ReadableKind) : undefined;
}

export function objectPath(kind: ReadableKind, name: string, namespace?: string): string {
  const info = READABLE_KINDS[kind];
  const ns = info.namespaced ? `/namespaces/${namespace}` : "";
  return `${info.group}${ns}/${info.plural}/${name}`;
}

export function eventsPath(namespace: string, name: string): string {
  const selector = new URLSearchParams({ fieldSelector: `involvedObject.name=${name}`, limit: "200" });
  return `/api/v1/namespaces/${namespace}/events?${selector.toString()}`;
}

export function logPath(
  namespace: string,
  pod: string,
  options: { container?: string; previous: boolean; tailLines: number; limitBytes: number },
): string {
  const params = new URLSearchParams({
    ...(options.container ? { container: options.container } : {}),
    previous: String(options.previous),
    tailLines: String(options.tailLines),
    limitBytes: String(options.limitBytes),
    timestamps: "true",
  });
  return `/api/v1/namespaces/${namespace}/pods/${pod}/log?${params.toString()}`;
}
