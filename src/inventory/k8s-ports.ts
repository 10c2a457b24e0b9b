import type { Node } from "yaml";
import { child, entries, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { Located } from "./types.js";

const WORKLOADS = new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet"]);
const PROBES = ["liveness", "readiness", "startup"] as const;
export type ProbeKind = (typeof PROBES)[number];

/** A port a container declares (`ports[].containerPort`, with its name when it has one). */
export interface ContainerPort extends Located {
  number: number;
  name?: string;
}

/** A probe's port, by number or by a container port's name, and the line that sets it. */
export interface ProbePort extends Located {
  probe: ProbeKind;
  port: string;
}

export interface ContainerFact extends Located {
  name: string;
  ports: ContainerPort[];
  probes: ProbePort[];
}

/** A workload's pod template: its labels (what a Service selects) and its containers. */
export interface WorkloadFact extends Located {
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  containers: ContainerFact[];
}

/** One `ports[]` entry of a Service: the port clients use and where traffic goes on the pod. */
export interface ServicePort {
  name?: string;
  port: number;
  /** The `targetPort` value and its line; absent when the Service relies on the default (= port). */
  target?: Located & { value: string };
}

export interface SelectingService extends Located {
  name: string;
  namespace?: string;
  selector: Record<string, string>;
  ports: ServicePort[];
}

export interface PortFacts {
  workloads: WorkloadFact[];
  services: SelectingService[];
}

type LineOf = (node: Node | null | undefined) => number;

function stringMap(node: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries(node)) {
    const v = scalar(e.value);
    if (v !== undefined) out[e.key] = v;
  }
  return out;
}

function podTemplate(root: unknown, kind: string): unknown {
  if (kind === "Pod") return root;
  const spec = child(root, "spec");
  const job = kind === "CronJob" ? child(child(spec, "jobTemplate"), "spec") : spec;
  return child(job, "template");
}

function probePort(probe: unknown): Node | undefined {
  for (const handler of ["httpGet", "tcpSocket", "grpc"]) {
    const port = child(child(probe, handler), "port");
    if (port) return port;
  }
  return undefined;
}

function container(c: Node, lineOf: LineOf): ContainerFact {
  const ports = items(child(c, "ports")).flatMap((p): ContainerPort[] => {
    const number = Number(scalar(child(p, "containerPort")));
    const name = scalar(child(p, "name"));
    const line = lineOf(child(p, "containerPort"));
    return Number.isInteger(number) ? [{ number, ...(name ? { name } : {}), file: "", line }] : [];
  });
  const probes = PROBES.flatMap((probe): ProbePort[] => {
    const node = probePort(child(c, `${probe}Probe`));
    const port = scalar(node);
    return port ? [{ probe, port, file: "", line: lineOf(node) }] : [];
  });
  return { name: scalar(child(c, "name")) ?? "", ports, probes, file: "", line: lineOf(c) };
}

function servicePorts(spec: unknown, lineOf: LineOf): ServicePort[] {
  return items(child(spec, "ports")).flatMap((p): ServicePort[] => {
    const port = Number(scalar(child(p, "port")));
    if (!Number.isInteger(port)) return [];
    const name = scalar(child(p, "name"));
    const targetNode = child(p, "targetPort");
    const value = scalar(targetNode);
    return [
      {
        port,
        ...(name ? { name } : {}),
        ...(value ? { target: { value, file: "", line: lineOf(targetNode) } } : {}),
      },
    ];
  });
}

/**
 * The ports Kubernetes manifests declare and the ones that must agree with them: each workload's container
 * ports and probe ports, each Service's selector and targetPorts. Helm templates with `{{ }}` do not parse
 * and contribute nothing; values files are not manifests.
 */
export function portFacts(files: readonly { path: string; content: string }[]): PortFacts {
  const facts: PortFacts = { workloads: [], services: [] };
  for (const { path, content } of files) {
    if (!/\.ya?ml$/.test(path)) continue;
    for (const doc of yamlDocs(content)) {
      const kind = scalar(child(doc.root, "kind"));
      if (!kind || !scalar(child(doc.root, "apiVersion"))) continue;
      const meta = child(doc.root, "metadata");
      const name = scalar(child(meta, "name")) ?? "";
      const namespace = scalar(child(meta, "namespace"));
      const ns = namespace ? { namespace } : {};
      const at = <T extends Located>(l: T): T => ({ ...l, file: path });
      if (kind === "Service") {
        const spec = child(doc.root, "spec");
        facts.services.push({
          name,
          ...ns,
          file: path,
          line: doc.lineOf(child(meta, "name")),
          selector: stringMap(child(spec, "selector")),
          ports: servicePorts(spec, doc.lineOf).map((p) => (p.target ? { ...p, target: at(p.target) } : p)),
        });
      } else if (WORKLOADS.has(kind)) {
        const template = podTemplate(doc.root, kind);
        const spec = child(template, "spec");
        const containers = [...items(child(spec, "containers")), ...items(child(spec, "initContainers"))]
          .map((c) => container(c, doc.lineOf))
          .map((c) => ({ ...at(c), ports: c.ports.map(at), probes: c.probes.map(at) }));
        facts.workloads.push({
          name,
          ...ns,
          file: path,
          line: doc.lineOf(child(meta, "name")),
          labels: stringMap(child(child(template, "metadata"), "labels")),
          containers,
        });
      }
    }
  }
  return { ...facts, workloads: facts.workloads.map((w) => withBasePorts(w, facts.workloads)) };
}

const dirOf = (file: string) => file.replace(/\/?[^/]*$/, "");

/** Two overlays of one base (`overlays/prod`, `overlays/staging`): neither's patch applies to the other. */
function siblingDirs(a: string, b: string): boolean {
  const da = dirOf(a);
  const db = dirOf(b);
  return da !== db && dirOf(da) === dirOf(db);
}

/**
 * A Kustomize patch restates a workload by name and carries only what it changes (a probe, not the ports):
 * its containers also declare the ports the same-named workload elsewhere (the base) declares.
 */
function withBasePorts(w: WorkloadFact, all: readonly WorkloadFact[]): WorkloadFact {
  const others = all.filter(
    (o) => o !== w && o.name === w.name && o.file !== w.file && !siblingDirs(o.file, w.file),
  );
  if (others.length === 0) return w;
  const containers = w.containers.map((c) => {
    const inherited = others
      .flatMap((o) => o.containers.filter((x) => x.name === c.name).flatMap((x) => x.ports))
      .filter(
        (p, i, ps) =>
          !c.ports.some((q) => q.number === p.number) && ps.findIndex((q) => q.number === p.number) === i,
      );
    return inherited.length > 0 ? { ...c, ports: [...c.ports, ...inherited] } : c;
  });
  return { ...w, containers };
}

/** The workloads a Service sends traffic to: pod labels carry every selector pair, in the same namespace. */
export function selected(service: SelectingService, workloads: readonly WorkloadFact[]): WorkloadFact[] {
  const pairs = Object.entries(service.selector);
  if (pairs.length === 0) return [];
  return workloads.filter(
    (w) =>
      pairs.every(([k, v]) => w.labels[k] === v) &&
      (!service.namespace || !w.namespace || service.namespace === w.namespace),
  );
}

/** Whether a port reference (a number, or a name) is one of the declared container ports. */
export function declares(ports: readonly ContainerPort[], ref: string): boolean {
  return /^\d+$/.test(ref) ? ports.some((p) => p.number === Number(ref)) : ports.some((p) => p.name === ref);
}
