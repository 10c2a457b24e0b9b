import { addEnv, addLeaves, child, entries, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { Inventory } from "./types.js";

/** Helm's values files; any other YAML that is no manifest is an application's own config. */
const HELM_VALUES = /(^|\/)values[\w.-]*\.ya?ml$|(^|\/)(charts?|helm)\//i;

const WORKLOADS = new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet"]);

/** The pod spec of a workload: CronJob nests it one template deeper. */
function podSpec(root: unknown, kind: string): unknown {
  if (kind === "Pod") return child(root, "spec");
  const spec = child(root, "spec");
  const job = kind === "CronJob" ? child(child(spec, "jobTemplate"), "spec") : spec;
  return child(child(job, "template"), "spec");
}

/**
 * Kubernetes manifests: Services (name, namespace, ports), ConfigMap data, and the env of every container of
 * a workload. Anything else in the document is ignored; a file that is not a manifest falls to values.
 */
export function addKubernetes(inv: Inventory, file: string, content: string): boolean {
  let manifests = 0;
  for (const doc of yamlDocs(content)) {
    const kind = scalar(child(doc.root, "kind"));
    if (!kind || !scalar(child(doc.root, "apiVersion"))) {
      addLeaves(inv, file, doc, doc.root, 0, HELM_VALUES.test(file) ? "helm-values" : "app-config");
      continue;
    }
    manifests += 1;
    const meta = child(doc.root, "metadata");
    const name = scalar(child(meta, "name"));
    const namespace = scalar(child(meta, "namespace"));
    if (kind === "Service" && name) {
      const ports = items(child(child(doc.root, "spec"), "ports"))
        .map((p) => Number(scalar(child(p, "port"))))
        .filter((n) => Number.isInteger(n));
      inv.services.push({
        name,
        source: "k8s",
        ports,
        file,
        line: doc.lineOf(child(meta, "name")),
        ...(namespace ? { namespace } : {}),
      });
    } else if (kind === "ConfigMap") {
      addEnv(inv, file, doc, child(doc.root, "data"), "configmap");
    } else if (WORKLOADS.has(kind)) {
      const spec = podSpec(doc.root, kind);
      for (const c of [...items(child(spec, "containers")), ...items(child(spec, "initContainers"))]) {
        addEnv(inv, file, doc, child(c, "env"), "k8s-env");
        for (const probe of ["readiness", "liveness", "startup"] as const) {
          const pathNode = child(child(child(c, `${probe}Probe`), "httpGet"), "path");
          const path = scalar(pathNode);
          if (path) inv.probes.push({ probe, path, file, line: doc.lineOf(pathNode) });
        }
      }
    } else if (entries(doc.root).length > 0 && kind === "Kustomization") {
      addLeaves(inv, file, doc, child(doc.root, "configMapGenerator"));
    }
  }
  return manifests > 0;
}
