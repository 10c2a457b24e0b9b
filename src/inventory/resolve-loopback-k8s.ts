import { LOOPBACK, replaceHost } from "./hosts.js";
import { child, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { Resolution } from "./resolution.js";
import { cite, loopbackSetting } from "./resolve-host.js";
import type { Inventory } from "./types.js";

type ContentOf = (file: string) => string | undefined;

const WORKLOADS = new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "Pod", "ReplicaSet"]);

/**
 * Whether some pod runs a second container that may serve the port on loopback (a Cloud SQL proxy, pgbouncer,
 * an Envoy sidecar): there, `localhost:5432` is right and the refusal is the sidecar's, not the setting's.
 */
function sidecarMayListen(port: number, inv: Inventory, contentOf: ContentOf): boolean {
  return inv.files.some((file) =>
    yamlDocs(contentOf(file) ?? "").some((doc) => {
      const kind = scalar(child(doc.root, "kind"));
      if (!kind || !WORKLOADS.has(kind)) return false;
      const spec =
        kind === "Pod" ? child(doc.root, "spec") : child(child(child(doc.root, "spec"), "template"), "spec");
      const containers = [
        ...items(child(spec, "containers")),
        // Native sidecars: init containers that keep running beside the app.
        ...items(child(spec, "initContainers")).filter((c) => scalar(child(c, "restartPolicy")) === "Always"),
      ];
      return containers.length > 1 && containers.some((c) => JSON.stringify(c).includes(String(port)));
    }),
  );
}

/**
 * Refused on loopback in a pod whose manifests define a Service on that port: the pod dialled itself, and the
 * application's own config (appsettings, application.yml) is what named loopback. The change is the one Service
 * listening on the port, by its short name when every manifest shares one namespace, else `name.namespace`.
 * Must not: rewrite loopback when a pod runs a sidecar that may listen on that port, or guess among several
 * Services; then the setting is cited and nothing proposed.
 */
export function resolveLoopbackInCluster(
  dialled: string,
  port: number | undefined,
  inv: Inventory,
  contentOf: ContentOf,
): Resolution | undefined {
  if (port === undefined || inv.services.some((s) => s.source === "compose")) return undefined;
  const listening = inv.services.filter((s) => s.source === "k8s" && s.ports.includes(port));
  if (listening.length === 0) return undefined;
  const setting = loopbackSetting(port, inv, listening, dialled);
  const cause = setting ? cite(setting, contentOf) : undefined;
  const from = setting?.value && [...LOOPBACK].find((h) => replaceHost(setting.value, h, "x") !== undefined);
  if (!setting || !cause || !from) return undefined;
  const base = {
    kind: "host-names-service" as const,
    subject: `${from}:${port}`,
    cause,
    truth: listening.map((s) => ({ file: s.file, line: s.line })),
    candidates: listening.map((s) => s.name),
  };
  const target = listening[0];
  if (listening.length !== 1 || !target) return { ...base, reason: "several Services listen on that port" };
  if (sidecarMayListen(port, inv, contentOf))
    return { ...base, reason: `a pod runs a second container that may serve ${port} on loopback` };
  const namespaces = new Set(inv.services.map((s) => s.namespace ?? ""));
  const to = namespaces.size > 1 && target.namespace ? `${target.name}.${target.namespace}` : target.name;
  const after = replaceHost(cause.text, from, to);
  if (!after) return { ...base, reason: "the host could not be rewritten on its line" };
  return {
    ...base,
    reason: `inside a pod ${from} is the pod itself; the Service ${target.name} (${target.file}:${target.line}) listens on ${port}`,
    change: {
      ...cause,
      before: cause.text,
      after,
      summary: `${setting.path ?? setting.key}: ${from} → ${to}`,
    },
  };
}
