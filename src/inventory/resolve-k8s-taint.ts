import type { Node } from "yaml";
import { child, entries, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { Resolution } from "./resolution.js";

/** A file read through the tools (resolve.ts has the same shape; importing it would make a cycle). */
type RepoRead = { path: string; content: string };

/** The scheduler's words for a taint no toleration matches: `untolerated taint {key: value}` (or `{key}`). */
const UNTOLERATED = /untolerated taints? \{([\w./-]+)(?::\s*([\w./-]*))?\}/g;
const POD = /\bpod\/([a-z0-9][\w.-]*)/;

export interface TaintLookup {
  kind: "untolerated-taint";
  taints: { key: string; value?: string }[];
  pod?: string;
}

export function taintLookup(evidence: string): TaintLookup | undefined {
  const taints = [...evidence.matchAll(UNTOLERATED)].map((m) => ({
    key: m[1] ?? "",
    ...(m[2] ? { value: m[2] } : {}),
  }));
  const unique = taints.filter(
    (t, i) => taints.findIndex((u) => u.key === t.key && u.value === t.value) === i,
  );
  const pod = POD.exec(evidence)?.[1];
  return unique.length > 0
    ? { kind: "untolerated-taint", taints: unique, ...(pod ? { pod } : {}) }
    : undefined;
}

export interface PodSpec {
  file: string;
  name: string;
  spec: Node;
  lineOf: (n: Node | null | undefined) => number;
}

export function podSpecs(reads: readonly RepoRead[]): PodSpec[] {
  return reads.flatMap(({ path, content }) =>
    yamlDocs(content).flatMap((doc) => {
      const kind = scalar(child(doc.root, "kind")) ?? "";
      const top = child(doc.root, "spec");
      const job = kind === "CronJob" ? child(child(top, "jobTemplate"), "spec") : top;
      const spec = kind === "Pod" ? top : child(child(job, "template"), "spec");
      const name = scalar(child(child(doc.root, "metadata"), "name")) ?? "";
      return spec && items(child(spec, "containers")).length > 0
        ? [{ file: path, name, spec, lineOf: doc.lineOf }]
        : [];
    }),
  );
}

/** Resources the pod's containers request or are limited to (`nvidia.com/gpu`…), with their lines. */
function resources(pod: PodSpec): { key: string; line: number }[] {
  return items(child(pod.spec, "containers")).flatMap((c) => {
    const r = child(c, "resources");
    return [...entries(child(r, "limits")), ...entries(child(r, "requests"))].map((e) => ({
      key: e.key,
      line: pod.lineOf(e.keyNode),
    }));
  });
}

/** Whether the pod says it is meant for nodes with that taint: it asks for the resource the taint guards. */
function meantFor(pod: PodSpec, key: string): boolean {
  return resources(pod).some((r) => r.key === key);
}

function tolerates(spec: Node, taint: { key: string; value?: string }): boolean {
  return items(child(spec, "tolerations")).some((t) => {
    const key = scalar(child(t, "key"));
    const op = scalar(child(t, "operator")) ?? "Equal";
    return (
      (key === undefined && op === "Exists") ||
      (key === taint.key && (op === "Exists" || scalar(child(t, "value")) === (taint.value ?? "")))
    );
  });
}

/**
 * A pod is unschedulable on nodes with a taint it does not tolerate, while it asks for the very resource the
 * taint guards (a GPU): the node is meant for it, so it gets the toleration the taint names. A pod that does
 * not ask for that resource is cited, not tolerated onto the node.
 */
export function resolveTaint(lookup: TaintLookup, reads: readonly RepoRead[]): Resolution | undefined {
  const pods = podSpecs(reads);
  const owned = lookup.pod
    ? pods.filter((p) => lookup.pod?.startsWith(`${p.name}-`) || lookup.pod === p.name)
    : [];
  const candidates = owned.length > 0 ? owned : pods;
  const pairs = candidates.flatMap((pod) =>
    lookup.taints
      .filter((t) => meantFor(pod, t.key) && !tolerates(pod.spec, t))
      .map((taint) => ({ pod, taint })),
  );
  const hit = pairs[0];
  if (!hit) return undefined;
  const { pod, taint } = hit;
  const lines = reads.find((r) => r.path === pod.file)?.content.split("\n") ?? [];
  const existing = entries(pod.spec).find((e) => e.key === "tolerations");
  const first = entries(pod.spec)[0];
  const at = existing ? pod.lineOf(existing.keyNode) : pod.lineOf(first?.keyNode);
  const before = lines[at - 1] ?? "";
  const indent = /^\s*/.exec(before)?.[0] ?? "";
  // A new item lines up with the list's own dashes (`- key:` at the key's indent or two deeper).
  const dash = existing ? /^(\s*)-/.exec(lines[at] ?? "")?.[1] : `${indent}  `;
  const item = [
    `${dash ?? ""}- key: ${taint.key}`,
    `${dash ?? ""}  operator: ${taint.value ? "Equal" : "Exists"}`,
    ...(taint.value ? [`${dash ?? ""}  value: "${taint.value}"`] : []),
  ].join("\n");
  const spec = `${taint.key}${taint.value ? `=${taint.value}` : ""}`;
  const base = {
    kind: "taint-tolerated" as const,
    subject: spec,
    cause: { file: pod.file, line: at, text: before },
    truth: resources(pod)
      .filter((r) => r.key === taint.key)
      .map((r) => ({ file: pod.file, line: r.line })),
    candidates: [spec],
  };
  if (pairs.length > 1)
    return { ...base, reason: "several pods or taints could be meant; one toleration would not cover them" };
  if (existing && (items(existing.value).length === 0 || dash === undefined))
    return { ...base, reason: "the tolerations list could not be extended on its line" };
  const after = existing ? `${before}\n${item}` : `${indent}tolerations:\n${item}\n${before}`;
  return {
    ...base,
    reason: `${pod.name} asks for ${taint.key}, the resource the tainted nodes offer, but does not tolerate their taint`,
    change: { ...base.cause, before, after, summary: `${pod.name} tolerates ${spec}` },
  };
}

/** The relation on the patched files: the pod now tolerates the taint the scheduler named. */
export function taintRelationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const [key = "", value] = resolution.subject.split("=");
  const ok = podSpecs(patched.filter((r) => r.path === change.file)).some((p) =>
    tolerates(p.spec, { key, ...(value !== undefined ? { value } : {}) }),
  );
  return ok
    ? { ok: true, detail: `${change.file}: the pod now tolerates ${resolution.subject}` }
    : { ok: false, detail: `${change.file}: the pod still does not tolerate ${resolution.subject}` };
}
